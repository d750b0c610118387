/**
 * Typos in values, not only in keys (issue 8 item 5): every closed set is checked against the set
 * with the allowed values in the message; impossible dates, non-finite and overflowing numbers,
 * merge keys, alias bombs and self-referencing aliases each get one clear file:line problem.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hazardModel } from "../../engine/hazards/index.ts";
import { scenarioFromText } from "../../cli/files.ts";
import { parseStart, wallClock } from "../../engine/model/time.ts";
import { parsePlay } from "../../engine/scenario/load.ts";
import { formatProblem, type Problem } from "../../engine/scenario/problems.ts";
import { text } from "../helpers.ts";

const FILE = "scenarios/chemical-leak.yaml";
const original = text(FILE);

function broken(from: string, to: string): { problems: Problem[]; line: number } {
  const i = original.indexOf(from);
  if (i < 0) throw new Error(`fixture text not found: ${from}`);
  const r = scenarioFromText(original.slice(0, i) + to + original.slice(i + from.length), FILE);
  return { problems: r.ok ? [] : r.problems, line: original.slice(0, i).split("\n").length };
}

function one(from: string, to: string, message: RegExp): { p: Problem; line: number } {
  const { problems, line } = broken(from, to);
  const p = problems.find((x) => message.test(formatProblem(x)));
  expect(p, problems.map(formatProblem).join("\n") || "no problem at all").toBeDefined();
  return { p: p!, line };
}

describe("closed sets: a misspelt value is a problem at its line, with the allowed values", () => {
  it.each([
    ["a unit's capability", "capabilities: [plugLeak, closeValve, detect, rescue]", "capabilities: [plugLeek, closeValve, detect, rescue]", /units\[0\]\.capabilities\[0\]: unknown capability "plugLeek" \(expected one of: .*plugLeak/],
    ["a requirement's task", "    task: plugLeak\n    count: 1", "    task: plugleak\n    count: 1", /requirements\[0\]\.task: unknown task "plugleak" \(expected one of: .*plugLeak/],
    ["a requirement's unit type", "    unitType: [hazmatTeam]", "    unitType: [hazmatTeem]", /requirements\[0\]\.unitType\[0\]: unknown unit type .*"hazmatTeem" \(expected one of: .*hazmatTeam/],
    ["an inject condition's hazard change", "when: { event: hazard, what: sourceStopped }", "when: { event: hazard, what: sourceStoped }", /when\.what: unknown change of the chemical-release model "sourceStoped" \(expected one of: sourceStopped, tankEmpty\)/],
    ["an inject condition's event type", "when: { event: hazard, what: sourceStopped }", "when: { event: hazardChanged, what: sourceStopped }", /when\.event: "hazardChanged" is not allowed \(expected one of: unitArrived, .*hazard\)/],
    ["a field the condition does not read", "when: { event: hazard, what: sourceStopped }", "when: { event: hazard, task: sourceStopped }", /when\.task: "task" has no effect on a hazard condition \(expected only what\)/],
    ["a place kind", "kind: tank", "kind: tanks", /kind: "tanks" is not allowed \(expected one of: plant, tank,/],
  ])("%s", (_what, from, to, message) => {
    const { p, line } = one(from, to, message);
    expect(p.line).toBe(line);
  });

  it("the shipped scenario passes every value check", () => {
    expect(scenarioFromText(original, FILE).ok).toBe(true);
  });
});

describe("dates and wall-clock times", () => {
  it("rejects a date that does not exist", () => {
    const { p } = one('start: "2026-05-14T09:20:00+08:00"', 'start: "2026-02-30T09:20:00+08:00"', /clock\.start: "2026-02-30T09:20:00\+08:00" is not a real date and time/);
    expect(p.expected).toContain("e.g.");
    expect(parseStart("2026-05-14T24:00:00+08:00")).toBeUndefined();
    expect(parseStart("2026-05-14T09:20:00+15:00")).toBeUndefined();
    expect(parseStart("2028-02-29T09:20:00Z")).toBeDefined(); // a leap day
  });

  it("accepts a start without seconds and shows the time zone beside wall-clock times", () => {
    const { problems } = broken('start: "2026-05-14T09:20:00+08:00"', 'start: "2026-05-14T09:20+08:00"');
    expect(problems).toEqual([]);
    expect(wallClock("2026-05-14T09:20+08:00", 12 * 60_000 + 10_000)).toBe("09:32:10 UTC+08:00");
    expect(wallClock("2026-05-14T09:20:00Z", 0)).toBe("09:20:00 UTC+00:00");
  });

  it("labels the day of a multi-day drill", () => {
    // 23:30 start + 24 h 53 min = the next day but one, 00:23 → D3; + 1 h = D2 00:30
    expect(wallClock("2026-05-14T23:30:00+08:00", 60 * 60_000)).toBe("D2 00:30:00 UTC+08:00");
    expect(wallClock("2026-05-14T23:30:00+08:00", (24 * 60 + 53) * 60_000)).toBe("D3 00:23:00 UTC+08:00");
    expect(wallClock("2026-05-14T09:00:00+08:00", (24 * 60 + 23) * 60_000)).toBe("D2 09:23:00 UTC+08:00");
  });
});

describe("numbers: non-finite, overflowing and out of bounds", () => {
  it.each([
    [".inf", /count: an infinite number/],
    ["-.inf", /count: an infinite number/],
    [".nan", /count: not a number \(\.nan\)/],
    ["1e400", /count: an infinite number/],
    ["1e308", /count: 1e\+308 is too large/],
  ])("a population count of %s", (value, message) => {
    const { p, line } = one("    count: 40", `    count: ${value}`, message);
    expect(p.line).toBe(line);
    expect(p.expected).toMatch(/finite number/);
  });

  it("a place 10,000 km away is an error", () => {
    const { p, line } = one("id: tank-v101, kind: tank, x: 0,", "id: tank-v101, kind: tank, x: 10000000,", /map\.places\[0\]\.x: value 10000000 is out of range \(expected ≤ 1000000\)/);
    expect(p.line).toBe(line);
  });
});

describe("YAML aliases and merge keys", () => {
  const play = (body: string) => parsePlay(`scenario: chemical-leak\nseed: 7\n${body}`, "p.yaml");

  it("merge keys (<<) are supported", () => {
    const r = play(`x: &m { by: ent, type: message, to: eb }\ncommands:\n  - { <<: *m, at: "00:01:00", text: hi }\n`);
    // the merge worked: the only problem left is the anchor's own top-level key
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual(['p.yaml:3:1 x: unknown key "x" (expected one of: scenario, seed, title, description, commands)']);
    const ok = play(`commands:\n  - &m { by: ent, type: message, to: eb, at: "00:01:00", text: hi }\n  - { <<: *m, at: "00:02:00" }\n`);
    expect(ok.ok && ok.value.commands[1]).toMatchObject({ by: "ent", type: "message", at: "00:02:00", text: "hi" });
  });

  it("an alias bomb is one problem at the first alias, not a crash", () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...[1, 2, 3, 4, 5, 6].map((k) => `b${k}: &b${k} [${Array(10).fill(k === 1 ? "*a" : `*b${k - 1}`).join(",")}]`)].join("\n");
    const r = play(`${bomb}\ncommands: []\n`);
    expect(r.ok).toBe(false);
    const p = (r.ok ? [] : r.problems)[0]!;
    expect(formatProblem(p)).toMatch(/^p\.yaml:4:\d+ \(root\): aliases expand too far .*\(expected at most 100 expansions per alias\)/);
  });

  it("a self-referencing alias is a problem at its line, not a stack overflow", () => {
    const r = play(`commands:\n  - &c { at: "00:01:00", by: ent, type: message, to: eb, text: [*c] }\n`);
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([expect.stringMatching(/^p\.yaml:4:\d+ \(root\): alias \*c refers to the node that contains it/)]);
  });
});

describe("messages that say what was expected", () => {
  const cmd = (fields: string) => parsePlay(`scenario: chemical-leak\nseed: 7\ncommands:\n  - { at: "00:01:00", by: ent, ${fields} }\n`, "p.yaml");
  const messages = (r: ReturnType<typeof cmd>) => (r.ok ? [] : r.problems.map(formatProblem));

  it.each([
    ["a message without recipients", "type: message, text: hi", /commands\[0\]\.to: required field is missing \(expected text or a list\)/],
    ["recipients given as a number", "type: message, to: 7, text: hi", /commands\[0\]\.to: wrong type: got number 7 \(expected text or a list\)/],
    ["a recipient id with a space", 'type: message, to: "e b", text: hi', /commands\[0\]\.to: "e b" has the wrong format \(expected an id/],
    ["a response level out of the set", "type: activateResponse, level: 5", /commands\[0\]\.level: 5 is not allowed \(expected one of: 1, 2, 3, 4\)/],
    ["a command without a type", "to: eb", /commands\[0\]\.type: required field "type" is missing \(expected one of: report, message,/],
    ["a radius of .inf", "type: cordon, place: x, radiusM: .inf", /commands\[0\]\.radiusM: an infinite number/],
  ])("%s", (_what, fields, message) => {
    const m = messages(cmd(fields));
    expect(m.find((x) => message.test(x)), m.join("\n")).toBeDefined();
    for (const x of m) expect(x).not.toMatch(/Invalid input|got number null|undefined|Maximum call stack/);
  });
});

describe("the hazard change names an inject condition may use", () => {
  const sources = (root: string, dir: string) => [readFileSync(`engine/hazards/${root}.ts`, "utf8"), ...readdirSync(`engine/hazards/${dir}`).map((f) => readFileSync(`engine/hazards/${dir}/${f}`, "utf8"))].join("\n");
  it.each([
    ["chemical-release", "chemical"],
    ["mine-flood", "mine"],
    ["building-fire", "fire"],
  ])("%s declares exactly the changes its code emits", (id, dir) => {
    const code = sources(id, dir);
    const emitted = new Set([...code.matchAll(/(?:what: |say\()"([A-Za-z]+)"/g)].map((m) => m[1]!));
    const declared = hazardModel(id).changes;
    for (const name of emitted) expect(declared, `${name} is emitted but not declared`).toContain(name);
    for (const name of declared) expect(code, `${name} is declared but never emitted`).toContain(`"${name}"`);
  });
});
