/**
 * A misspelt required key must not hide the file's other errors (README: an unknown key "does not hide a misspelt
 * place or an unknown capability elsewhere"). Newcomer r31 renamed, in a copy of chemical-leak.yaml, clock.tickS to
 * tikS, the fire brigade's base to fire-hazmt and the first unit's capability plugLeak to plugleak: `drill validate`
 * printed only the two lines about tikS (missing tickS, unknown tikS); the place and the capability came out only
 * once the typo was fixed. Now the value under the misspelt key stands in for the missing one (engine/scenario/
 * repair.ts), so the reference checks run, and nothing that only follows from the typo is listed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { drill } from "../cli/drill-cli.ts";

const original = readFileSync("scenarios/chemical-leak.yaml", "utf8");

function planted(edits: Array<[string, string]>): { file: string; text: string } {
  let text = original;
  for (const [from, to] of edits) {
    expect(text.includes(from), from).toBe(true);
    text = text.replace(from, to);
  }
  const file = join(mkdtempSync(join(tmpdir(), "misspelt-")), "bad.yaml");
  writeFileSync(file, text);
  return { file, text };
}

/** 1-based line of the first line holding `s` (counted here, not by the loader). */
const lineOf = (text: string, s: string) => text.split("\n").findIndex((l) => l.includes(s)) + 1;

// the newcomer's three edits; the fire brigade is the fourth agency (agencies[3]), its base on its own line
const THREE: Array<[string, string]> = [
  ["  tickS: 1\n", "  tikS: 1\n"],
  ["    reportsTo: eb\n    base: fire-hazmat\n", "    reportsTo: eb\n    base: fire-hazmt\n"],
  ["capabilities: [plugLeak, closeValve, detect, rescue]", "capabilities: [plugleak, closeValve, detect, rescue]"],
];

describe("drill validate: a misspelt required key hides nothing else", () => {
  // tikS is one fault said twice (the missing key where clock's mapping begins, at its first key `start`; the unknown
  // key on its own line) + the two the typo used to hide; the Chinese is the default language
  const WORDED = {
    en: ["clock\\.tickS: required field is missing \\(expected a number\\)$", 'clock\\.tikS: unknown key "tikS"', 'agencies\\[3\\]\\.base: no place "fire-hazmt" \\(expected a place id defined in this file\\)$', 'units\\[0\\]\\.capabilities\\[0\\]: unknown capability "plugleak"'],
    "zh-CN": ["clock\\.tickS：缺少必填字段（应为：数字）$", "clock\\.tikS：未知字段“tikS”", "agencies\\[3\\]\\.base：没有地点“fire-hazmt”（应为：本文件中定义的地点 id）$", "units\\[0\\]\\.capabilities\\[0\\]：未知的能力“plugleak”"],
  };
  it.each(["en", "zh-CN"] as const)("the newcomer's three edits (tikS, fire-hazmt, plugleak): all three reported, each at its line (%s)", async (lang) => {
    const { file, text } = planted(THREE);
    const r = await drill("validate", "--lang", lang, file);
    expect(r.code).toBe(1);
    const lines = r.err.split("\n");
    expect(lines).toHaveLength(4);
    const at = ['  start: "2026-', "tikS: 1", "base: fire-hazmt", "[plugleak,"].map((s) => lineOf(text, s));
    expect(lines).toEqual(expect.arrayContaining(WORDED[lang].map((w, i) => expect.stringMatching(new RegExp(`:${at[i]}:\\d+ ${w}`)))));
  });

  it("a misspelt required unit key (units[0].speedKhm) hides neither a misspelt road end nor an unknown capability", async () => {
    const { file, text } = planted([
      ["    speedKmh: 60\n    turnOutS: 60\n", "    speedKhm: 60\n    turnOutS: 60\n"],
      ["- { from: hospital, to: j-county,", "- { from: hospital, to: j-cuonty,"],
      ["capabilities: [plugLeak, closeValve, detect, rescue]", "capabilities: [plugleak, closeValve, detect, rescue]"],
    ]);
    const r = await drill("validate", "--lang", "en", file);
    expect(r.code).toBe(1);
    const lines = r.err.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/ units\[0\]\.speedKmh: required field is missing \(expected a number\)$/),
      expect.stringMatching(new RegExp(`:${lineOf(text, "speedKhm: 60")}:\\d+ units\\[0\\]\\.speedKhm: unknown key "speedKhm"`)),
      expect.stringMatching(new RegExp(`:${lineOf(text, "to: j-cuonty")}:\\d+ map\\.roads\\[2\\]\\.to: no place "j-cuonty"`)),
      expect.stringMatching(new RegExp(`:${lineOf(text, "[plugleak,")}:\\d+ units\\[0\\]\\.capabilities\\[0\\]: unknown capability "plugleak"`)),
    ]));
    // the hospital's only road names the misspelt place: "not connected" would be that typo's knock-on
    expect(r.err).not.toContain("not connected");
  });

  // [what, edits, each line expected (English), a knock-on that must not be listed]
  const CASES: Array<[string, Array<[string, string]>, RegExp[], string]> = [
    ["a misspelt required reference (incidentPlce) hides a misspelt base, and no place is \"not connected\" to a missing one", [
      ["incidentPlace: tank-v101\n", "incidentPlce: tank-v101\n"],
      ["    reportsTo: eb\n    base: fire-hazmat\n", "    reportsTo: eb\n    base: fire-hazmt\n"],
    ], [/ incidentPlace: required field is missing/, / incidentPlce: unknown key "incidentPlce"/, / agencies\[3\]\.base: no place "fire-hazmt"/], "not connected"],
    // a wrong value under a misspelt key is its own problem, placed at the misspelt key's line (the original's incidentPlace line)
    ["a wrong value under a misspelt key (incidentPlce: tank-nosuch) is listed at that key", [["incidentPlace: tank-v101\n", "incidentPlce: tank-nosuch\n"]],
      [/ incidentPlace: required field is missing/, / incidentPlce: unknown key "incidentPlce"/, new RegExp(`:${lineOf(original, "incidentPlace:")}:\\d+ incidentPlce: no place "tank-nosuch" \\(expected a place id defined in this file\\)$`)], "cannot reach"],
    ["a misspelt id (`di: fire`) hides an unknown capability, and the fire units are not \"no agency\" again", [
      ["  - id: fire\n", "  - di: fire\n"],
      ["capabilities: [plugLeak, closeValve, detect, rescue]", "capabilities: [plugleak, closeValve, detect, rescue]"],
    ], [/ agencies\[3\]\.id: required field is missing/, / agencies\[3\]\.di: unknown key "di"/, / units\[0\]\.capabilities\[0\]: unknown capability "plugleak"/], 'no agency "fire"'],
  ];
  it.each(CASES)("%s", async (_what, edits, expected, knockOn) => {
    const r = await drill("validate", "--lang", "en", planted(edits).file);
    expect(r.code).toBe(1);
    expect(r.err.split("\n")).toHaveLength(expected.length);
    expect(r.err.split("\n")).toEqual(expect.arrayContaining(expected.map((e) => expect.stringMatching(e))));
    expect(r.err).not.toContain(knockOn);
  });
});

