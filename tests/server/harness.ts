/**
 * A drill server for tests: an in-memory store, the real app (HTTP + `drill` room) on a free port
 * of its own (stack-notes gotcha 8: never the fixed 2568), SDK clients that join by code, and a
 * recorder of every byte each SDK room receives from its socket.
 */
import { createServer as createNetServer, type AddressInfo } from "node:net";
import { Client, Room as SDKRoom } from "@colyseus/sdk";
import { ColyseusTestServer } from "@colyseus/testing";
import { createServer } from "../../server/app.ts";
import type { LiveContext } from "../../server/context.ts";
import { hashCode, newCode } from "../../server/live/seats.ts";
import { Guesses, type GuessLimit } from "../../server/live/guesses.ts";
import { TrustedProxies } from "../../server/live/client-address.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import { compileScenario, scenariosDir } from "../../server/live/scenario.ts";
import type { Compiled } from "../../engine/compile.ts";
import type { WelcomeMessage } from "../../protocol/messages.ts";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { LiveDrill } from "../../server/live/drill.ts";

/** a fresh client id for each `clock` or `reissue` a test sends (bench/live-server.ts) */
export { requestId } from "../../bench/live-server.ts";

export interface Harness {
  ctx: LiveContext;
  directorCode: string;
  url: string;
  colyseus: ColyseusTestServer;
  close(): Promise<void>;
}

/** A port nobody listens on now (the OS picks it), so parallel workers and other test runs never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/**
 * `file`: the store's SQLite file (a test of restarts); in memory by default. `guesses`: wrong codes
 * an address may try (server/live/guesses.ts); generous by default, since every test joins from 127.0.0.1.
 * `trusted`: LIANYAN_TRUSTED_PROXIES' text (server/live/client-address.ts); nobody by default.
 */
export async function startServer(rate = { perSecond: 1000, burst: 2000 }, file = ":memory:", guesses: GuessLimit = { attempts: 10_000, windowS: 3600 }, trusted?: string): Promise<Harness> {
  const store = openSqliteStore(file);
  const directorCode = newCode();
  const ctx: LiveContext = { store, drills: new Map(), directorHash: hashCode(directorCode), ratePerSecond: rate.perSecond, rateBurst: rate.burst, guesses: new Guesses(guesses), trustedProxies: TrustedProxies.parse(trusted) };
  const port = await freePort();
  const server = createServer(ctx, port);
  await server.listen(port);
  const colyseus = new ColyseusTestServer(server);
  return {
    ctx, directorCode, url: `http://127.0.0.1:${port}`, colyseus,
    close: async () => {
      await colyseus.shutdown();
      store.close();
    },
  };
}

export interface Created {
  id: string;
  codes: { director: string; evaluator: string; observer: string; seats: Record<string, string> };
  /** the agencies bots play, as created */
  bots?: string[];
}

