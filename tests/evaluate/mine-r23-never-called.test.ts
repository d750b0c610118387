/**
 * Review22 mine B2 / school 6 (issue 10: each fault once, on the agency that failed), B7 and B8.
 *
 * One rule for a call never made (notice-shortfall.ts chargedWithNotice): the need its never-told holder could not meet
 * is the notice's consequence, shown on its row as 随 Fx 计入 Fx (`chargedWith`), its points booked on its own
 * opportunity (力量调派) as a 迟报（他方所致） row books a late notice's in 信息报告: so dropping the call never raises a
 * section (section-weight.test, review16 school 1: r22-mine2's dce4ed5 set the need aside, the dispatch section rose,
 * and was reverted), and never calling costs at least a late call.
 *
 * Play (seed 7): tests/evaluate/plays/mine-no-mrt-call.yaml (= /work/variants/r22/review-mine-flood/v2-no-mrt-call.yaml:
 * the poor play without the mine's 00:30 requestSupport and the team's 00:33 dispatch). By hand:
 *   - 未通知 mine → rescue team (LNK-MINE-MRT, due 00:35): the whole duty, (5 + 6) × 30 / 111 = 2.9730 → 2.97 (部门联动 W
 *     111 since r23-mine-a's LNK-MINE-PLAN, act 6; 105 before);
 *   - req-mrt (1 rescue squad at the mine, due 01:20) short 1, charged to the mine (the team never told): 1 × 3 × 25 / 18
 *     = 4.1667 → 4.17, kept in 力量调派 (W 18, lost 3 + the poor play's 9 = 12), printed 「随 F3：未通知之后果，计入 F3」;
 *     the notice's cell names it: 「其后果 F11（4.17）计入本问题，合计 7.14」 (2.97 + 4.17);
 *   - a late call (review22 v9, 00:50) costs 2.70 (通知迟延 4 + 6 capped at the duty: 10 × 30 / 111) < 7.14.
 * B8: every finding's points are its exact product rounded once: the poor play's 6 × 30 / 111 = 1.6216 prints 1.62 on
 * every 响应迟缓 / 联而不动 capped at 6 (with W 105, F5, F6, F18 printed 1.72 beside F19, F27, F32's 1.71), 4 × 30 / 84 … alike.
 * B5: the poor play's one false figure (01:20, the mine tells the bureau 0 trapped knowing of 6) is one finding, F9 谎报
 * (10 + the correcting 续报 4 = 14, × 30 / 84 = 5); the duty office's untrue figure relayed by the bureau (F29, 8 × 30 / 84
 * = 2.86, outside W) and the township's notice the bureau never knew it owed (F17, 5 × 30 / 111 = 1.35) are its
 * consequences, 随 F9 计入 F9 (chargedWith), their points kept where they fall: 5 + 2.86 + 1.35 = 9.21 printed on F9.
 * B7: in the good play nobody is trapped, so the township's notice is owed by no deadline, but the bureau told it at
 * 00:09: done (its 11 achieved), never 「通知由情景注入告知，无参演单位在其时限内通知」.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { poor, variant } from "./mine-poor-variant.ts";
import { drill } from "./fixtures.ts";
import { renderMarkdown } from "../../cli/report/markdown.ts";
import { wordReport } from "../../cli/report/worded.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";

const NEVER = readFileSync(new URL("./plays/mine-no-mrt-call.yaml", import.meta.url), "utf8");
const section = (r: ReportModel, id: string) => r.sections.find((s) => s.id === id)!;

describe("review22 mine B2: the squad a never-made call left missing is that call's consequence, charged with it", () => {
  const v2 = variant(NEVER);
  const call = v2.findings.find((f) => f.code === "LINKAGE_NOT_NOTIFIED" && f.ruleId === "LNK-MINE-MRT")!;
  const squad = v2.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-mrt")!;

  it("one fault: the missing squad is shown 随 the 未通知 (chargedWith), on the mine, its 4.17 kept on 力量调派", () => {
    expect([call.agency, call.points]).toEqual(["mine", 2.97]);
    expect(squad.agency).toBe("mine");
    expect(squad.causedBy).toBeUndefined();
    expect(squad.chargedWith).toBe(call.id);
    expect(squad.points).toBe(4.17);
    expect(section(v2, "dispatch").scoring!.items!.find((o) => o.id === "req:req-mrt")).toMatchObject({ worth: 3, lost: 3 });
  });

  it("the report prints it as one fault: the notice's cell names its consequence and the total, the need's row 随 it", () => {
    const md = renderMarkdown(wordReport(poor.c, v2), "zh");
    const row = (id: string) => md.split("\n").find((l) => l.startsWith(`| ${id} |`))!;
    expect(row(call.id)).toContain(`其后果 ${squad.id}（4.17）计入本问题，合计 7.14`);
    expect(row(squad.id)).toContain(`（随 ${call.id}：未通知之后果，计入 ${call.id}，其分值在本项计）`);
  });

  it("no section rises and the total falls against the poor play (which made the call at 00:30); never calling costs more than a late call's 2.70", () => {
    for (const s of poor.report.sections) expect(section(v2, s.id).score, s.id).toBeLessThanOrEqual(s.score);
    expect(v2.score!).toBeLessThan(poor.report.score!);
    expect(call.points + squad.points).toBeGreaterThan(2.7);
  });
});

describe("review22 mine B8: a product prints one figure, from its exact value; an opportunity names each finding once", () => {
  const r = poor.report;
  it("every charged finding prints its rubric points × weight / W rounded once (6 × 30 / 111 → 1.62 everywhere)", () => {
    for (const f of r.findings.filter((g) => (g.rubricPoints ?? 0) > 0)) {
      const s = section(r, f.section);
      const exact = (f.rubricPoints! * s.weight) / s.scoring!.worth;
      expect(f.points, f.id).toBe(Math.round(exact * 100) / 100);
    }
    const six = r.findings.filter((f) => f.section === "linkage" && f.rubricPoints === 6).map((f) => f.points);
    expect(six.length).toBeGreaterThanOrEqual(6);
    expect(new Set(six)).toEqual(new Set([1.62]));
  });

  it("an opportunity lists each of its findings once (「F1、F6、F1」 was printed for the mine head's duty)", () => {
    for (const s of r.sections) for (const o of s.scoring!.items!) expect(new Set(o.findings).size, o.id).toBe(o.findings.length);
  });
});

describe("review22 mine B5: one false figure is one 谎报 finding, what it spoilt charged with it", () => {
  const r = poor.report;
  const lie = r.findings.find((f) => f.code === "REPORT_FALSE" && f.relayed !== true && f.agency === "mine")!;
  const relay = r.findings.find((f) => f.code === "REPORT_FALSE" && f.relayed === true && f.agency === "mine")!;
  const kept = r.findings.find((f) => f.code === "LINKAGE_NOT_NOTIFIED" && f.ruleId === "LNK-MINE-TOWN")!;

  it("the relayed figure and the township's kept notice are charged with the 谎报 (5 + 2.86 + 1.35 = 9.21 on one finding)", () => {
    expect([lie.points, relay.points, kept.points]).toEqual([5, 2.86, 1.35]);
    expect([relay.chargedWith, kept.chargedWith]).toEqual([lie.id, lie.id]);
    const md = renderMarkdown(wordReport(poor.c, r), "zh");
    const row = (id: string) => md.split("\n").find((l) => l.startsWith(`| ${id} |`))!;
    expect(row(lie.id)).toContain(`其后果 ${kept.id}（1.35）、${relay.id}（2.86）计入本问题，合计 9.21`);
    expect(row(relay.id)).toContain(`（随 ${lie.id}：同一谎报之后果，计入 ${lie.id}`);
  });
});

describe("review22 mine B7: a notice given though not owed is done, never credited to the scenario's inject", () => {
  it("good play: the township, told by the bureau at 00:09 with nobody trapped, has its 11 achieved, nothing set aside", () => {
    const good = drill("mine-flood", "good").report;
    const town = section(good, "linkage").scoring!.items!.find((o) => o.id === "link:LNK-MINE-TOWN:town")!;
    expect(town).toMatchObject({ worth: 11, lost: 0 });
    expect(town.unearned).toBeUndefined();
    expect(good.score).toBe(100);
  });
});
