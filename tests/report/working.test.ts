/**
 * The points' working a reader can recompute from the page (issue 10 §11; AQ/T 9009-2015 §7: the
 * evaluation report states how each problem was judged). Hand calculations from the default rubric
 * (scenarios/rubrics/default.yaml): 瞒报 10 points each (report-honest), a missing report 8, 未通知 5
 * and 联而不动 6 for one linkage duty, 力量不足 3 per missing unit, exposure above AEGL-2 0.02 per person
 * with the item's cap 4, a late spot answer half of 2 points.
 */
import { describe, expect, it } from "vitest";
import { pointsText } from "../../cli/report/text.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { bestPlay, drill, noResponse, rubric, WITH_PLAYS } from "../evaluate/fixtures.ts";
import { small } from "../evaluate/verdicts-support.ts";
import { rendered } from "./reports.ts";

const cell = (r: ReportModel, id: string, lang: "zh" | "en" = "zh") => pointsText(r.findings.find((f) => f.id === id)!, r.sections, r.findings)[lang];
const weightOver = (r: ReportModel, section: string) => {
  const s = r.sections.find((x) => x.id === section)!;
  return `${s.weight} / ${s.scoring!.worth}`;
};

describe("a 谎报 of stated figures costs its rubric points, owed report or not; a 漏报伤亡 stays within its report (493号令 第四条, 第三十五、三十六条; rubric report-honest: 10)", () => {
  const { report } = drill("school-fire", "poor");
  const concealed = report.findings.filter((f) => f.code === "REPORT_FALSE");

  // review12 school 4: the late 00:35 report to the education bureau, silent on the missing pupil, cost 15 raw against 8 for no
  // report; a 漏报伤亡 (figures left out) is priced within its report's 8, at most 8 − 4 (REPORT_LATE, timeliness) = 4
  it("the school's concealing report to the emergency bureau, that no rule asked for, takes 10 (+ 4 for the correction it never made, a 续报's followUpPoints, + 4 for the bureau's casualty 续报 it kept); its owed 00:35 report to the education bureau silent on the missing pupil (漏报伤亡) takes what its report leaves, 8 − 4 (迟报) = 4", () => {
    const reports = concealed.filter((f) => f.ruleId === "RPT-HONEST-FALSE" || f.ruleId === "RPT-HONEST-OMIT");
    expect(reports).toHaveLength(2);
    const stated = reports.find((f) => f.opportunity === undefined)!;
    const left = reports.find((f) => f.opportunity?.startsWith("rep:"))!;
    // never corrected to the end (review16 school 3): one finding, 谎报 10 + the correcting 续报 it owed, 4 (a missing 续报: review18 mine C),
    // + the bureau's casualty 续报 to the duty office it kept (the bureau reported up at 00:58 and never learnt the
    // missing pupil: kept-by-lie.ts), 4: 10 + 4 + 4 = 18
    expect(stated.rubricPoints).toBe(10 + 4 + 4);
    expect(cell(report, stated.id)).toBe(`${stated.points}（= （谎报 10 + 未更正的续报 4 + 因此无从作出的续报 4） × ${weightOver(report, "reporting")}）`);
    expect(left.omission).toBe(true);
    expect(left.rubricPoints).toBe(4);
    // with its 迟报 and 要素不全, the report costs its whole 8, as no report would (each within what the report has left)
    const all = report.findings.filter((f) => f.opportunity === left.opportunity);
    expect(all.reduce((a, f) => a + (f.rubricPoints ?? 0), 0)).toBe(8);
  });

  it("the owed first report to the education bureau is 漏报伤亡, 要素不全 for its other fields and 迟报: one opportunity, each fault its own (第四条, 第十二条)", () => {
    const left = report.findings.find((f) => f.code === "REPORT_FALSE" && f.agency === "sch" && f.opportunity?.startsWith("rep:"))!;
    const rest = report.findings.filter((f) => f.opportunity === left.opportunity);
    expect(rest.map((f) => f.code).sort()).toEqual(["REPORT_FALSE", "REPORT_INCOMPLETE", "REPORT_LATE"]);
    expect(rest.find((f) => f.code === "REPORT_INCOMPLETE")!.message.zh).not.toContain("伤亡人数");
  });
});