export async function createDrill(h: Harness, body: Record<string, unknown>, code = h.directorCode): Promise<Created> {
  const r = await fetch(`${h.url}/api/drills`, { method: "POST", headers: { authorization: `Bearer ${code}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  if (r.status !== 201) throw new Error(`create drill: ${r.status} ${await r.text()}`);
  return (await r.json()) as Created;
}

export async function join(h: Harness, id: string, code: string, name: string): Promise<SDKRoom> {
  const room = await new Client(h.url).joinById(id, { code, name });
  room.onMessage("*", () => {}); // answers a test does not collect
  return room;
}

/** One SDK room per entry of `codes` (a person's name → the code they join with), in order. */
export async function joinEach(h: Harness, id: string, codes: Record<string, string>): Promise<SDKRoom[]> {
  const rooms: SDKRoom[] = [];
  for (const [name, code] of Object.entries(codes)) rooms.push(await join(h, id, code, name));
  return rooms;
}

/**
 * Every message (raw bytes) each SDK room receives, from the handshake on, with the drill clock
 * `clockProbe` reads on the server at that moment (tests run the server in-process). A message
 * is sent before it is received, so that clock is never earlier than the clock it was sent at.
 */
export const received = new Map<SDKRoom, Array<{ bytes: Buffer; tMs: number }>>();
export const probe = { clock: (): number => 0 };
// the SDK's own socket callback (protected in its types): wrap it once for every room
const proto = SDKRoom.prototype as unknown as { onMessageCallback(this: SDKRoom, e: MessageEvent): void };
const original = proto.onMessageCallback;
proto.onMessageCallback = function (this: SDKRoom, event: MessageEvent) {
  const list = received.get(this) ?? [];
  const bytes = Buffer.from(event.data as ArrayBuffer);
  received.set(this, list);
  list.push({ bytes, tMs: probe.clock() });
  original.call(this, event);
  // the state as the SDK decoded it after this frame (a handshake, full state or patch)
  const code = bytes[0]! & 0x3f;
  const frames = decoded.get(this) ?? [];
  decoded.set(this, frames);
  if (code === 14 || code === 15) frames.push({ code, text: JSON.stringify((this.state as { toJSON?(): unknown } | undefined)?.toJSON?.() ?? null) });
  else if (code !== 13) frames.push({ code, text: bytes.toString("utf8") });
};

/**
 * Every frame each SDK room received, decoded as the SDK decodes it: for a state frame (14, 15) the
 * whole decoded state after it, for a message (13) its type and payload as JSON, for any other
 * frame (the handshake, errors, pings) its bytes as text.
 */
export const decoded = new Map<SDKRoom, Array<{ code: number; text: string }>>();
const dispatch = SDKRoom.prototype as unknown as { dispatchMessage(this: SDKRoom, type: unknown, message: unknown): void };
const originalDispatch = dispatch.dispatchMessage;
dispatch.dispatchMessage = function (this: SDKRoom, type: unknown, message: unknown) {
  const frames = decoded.get(this) ?? [];
  decoded.set(this, frames);
  frames.push({ code: 13, text: JSON.stringify({ type, message }) });
  return originalDispatch.call(this, type, message);
};

/** Every seat of drill `d` and its observer joined, each with the welcomes it receives (in order). */
export async function joinAll(h: Harness, d: Created): Promise<Array<{ who: string; room: SDKRoom; welcomes: WelcomeMessage[] }>> {
  const joiners: Array<[string, string]> = [...Object.entries(d.codes.seats), ["observer", d.codes.observer]];
  const rooms: Array<{ who: string; room: SDKRoom; welcomes: WelcomeMessage[] }> = [];
  for (const [who, code] of joiners) {
    const room = await join(h, d.id, code, `测试-${who}`);
    rooms.push({ who, room, welcomes: collect<WelcomeMessage>(room, "welcome") });
  }
  return rooms;
}

/** A shipped scenario file (scenarios/), compiled. */
export function loadShipped(file: string): Compiled {
  const dir = scenariosDir();
  const c = compileScenario(readFileSync(joinPath(dir, file), "utf8"), joinPath(dir, file), dir);
  if (!c.ok) throw new Error(`cannot compile ${file}`);
  return c.value;
}

/** Collect messages of one type a room receives, in order. */
export function collect<T = unknown>(room: SDKRoom, type: string): T[] {
  const out: T[] = [];
  room.onMessage(type, (m: T) => out.push(m));
  return out;
}

/** Wait for `cond`; the limit is generous (at least 20 s) because the CI box may be loaded. */
export async function until(cond: () => boolean, timeoutMs = 5000, what = "condition"): Promise<void> {
  const t0 = Date.now();
  timeoutMs = Math.max(timeoutMs, 20_000);
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Wait for `cond` while the work behind it is moving: fails only when `progress()` (e.g. the drill clock's tMs) has not
 * changed for `stallMs` (at least 20 s). For a wait whose length is the server's work (a 240-minute jump is 24 pushes
 * of 600 ticks): on a loaded box the work takes longer but never stops, and a stalled clock still fails the test.
 */
export async function untilMoving(cond: () => boolean, progress: () => unknown, stallMs = 5000, what = "condition"): Promise<void> {
  stallMs = Math.max(stallMs, 20_000);
  let last = progress();
  let since = Date.now();
  while (!cond()) {
    const now = progress();
    if (now !== last) [last, since] = [now, Date.now()];
    else if (Date.now() - since > stallMs) throw new Error(`timed out waiting for ${what} (no progress for ${stallMs} ms)`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export type Refusal = { id: string; type: string; code: string; reason: string; params?: Record<string, string | number> };

/**
 * The `rejected` answers each named room gets (`got`), and `of(who, id)`: the first not yet taken for client id `id`
 * (or, for messages without one, of message type `id`), waited for and taken off the list.
 */
export function refusals(rooms: Record<string, SDKRoom>): { got: Record<string, Refusal[]>; of: (who: string, id: string) => Promise<Refusal> } {
  const got: Record<string, Refusal[]> = {};
  for (const [k, r] of Object.entries(rooms)) got[k] = collect<Refusal>(r, "rejected");
  const of = async (who: string, id: string): Promise<Refusal> => {
    const at = () => got[who]!.findIndex((r) => (r.id || r.type) === id);
    await until(() => at() >= 0, 5000, `refusal ${id}`);
    return got[who]!.splice(at(), 1)[0]!;
  };
  return { got, of };
}

/** A paused chemical-leak drill (seed 7, no blindness) with the fire and police seats, an evaluator and the director in it. */
export async function fourInRoom(h: Harness): Promise<{ d: Created; fire: SDKRoom; police: SDKRoom; evaluator: SDKRoom; director: SDKRoom }> {
  const d = await createDrill(h, { scenario: "chemical-leak", seed: 7, blindness: "NONE", paused: true });
  const [fire, police, evaluator, director] = await joinEach(h, d.id, { 指挥员: d.codes.seats.fire!, 民警: d.codes.seats.police!, 评估组: d.codes.evaluator, 导调: d.codes.director });
  return { d, fire: fire!, police: police!, evaluator: evaluator!, director: director! };
}

/**
 * The chemical leak (seed 7, open, speed 1, no bots) made live on a SQLite file of its own in a new temporary folder,
 * for tests that restart the server on that file (recover.ts). Returns the folder (for the caller to remove), the
 * file, its store, the drill and its join codes.
 */
export function chemicalOnFile(prefix: string): { dir: string; file: string; store: ReturnType<typeof openSqliteStore> } & ReturnType<typeof LiveDrill.create> {
  const dir = mkdtempSync(joinPath(tmpdir(), prefix));
  const file = joinPath(dir, "drills.sqlite");
  const store = openSqliteStore(file);
  const made = LiveDrill.create(store, { scenarioYaml: readFileSync("scenarios/chemical-leak.yaml", "utf8"), file: "chemical-leak.yaml", seed: 7, settings: { blindness: "NONE", speed: 1, bots: [] } });
  return { dir, file, store, ...made };
}