describe("drill validate on a play: a misspelt required key hides nothing in its own command", () => {
  it("`plase:` for place: the wrong unit of the same command and the wrong group of the next are listed too", async () => {
    const good = readFileSync("scenarios/plays/chemical-leak.good.yaml", "utf8");
    const first = '  - at: "00:00:30"\n    by: ent\n    type: dispatch\n    units: ent-team\n    place: tank-v101\n';
    expect(good.includes(first)).toBe(true);
    const text = good.replace(first, first.replace("units: ent-team", "units: ent-teem").replace("place: tank-v101", "plase: tank-v101")).replace("    groups: [workers]\n", "    groups: [wrokers]\n");
    const file = join(mkdtempSync(join(tmpdir(), "misspelt-")), "play.yaml");
    writeFileSync(file, text);
    const r = await drill("validate", "--lang", "en", "scenarios/chemical-leak.yaml", file);
    expect(r.code).toBe(1);
    const lines = r.err.split("\n");
    expect(lines).toHaveLength(4);
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(/ commands\[0\]\.place: required field is missing/),
      expect.stringMatching(new RegExp(`:${lineOf(text, "plase: tank-v101")}:\\d+ commands\\[0\\]\\.plase: unknown key "plase"`)),
      // before: commands[0] did not parse, so its unit was never checked
      expect.stringMatching(new RegExp(`:${lineOf(text, "units: ent-teem")}:\\d+ commands\\[0\\]\\.units\\[0\\]: no unit "ent-teem" in scenario chemical-leak`)),
      expect.stringMatching(new RegExp(`:${lineOf(text, "[wrokers]")}:\\d+ commands\\[1\\]\\.groups\\[0\\]: no group "wrokers"`)),
    ]));
  });
});

describe("drill validate: a misspelt place is listed once, not again as every route to or from it", () => {
  it("incidentPlace: tank-nosuch is one line, not every place \"not connected\" and every unit \"cannot reach\" it", async () => {
    const { file, text } = planted([["incidentPlace: tank-v101\n", "incidentPlace: tank-nosuch\n"]]);
    const r = await drill("validate", "--lang", "en", file);
    expect(r.code).toBe(1);
    expect(r.err.split("\n")).toEqual([expect.stringMatching(new RegExp(`:${lineOf(text, "incidentPlace:")}:\\d+ incidentPlace: no place "tank-nosuch"`))]);
  });

  it("a unit's misspelt base is one line, not also \"cannot reach\" the incident from it", async () => {
    const { file, text } = planted([["    base: fire-hazmat\n    crew: 6\n", "    base: fire-hazmt\n    crew: 6\n"]]);
    const r = await drill("validate", "--lang", "en", file);
    expect(r.code).toBe(1);
    expect(r.err.split("\n")).toEqual([expect.stringMatching(new RegExp(`:${lineOf(text, "base: fire-hazmt")}:\\d+ units\\[0\\]\\.base: no place "fire-hazmt"`))]);
  });
});
