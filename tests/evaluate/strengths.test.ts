/**
 * Issue 10 §10, strengths that are strengths: the 经验 section (AQ/T 9009-2015 §7, 经验教训) never
 * cites a command a finding condemns. The chemical-leak poor play's brigade answers the 119 call
 * within a minute — by sending water tenders to plug a chlorine leak, which they cannot do.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("chemical leak, poor play", () => {
  const d = drill("chemical-leak", "poor");
  const wrong = d.report.findings.filter((f) => f.code === "DISPATCH_WRONG_TYPE");
  const seqs = new Set(wrong.flatMap((f) => f.evidence.events.map((i) => (d.events[i] as { seq?: number }).seq).filter((s) => s !== undefined)));

  it("condemns the water tenders' dispatch", () => {
    expect(seqs.size).toBeGreaterThan(0);
  });

  it("does not praise the brigade's prompt action when that action was the wrong dispatch", () => {
    expect(d.report.strengths.filter((s) => s.agency === "fire" && s.section === "linkage")).toEqual([]);
    for (const s of d.report.strengths) for (const i of s.evidence.events) expect(seqs.has((d.events[i] as { seq?: number }).seq as number), s.message.zh).toBe(false);
  });

  it("still praises what was done well in the good play (the brigade's hazmat dispatch)", () => {
    expect(drill("chemical-leak", "good").report.strengths.some((s) => s.agency === "fire" && s.section === "linkage")).toBe(true);
  });
});

// the control strength goes to the agency whose unit did the control task (rules profile
// control.<kind>.tasks: plugLeak/closeValve for a leak, suppression for a fire), not to the lead agency
describe("who brought the hazard under control", () => {
  it.each([
    ["chemical-leak", "fire"],
    ["school-fire", "fire"],
  ])("%s good play: the control strength is the fire brigade's, whose crews did the control task", (scenario, agency) => {
    const d = drill(scenario, "good");
    const s = d.report.strengths.filter((x) => x.section === "outcomes" && /得到控制/.test(x.message.zh));
    expect(s).toHaveLength(1);
    expect(s[0]!.agency).toBe(agency);
    const sent = d.events.filter((e) => e.type === "unitDispatched" && d.c.rules.control[d.c.scenario.kind]!.tasks!.includes(e.task));
    expect(sent.map((e) => d.c.units.get((e as { unit: string }).unit)!.agency)).toContain(agency);
  });
});
