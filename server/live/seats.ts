/**
 * Seats and their join codes (issue 7 §2, §12). A code is 100 random bits from node:crypto,
 * written as 20 Crockford base-32 letters in five groups ("7KQ2-M9XD-4TRA-B3NE-Q8WZ"); only its SHA-256
 * reaches the store. One code per seat (agency), one each for the director, evaluators and
 * observers; revoking a seat's code and issuing a new one locks the old one out.
 */
import { canonicalCode } from "../../protocol/seat-code.ts";
import { createHash, randomBytes } from "node:crypto";
import type { Compiled } from "../../engine/compile.ts";
import { z } from "zod";
import { TEXT_LIMITS } from "../../protocol/limits.ts";
import { hiddenChar, trimInvisible, trimSpaces } from "../../engine/model/text.ts";
import type { SeatCode, SeatKind, Store } from "../store/store.ts";
import { sealKey } from "./controls.ts";

/** What a person joining a room sends: the code they were given and the name they go by (1–TEXT_LIMITS.name characters once trimmed of whitespace and invisible characters, engine/model/text.ts). */
export const JoinOptions = z.object({ code: z.string().min(4).max(64), name: z.string().transform(trimInvisible).pipe(z.string().min(1).max(TEXT_LIMITS.name)) }).strip();

/**
 * A join's options read once: the options, or why they are refused, as HTTP status and refusal key (server/live/refusal.ts): a
 * code of the wrong shape is a wrong code (401 `badCode`); a missing, blank or too long name is
 * the person's to fix, said as such (400 `refusedText.noName` / `refusedText.badName`), and so is a name holding a
 * bidi override or another invisible character anywhere in it, at either end too (400 `refusedText.hiddenName`, engine/model/text.ts
 * hiddenChar: the name is on every command that person gives, and the director and evaluators must read it as it is).
 */
export function readJoin(options: unknown): { join: z.infer<typeof JoinOptions> } | { status: 400 | 401; key: string; params: Record<string, string | number> } {
  // an invisible character anywhere in the name, at its start or end too, is refused with its place (never stripped)
  const raw = (options as { name?: unknown } | null | undefined)?.name;
  const hidden = typeof raw === "string" ? hiddenChar(trimSpaces(raw)) : undefined;
  const o = JoinOptions.safeParse(options);
  if (o.success) return hidden ? { status: 400, key: "refusedText.hiddenName", params: hidden } : { join: o.data };
  if (o.error.issues.some((i) => i.path[0] === "code")) return { status: 401, key: "badCode", params: {} };
  const trimmed = typeof raw === "string" ? trimInvisible(raw) : "";
  if (hidden && trimmed.length > 0) return { status: 400, key: "refusedText.hiddenName", params: hidden };
  if (trimmed.length === 0) return { status: 400, key: "refusedText.noName", params: { max: TEXT_LIMITS.name } };
  return { status: 400, key: "refusedText.badName", params: { max: TEXT_LIMITS.name, length: trimmed.length } };
}

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U

/** `bits` (a multiple of 5) random bits from node:crypto as Crockford base-32 symbols, 5 bits each. */
function crockford(bits: number): string {
  let n = BigInt(`0x${randomBytes(Math.ceil(bits / 8)).toString("hex")}`);
  let s = "";
  for (let i = 0; i < bits / 5; i++) {
    s += ALPHABET[Number(n & 31n)];
    n >>= 5n;
  }
  return s;
}

/** random bits in a code and in a drill id (review 19 item 1 asks for ≥ 96: guessing one is hopeless even without the limit on wrong codes) */
export const SECRET_BITS = 100;

/**
 * A fresh code: 20 symbols × 5 bits = 100 bits, in five groups of four ("7KQ2-M9XD-4TRA-B3NE-Q8WZ"),
 * 24 characters to read out or type (case, spaces and dashes are ignored: hashCode); the QR code
 * carries it inside the join link.
 */
export function newCode(): string {
  return crockford(SECRET_BITS).match(/.{4}/g)!.join("-");
}

/**
 * A fresh drill id: 100 bits as 20 lower-case Crockford symbols ("k7q2m9xd4trab3neq8wz"), the
 * roomId and the `/drill/<id>` path: people open it from a link or QR code, never need to type it.
 */
export function newDrillId(): string {
  return crockford(SECRET_BITS).toLowerCase();
}

/** SHA-256 hex of the code as typed, in its canonical form (protocol/seat-code.ts: case, spaces and dashes ignored, O as 0, I and L as 1). */
export function hashCode(code: string): string {
  return createHash("sha256").update(canonicalCode(code)).digest("hex");
}

export interface DrillCodes {
  director: string;
  evaluator: string;
  observer: string;
  seats: Record<string, string>;
}

/** Issue every code of a new drill; returns them in clear (the only time they exist in clear). */
export function issueCodes(store: Store, drillId: string, agencies: readonly string[]): DrillCodes {
  const put = (kind: SeatKind, seat: string) => reissue(store, drillId, kind, seat);
  const seats: Record<string, string> = {};
  for (const a of agencies) seats[a] = put("seat", a);
  return { director: put("director", "director"), evaluator: put("evaluator", "evaluator"), observer: put("observer", "observer"), seats };
}

/** Revoke the seat's codes and issue a new one. */
export function reissue(store: Store, drillId: string, kind: SeatKind, seat: string): string {
  store.revokeCodes(drillId, seat);
  const code = newCode();
  store.putCode(hashCode(code), { drillId, kind, seat });
  return code;
}

