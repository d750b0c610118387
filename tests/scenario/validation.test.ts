/**
 * Broken files get a clear error with file, line, column and field, and nothing runs.
 * Each case breaks the real chemical-leak scenario (or a play / rules file) in one way and
 * checks the problem points at the line where the breakage is.
 */
import { describe, expect, it } from "vitest";
import { parsePlay, parseRules, parseScenario } from "../../engine/scenario/load.ts";
import { formatProblem, formatPath, type Problem } from "../../engine/scenario/problems.ts";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadPlay, loadRules, scenarioFromText } from "../../cli/files.ts";
import { compiled, text } from "../helpers.ts";

const scenarioText = text("scenarios/chemical-leak.yaml");
const rulesText = text("scenarios/rules/county-default.yaml");

/** Replace the first occurrence of `from` and return the text and the 1-based line of the change. */
function breakText(source: string, from: string, to: string): { text: string; line: number } {
  const i = source.indexOf(from);
  if (i < 0) throw new Error(`fixture text not found: ${from}`);
  return { text: source.slice(0, i) + to + source.slice(i + from.length), line: source.slice(0, i).split("\n").length };
}

function problems(r: { ok: boolean; problems?: Problem[] }): Problem[] {
  expect(r.ok).toBe(false);
  return r.problems ?? [];
}

const cases: Array<{ name: string; from: string; to: string; path: string; message: RegExp; lineOffset?: number; tolerance?: number }> = [
  { name: "a typo in a key (unknown keys are errors)", from: "  tickS: 1", to: "  tickSeconds: 1", path: "clock.tickSeconds", message: /unknown key "tickSeconds" \(expected one of: start, tickS, duration\)/ },
  { name: "a number given as text", from: "    speedKmh: 60\n    turnOutS: 60", to: "    speedKmh: fast\n    turnOutS: 60", path: "units[0].speedKmh", message: /wrong type: got text "fast" \(expected a number\)/ },
  { name: "a value outside an enum", from: "stability: D, tempC: 24", to: "stability: G, tempC: 24", path: "weather[0].stability", message: /"G" is not allowed \(expected one of: A, B, C, D, E, F\)/ },
  { name: "a required field missing", from: "incidentAgency: ent\n", to: "", path: "incidentAgency", message: /required field is missing/, lineOffset: -999 },
  { name: "a unit of an agency that does not exist", from: "    agency: fire\n    base: fire-hazmat", to: "    agency: firebrigade\n    base: fire-hazmat", path: "units[0].agency", message: /no agency "firebrigade"/ },
  { name: "a road to a place that does not exist", from: "{ from: county-gov, to: j-county,", to: "{ from: county-gov, to: j-nowhere,", path: "map.roads[0].to", message: /no place "j-nowhere"/ },
  { name: "a duplicate id", from: "  - id: duty", to: "  - id: ent", path: "agencies[1].id", message: /duplicate id "ent"/ },
  { name: "a bad drill time", from: 'duration: "04:00:00"', to: 'duration: "4h"', path: "clock.duration", message: /"4h" has the wrong format/ },
  { name: "a negative count", from: "    count: 40", to: "    count: -40", path: "populations[0].count", message: /out of range \(expected ≥ 0\)/ },
  { name: "weather entries out of order", from: '- { at: "01:10:00", windFromDeg: 220', to: '- { at: "00:00:00", windFromDeg: 220', path: "weather[1].at", message: /not after the previous entry/ },
  { name: "an inject to an unknown agency", from: "    to: [ent]\n    channel: radio", to: "    to: [enterprise]\n    channel: radio", path: "injects[0].to[0]", message: /no agency "enterprise"/ },
  // the field the parser was reading (newcomer 8: file, line and field for a syntax error too), not the file as a whole
  { name: "a YAML syntax error", from: "clock:\n  start:", to: "clock:\n start:", path: "clock", message: /YAML syntax/, tolerance: 2 },
  { name: "a hazard source that is not a place", from: "  source: tank-v101", to: "  source: tank-v999", path: "hazard.source", message: /no place "tank-v999"/ },
  // when the accident occurs and is found (issue 10 §5, review8 mine 1): the occurrence clocks start there
  { name: "the accident not at the hazard's onset", from: 'incidentAt: "00:00:00"', to: 'incidentAt: "00:10:00"', path: "incidentAt", message: /the accident is at 00:10:00, but hazard\.startAt \(the release\) is at 00:00:00/ },
  { name: "the finding at no notifying inject to the incident unit", from: 'incidentAt: "00:00:00"', to: 'incidentAt: "00:00:00"\nincidentFoundAt: "00:03:00"', path: "incidentFoundAt", message: /no notifying inject tells the incident unit \(ent\) at 00:03:00/, lineOffset: 1 },
];

