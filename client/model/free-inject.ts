/**
 * The director's free inject (自由注入) as a play-format `adHocInject` command (README "Plays"):
 * free text to the chosen seats, by phone; `spotQuestion: true` when it is a 随机提问 (each recipient
 * owes an answer); `notifies: true` only when the director ticks that it is the incident alarm
 * (it then tells the recipients of the incident and starts their linkage clocks, as a scenario
 * inject marked `notifies`; engine adHocInject). A form with no recipient or only blank text is not
 * sent: it gets the reason to show beside its field (newcomer run 6, item 12: it did nothing).
 */

export interface FreeInjectForm {
  to: string[];
  text: string;
  spot: boolean;
  /** 作为事故报警: the inject tells its recipients an incident has happened */
  alarm: boolean;
}

export const EMPTY_FREE_INJECT: FreeInjectForm = { to: [], text: "", spot: false, alarm: false };

export type FreeInjectCommand = { type: "adHocInject"; to: string[]; text: string; channel: "phone"; spotQuestion?: true; notifies?: true };

/** The command to send, or which field is wrong: `needTo` (no seat chosen), `needText` (blank or spaces only). */
export function freeInject(f: FreeInjectForm): { ok: true; command: FreeInjectCommand } | { ok: false; field: "to" | "text"; problem: "needTo" | "needText" } {
  if (f.to.length === 0) return { ok: false, field: "to", problem: "needTo" };
  const text = f.text.trim();
  if (!text) return { ok: false, field: "text", problem: "needText" };
  return { ok: true, command: { type: "adHocInject", to: [...f.to], text, channel: "phone", ...(f.spot ? { spotQuestion: true as const } : {}), ...(f.alarm ? { notifies: true as const } : {}) } };
}