describe("the working shows quantities with their measure word, caps with their reason, and a whole duty's parts", () => {
  it("力量不足: 3 ambulances needed, 1 sent → 2 辆救护车 × 3 分 = 6 rubric points (chemical leak, req-treat)", () => {
    const d = small("chemical-leak", [
      ["00:01:00", "ent", { type: "message", to: ["health"], channel: "phone", text: "液氯泄漏，有人中毒" }],
      ["00:02:00", "health", { type: "dispatch", units: ["amb-1"], place: "plant", task: "treat" }],
    ], 60 * 60_000);
    const f = d.of("DISPATCH_INSUFFICIENT").find((x) => x.ruleId === "req-treat")!;
    expect(f.quantity).toBe(2);
    expect(f.rubricPoints).toBe(6);
    expect(cell(d.report, f.id)).toBe(`${f.points}（= 2 辆救护车 × 3 分 × ${weightOver(d.report, "dispatch")}）`);
    expect(cell(d.report, f.id, "en")).toBe(`${f.points} (= 2 ambulances × 3 points × ${weightOver(d.report, "dispatch")})`);
  });

  it("people only above AEGL-2: n 人 × 0.0066 分 inside the preventable harm, graded across the whole gap (chemical leak poor play)", () => {
    // since the outcome merge harm is graded per person, each once, in gravity order (death > serious > injured >
    // exposed): of the 635 above AEGL-2, the 609 injured count as injured and the 26 only exposed at 0.02 each, all in
    // OUTCOME_PREVENTABLE_HARM; the AEGL-2 finding cites that root and is not deducted again (outcomes-once.test.ts).
    const d = drill("chemical-leak", "poor");
    const f = d.report.findings.find((x) => x.code === "OUTCOME_EXPOSED_AEGL2")!;
    const harm = d.report.findings.find((x) => x.code === "OUTCOME_PREVENTABLE_HARM")!;
    expect(f.quantity).toBe(26);
    expect(f.causedBy).toBe(harm.id);
    expect(cell(d.report, f.id)).toBe(`0（随 ${harm.id}，不重复扣分）`);
    expect(cell(d.report, f.id, "en")).toBe(`0 (with ${harm.id}, not deducted twice)`);
    // the whole gap between no response (637 injured) and the best play (35) is the item's 10: each injured 10 / 602 =
    // 0.0166, each only exposed 0.4 of that = 0.0066; 574 × 0.0166 + 26 × 0.0066 = 9.7, under the cap
    expect(harm.message.zh).toContain(`仅受危害暴露 ${f.quantity} 人（每人 0.0066 分）`);
    expect(harm.message.zh).toContain("扣 9.7 分，占本项 10 分的 97%");
    expect(harm.rubricPoints).toBe(9.7);
    // the cell shows the share of the item: 0.97 × 10 分, then the section's scaling
    expect(cell(d.report, harm.id)).toContain(`= 0.97 × 10 分 × ${weightOver(d.report, "outcomes")}）`);
  });

  // the poor plays' late answers were holding replies ("正在核实，稍后报告"), which answer nothing (rules/telling.ts): a late answer with the facts
  it("a late spot answer counts half: 0.5 × 2 分 (mine flood, the facts sent to the provincial bureau at 01:05, due 01:00)", () => {
    const { report } = small("mine-flood", [["01:05:00", "mine", { type: "message", to: "msp", channel: "phone", text: "省局：井下入井42人，6人被困，已撤人并召请救护队。" }]], 120 * 60_000);
    const f = report.findings.find((x) => x.code === "SPOT_QUESTION_LATE")!;
    expect(f.rubricPoints).toBe(1);
    expect(cell(report, f.id)).toBe(`${f.points}（= 0.5 × 2 分 × ${weightOver(report, "reporting")}）`);
  });

  // the poor play's health bureau is no longer owed a notice (nobody hurt, workWhen casualties): the no-action play's police
  it("an agency never told loses its whole duty: 未通知 5 + 联而不动 6 = 11 (mine flood, no action: the police)", () => {
    const { report } = noResponse("mine-flood");
    const f = report.findings.find((x) => x.code === "LINKAGE_NOT_NOTIFIED" && x.ruleId === "LNK-MINE-PSB" && x.rubricPoints === 11)!;
    expect(f).toBeDefined();
    // the traffic car the never-told police could not send (req-traffic, 1 × 3 × 25 / 18 = 4.17) is that notice's
    // consequence, charged with it (notice-shortfall.ts chargedWithNotice; review22 mine B2): 11 × 30 / 111 = 2.97 (W 111 with LNK-MINE-PLAN), + 4.17 = 7.14
    const car = report.findings.find((x) => x.chargedWith === f.id)!;
    expect([car.ruleId, car.points]).toEqual(["req-traffic", 4.17]);
    expect(cell(report, f.id)).toBe(`${f.points}（= （未通知 5 + 联而不动 6） × ${weightOver(report, "linkage")}，未通知即整项不得分）；其后果 ${car.id}（4.17）计入本问题，合计 7.14`);
  });
});