describe("scenario validation errors carry file, line and field", () => {
  it("the unbroken scenario is valid", () => expect(parseScenario(scenarioText, "chemical-leak.yaml").ok).toBe(true));

  it.each(cases)("$name", ({ from, to, path, message, lineOffset, tolerance }) => {
    const broken = breakText(scenarioText, from, to);
    const found = problems(parseScenario(broken.text, "chemical-leak.yaml"));
    const p = found.find((x) => message.test(formatProblem(x)));
    expect(p, found.map(formatProblem).join("\n")).toBeDefined();
    expect(formatPath(p!.path)).toBe(path);
    // a YAML syntax error is reported where the parser notices it: at most `tolerance` lines on
    if (tolerance !== undefined) expect(p!.line - broken.line).toBeLessThanOrEqual(tolerance);
    // (-999: a missing field has no line of its own; otherwise the line of the change, `lineOffset` lines on)
    else if (lineOffset !== -999) expect(p!.line).toBe(broken.line + (lineOffset ?? 0));
    expect(formatProblem(p!)).toMatch(/^chemical-leak\.yaml:\d+:\d+ /);
  });

  it("a place cut off from the road network is named at its own line", () => {
    const lines = scenarioText.split("\n");
    const roadLines = lines.map((l, i) => (/[{ ]from: [\w-]+, to: village\b|to: [\w-]+.*\bfrom: village\b|from: village,|to: village,/.test(l) ? i : -1)).filter((i) => i >= 0);
    const cut = lines.filter((_, i) => !roadLines.includes(i)).join("\n");
    const found = problems(parseScenario(cut, "s.yaml"));
    const p = found.find((x) => /not connected to the road network/.test(x.message));
    expect(p?.message).toContain('"village"');
    expect(cut.split("\n")[p!.line - 1]).toContain("id: village");
  });
});

describe("play and rules files", () => {
  const play = `scenario: chemical-leak\nseed: 7\ncommands:\n  - { at: "00:01:00", by: ent, type: report, to: eb, kind: initial, mode: oral, content: {} }\n  - { at: "00:02:00", by: ent, type: telepathy, to: eb }\n  - { at: "1:00", by: ent, type: message, to: eb, text: hi }\n`;

  it("an unknown command type, at its line", () => {
    const found = problems(parsePlay(play, "p.yaml"));
    const p = found.find((x) => /unknown type "telepathy"/.test(x.message));
    expect(p).toMatchObject({ line: 5, path: ["commands", 1, "type"] });
    expect(p!.expected).toContain("dispatch");
  });

  it("a malformed command time, at its line", () => {
    const found = problems(parsePlay(play, "p.yaml"));
    expect(found.find((x) => x.path.join(".") === "commands.2.at")).toMatchObject({ line: 6 });
  });

  it("a rules profile with a grade out of range", () => {
    const broken = breakText(rulesText, "when: { grades: [4] }", "when: { grades: [5] }");
    const p = problems(parseRules(broken.text, "r.yaml"))[0]!;
    expect(formatProblem(p)).toMatch(/^r\.yaml:\d+:\d+ reporting\[0\]\.when\.grades\[0\]: value 5 is out of range \(expected ≤ 4\)/);
    expect(p.line).toBe(broken.line);
  });
});

describe("the rules profile checked against a scenario", () => {
  it("a control task the hazard model does not know, at its line in the rules file", () => {
    const dir = mkdtempSync(join(tmpdir(), "rules-"));
    mkdirSync(join(dir, "rules"));
    const broken = breakText(rulesText, "tasks: [plugLeak, closeValve]", "tasks: [plugLeak, closeVavle]");
    writeFileSync(join(dir, "rules", "county-default.yaml"), broken.text);
    const r = scenarioFromText(scenarioText, join(dir, "chemical-leak.yaml"));
    const p = problems(r)[0]!;
    expect(p.file).toBe(join(dir, "rules", "county-default.yaml"));
    expect(p.line).toBe(broken.line);
    expect(formatPath(p.path)).toBe("control.chemical-leak.tasks[1]");
    expect(p.message).toMatch(/unknown task "closeVavle"/);
    expect(p.expected).toContain("closeValve");
  });
});

describe("a rules profile checked on its own (drill validate RULES)", () => {
  it("a control task no hazard model knows is an error at its line", () => {
    const dir = mkdtempSync(join(tmpdir(), "rules-"));
    const broken = breakText(rulesText, "tasks: [plugLeak, closeValve]", "tasks: [plugLeek, closeValve]");
    writeFileSync(join(dir, "my-rules.yaml"), broken.text);
    const p = problems(loadRules(join(dir, "my-rules.yaml")))[0]!;
    expect(p.line).toBe(broken.line);
    expect(formatPath(p.path)).toBe("control.chemical-leak.tasks[0]");
    expect(p.expected).toContain("plugLeak");
  });
});

describe("a play checked against its scenario", () => {
  const c = compiled("chemical-leak");
  const good = text("scenarios/plays/chemical-leak.good.yaml");
  const check = (broken: string) => {
    const dir = mkdtempSync(join(tmpdir(), "play-"));
    writeFileSync(join(dir, "p.yaml"), broken);
    return loadPlay(join(dir, "p.yaml"), c);
  };

  it("the shipped plays name only what their scenarios define", () => {
    expect(check(good).ok).toBe(true);
  });

  it.each([
    ["a unit", "hz-chem1", "hz-chem9", /units\[0\]: no unit "hz-chem9" in scenario chemical-leak/],
    ["a place", "place: tank-v101", "place: tank-v999", /place: no place "tank-v999"/],
    ["an agency", "by: police", "by: polis", /by: no agency "polis"/],
    ["a task", "task: plugLeak", "task: plug", /task: no task "plug"/],
  ])("names a misspelt %s at its line", (_what, from, to, message) => {
    const broken = breakText(good, from, to);
    const r = check(broken.text);
    expect(r.ok).toBe(false);
    const p = (r.ok ? [] : r.problems).find((x) => message.test(formatProblem(x)));
    expect(p, r.ok ? "" : r.problems.map(formatProblem).join("\n")).toBeDefined();
    expect(p!.line).toBe(broken.line);
  });
});
