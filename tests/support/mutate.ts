/**
 * Mutation fuzzing of YAML files (issue 8 item 5): a seeded mutant of a scenario or play text, as
 * a careless or hostile author would write it — hostile numbers, typos in ids and enum values,
 * lost or repeated lines, alias bombs, self-referencing aliases, merge keys, wrong dates.
 */
import alea from "seedrandom/lib/alea.js";

const HOSTILE_VALUES = [
  ".inf", "-.inf", ".nan", "1e308", "-1e308", "1e400", "null", "~", '""', "[]", "{}", "-1", "0", "0.5", "99999999999",
  "true", "foo", "\"2026-02-30T09:00:00+08:00\"", "\"2026-05-14T09:20+08:00\"", "\"25:00:00\"", "[a, b]", "{ zh: x }",
  "&a [*a]", "*nope", "\"\\u0000\"", "-0", "0x10", "1_000", "\"99:99:99\"", "'00:00:00'",
];

const BOMB = [
  'bomb0: &b0 ["x","x","x","x","x","x","x","x","x","x"]',
  "bomb1: &b1 [*b0,*b0,*b0,*b0,*b0,*b0,*b0,*b0,*b0,*b0]",
  "bomb2: &b2 [*b1,*b1,*b1,*b1,*b1,*b1,*b1,*b1,*b1,*b1]",
  "bomb3: &b3 [*b2,*b2,*b2,*b2,*b2,*b2,*b2,*b2,*b2,*b2]",
  "bomb4: &b4 [*b3,*b3,*b3,*b3,*b3,*b3,*b3,*b3,*b3,*b3]",
  "bomb5: &b5 [*b4,*b4,*b4,*b4,*b4,*b4,*b4,*b4,*b4,*b4]",
];

type Op = (lines: string[], r: () => number) => string[];
const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;
const valueLines = (lines: string[]) => lines.map((l, i) => [l, i] as const).filter(([l]) => /:\s*\S/.test(l) && !/^\s*#/.test(l)).map(([, i]) => i);

/** Change one character of a word: the typo an author makes in an id, a task or an enum value. */
function typo(word: string, r: () => number): string {
  if (word.length === 0) return "x";
  const i = Math.floor(r() * word.length);
  const c = String.fromCharCode(97 + Math.floor(r() * 26));
  return r() < 0.5 ? word.slice(0, i) + c + word.slice(i + 1) : word.slice(0, i) + word.slice(i + 1) + (i === 0 ? c : "");
}

const OPS: Op[] = [
  // a hostile value after a key
  (lines, r) => {
    const i = pick(valueLines(lines), r);
    return lines.map((l, j) => (j === i ? l.replace(/:\s*.*$/, `: ${pick(HOSTILE_VALUES, r)}`) : l));
  },
  // a typo in a value (ids, tasks, kinds, capabilities)
  (lines, r) => {
    const i = pick(valueLines(lines), r);
    return lines.map((l, j) => (j === i ? l.replace(/([A-Za-z][A-Za-z0-9-]{2,})(?=[^:]*$)/, (w) => typo(w, r)) : l));
  },
  // a typo inside a flow list or mapping ({ at: …, task: plugLeak })
  (lines, r) => {
    const flows = lines.map((l, i) => [l, i] as const).filter(([l]) => /[{[]/.test(l)).map(([, i]) => i);
    if (flows.length === 0) return lines;
    const i = pick(flows, r);
    const words = [...lines[i]!.matchAll(/\b[A-Za-z][A-Za-z0-9-]{2,}\b/g)];
    if (words.length === 0) return lines;
    const w = pick(words, r);
    return lines.map((l, j) => (j === i ? l.slice(0, w.index) + typo(w[0], r) + l.slice(w.index! + w[0].length) : l));
  },
  // a number scaled wildly
  (lines, r) => {
    const nums = lines.map((l, i) => [l, i] as const).filter(([l]) => /:\s*-?\d/.test(l)).map(([, i]) => i);
    if (nums.length === 0) return lines;
    const i = pick(nums, r);
    return lines.map((l, j) => (j === i ? l.replace(/(-?\d+(\.\d+)?)/, (n) => String(Number(n) * pick([-1, 0, 1e3, 1e6, 1e12, 1e300], r))) : l));
  },
  // a line lost, repeated or moved
  (lines, r) => { const i = Math.floor(r() * lines.length); return [...lines.slice(0, i), ...lines.slice(i + 1)]; },
  (lines, r) => { const i = Math.floor(r() * lines.length); return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)]; },
  (lines, r) => { const i = Math.floor(r() * (lines.length - 1)); const out = [...lines]; [out[i], out[i + 1]] = [out[i + 1]!, out[i]!]; return out; },
  // indentation broken
  (lines, r) => {
    const i = Math.floor(r() * lines.length);
    const deeper = r() < 0.5;
    return lines.map((l, j) => (j !== i ? l : deeper ? ` ${l}` : l.replace(/^ {2}/, "")));
  },
  // an alias bomb, a self-referencing alias, a merge key
  (lines) => [...BOMB, ...lines],
  (lines, r) => { const i = pick(valueLines(lines), r); return lines.map((l, j) => (j === i ? l.replace(/:\s*.*$/, ": &self [1, *self]") : l)); },
  (lines, r) => {
    const maps = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*- \{.*\}\s*$/.test(l)).map(([, i]) => i);
    if (maps.length === 0) return [`defaults: &d { x: 1 }`, ...lines, "<<: *d"];
    const i = pick(maps, r);
    return [`x-defaults: &d { ${lines[i]!.replace(/^\s*- \{|\}\s*$/g, "")} }`, ...lines.map((l, j) => (j === i ? l.replace(/\{.*\}/, "{ <<: *d }") : l))];
  },
  // the file cut short
  (lines, r) => lines.slice(0, Math.max(1, Math.floor(r() * lines.length))),
];

/** The `index`-th mutant of `text` (seeded: the same index always gives the same file); 1–3 mutations. */
export function mutant(text: string, seed: string, index: number): string {
  const r = alea(`${seed}:${index}`) as () => number;
  let lines = text.split("\n");
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) lines = pick(OPS, r)(lines, r);
  return lines.join("\n");
}

/** Words a user must never read in a problem message. */
export const USELESS = [/Invalid input/i, /got number null/, /\bundefined\b/, /Maximum call stack/i, /\bNaN\b/, /\[object Object\]/];

export interface FuzzResult {
  /** an exception escaped the loader or the run */
  crash?: string;
  /** wall ms for load (and run, when the mutant is valid) */
  ms: number;
  valid: boolean;
  /** problems whose text a user cannot act on */
  useless: string[];
}

/** Every problem must name its field (or be a whole-file YAML problem) and say what was expected, in words a user can act on. */
export function uselessMessages(problems: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string; expected?: string }>): string[] {
  return problems.flatMap((p) => {
    const text = `${p.path.join(".")}: ${p.message}${p.expected ? ` (expected ${p.expected})` : ""}`;
    const fileLevel = p.path.length === 0 && /YAML syntax|alias|not a YAML mapping/.test(p.message);
    return USELESS.some((u) => u.test(text)) || !p.expected || (p.path.length === 0 && !fileLevel) ? [text] : [];
  });
}
