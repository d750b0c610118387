/**
 * Findings for which no rule gives a time or a cause (issue 10 §1, §13).
 *
 * (a) A notice no rule times: the profile's LNK-MINE-HEALTH has no `notifiedWithinMin` (domain.md §5.1,
 *     卫生健康/120 row: Time target "—", no numeric norm). The duty to tell the health bureau arises when
 *     its notifier (the emergency bureau, the lead agency by default, domain.md §5) learns of the incident;
 *     the finding is dated then and says that no deadline was set and it was judged at the drill's end.
 * (b) An outcome that no finding explains is charged to no agency and says so: AQ/T 9009-2015
 *     (domain.md §3.6) assesses participants' performance and the drill's objectives apart; a shortfall
 *     in an objective that no participant's fault explains is the drill's, not the lead agency's.
 */
import { describe, expect, it } from "vitest";
import { attributeOutcomes } from "../../engine/evaluate/causes.ts";
import { buildContext } from "../../engine/evaluate/context.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { finding, numberFindings } from "../../engine/evaluate/findings.ts";
import { compiled, runPlay } from "../helpers.ts";
import { drill, MIN, rubric } from "./fixtures.ts";

describe("(a) mine flood poor play: the emergency bureau never tells the health bureau (LNK-MINE-HEALTH, untimed)", () => {
  const { report, c, state } = drill("mine-flood", "poor");
  const f = report.findings.find((x) => x.code === "LINKAGE_NOT_NOTIFIED" && x.ruleId === "LNK-MINE-HEALTH")!;
  const eb = state.knowledge.find((k) => k.agency === "eb")!.notifiedAtMs!;

  it("the rule sets no deadline for the notice", () => {
    expect(c.rules.linkage["mine-flood"].find((r) => r.id === "LNK-MINE-HEALTH")!.notifiedWithinMin).toBeUndefined();
  });

  it("is on the emergency bureau, dated when it learnt of the incident (01:10:00), not at the drill's end", () => {
    expect(f.agency).toBe("eb");
    expect(eb).toBe(70 * MIN);
    expect(f.atMs).toBe(eb);
    expect(f.atMs).toBeLessThan(report.endMs);
  });

  it("says that no deadline was set and that it was judged at the drill's end", () => {
    expect(f.message.zh).toContain("该通知未规定时限");
    expect(f.message.zh).toContain("01:10:00 起负有通知职责");
    expect(f.message.zh).toContain("按演练结束（04:00:00）时判定");
    expect(f.message.en).toContain("no deadline was set");
  });

  it("a drill stopped at 02:30 (eb told at 01:10, never telling health) lists it as not yet due, owed by the drill's end: no fault yet", () => {
    const r = runPlay(c, drill("mine-flood", "poor").commands, 7, 150 * MIN);
    const early = evaluate(c, r.events, r.state, rubric());
    expect(early.findings.some((x) => x.code === "LINKAGE_NOT_NOTIFIED" && x.ruleId === "LNK-MINE-HEALTH")).toBe(false);
    expect(early.notYetDue.some((n) => n.code === "LINKAGE_NOT_NOTIFIED" && n.ruleId === "LNK-MINE-HEALTH" && n.dueMs === c.durationMs)).toBe(true);
  });
});

describe("(b) an outcome that no process finding explains", () => {
  const c = compiled("chemical-leak");
  const r = runPlay(c, [], 7, 30 * MIN);
  const x = buildContext(c, r.events, r.state);
  const exposed = finding({
    code: "OUTCOME_EXPOSED_AEGL2", section: "outcomes", opportunity: "outcomes", agency: c.scenario.leadAgency, atMs: 10 * MIN, ruleId: "OUT-AEGL2", basis: "AEGL", quantity: 10,
    message: { zh: "10 人的毒性负荷超过 AEGL-2", en: "10 people above AEGL-2" }, evidence: { events: [x.endEvent] },
  });
  const [out] = attributeOutcomes(x, numberFindings([exposed]));

  it("is charged to no agency (not the lead agency by default) and cites no cause", () => {
    expect(out!.agency).toBeNull();
    expect(out!.causes).toBeUndefined();
  });

  it("says so in both languages", () => {
    expect(out!.message.zh).toContain("无可归因的处置缺陷");
    expect(out!.message.en).toContain("not against any agency");
  });
});
