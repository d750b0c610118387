/**
 * 改进建议 name the agency that failed and ask it for an action within its powers (issue 10 §1:
 * "Recommendations name the agency that failed, not the ones that suffered"; AQ/T 9009-2015 §7
 * 评估总结 → 纠正行动, domain.md §3.6). Sources for the right answers:
 * - a consequence grouped under a root finding ("随 F…", issue 10 §2) is the root's fault: it gets no
 *   recommendation of its own, its root's does;
 * - who may give which command: engine/rules/powers.ts (消防法 第四十五条, 应对法 第六十三、七十一条);
 *   what an agency's units can do: the scenario's unit capabilities (the police's cars cordon, guard and
 *   evacuate; they do not treat the poisoned, domain.md §5.2: 卫生健康/120 treat);
 * - 联而不动 advice names each idle agency with its own duty from the linkage table (domain.md §5).
 */
import { describe, expect, it } from "vitest";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { recommendations } from "../../engine/evaluate/advice.ts";
import { dutyHolder } from "../../engine/evaluate/blame.ts";
import { buildContext } from "../../engine/evaluate/context.ts";
import { finding, numberFindings } from "../../engine/evaluate/findings.ts";
import { mayGive } from "../../engine/rules/powers.ts";
import { compiled, runPlay } from "../helpers.ts";
import { drill, MIN, noResponse, WITH_PLAYS } from "./fixtures.ts";

/** Every agency a recommendation names has a finding of one of its codes that is its own (not a consequence) and charged. */
function namedForOwnFaults(r: ReportModel): void {
  for (const rec of r.recommendations) {
    for (const g of rec.agencies) {
      const charged = (f: ReportModel["findings"][number]) => rec.codes.includes(f.code) && f.causedBy === undefined && f.quantity > 0;
      // its own finding with those codes (alone or jointly with others: a cordon both the brigade and the police owed),
      // or its own finding among the causes of one several agencies caused (on no agency alone)
      const own = r.findings.some((f) => charged(f) && (f.agency === g || (f.jointly ?? []).includes(g) || (f.agency === null && (f.causes ?? []).some((id) => r.findings.find((c) => c.id === id)?.agency === g))));
      expect(own, `${rec.codes.join(",")} → ${g}`).toBe(true);
    }
  }
}

describe("chemical leak, no action: every resource shortfall is a consequence of a notice never given or a duty left idle", () => {
  const r = noResponse("chemical-leak").report;

  it("the DISPATCH_* findings are grouped under their roots (随 F…), or are the shortfall of an owner never told, on the agency that never told it", () => {
    const dispatch = r.findings.filter((f) => f.code.startsWith("DISPATCH_"));
    expect(dispatch.length).toBeGreaterThan(0);
    // b6b8b2e: a need whose owner was never told is the notifier's own 力量不足 with points (the brigade's water
    // curtain and plugging, the eco bureau's monitoring on the enterprise; the weather bureau's car on the bureau)
    // r27 mine 1: a need its told owner left short by its own 联而不动 is charged with that 联而不动 (随 Fx 计入 Fx, the
    // police's checkpoint cars and the 120's ambulances here), on the owner
    for (const f of dispatch.filter((x) => x.causedBy === undefined && x.chargedWith !== undefined && !/未及时获知事故信息所致/.test(x.message.zh))) {
      const root = r.findings.find((n) => n.id === f.chargedWith)!;
      expect([root.code, root.agency], f.id).toEqual(["LINKAGE_IDLE", f.agency]);
    }
    for (const f of dispatch.filter((x) => x.causedBy === undefined && (x.chargedWith === undefined || /未及时获知事故信息所致/.test(x.message.zh)))) {
      const owner = /（([^（）]+)未及时获知事故信息所致/.exec(f.message.zh)?.[1];
      expect(owner, f.id).toBeDefined();
      expect(r.findings.some((n) => n.code === "LINKAGE_NOT_NOTIFIED" && n.agency === f.agency && n.message.zh.includes(`通知${owner}`)), `${f.id} ${owner}`).toBe(true);
    }
  });

  it("so there is no resource recommendation: the roots' recommendations (notification, 联而不动) cover them", () => {
    expect(r.recommendations.filter((x) => x.codes.some((c) => c.startsWith("DISPATCH_")))).toEqual([]);
    expect(r.recommendations.some((x) => x.codes.includes("LINKAGE_NOT_NOTIFIED"))).toBe(true);
  });

  it("every agency named has a charged finding of its own with the recommendation's codes", () => namedForOwnFaults(r));
});

