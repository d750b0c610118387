/**
 * Findings for which no rule gives a time or a cause (issue 10 §1, §13).
 *
 * (a) A notice no rule times: the profile's LNK-MINE-PSB has no `notifiedWithinMin` (domain.md §5.1,
 *     公安局 row: Time target "—", no numeric norm). It is owed all the same by the time a requirement falls due
 *     on the police (review6 B11: req-traffic, 进矿路口交通管制, 60 min from the inrush = 01:00); its notifier
 *     (the emergency bureau, the lead agency by default, domain.md §5) knew from 00:20, so the notice was due 01:00.
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
import { small } from "./verdicts-support.ts";

// (the poor play's health-bureau notice is no longer owed: nobody was hurt, LNK-MINE-HEALTH workWhen casualties, blame-work.test.ts)
const REPORT_20 = ["00:20:00", "mine", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { unit: "兴隆煤矿", time: "8时55分", location: "井下1203工作面", scene: "突水", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 } } }] as [string, string, Record<string, unknown>];

describe("(a) mine flood: the mine reports to the emergency bureau at 00:20, which never tells the police (LNK-MINE-PSB, untimed)", () => {
  const { report, c, state } = small("mine-flood", [REPORT_20]);
  const f = report.findings.find((x) => x.code === "LINKAGE_NOT_NOTIFIED" && x.ruleId === "LNK-MINE-PSB")!;
  const eb = state.knowledge.find((k) => k.agency === "eb")!.notifiedAtMs!;
  const traffic = c.scenario.requirements.find((r) => r.id === "req-traffic")!;

  it("the rule sets no deadline for the notice", () => {
    expect(c.rules.linkage["mine-flood"].find((r) => r.id === "LNK-MINE-PSB")!.notifiedWithinMin).toBeUndefined();
  });

  it("is on the emergency bureau (told at 00:20), due when the police's traffic control fell due (00:25 + 60 min = 01:25), not at the drill's end", () => {
    expect(f.agency).toBe("eb");
    expect(eb).toBe(20 * MIN);
    expect(f.atMs).toBe(25 * MIN + traffic.withinMin * MIN);
    expect(f.atMs).toBe(85 * MIN);
  });

  it("names the requirement that fell due, in both languages", () => {
    expect(f.message.zh).toContain(`须满足的力量需求“${traffic.text.zh}”时限 01:25:00`);
    expect(f.message.en).toContain(`had to meet “${traffic.text.en}” by 01:25:00`);
  });

  it("a drill stopped at 02:30 judges it already (due 01:25): a fault, not 'owed by the drill's end'", () => {
    const early = small("mine-flood", [REPORT_20], 150 * MIN).report;
    expect(early.findings.some((x) => x.code === "LINKAGE_NOT_NOTIFIED" && x.ruleId === "LNK-MINE-PSB" && x.atMs === 85 * MIN)).toBe(true);
    expect(early.notYetDue.some((n) => n.code === "LINKAGE_NOT_NOTIFIED" && n.ruleId === "LNK-MINE-PSB")).toBe(false);
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
