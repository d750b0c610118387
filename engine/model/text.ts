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

/**
 * `s` without spaces and line breaks at either end (Unicode Zs, tab, CR, LF), keeping every other invisible character:
 * what hiddenChar must see of a name, so one at its start or end is refused as one inside it is, never silently
 * stripped (newcomer 23 item 11: "\u202E长队李" joined as "长队李").
 */
export function trimSpaces(s: string): string {
  return s.replace(/^[\p{Zs}\t\r\n]+|[\p{Zs}\t\r\n]+$/gu, "");
}

/** `s` without invisible characters at either end (what a name or field holds once read). */
export function trimInvisible(s: string): string {
  return s.replace(AT_ENDS, "");
}

/**
 * The first character of `s` that could make it read otherwise than it is, or undefined: bidi controls (U+202A–202E
 * embeddings and overrides, U+2066–2069 isolates, U+200E/200F/061C marks: "‮部到已" shows as "已到部"; Unicode
 * TR 9 §2, CVE-2021-42574 "Trojan Source"), every other format character (Cf: zero-width spaces, the BOM, soft
 * hyphens, tag characters), control characters (Cc) other than tab and line breaks, the line and paragraph separators
 * U+2028/2029, lone surrogates, and the blank-looking letters of the header. A zero-width joiner between two
 * pictographs (an emoji sequence, 👨‍👩‍👧) is kept: it joins what is drawn and hides nothing.
 * `position`: 1-based, in characters (code points); `char`: "U+202E".
 */
export function hiddenChar(s: string): { position: number; char: string } | undefined {
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (!HIDDEN.test(c)) continue;
    if (c === "\u200d" && PICTO.test(chars[i - 1] ?? "") && PICTO.test(chars[i + 1] ?? "")) continue;
    return { position: i + 1, char: `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` };
  }
  return undefined;
}

const HIDDEN = /^(?![\t\n\r])[\p{Cf}\p{Cc}\p{Cs}\u2028\u2029\u115F\u1160\u3164\uFFA0\u2800]$/u;
const PICTO = /^\p{Extended_Pictographic}$/u;
