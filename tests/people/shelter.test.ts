/**
 * Sheltering people who are outdoors takes time (issue 10 §6). People told to shelter while outside
 * must first get indoors — `shelterMin` per population group, default 5 min [S2: "everyone moved to
 * safety within five minutes of notification that sheltering is necessary", Buildings, 2014] — and
 * breathe outdoor air until then; people already indoors shut the windows at once (hazards.md §1.5:
 * sheltering cuts the air exchange). The engine says when a group is in (`groupSheltered`, exact ms),
 * and the evaluator judges the ERG protective action (30 min, hazards.md §1.7) on that time.
 */
import { describe, expect, it } from "vitest";
import { compile, type Compiled } from "../../engine/compile.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { EventOf } from "../../engine/model/events.ts";
import { scenarioFromText } from "../../cli/files.ts";
import { formatProblem } from "../../engine/scenario/problems.ts";
import { cmd, compiled, ms, runPlay, text } from "../helpers.ts";
import { rubric } from "../evaluate/fixtures.ts";
import { atTick } from "../support/tick-length.ts";

const base = compiled("chemical-leak");
// the farmers are outdoors in the fields, the villagers indoors; both lie in the downwind protective-action zone
const shelter = (at: string, groups: string[]): Command => cmd(at, "town", { type: "shelter", groups }, 1);
const sheltered = (events: readonly { type: string }[]) => events.filter((e): e is EventOf<"groupSheltered"> => e.type === "groupSheltered");

function withShelterMin(c: Compiled, group: string, shelterMin: number): Compiled {
  return compile({ ...c.scenario, populations: c.scenario.populations.map((g) => (g.id === group ? { ...g, shelterMin } : g)) }, c.rules);
}

describe("people outdoors told to shelter", () => {
  it("are in only after the scenario's default 5 minutes, with an event at that exact time", () => {
    expect(base.scenario.populations.find((g) => g.id === "farmers")).toMatchObject({ indoors: false, shelterMin: 5 });
    const r = runPlay(base, [shelter("00:03:00", ["farmers"])], 7, ms("00:20:00"));
    expect(sheltered(r.events).map((e) => [e.group, e.doneMs, e.count])).toEqual([["farmers", ms("00:08:00"), 35]]);
  });

  it("breathe outdoor air until they are in: the same dose as nobody sheltering up to 00:08:00, far less afterwards", () => {
    const load = (commands: Command[], until: string) => runPlay(base, commands, 7, ms(until)).state.groups.find((g) => g.id === "farmers")!.toxicLoad;
    const order = [shelter("00:03:00", ["farmers"])];
    expect(load(order, "00:07:50")).toBe(load([], "00:07:50"));
    // once inside (windows shut, a quarter of the air exchange) the load grows far more slowly than outside
    const inside = load(order, "00:30:00") - load(order, "00:10:00");
    const outside = load([], "00:30:00") - load([], "00:10:00");
    expect(inside).toBeLessThan(outside / 4);
  });

  it("take the group's own time when the scenario gives one (12 min)", () => {
    const r = runPlay(withShelterMin(base, "farmers", 12), [shelter("00:03:00", ["farmers"])], 7, ms("00:20:00"));
    expect(sheltered(r.events).map((e) => e.doneMs)).toEqual([ms("00:15:00")]);
  });

  it.each([15, 60])("are in at the same simulated time with %i-s ticks", (tickS) => {
    const r = runPlay(atTick(base, tickS), [shelter("00:03:00", ["farmers"])], 7, ms("00:20:00"));
    expect(sheltered(r.events).map((e) => e.doneMs)).toEqual([ms("00:08:00")]);
  });
});

describe("people already indoors told to shelter", () => {
  it("are sheltered at once (windows shut at the order's time)", () => {
    const r = runPlay(base, [shelter("00:03:00", ["villagers"])], 7, ms("00:03:01"));
    expect(sheltered(r.events).map((e) => [e.group, e.doneMs])).toEqual([["villagers", ms("00:03:00")]]);
    expect(r.state.groups.find((g) => g.id === "villagers")).toMatchObject({ status: "sheltered", indoors: true });
  });
});