/**
 * The seat a code opens in this drill. `serverDirectorHash` is the server's own director code
 * (printed at start-up, or LIANYAN_DIRECTOR_CODE): it opens the director's seat of any drill.
 */
export function authenticate(store: Store, drillId: string, code: unknown, serverDirectorHash?: string): SeatCode | undefined {
  if (typeof code !== "string" || code.length < 4 || code.length > 64) return undefined;
  const h = hashCode(code);
  if (serverDirectorHash !== undefined && h === serverDirectorHash) return { drillId, kind: "director", seat: "director" };
  const found = store.findCode(h);
  return found && found.drillId === drillId ? found : undefined;
}

/** Which synced view a seat reads: its agency's, the control view (director, evaluators), or the public one. */
/** Is a code (its SHA-256) still one of this drill's, or the server's director code? A reissue makes the old one fail. */
export function codeStillValid(store: Store, drillId: string, codeHash: string, serverDirectorHash?: string): boolean {
  return codeHash === serverDirectorHash || store.findCode(codeHash)?.drillId === drillId;
}

export function viewKey(code: SeatCode): string {
  if (code.kind === "seat") return code.seat;
  return code.kind === "observer" ? PUBLIC_VIEW : CONTROL_VIEW;
}
/**
 * A person let into a drill's room: their seat, name, view, the hash of the code they used, and the key a reissued
 * code they asked for is sealed with in the store (live/controls.ts sealKey: never stored).
 */
export interface Admission { seat: SeatCode; name: string; view: string; code: string; seal: string }

/**
 * Read a join and check its code against drill `drillId`'s seats (or the server's director code):
 * the admission, or why not (HTTP status and refusal key, server/live/refusal.ts).
 */
export function admit(store: Store, drillId: string, options: unknown, serverDirectorHash?: string): { admitted: Admission } | { status: 400 | 401; key: string; params: Record<string, string | number> } {
  const r = readJoin(options);
  if (!("join" in r)) return r;
  const seat = authenticate(store, drillId, r.join.code, serverDirectorHash);
  if (!seat) return { status: 401, key: "badCode", params: {} };
  if (botPlays(store, seat)) return { status: 401, key: "botSeat", params: {} };
  return { admitted: { seat, name: r.join.name, view: viewKey(seat), code: hashCode(r.join.code), seal: sealKey(r.join.code) } };
}

/**
 * Does a bot play the agency seat `code` opens, now (the drill's stored settings: the creation's `bots`, then each
 * seatMode switch, stored at once by live/drill.ts)? Such a seat's code is kept for the director's switch to a person
 * (README "In the browser"), and until then opens nothing: not the room (admit), not POST /api/join (round 31: it let
 * a person into the seat a bot was playing).
 */
export function botPlays(store: Store, code: SeatCode): boolean {
  return code.kind === "seat" && (store.getDrill(code.drillId)?.settings.bots.includes(code.seat) ?? false);
}

/** The agency seats a batch of answers handed to a bot (seatMode, mode bot): their people leave them (r31). */
export function seatsHandedToBots(replies: ReadonlyArray<{ type: string; body: unknown }>): Set<string> {
  const out = new Set<string>();
  for (const r of replies) {
    const b = r.body as { seat?: string; mode?: string };
    if (r.type === "seatMode" && b.mode === "bot" && b.seat !== undefined) out.add(b.seat);
  }
  return out;
}

/**
 * Why a connected person must leave their seat now, or undefined: "revoked" when the code they joined with was
 * reissued (`valid()` false), "seatToBot" when their agency seat was just handed to a bot (`toBots`), else the bot
 * and the person would both give that agency's commands (r31). The refusal key names the words their join page shows
 * (a WebSocket close reason: at most 123 bytes, tests/server/bot-seat-code.test.ts).
 */
export function leaveReason(seat: SeatCode, valid: () => boolean, toBots: ReadonlySet<string>): "revoked" | "seatToBot" | undefined {
  if (seat.kind === "seat" && toBots.has(seat.seat)) return "seatToBot";
  return valid() ? undefined : "revoked";
}

export const CONTROL_VIEW = "control";
export const PUBLIC_VIEW = "public";

/** Agencies a scenario has seats for: every agency, simulated ones too (a controller or a bot plays them). */
export function seatIds(c: Compiled): string[] {
  return c.scenario.agencies.map((a) => a.id);
}

/**
 * The people present, by seat: several may share one seat (the duty officer and a deputy);
 * each gave a display name, which every command they give records.
 */
export class Presence {
  /** view key → session → the seat and name of the person on it */
  private readonly byView = new Map<string, Map<string, { seat: string; name: string }>>();

  join(view: string, sessionId: string, name: string, seat = view): void {
    let m = this.byView.get(view);
    if (!m) this.byView.set(view, (m = new Map()));
    m.set(sessionId, { seat, name });
  }

  leave(view: string, sessionId: string): void {
    this.byView.get(view)?.delete(sessionId);
  }

  /** names of the people reading view `view` */
  people(view: string): string[] {
    return [...(this.byView.get(view)?.values() ?? [])].map((p) => p.name);
  }

  /** Everyone present, by seat ("fire", "director", "evaluator", …), names sorted. */
  all(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const m of this.byView.values()) for (const p of m.values()) (out[p.seat] ??= []).push(p.name);
    for (const k of Object.keys(out)) out[k]!.sort();
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}