/**
 * The rubric points a printed cell says were taken: after "封顶", else the expression before "× w / W"; less the part
 * a late duty's owner hands to the late word's sender (「− 按因果份额由通知方承担 N」, r29 relay-lateness.ts takeCaused).
 */
function rubricPointsOf(cell: string): number | undefined {
  const moved = / − 按因果份额由通知方承担 ([\d.]+)/.exec(cell);
  const taken = takenOf(moved ? cell.replace(moved[0], "") : cell);
  return taken === undefined ? undefined : taken - (moved ? Number(moved[1]) : 0);
}

function takenOf(cell: string): number | undefined {
  const capped = /封顶 ([\d.]+)（/.exec(cell);
  if (capped) return Number(capped[1]);
  const m = /^[\d.]+（= (.+?) × \d+ \/ [\d.]+(，[^）]*)?）/.exec(cell);
  if (!m) return undefined;
  const product = (e: string) => {
    const q = /^([\d.]+)[^×]* × ([\d.]+) 分$/.exec(e);
    return q ? Number(q[1]) * Number(q[2]) : undefined;
  };
  const whole = /^（(.+)）$/.exec(m[1]!);
  if (!whole) return product(m[1]!) ?? Number(m[1]);
  // 「（未通知 5 + 联而不动 6）」 adds named parts; 「（3 个时限 × 2 分）」 is one product left after a share was taken out
  return product(whole[1]!) ?? whole[1]!.split(" + ").reduce((a, p) => a + Number(/([\d.]+)$/.exec(p)![1]), 0);
}

describe.each(WITH_PLAYS)("%s poor play: every printed points cell recomputes from its working", (id) => {
  const { report } = drill(id, "poor");
  it("points = rubric points × weight / W (to the printed 2 decimals), and the rubric points add up to each section's", () => {
    for (const s of report.sections.filter((x) => x.judged && x.scoring)) {
      const mine = report.findings.filter((f) => f.section === s.id && f.points > 0);
      let lost = 0;
      for (const f of mine) {
        const c = cell(report, f.id);
        const rp = rubricPointsOf(c);
        expect(rp, c).toBeDefined();
        expect(Math.abs(rp! - f.rubricPoints!), c).toBeLessThanOrEqual(0.0001 * Math.max(1, rp!));
        // printed to 2 decimals: half a hundredth, or one hundredth where the section apportions its cents so that its
        // findings add up to its once-rounded deduction (credit.ts; review12 chemical 2), and a float's width
        expect(Math.abs(f.points - (rp! * s.weight) / s.scoring!.worth), c).toBeLessThanOrEqual(0.01 + 1e-9);
        lost += rp!;
      }
      expect(lost).toBeCloseTo(s.scoring!.lost, 3);
    }
  });
});

describe("the rubric table shows a cap only where one bounds the points (credit.ts: the outcome's per-person and per-minute items)", () => {
  it("chemical leak poor play: 漏报 8 each with no cap (5 missing reports take 40 rubric points, beyond the item's nominal 24); exposure 0.02 each, cap 4", () => {
    const md = rendered("chemical-leak", "poor").md.zh;
    // (a missed 续报 at the row's followUpPoints, shown beside its points: review18 mine C)
    expect(md).toMatch(/\| 信息报告 \| 向规定对象报告（不漏报；漏报续报按续报分值计） \| [^|]+ \| 8（续报 4） \| — \| [\d.]+ \|/);
    // the row in the chlorine leak's own terms (issue 10 §8: "or another harm threshold" is the mine's or the fire's)
    expect(md).toMatch(/\| 处置结果 \| 群众暴露超过AEGL-2（每人） \| [^|]+ \| 0.02 \| 4 \| [\d.]+ \|/);
    const { report } = drill("chemical-leak", "poor");
    const missing = report.findings.filter((f) => f.code === "REPORT_MISSING" && f.causedBy === undefined);
    expect(missing).toHaveLength(5);
    expect(missing.reduce((a, f) => a + f.rubricPoints!, 0)).toBe(40);
  });
});
