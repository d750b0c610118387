/**
 * Issue 10 §10, strengths that are strengths: the 经验 section (AQ/T 9009-2015 §7, 经验教训) never
 * cites a command a finding condemns. The chemical-leak poor play's brigade answers the 119 call
 * within a minute — by sending water tenders to plug a chlorine leak, which they cannot do.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";
import { uncondemned } from "../../engine/evaluate/strengths.ts";

describe("chemical leak, poor play", () => {
  const d = drill("chemical-leak", "poor");
  const wrong = d.report.findings.filter((f) => f.code === "DISPATCH_WRONG_TYPE");
  const seqs = new Set(wrong.flatMap((f) => f.evidence.events.map((i) => (d.events[i] as { seq?: number }).seq).filter((s) => s !== undefined)));

  it("condemns the water tenders' dispatch", () => {
    expect(seqs.size).toBeGreaterThan(0);
  });

  // told at 00:12 by a call that hid the people down, the brigade's first act (00:13) is the wrong dispatch; its water
  // curtain at 00:14 meets the duty (2 min) at its very limit: met, not done well, so no 经验 (and none may cite the call)
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
    // the leak's strength reads in the hazard's own words (basis merge): 实现控制：泄漏源被切断; the fire's 得到控制
    const s = d.report.strengths.filter((x) => x.section === "outcomes" && /得到控制|实现控制/.test(x.message.zh));
    expect(s).toHaveLength(1);
    expect(s[0]!.agency).toBe(agency);
    const sent = d.events.filter((e) => e.type === "unitDispatched" && d.c.rules.control[d.c.scenario.kind]!.tasks!.includes(e.task));
    expect(sent.map((e) => d.c.units.get((e as { unit: string }).unit)!.agency)).toContain(agency);
  });
});

// A duty is a strength only when no finding on the same agency cites it (issue 10 §10; AQ/T 9009-2015 §7):
// LNK-CHEM-PSB (危险化学品安全管理条例 第七十一、七十二条) asks for the cordon AND the evacuation of threatened
// people, so a traffic post "in time" is no strength while the missing cordon is charged on that same duty
// (as in the chemical-leak poor play: 公安局 "履行职责（调派（交通管制））" beside F8, F9, F32, F41).
describe("chemical leak: the police's traffic post is no strength while findings condemn the same duty", () => {
  const d = small("chemical-leak", [
    ["00:02:00", "ent", { type: "message", to: ["eb"], channel: "phone", text: "液氯泄漏" }],
    ["00:05:00", "eb", { type: "message", to: ["police"], channel: "phone", text: "化工厂液氯泄漏，请设置警戒、管控交通" }],
    ["00:10:00", "police", { type: "dispatch", units: ["pol-1"], place: "j-park", task: "traffic" }],
  ], 45 * 60_000);

  it("the duty is met in time by the traffic post, and the missing cordon is charged on that duty", () => {
    expect(d.events.some((e) => e.type === "obligationMet" && e.id === "LNK-CHEM-PSB:act:police" && !e.late)).toBe(true);
    expect(d.of("CORDON_LATE", "police").some((f) => f.evidence.obligations.includes("LNK-CHEM-PSB:act:police"))).toBe(true);
  });

  it("so 经验 does not praise the police for that duty (findings on the police cite it)", () => {
    const metAt = d.events.findIndex((e) => e.type === "obligationMet" && e.id === "LNK-CHEM-PSB:act:police");
    const praise = (agency: string) => ({ section: "linkage" as const, agency, message: { zh: "按时履行职责", en: "acted in time" }, evidence: { events: [metAt], messages: [], obligations: [] } });
    expect(uncondemned(d.events, d.report.findings, [praise("police")])).toEqual([]);
    // only findings on the same agency condemn its duty
    expect(uncondemned(d.events, d.report.findings.filter((f) => f.agency !== "police"), [praise("police")])).toHaveLength(1);
    expect(d.report.strengths.filter((s) => s.agency === "police")).toEqual([]);
  });

  it("the chemical-leak poor play's 经验 no longer says the police acted in time", () => {
    expect(drill("chemical-leak", "poor").report.strengths.filter((s) => s.agency === "police" && s.section === "linkage")).toEqual([]);
  });
});
