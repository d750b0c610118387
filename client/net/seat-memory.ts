/**
 * The seat this browser joined, per drill, kept in localStorage (`lianyan.seat.<drillId>`: { code, name }), so a phone
 * whose tab was closed rejoins the same seat from its join link or /drill/<id> without the code being typed again.
 * One entry per drill, only the code this browser joined with (never another seat's: a new code for the drill replaces
 * it); "leave seat" (离开席位) and a revoked or refused code forget it.
 */
import { canonicalCode } from "../../protocol/seat-code.ts";

export interface KeptSeat {
  code: string;
  name: string;
}

const key = (drillId: string) => `lianyan.seat.${drillId}`;

/** The start of every key of drill `drillId`'s `what` lists, one per code (net/kept.ts keptKey). */
export function keptPrefix(what: "outbox" | "records", drillId: string): string {
  return `lianyan.${what}.${drillId}.`;
}

/** Whether two codes are the same seat's, as the server reads them (protocol/seat-code.ts). */
export function sameCode(a: string, b: string): boolean {
  return canonicalCode(a) === canonicalCode(b);
}

/** Keep `seat` as this browser's seat in `drillId` (replacing any other); storage off or full: kept for this tab only. */
export function keepSeat(drillId: string, seat: KeptSeat): void {
  try {
    localStorage.setItem(key(drillId), JSON.stringify({ code: seat.code, name: seat.name }));
  } catch {
    /* private mode: the tab's sessionStorage still holds it */
  }
}

/** This browser's seat in `drillId`, or undefined (none, or a damaged entry). */
export function keptSeat(drillId: string): KeptSeat | undefined {
  try {
    const v = JSON.parse(localStorage.getItem(key(drillId)) ?? "null") as Partial<KeptSeat> | null;
    return v && typeof v.code === "string" && v.code ? { code: v.code, name: typeof v.name === "string" ? v.name : "" } : undefined;
  } catch {
    return undefined;
  }
}

/** Forget this browser's seat in `drillId`, and what it had left unanswered there (net/kept.ts): the code goes with them. */
export function forgetSeat(drillId: string): void {
  try {
    localStorage.removeItem(key(drillId));
    const lists = [keptPrefix("outbox", drillId), keptPrefix("records", drillId)];
    for (const k of Object.keys(localStorage)) if (lists.some((p) => k.startsWith(p))) localStorage.removeItem(k);
  } catch {
    /* nothing kept */
  }
}

/**
 * The seat codes the director was handed at creation (seat → code), kept on this computer (localStorage
 * `lianyan.codes.<drillId>`) so a lost tab or a closed browser does not lose them; only hashes of them ever reach the
 * server. A code reissued later replaces its seat's (`rememberCode`).
 */
export function rememberCodes(drillId: string, codes: Record<string, string>): void {
  try {
    localStorage.setItem(`lianyan.codes.${drillId}`, JSON.stringify(codes));
  } catch {
    /* storage off: the codes page shows them this once */
  }
}

export function rememberedCodes(drillId: string): Record<string, string> | undefined {
  try {
    return (JSON.parse(localStorage.getItem(`lianyan.codes.${drillId}`) ?? "null") as Record<string, string> | null) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Seat `seat`'s code in `drillId` is now `code` (the director reissued it): kept with the others, the old one replaced. */
export function rememberCode(drillId: string, seat: string, code: string): void {
  rememberCodes(drillId, { ...rememberedCodes(drillId), [seat]: code });
}
