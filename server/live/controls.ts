/**
 * The director's control requests that change the drill but are not commands in its log: the clock (pause, resume,
 * speed, jump) and a code reissue. Each carries a client-made id (protocol/messages.ts ClientId); carried out, it is
 * stored (store.addControl, synced) with what it said and how it was answered before the answer leaves, so a re-send
 * of it — after a reconnect, a page reload, a server restart — is answered as the first was and carried out once: a
 * jump of +10 min re-sent jumps 10 min, not 20; a reissue re-sent hands back the code it made, and does not revoke
 * that code for a third (round 30). The same id with another request is refused (`idReused`), as commands' are
 * (live/drill.ts intake) and observations' (console.ts observed). A refused request is not stored: sent again, it is
 * checked again.
 *
 * A reissued code is stored sealed (AES-256-GCM) under a key derived from the code the asking director joined with
 * (`sealKey`), which the store never holds (it holds SHA-256 of the canonical code, a different digest): a stolen
 * store file still holds no code in clear (server/live/seats.ts). A re-send from a session joined with another code
 * cannot open it and is refused (`answerSealed`), never answered with a new code.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { canonicalCode } from "../../protocol/seat-code.ts";
import type { ServerRefusalCode } from "../../protocol/refusals.ts";
import type { Store } from "../store/store.ts";
import { refused } from "./refusal.ts";
import { commandContent } from "./resend.ts";

/** One answer to the sender (the console's Reply). */
interface Answer {
  type: string;
  body: unknown;
}

/**
 * How a control's answer is kept and given back: `keep` turns the answer's body into what is stored, `give` the stored
 * back into the body (undefined: it cannot be opened by this sender). Default: stored as it is.
 */
export interface Keeping {
  keep(body: Record<string, unknown>): Record<string, unknown>;
  give(stored: Record<string, unknown>): Record<string, unknown> | undefined;
}

const AS_IS: Keeping = { keep: (b) => b, give: (b) => b };

/**
 * The key a session's sealed answers are sealed with: SHA-256 over a label and the canonical code it joined with
 * (hex, 64 characters). Made at join (live/seats.ts admit), while the code is in clear; never stored.
 */
export function sealKey(code: string): string {
  return createHash("sha256").update(`lianyan-seal\u0000${canonicalCode(code)}`).digest("hex");
}

/** A reissue's answer kept with its `code` sealed under `key` (hex): { seat, sealed: "iv.tag.data" in base64 }. */
export function sealedCode(key: string | undefined): Keeping {
  const k = key ? Buffer.from(key, "hex") : undefined;
  return {
    keep({ code, ...rest }) {
      if (!k || typeof code !== "string") return rest;
      const iv = randomBytes(12);
      const c = createCipheriv("aes-256-gcm", k, iv);
      const data = Buffer.concat([c.update(code, "utf8"), c.final()]);
      return { ...rest, sealed: [iv, c.getAuthTag(), data].map((b) => b.toString("base64")).join(".") };
    },
    give({ sealed, ...rest }) {
      if (!k || typeof sealed !== "string") return undefined;
      const [iv, tag, data] = sealed.split(".").map((s) => Buffer.from(s, "base64"));
      try {
        const d = createDecipheriv("aes-256-gcm", k, iv!);
        d.setAuthTag(tag!);
        return { ...rest, code: Buffer.concat([d.update(data!), d.final()]).toString("utf8") };
      } catch {
        return undefined; // another code's key: the tag does not match
      }
    },
  };
}

/**
 * Carry out control request `type` from seat `by` once per client id. `given`: the request as validated, its id
 * included (compared without it); `act(later)` carries it out and returns the answers (the first of type `type` is the
 * one stored, with `id` added; any other first answer is a refusal and nothing is stored). The id is required (the
 * message schema refuses a request without one, protocol/messages.ts). A re-send finds the stored record: the same
 * request → its stored answer; another → `idReused`. Throws only when the store cannot write (the room answers
 * `internal`).
 *
 * Acting and storing are one durable step (round 31): the look-up, every store write `act` makes (a reissue's codes,
 * the audit line, a paused clock's position, a new speed) and the control's record commit in one transaction
 * (store.atomically). A crash before that commit leaves none of them, so the re-send acts for the first time; after
 * it, the re-send finds the record and acts not at all. An effect held only in memory that a re-send would repeat (a
 * queued jump) `act` hands to `later`: it runs only once the record is committed, never when the step failed.
 */
export function controlOnce(store: Store, drillId: string, by: string, type: string, given: { id: string } & Record<string, unknown>, act: (later: (effect: () => void) => void) => Answer[], keeping: Keeping = AS_IS): Answer[] {
  const { id, ...request } = given;
  const body = commandContent(request);
  const again = (stored: { type: string; body: string; answer: Record<string, unknown> }): Answer[] => {
    if (stored.type !== type || stored.body !== body) return [refusal(type, id, "idReused", "controlIdReused")];
    const answer = keeping.give(stored.answer);
    return answer ? [{ type, body: { ...answer, id } }] : [refusal(type, id, "answerSealed")];
  };
  const effects: Array<() => void> = [];
  const out = store.atomically((): Answer[] => {
    const seen = store.findControl(drillId, by, id);
    if (seen) return again(seen);
    const done = act((effect) => effects.push(effect));
    const first = done[0];
    if (!first || first.type !== type) return done;
    const answer = { ...(first.body as Record<string, unknown>), id };
    const r = store.addControl({ drillId, by, id, type, body, answer: keeping.keep(answer) });
    // stored meanwhile by another process on the same file: that one's answer (what this process did is its own)
    return r.duplicate ? again(r.record) : [{ type, body: answer }, ...done.slice(1)];
  });
  for (const effect of effects) effect();
  return out;
}

function refusal(type: string, id: string, code: ServerRefusalCode, key: string = code): Answer {
  return refused(type, id, code, key, {});
}
