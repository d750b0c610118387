/**
 * How long each free-text field a client can send may be, in characters (UTF-16 code units, as
 * zod's `max` and the browser's `maxLength` count them), in one place for the server (which
 * refuses longer text with a reason) and the client (which stops the typing there and says why).
 * Sizes fit real use: a 快报 paragraph is 200–600 字, a 续报 scene description rarely over 1,500;
 * an evaluator's observation is a sentence or two per field (AQ/T 9009 记录表 cells).
 */
import { isBlankText } from "../engine/model/text.ts";

export const TEXT_LIMITS = {
  /** a person's display name or post (姓名或岗位) at join */
  name: 40,
  /** a message, an acknowledgement, a warning's wording, a free inject or spot question */
  text: 2000,
  /** each text field of an information report (事故现场情况, 简要经过 …) and each 已采取的措施 line */
  reportField: 2000,
  /** 已经采取的措施: lines at most */
  measures: 30,
  /** an evaluator's observation: what was seen, and why it matters (each) */
  observation: 1000,
  /** the director's reason for ending, a command's note */
  reason: 500,
} as const;

export type TextField = keyof typeof TEXT_LIMITS;

/** True when `s` draws nothing a reader could see: whitespace, zero-width and other invisible characters only (engine/model/text.ts); blank fields are refused, not sent. */
export function isBlank(s: string): boolean {
  return isBlankText(s);
}
