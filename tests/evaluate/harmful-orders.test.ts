/**
 * Harmful orders and the harm they do to crews (issue 10 §1 and §11).
 *
 * Sources for the right verdicts:
 * - AQ/T 9009-2015 附录A 人员保护 (domain.md §3.6) and domain.md §7.5 ("no unprotected entry into the
 *   core zone or the ERG isolation radius"): sending a crew without respiratory protection into the
 *   tank's chlorine is the sending agency's fault (UNSAFE_ENTRY), and the crew's deaths follow from that
 *   order, not from the police's protection of the public.
 * - Issue 10 §11: "Removing a command that a finding condemns never lowers the score", so a play that
 *   only adds condemned orders to no action never scores above no action, in total or in any section.
 * - The rules profile's LNK-CHEM-TOWN, LNK-MINE-TOWN and LNK-SCH-TOWN are met by any dispatch of the
 *   township: a condemned dispatch must not meet them.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { cmd, compiled, runPlay } from "../helpers.ts";
import { bestPlay, noResponse, rubric } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

type Line = [string, string, Record<string, unknown>];

/** A small play evaluated as the shells do, against the scenario's best play. */
function play(id: string, lines: Line[]): ReportModel {
  const c = compiled(id);
  const r = runPlay(c, lines.map(([at, by, f], i) => cmd(at, by, f, i + 1)), 7);
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay(id, c));
}

const send = (at: string, by: string, units: string, place: string, task: string): Line => [at, by, { type: "dispatch", units, place, task }];

/** Orders a finding condemns, per shipped scenario: crews sent unprotected into the chlorine, units sent for work they cannot do. */
const HARMFUL: Record<string, { lines: Line[]; condemned: string[] }> = {
  "chemical-leak": {
    lines: [send("00:05:00", "town", "town-bus", "tank-v101", "transport"), send("00:06:00", "health", "amb-1", "tank-v101", "treat")],
    condemned: ["UNSAFE_ENTRY"],
  },
  "mine-flood": { lines: [send("00:05:00", "town", "town-team", "mine", "installPumps")], condemned: ["DISPATCH_WRONG_TYPE"] },
  "school-fire": { lines: [send("00:03:00", "town", "town-team", "school", "suppression")], condemned: ["DISPATCH_WRONG_TYPE"] },
};

describe.each(Object.keys(HARMFUL))("%s: a play that only adds condemned orders to no action (issue 10 §11)", (id) => {
  const none = noResponse(id).report;
  const harmful = play(id, HARMFUL[id]!.lines);

  it("has the findings that condemn its orders", () => {
    for (const code of HARMFUL[id]!.condemned) expect(harmful.findings.some((f) => f.code === code && f.points > 0), code).toBe(true);
  });

  it("never scores above no action, in total or in any section", () => {
    expect(harmful.score!).toBeLessThanOrEqual(none.score!);
    for (const s of harmful.sections) expect(s.score, s.id).toBeLessThanOrEqual(none.sections.find((n) => n.id === s.id)!.score);
  });

  it("the township's duty is not met by its condemned dispatch: it is still told and idle, as with no action", () => {
    const town = (r: ReportModel) => r.linkage.rows.find((row) => row.agency === "town")!.status;
    expect(town(harmful)).toBe(town(none));
  });
});

