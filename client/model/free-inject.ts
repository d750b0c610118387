/**
 * The director's free inject (自由注入) as a play-format `adHocInject` command (README "Plays"):
 * free text to the chosen seats, by phone; `spotQuestion: true` when it is a 随机提问 (each recipient
 * owes an answer); `notifies: true` only when the director ticks that it is the incident alarm
 * (it then tells the recipients of the incident and starts their linkage clocks, as a scenario
 * inject marked `notifies`; engine adHocInject). A form with no recipient or only blank text is not
 * sent: it gets the reason to show beside its field (newcomer run 6, item 12: it did nothing); nor is a text over
 * the server's limit (protocol/limits.ts `text`): its reason says the limit (a 40,000-character one was refused 内容过长).
 */
import { hiddenChar } from "../../engine/model/text.ts";
import { TEXT_LIMITS } from "../../protocol/limits.ts";

export interface FreeInjectForm {
  to: string[];
  text: string;
  spot: boolean;
  /** 作为事故报警: the inject tells its recipients an incident has happened */
  alarm: boolean;
}

export const EMPTY_FREE_INJECT: FreeInjectForm = { to: [], text: "", spot: false, alarm: false };

export type FreeInjectCommand = { type: "adHocInject"; to: string[]; text: string; channel: "phone"; spotQuestion?: true; notifies?: true };

/** The free inject's text limit, in characters (the seats' messages have the same). */
export const FREE_INJECT_MAX = TEXT_LIMITS.text;

/**
 * The command to send, or which field is wrong: `needTo` (no seat chosen), `needText` (blank or spaces only),
 * `hiddenChars` (a character that could make it read otherwise than it is, as the server refuses it: engine/model/text.ts
 * hiddenChar; `position` 1-based in the trimmed text, `char` "U+202E"), `tooLong` (over FREE_INJECT_MAX characters once
 * trimmed, as the server counts: `max` and `length` say by how much).
 */
export function freeInject(f: FreeInjectForm): { ok: true; command: FreeInjectCommand } | { ok: false; field: "to" | "text"; problem: "needTo" | "needText" | "tooLong" | "hiddenChars"; max?: number; length?: number; position?: number; char?: string } {
  if (f.to.length === 0) return { ok: false, field: "to", problem: "needTo" };
  const text = f.text.trim();
  if (!text) return { ok: false, field: "text", problem: "needText" };
  const hidden = hiddenChar(text);
  if (hidden) return { ok: false, field: "text", problem: "hiddenChars", ...hidden };
  if (text.length > FREE_INJECT_MAX) return { ok: false, field: "text", problem: "tooLong", max: FREE_INJECT_MAX, length: text.length };
  return { ok: true, command: { type: "adHocInject", to: [...f.to], text, channel: "phone", ...(f.spot ? { spotQuestion: true as const } : {}), ...(f.alarm ? { notifies: true as const } : {}) } };
}