describe.each(WITH_PLAYS)("%s poor play: recommendations", (id) => {
  const { report: r, c } = drill(id, "poor");

  it("name only agencies with a charged finding of their own (never one that only suffered a consequence)", () => namedForOwnFaults(r));

  it("advice asking for a cordon or a protective order names only agencies that may give it (powers.ts)", () => {
    const need: Record<string, Array<"cordon" | "evacuate" | "shelter">> = { CORDON_LATE: ["cordon"], PROTECTIVE_ACTION_LATE: ["evacuate", "shelter"], EVACUATION_SLOW: ["evacuate"] };
    for (const rec of r.recommendations) {
      const cmds = rec.codes.flatMap((code) => need[code] ?? []);
      if (cmds.length === 0) continue;
      for (const g of rec.agencies) expect(cmds.some((t) => mayGive(c.agencies.get(g)!.kind, t)), `${rec.codes} → ${g}`).toBe(true);
    }
  });

  it("联而不动 advice names each idle or slow agency with its own duty from the linkage table", () => {
    const rec = r.recommendations.find((x) => x.codes.includes("LINKAGE_IDLE") || x.codes.includes("LINKAGE_SLOW"))!;
    for (const g of rec.agencies) {
      // its own fault (not one grouped under another's), a duty it failed: the mine has two since r19-mine charges its own
      // late withdrawal (F6, LNK-MINE-MINE) beside its rescue of the trapped (LNK-MINE-RESCUE, review15 mine 2); one is named
      const rules = c.rules.linkage[c.scenario.kind].filter((l) => r.findings.some((f) => f.agency === g && f.ruleId === l.id && f.causedBy === undefined && (f.code === "LINKAGE_IDLE" || f.code === "LINKAGE_SLOW")));
      expect(rules.length).toBeGreaterThan(0);
      expect(rules.some((rule) => rec.text.zh.includes(`${c.agencies.get(g)!.name.zh}：${rule.text.zh}`)), g).toBe(true);
    }
  });
});

describe("chemical leak poor play: the outcome advice goes to the police for what the police can do", () => {
  const { report: r } = drill("chemical-leak", "poor");
  // since the outcome merge harm is graded per person (death > serious > injured > exposed): the 26 only-exposed
  // people are charged in the preventable-harm finding, the AEGL-2 finding is its consequence (0, 随 that root),
  // so the outcome advice is the preventable-harm recommendation
  const rec = r.recommendations.find((x) => x.codes.includes("OUTCOME_PREVENTABLE_HARM"))!;

  it("the public's exposure follows the police's late protective orders: the advice names the police, with the other agencies whose faults caused the harm", () => {
    const aegl2 = r.findings.find((f) => f.code === "OUTCOME_EXPOSED_AEGL2")!;
    expect(r.findings.find((f) => f.id === aegl2.causedBy)?.code).toBe("OUTCOME_PREVENTABLE_HARM");
    // review9 chemical 1: the harm is several agencies' (the enterprise's notices and 119 call, the late plug, the police's orders)
    expect(rec.agencies).toContain("police");
    expect(rec.agencies).not.toContain("health");
  });

  it("asks it to shelter or move people (its power), not to treat the poisoned (the health bureau's 120 crews)", () => {
    expect(rec.text.zh).toContain("就地避险或转移");
    expect(rec.text.zh).not.toContain("救治");
    expect(rec.text.en).not.toMatch(/treat/);
  });
});

describe("advice asking for a command an agency may not give goes to the agency whose duty lists it (powers.ts; blame.ts dutyHolder)", () => {
  const c = compiled("chemical-leak");
  const r = runPlay(c, [], 7, 40 * MIN);
  const x = buildContext(c, r.events, r.state);
  // a protective-action fault put on the weather bureau, which may not order an evacuation or shelter (powers.ts)
  const late = finding({
    code: "PROTECTIVE_ACTION_LATE", section: "dispatch", agency: "met", atMs: 30 * MIN, ruleId: "ERG-PAZ", basis: "ERG 2024",
    message: { zh: "群众未防护", en: "not protected" }, evidence: {},
  });
  const rec = recommendations(x, numberFindings([late])).find((a) => a.codes.includes("PROTECTIVE_ACTION_LATE"))!;

  it("names the agency whose linkage duty lists evacuate/shelter, which may give it, not the weather bureau", () => {
    expect(mayGive(c.agencies.get("met")!.kind, "evacuate")).toBe(false);
    expect(rec.agencies).not.toContain("met");
    expect(rec.agencies).toEqual([dutyHolder(x, ["evacuate", "shelter"])]);
    expect(mayGive(c.agencies.get(rec.agencies[0]!)!.kind, "evacuate")).toBe(true);
  });
});

describe("chemical leak, no action: the leak never stopped because the plant never called 119 (HAZARD_NOT_CONTROLLED on the plant, citing LNK-CHEM-FIRE)", () => {
  const { report: r, c } = noResponse("chemical-leak");

  it("the plant, which has no unit that can plug a leak or close a valve, is not asked to send hazmat teams: its advice is the notice it never gave", () => {
    expect(r.findings.find((f) => f.code === "HAZARD_NOT_CONTROLLED")!.agency).toBe("ent");
    expect([...c.units.values()].some((u) => u.agency === "ent" && u.capabilities.some((t) => t === "plugLeak" || t === "closeValve"))).toBe(false);
    for (const rec of r.recommendations.filter((x) => x.agencies.includes("ent"))) expect(rec.text.zh, rec.codes.join()).not.toContain("堵漏");
    expect(r.recommendations.some((x) => x.codes.includes("LINKAGE_NOT_NOTIFIED") && x.agencies.includes("ent"))).toBe(true);
  });
});