// ERG: within 30 min, from when the agency that owes the farmers' protection knew (review12 chemical 4, receipt-due.ts): with
// no play, the township, told at 00:18, so due 00:48
describe("the protective action is judged when people are in, not when they were told (ERG: within 30 min)", () => {
  const protectLate = (commands: Command[], until?: string) => {
    const r = runPlay(base, commands, 7, until ? ms(until) : undefined);
    const report = evaluate(base, r.events, r.state, rubric());
    return { findings: report.findings.filter((f) => f.code === "PROTECTIVE_ACTION_LATE" && f.message.en.includes("fields")), notYetDue: report.notYetDue.filter((n) => n.ruleId === "ERG-PAZ") };
  };

  it("an order at 00:46:00 leaves the farmers outside until 00:51:00: late, dated when they were in", () => {
    // the township's own finding; the police, told by the 110 call at 00:11 and silent past 00:41, owe the farmers too and
    // are charged beside it (joint-protection.ts, review15 chemical 4)
    const { findings: all } = protectLate([shelter("00:46:00", ["farmers"])]);
    const findings = all.filter((f) => f.agency === "town");
    expect(all.some((f) => f.agency === "police")).toBe(true);
    expect(findings.map((f) => f.atMs)).toEqual([ms("00:51:00")]);
    expect(findings[0]!.message.zh).toContain("00:51:00");
  });

  it("an order at 00:38:00 has them in by 00:43:00: no finding", () => {
    expect(protectLate([shelter("00:38:00", ["farmers"])]).findings).toEqual([]);
  });

  it("a drill stopped at 00:49:00 with the farmers still getting in is late (the 30 minutes have passed)", () => {
    const findings = protectLate([shelter("00:46:00", ["farmers"])], "00:49:00").findings.filter((f) => f.agency === "town");
    expect(findings.map((f) => f.atMs)).toEqual([ms("00:48:00")]);
    expect(findings[0]!.message.en).toContain("not all of them were protected by");
  });

  it("a drill stopped at 00:47:30 with the farmers still getting in lists it as not yet due, never drops it", () => {
    // everyone else in the zone is indoors and sheltered at 00:18:00, when the township is told: the only open protective
    // duty is the farmers', due 00:48 (an order before it was told would date its knowledge by that act, known-by-act)
    const others = cmd("00:18:00", "town", { type: "shelter", groups: ["villagers", "pupils", "hamlet-residents"] }, 2);
    const { findings, notYetDue } = protectLate([others, shelter("00:46:00", ["farmers"])], "00:47:30");
    expect(findings).toEqual([]);
    expect(notYetDue.map((n) => n.dueMs)).toEqual([ms("00:48:00")]);
  });
});

describe("the scenario file: shelterMin", () => {
  const FILE = "scenarios/chemical-leak.yaml";
  const original = text(FILE);
  const at = original.indexOf("    evacuationMin: 15");

  it("takes a group's own time to get indoors", () => {
    const r = scenarioFromText(`${original.slice(0, at)}    shelterMin: 8\n${original.slice(at)}`, FILE);
    expect(r.ok && r.value.compiled.groups.get("farmers")!.shelterMin).toBe(8);
  });

  it("rejects a time that is not positive, at its line, saying what was expected", () => {
    const r = scenarioFromText(`${original.slice(0, at)}    shelterMin: 0\n${original.slice(at)}`, FILE);
    const p = r.ok ? undefined : r.problems.find((x) => x.path.join(".") === "populations.1.shelterMin");
    expect(p, r.ok ? "accepted" : r.problems.map(formatProblem).join("\n")).toBeDefined();
    expect(p!.line).toBe(original.slice(0, at).split("\n").length);
    expect(formatProblem(p!)).toMatch(/>\s*0|greater than 0|positive/i);
  });
});

describe("the building people outdoors get into has taken in the plume meanwhile (hazards.md §1.5 infiltration)", () => {
  it("the farmers, in at 00:08:00, find the indoor air an indoor group at their place has had all along, not clean air", () => {
    const indoorFarmers = compile({ ...base.scenario, populations: base.scenario.populations.map((g) => (g.id === "farmers" ? { ...g, indoors: true } : g)) }, base.rules);
    const sheltering = runPlay(base, [shelter("00:03:00", ["farmers"])], 7, ms("00:08:00")).state.groups.find((g) => g.id === "farmers")!;
    const alwaysIn = runPlay(indoorFarmers, [], 7, ms("00:08:00")).state.groups.find((g) => g.id === "farmers")!;
    expect(alwaysIn.indoorPpm).toBeGreaterThan(0);
    expect(sheltering.indoorPpm).toBe(alwaysIn.indoorPpm);
  });
});
