/**
 * Review22 mine B1: the site owner's own 启动预案 was never judged. The mine's `activateResponse` was accepted, printed
 * 「启动Ⅳ级应急响应」 and set the COUNTY's response level, and no duty asked for it. Now a site owner's activation (the
 * enterprise, the mine, the school: rules/powers.ts isSiteOwner) is its own plan (event `unitPlanActivated`, state
 * `unitPlans`; the county's level only from a government seat), and one rule for every site owner judges it:
 * LNK-CHEM-PLAN, LNK-MINE-PLAN, LNK-SCH-PLAN (生产安全事故应急条例 第十七条; 493号令 第十四条; “立即”按5分钟计, 本县设定).
 *
 * By hand, seed 7 (rubric default: 联而不动 6 points, linkage weight 30):
 *   - each new row is an act alone, worth 6: the mine manager's notice is timed once, by LNK-MINE-MINE (the dispatch
 *     room's word, notice 5), so LNK-MINE-PLAN has no notice part of its own; the plant and the school are told by the
 *     scenario. Linkage W: mine 105 + 6 = 111, chemical 99 + 6 = 105, school 63 + 6 = 69 (the same for every play).
 *   - mine poor: the dispatch room tells the manager at 00:15:00 (play), due 00:15 + 5 = 00:20:00, never started →
 *     联而不动 on the mine, 6 rubric points, 6 × 30 / 111 = 1.62: told at 00:07 he would not have started it either, so
 *     the dispatch room's late word delayed nothing of it (review23 mine N1; r22-clock had put 4 of the 6 on the dispatch
 *     room's F1 「此间无从履行 2 个时限」, leaving him 2, 0.54: the section and total are the same either way). Linkage S stays 30, lost 63 + 6 = 69: rate (111 − 30 − 69) / (111 − 30)
 *     = 12 / 81 = 14.8 (was 12 / 75 = 16.0); attainable 30 × 81 / 111 = 21.8919, deducted 30 × 69 / 111 = 18.6486.
 *     The other sections as before (reporting 22.86 attainable / 28.58 deducted, dispatch 16.67 / 12.50, outcomes
 *     15 / 14.04): total 100 × (76.4157 − 73.7686) / 76.4157 = 3.46 → 3.5 (was 100 × (75.9524 − 73.12) / 75.9524 = 3.7).
 *   - chemical poor: the plant knows at 00:00:00 (the leak), due 00:05:00, never → 6 × 30 / 105 = 1.714; lost 52 + 6 = 58,
 *     S 18: rate (105 − 18 − 58) / 87 = 29 / 87 = 33.3 (was 29 / 81 = 35.8); total with reporting 26.59 / 26.94, dispatch
 *     22.09 / 15.12, outcomes 15 / 13.38: 100 × (88.5371 − 72.0114) / 88.5371 = 18.7 (was 19.3).
 *   - school poor: the school finds the fire at 00:01:30, due 00:06:30, never → 6 × 30 / 69 = 2.609; lost 45 + 6 = 51,
 *     S 10: rate (69 − 10 − 51) / 59 = 8 / 59 = 13.6 (was 8 / 53 = 15.1); total with reporting 24.67 / 26.67, dispatch
 *     20.19 / 11.54, outcomes 15 / 9.90: 100 × (85.5117 − 70.2839) / 85.5117 = 17.8 (was 18.3). With r22-cordon merged
 *     (the traffic part done late, 2 more lost: 53): rate 6 / 59 = 10.2, D 70.28 + 30 × 2 / 69 = 71.15: 16.8. r24-call
 *     (one late ambulance is one part, late-arrival-once.test.ts): dispatch S 5 → 4, A 25 × 22 / 26 = 21.15: total A
 *     86.47, 100 × (86.47 − 71.15) / 86.47 = 17.7.
 *   r24-sums (credit.ts: a section deducts the sum of its findings' printed points, each rounded once, never the rounded
 *   L × 30 / W): mine linkage 2.16 + 3 × 0.54 + 1.08 + 6 × 1.62 + 3 × 1.35 = 18.63 (8 + 6 + 4 + 36 + 15 = 69 rubric points),
 *   rate 100 × (21.89 − 18.63) / 21.89 = 14.9; total 100 × (76.42 − (28.59 + 18.63 + 12.51 + 14.04)) / 76.42 = 3.5.
 *   Chemical linkage 2 × 1.71 + 5 × 0.57 + 6 × 1.14 + 1.43 + 2.00 = 16.54 (12 + 10 + 24 + 5 + 7 = 58), rate
 *   100 × (24.86 − 16.54) / 24.86 = 33.5; dispatch 6 × 1.74 + 4 × 1.16 = 15.08; total 100 × (88.54 − (26.92 + 16.54 +
 *   15.08 + 13.38)) / 88.54 = 16.62 / 88.54 = 18.8. School linkage 2 × 2.61 + 2 × 1.74 + 2.17 + 1.30 + 4 × 0.87 + 4.35 +
 *   3.04 = 23.04, rate 100 × 2.61 / 25.65 = 10.2; total 100 × (85.51 − 71.13) / 85.51 = 16.8.
 *   r27 mine 1 (duty-failure.ts chargedWithIdle: a need its holder's 联而不动 left short is booked with it, no longer set
 *   aside): mine dispatch S 6 → 0, A 16.67 → 25, D 12.51 → 12.51 + 6 × 25 / 18 (the 120's two ambulances, 8.33) = 20.84;
 *   total 100 × (84.75 − (28.59 + 18.63 + 20.84 + 14.04)) / 84.75 = 2.65 / 84.75 = 3.1 (was 3.5). Chemical: eco's
 *   monitoring van (req-monitor, 3) booked with its 联而不动: dispatch S 5 → 2, A 25 × 41 / 43 = 23.84, D 15.08 + 3 × 25 /
 *   43 (1.74) = 16.82; total 100 × (90.29 − (26.92 + 16.54 + 16.82 + 13.38)) / 90.29 = 16.63 / 90.29 = 18.4 (was 18.8).
 *   Both (r24-call's A 86.47, r24-sums' D 71.13): 100 × (86.47 − 71.13) / 86.47 = 17.7.
 *   r24-chain (notice-chain.test.ts p13 ≥ p1): the brigade's missing notice also answers for the county's oral report it made late (due 00:30 had the bureau been told by 00:17:30, made 00:58): 迟报（他方所致）, 1 started hour × 4 × 30 / 90 = 1.33 in 信息报告:
 *   D 71.13 + 1.33 = 72.46, 100 × (86.47 − 72.46) / 86.47 = 16.2.
 *   - good plays start their plans on time (mine 00:04:30 ≤ 00:03 + 5; plant 00:01:30 ≤ 00:05; school 00:02:30 ≤
 *     00:06:30): met, 100 each.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRules } from "../../engine/scenario/load.ts";
import { describeEvent, words } from "../../i18n/describe.ts";
import { cmd, compiled, ms, runPlay, SCENARIOS } from "../helpers.ts";
import { drill, MIN } from "./fixtures.ts";

const mine = compiled("mine-flood");

describe("a site owner's activateResponse is its own plan, never the county's response level", () => {
  // the mine manager at 00:04, the county emergency bureau at 00:05 (seed 7)
  const r = runPlay(mine, [cmd("00:04:00", "mine", { type: "activateResponse", level: 4 }, 1), cmd("00:05:00", "eb", { type: "activateResponse", level: 4 }, 2)], 7, ms("00:06:00"));
  const plan = r.events.filter((e) => e.type === "unitPlanActivated");
  const county = r.events.filter((e) => e.type === "responseActivated");

  it("the mine's is a unitPlanActivated event and a unitPlans entry; only the bureau's sets the county's level", () => {
    expect(plan.map((e) => [e.type === "unitPlanActivated" ? e.by : "", e.at])).toEqual([["mine", 4 * MIN]]);
    expect(county.map((e) => (e.type === "responseActivated" ? e.by : ""))).toEqual(["eb"]);
    expect(r.state.unitPlans).toEqual([{ agency: "mine", level: 4, atMs: 4 * MIN }]);
    expect(r.state.responseLevel).toBe(4);
    const alone = runPlay(mine, [cmd("00:04:00", "mine", { type: "activateResponse", level: 4 }, 1)], 7, ms("00:05:00"));
    expect(alone.state.responseLevel).toBeUndefined();
  });

  it("the feed says 启动本单位应急预案, not 启动Ⅳ级应急响应", () => {
    const zh = describeEvent(mine, words(mine, "zh-CN"), plan[0]!);
    expect(zh).toContain("启动本单位应急预案");
    expect(zh).toContain("非县级应急响应");
    expect(zh).not.toContain("启动Ⅳ级应急响应");
    expect(describeEvent(mine, words(mine, "en"), plan[0]!)).toContain("its own emergency plan");
  });
});

describe("the loader refuses a plan duty on the wrong seat, at its line", () => {
  const file = `${SCENARIOS}/rules/county-default.yaml`;
  const text = readFileSync(file, "utf8");
  const lineOf = (i: number) => text.slice(0, i).split("\n").length;

  it("a site owner's row asking activateResponse (it can never be met: the mine's activation is its plan)", () => {
    const at = text.indexOf("- { type: activatePlan }", text.indexOf("    - id: LNK-MINE-PLAN\n"));
    const p = parseRules(text.slice(0, at) + "- { type: activateResponse }" + text.slice(at + "- { type: activatePlan }".length), file);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.problems.map((q) => [q.line, q.message.includes("use `activatePlan`")])).toEqual([[lineOf(at), true]]);
  });

  it("a government row asking activatePlan", () => {
    const at = text.indexOf("- { type: activateResponse }", text.indexOf("    - id: LNK-MINE-EB\n"));
    const p = parseRules(text.slice(0, at) + "- { type: activatePlan }" + text.slice(at + "- { type: activateResponse }".length), file);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.problems.map((q) => [q.line, q.message.includes("use `activateResponse`")])).toEqual([[lineOf(at), true]]);
  });
});

const scored = [
  // own: the rubric points the holder's own plan finding costs (the mine manager's whole 6: a late word carries nothing
  // of a duty never done, review23 mine N1); the finding is 未启动预案 (own-plan.ts), not 联而不动 (review23)
  { id: "mine-flood", rule: "LNK-MINE-PLAN", agency: "mine", W: 111, own: 6, due: "00:20:00", rate: 14.9, score: 3.1, fault: "仍未启动本矿水害应急预案" },
  { id: "chemical-leak", rule: "LNK-CHEM-PLAN", agency: "ent", W: 105, own: 6, due: "00:05:00", rate: 33.5, score: 18.4, fault: "仍未启动本单位危险化学品事故应急预案" },
  // (rate 10.2 → 10.1 in r30: printed points 3.47 → 3.48 as the brigade's turn-out is split 2 + 0, school-r22-duty-parts)
  { id: "school-fire", rule: "LNK-SCH-PLAN", agency: "sch", W: 69, own: 6, due: "00:06:30", rate: 10.1, score: 16.2, fault: "仍未启动校园火灾应急预案" },
] as const;

describe.each(scored)("$id: the site owner's plan duty ($rule)", ({ id, rule, agency, W, own, due, rate, score, fault }) => {
  const poor = drill(id, "poor").report;
  const good = drill(id, "good").report;
  const linkage = (r: typeof poor) => r.sections.find((s) => s.id === "linkage")!;

  it(`is an act worth 6 of linkage W ${W}, in every play`, () => {
    for (const r of [poor, good]) {
      expect(linkage(r).scoring!.worth).toBe(W);
      const o = linkage(r).scoring!.items!.find((i) => i.id === `link:${rule}:${agency}`)!;
      expect(o.worth).toBe(6);
    }
  });

  // its own finding, 未启动预案 (PLAN_NOT_STARTED), not 联而不动 (review23 chemical §2, school (10)): in each poor play the
  // unit's other measures lag too (own-plan.ts), so the price is the duty's whole 6 as before, the same points
  it(`poor: 未启动预案 due ${due}, ${own} × 30 / ${W} points, named by its fault; linkage ${rate}, total ${score}`, () => {
    const f = poor.findings.filter((x) => x.ruleId === rule);
    expect(f.map((x) => [x.code, x.agency, x.atMs])).toEqual([["PLAN_NOT_STARTED", agency, ms(due)]]);
    expect(f[0]!.points).toBeCloseTo((own * 30) / W, 1);
    expect(f[0]!.message.zh).toContain(fault);
    expect(f[0]!.basis).toContain("本县设定");
    expect(linkage(poor).score).toBeCloseTo(rate, 1);
    expect(poor.score).toBeCloseTo(score, 1);
  });

  it("good: met in time, 100", () => {
    expect(good.findings.filter((x) => x.ruleId === rule)).toEqual([]);
    expect(linkage(good).scoring!.items!.find((i) => i.id === `link:${rule}:${agency}`)!.lost).toBe(0);
    expect(good.score).toBe(100);
  });
});
