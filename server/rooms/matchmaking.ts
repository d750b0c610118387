/**
 * The matchmaker's HTTP routes (POST /matchmake/:method/:room) keep drill ids secret (review 18
 * item 2). Colyseus' own answers told them apart: `join`/`joinOrCreate` "drill" with no id at all
 * reserved a seat in some live drill and answered its roomId, the drill id; `joinById` answered
 * an unknown id "room not found" but reserved a seat in a known one (refusing the code only on
 * the socket after it); `reconnect` answered an unknown id "disposed" and a known one "token
 * invalid". Now only `joinById`, `reconnect` and `create` (which the room refuses: drills are
 * created through POST /api/drills) are served; `joinById` refuses a join whose code
 * does not open the drill before any seat is reserved, with the refusal the room itself gives
 * (asked of the room, on whichever process hosts it), and an unknown id with that same refusal;
 * `reconnect` gives one answer to every failure. Whoever holds a code of the drill (or the
 * server's director code) still learns that an id has no room. Every failed joinById (a code that
 * opens nothing, 401), reconnect and create counts as a wrong guess of the address it came from; an
 * address past the limit is refused 429 before anything is looked up (live/guesses.ts).
 */
import { ErrorCode, matchMaker, ServerError } from "@colyseus/core";
import { context, guesses } from "../context.ts";
import { currentPeer } from "../live/guesses.ts";
import { refusalText } from "../live/refusal.ts";
import { admit } from "../live/seats.ts";

type Controller = typeof matchMaker.controller & { lianyanGuarded?: true };
type Invoke = (method: string, roomName: string, clientOptions?: unknown, authOptions?: unknown) => Promise<unknown>;

/** Why a join of room `roomId` with `options` is refused, or null: the room's own answer (DrillRoom.joinRefusal), or for an id with no room, the one a drill gives a code that does not open it. */
async function refusal(roomId: string, options: unknown): Promise<{ status: number; text: string } | null> {
  const [room] = await matchMaker.query({ roomId });
  if (room) return (await matchMaker.remoteRoomCall(roomId, "joinRefusal", [options])) as { status: number; text: string } | null;
  const r = admit(context().store, roomId, options, context().directorHash);
  return "admitted" in r ? null : { status: r.status, text: refusalText(r.key, r.params) };
}

/** Install the guard on the process's matchmaker (once: the controller is shared by every server in the process). */
export function guardMatchmaking(): void {
  const c = matchMaker.controller as Controller;
  if (c.lianyanGuarded) return;
  c.lianyanGuarded = true;
  // `create` stays: the room refuses it, naming POST /api/drills, before any room is listed
  c.exposedMethods = ["joinById", "reconnect", "create"];
  const invoke = c.invokeMethod as unknown as Invoke;
  (c as unknown as { invokeMethod: Invoke }).invokeMethod = async function (this: Controller, method, roomName, clientOptions = {}, authOptions) {
    const peer = currentPeer();
    if (await guesses().spent(peer)) throw new ServerError(429, refusalText("tooManyGuesses", { minutes: guesses().minutes }));
    if (method === "joinById") {
      const r = await refusal(roomName, clientOptions);
      if (r?.status === 401) await guesses().miss(peer); // a name to fix (400) is no guess
      if (r) throw new ServerError(r.status, r.text);
    }
    try {
      return await invoke.call(this, method, roomName, clientOptions, authOptions);
    } catch (e) {
      await guesses().miss(peer);
      // an unknown room, a disposed one and a bad token: one answer
      if (method === "reconnect") throw new ServerError(ErrorCode.MATCHMAKE_EXPIRED, "reconnection token invalid or expired.");
      throw e;
    }
  };
}
