/**
 * What a person sees of a text (issue 10 §7 "blank or whitespace-only fields are missing"; the
 * newcomer trial 14: a message of zero-width spaces was taken as the fire brigade's notice). A text
 * holding only whitespace (String.prototype.trim's set, U+3000 included), format characters
 * (Unicode category Cf: zero-width space U+200B, joiners, the byte-order mark U+FEFF, soft hyphen),
 * control characters (Cc) or the blank-looking letters Unicode draws as nothing (Hangul fillers
 * U+115F, U+1160, U+3164, U+FFA0; Braille blank U+2800) says nothing: it is blank, for the engine
 * (a report field, a message that tells) and for the shells that refuse it (protocol/limits.ts).
 */

/** Characters that draw nothing: whitespace, Cf, Cc and the blank-looking letters named above. */
const CLASS = "[\\s\\p{Cf}\\p{Cc}\\u115F\\u1160\\u3164\\uFFA0\\u2800]+";
const INVISIBLE = new RegExp(CLASS, "gu");
const AT_ENDS = new RegExp(`^${CLASS}|${CLASS}$`, "gu");

/** `s` with every invisible character (see the header) removed. */
export function visibleText(s: string): string {
  return s.replace(INVISIBLE, "");
}

/** True when `s` draws nothing a reader could see (see the header). */
export function isBlankText(s: string): boolean {
  return visibleText(s).length === 0;
}

/** `s` without invisible characters at either end (what a name or field holds once read). */
export function trimInvisible(s: string): string {
  return s.replace(AT_ENDS, "");
}
