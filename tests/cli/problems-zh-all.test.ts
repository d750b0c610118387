/**
 * Every problem a file check can report reads in Chinese under zh-CN (newcomer 21: `未知的capability“flying”`,
 * `未知的力量 type (no unit of this type in the scenario) "hovercraft"`). The walk reads each check's message and
 * expected-value shapes from its source (message:/expected: fields, the hazard checks' add(), problemAt(), the value
 * checks' inSet() names), fills their placeholders, words them with i18n/problems.ts and finds no English word left
 * outside what is quoted from the file (“…”, "…", `…`), dotted field paths and the placeholder.
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { problemText } from "../../i18n/problems.ts";

const SOURCES = [
  ...readdirSync("engine/scenario").filter((f) => f.endsWith(".ts")).map((f) => `engine/scenario/${f}`),
  "engine/world/check-roads.ts", "engine/hazards/chemical/warnings.ts", "cli/files.ts", "cli/evaluate.ts", "server/store/scenario-text.ts",
];
const LIT = String.raw`(\`(?:[^\`\\]|\\.)*\`|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')`;
/** A literal's text with each `${…}` (braces balanced) as the placeholder x1. */
function fill(lit: string): string {
  const text = lit.slice(1, -1);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "$" && text[i + 1] === "{") {
      let depth = 0;
      let j = i + 1;
      for (; j < text.length; j++) if (text[j] === "{") depth++; else if (text[j] === "}" && --depth === 0) break;
      out += "x1";
      i = j;
    } else out += text[i];
  }
  return out.replace(/\\(.)/g, "$1");
}

/** [message, expected] shapes found in a source file. */
function shapes(src: string): Array<{ message?: string; expected?: string }> {
  const out: Array<{ message?: string; expected?: string }> = [];
  for (const m of src.matchAll(new RegExp(`\\b(message|expected): ${LIT}`, "g"))) out.push({ [m[1]!]: fill(m[2]!) });
  for (const m of src.matchAll(new RegExp(`\\badd\\(\\[[^\\]]*\\], ${LIT}(?:, ${LIT})?\\)`, "g"))) out.push({ message: fill(m[1]!), ...(m[2] ? { expected: fill(m[2]) } : {}) });
  for (const m of src.matchAll(new RegExp(`problemAt\\([^,]+, [^,]+, ${LIT}, ${LIT}\\)`, "g"))) out.push({ message: fill(m[1]!), expected: fill(m[2]!) });
  // check-values.ts: inSet(set, value, path, WHAT, allowed) says `unknown ${WHAT} "${value}"`
  for (const m of src.matchAll(new RegExp(`inSet\\([^;]*?, ${LIT}, [\\w.]+\\)`, "g"))) out.push({ message: `unknown ${fill(m[1]!)} "x1"` });
  // check-play.ts: need("unitType", id, path) says `no ${kind} "${id}" in scenario ${id}`;
  // check-scenario.ts: need(set, id, path, "place") says `no ${what} "${id}"`, expecting `a ${what} id defined in this file`
  for (const m of src.matchAll(/\bneed\("(\w+)"/g)) out.push({ message: `no ${m[1]} "x1" in scenario x1` });
  for (const m of src.matchAll(/\bneed\(\w+, [^;]*?, "(\w+)"\)/g)) out.push({ message: `no ${m[1]} "x1"`, expected: `a ${m[1]} id defined in this file` });
  return out;
}

/** English words left in the Chinese line, outside quotes, code spans, field paths and placeholders. */
function english(line: string): string[] {
  const body = line.slice(line.indexOf("：") + 1)
    .replace(/“[^”]*”|"[^"]*"|`[^`]*`/g, " ")
    .replace(/\S*\/\S*|\.ya?ml\b/g, " ")
    .replace(/\b[A-Za-z_][\w*]*(\.[\w*]+)+/g, " ")
    .replace(/\bx1\b/g, " ");
  return [...body.matchAll(/\b[a-z]{3,}\b|\b[a-z]+[A-Z]\w*/g)].map((m) => m[0]).filter((w) => !FIELD_NAMES.has(w));
}
/** Field and value names a message quotes from the file without quotes (the file's own words). */
const FIELD_NAMES = new Set(["notifies", "true", "owner", "floors", "askedBy", "plays", "notDrilled"]);

describe("every file problem in zh-CN is Chinese", () => {
  const all = SOURCES.flatMap((f) => shapes(readFileSync(f, "utf8")).map((s) => ({ file: f, ...s })));

  it("the walk finds the shapes, the value checks' names among them", () => {
    expect(all.length).toBeGreaterThan(120);
    expect(all.some((s) => s.message === 'unknown capability "x1"')).toBe(true);
    expect(all.some((s) => s.message === 'unknown unit type (no unit of this type in the scenario) "x1"')).toBe(true);
    expect(all.some((s) => s.message === 'no unitType "x1" in scenario x1')).toBe(true);
    expect(all.some((s) => s.message === 'no agency "x1"')).toBe(true);
  });

  it("no English word is left in any message or expected value", () => {
    const left = all.flatMap((s) => {
      const p = { file: "f.yaml", line: 1, col: 1, path: ["a"], message: s.message ?? "file not found", ...(s.expected !== undefined ? { expected: s.expected } : {}) };
      const zh = problemText(p, "zh-CN");
      const words = english(zh);
      return words.length > 0 ? [`${s.file}: ${zh}  [${words.join(", ")}]`] : [];
    });
    expect(left).toEqual([]);
  });

  it("the newcomer's two lines", () => {
    const at = { file: "f.yaml", line: 1, col: 1 };
    expect(problemText({ ...at, path: ["units", 0, "capabilities", 0], message: 'unknown capability "flying"', expected: "one of: detect, rescue" }, "zh-CN"))
      .toBe("f.yaml:1:1 units[0].capabilities[0]：未知的能力“flying”（应为：以下之一：detect, rescue）");
    expect(problemText({ ...at, path: ["requirements", 0, "unitType", 0], message: 'unknown unit type (no unit of this type in the scenario) "hovercraft"', expected: "one of: ambulance" }, "zh-CN"))
      .toBe("f.yaml:1:1 requirements[0].unitType[0]：未知的力量类型（情景中没有此类型的力量）“hovercraft”（应为：以下之一：ambulance）");
  });
});