describe("chemical leak: the township's bus and an ambulance sent to the tank without respiratory protection", () => {
  const r = play("chemical-leak", HARMFUL["chemical-leak"]!.lines);
  const crew = r.findings.filter((f) => f.section === "outcomes" && f.message.zh.startsWith("救援人员伤亡"));

  it("the crews' deaths are charged to the agencies that sent them, one finding per order, each citing the order's UNSAFE_ENTRY", () => {
    expect(crew.map((f) => f.agency).sort()).toEqual(["health", "town"]);
    for (const f of crew) {
      const cause = r.findings.find((c) => c.id === f.causes?.[0])!;
      expect(cause.code).toBe("UNSAFE_ENTRY");
      expect(cause.agency).toBe(f.agency);
    }
    // the ambulance crew's 3 deaths, the first harm, cost at least the per-death floor 3 × 8 = 24, bounded by the harm
    // item's cap 10 (scenarios/rubrics/default.yaml): the whole item, so the harm after it (the bus crew, the public's
    // share) finds the item used up; the outcomes section is lost whole either way
    const amb = crew.find((f) => f.agency === "health")!;
    expect(amb.rubricPoints).toBe(10);
    const harm = r.findings.filter((f) => f.code === "OUTCOME_PREVENTABLE_HARM");
    expect(harm.reduce((a, f) => a + (f.rubricPoints ?? 0), 0)).toBe(10);
    expect(r.sections.find((s) => s.id === "outcomes")!.score).toBe(0);
  });

  it("the public's harm is graded without the crews and stays on the public's protection (the police, among its causes), never charged with the crews", () => {
    const pub = r.findings.filter((f) => f.code === "OUTCOME_PREVENTABLE_HARM" && !crew.includes(f));
    expect(pub).toHaveLength(1);
    // several agencies' faults caused it (review9 chemical 1: the enterprise's missing notices, the plug, the police's
    // orders): on no single agency, its causes naming the police and never the crews' senders (town, health)
    const causeAgencies = new Set((pub[0]!.causes ?? []).map((id) => r.findings.find((f) => f.id === id)?.agency));
    expect(causeAgencies.has("police")).toBe(true);
    // the township may cause it through its own silence on the public (joint-protection.ts, review15 chemical 4), never
    // through the crews it sent
    const causes = (pub[0]!.causes ?? []).map((id) => r.findings.find((f) => f.id === id)!);
    expect(causes.filter((f) => f.agency === "town" || f.agency === "health").every((f) => f.code === "PROTECTIVE_ACTION_LATE")).toBe(true);
    expect(causeAgencies.has("health")).toBe(false);
    // charged to the agency that owed the harmed people's protection and failed it first (causes.ts principalFirst, guard):
    // the township's own bus order at 00:05 shows it knew by then (knewAt, r22-chem2/r23-chem), so its protection of the
    // village and the school fell due at 00:05 + 30 = 00:35, before the police's at 00:11 + 30 = 00:41 — charged for its
    // silence on the public, as the clause says, not for the crews it sent
    expect(pub[0]!.agency).toBe("town");
    expect(pub[0]!.message.zh).toContain("计入江湾镇人民政府（负有受害人员的防护职责）");
    expect(causes.some((f) => f.agency === "town" && f.code === "UNSAFE_ENTRY")).toBe(false);
    // the same public figures as no action: 3 dead, 12 seriously injured (set by the scenario), 637 injured
    expect(pub[0]!.message.zh).toContain("本次演练 死亡 3、重伤 12、受伤 637");
  });
});

describe("without a best play (deaths graded absolutely): the bus crew's deaths are still the township's", () => {
  const d = small("chemical-leak", [HARMFUL["chemical-leak"]!.lines[0]!]);

  it("one OUTCOME_DEATHS on the township for its 2 crew, citing its UNSAFE_ENTRY; the public's deaths finding, if any, excludes them", () => {
    const crew = d.of("OUTCOME_DEATHS", "town");
    expect(crew.map((f) => f.quantity)).toEqual([2]);
    expect(d.report.findings.find((f) => f.id === crew[0]!.causes?.[0])?.code).toBe("UNSAFE_ENTRY");
    const scripted = d.state.groups.reduce((s, g) => s + g.scripted.deaths, 0);
    const pub = d.report.findings.filter((f) => f.code === "OUTCOME_DEATHS" && f.agency !== "town");
    expect(pub.reduce((s, f) => s + f.quantity, 0)).toBe(d.state.casualties.deaths - scripted - 2);
  });
});
