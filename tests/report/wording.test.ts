/**
 * Findings worded as an evaluator writes them (issue 10; domain.md §6 glossary), in both languages:
 * - a resource shortfall says what was required against what arrived, of which type, and how many short
 *   (chemical leak: req-treat needs 3 ambulances at the plant within 30 min of when the health bureau should have been
 *   told, 00:10 under 危化条例 第七十一条: due 00:40; the poor play sends two, late);
 * - people are counted once: the mine's no-action play leaves crew-1205 (6 people) cut off and not yet
 *   located — 下落不明 are among the 被困 (engine/hazards/mine/report.ts), never "被困 6、下落不明 6";
 * - tasks are noun phrases that read in any sentence: "sent … for leak plugging", never "to do plug the leak".
 */
import { describe, expect, it } from "vitest";
import { CASES, rendered } from "./reports.ts";

describe("chemical leak, poor play: the ambulance shortfall (F21)", () => {
  const r = rendered("chemical-leak", "poor");
  const f = r.worded.findings.find((x) => x.code === "DISPATCH_INSUFFICIENT" && x.ruleId === "req-treat")!;

  it("says 3 ambulances required, 2 arrived (named, with their times), 1 short", () => {
    // due 01:00:00: the health bureau was told only at 00:30 (20 min late), and its own 30 min ran past the need's 00:40
    // (review9 school 8: an owner told late is judged on its own window)
    expect(f.message.zh).toContain("需 3 辆救护车到临江化工有限公司（厂区大门、中控室）执行医疗救治（时限 01:00:00；临江县卫生健康局（县急救中心120） 00:30:00 才获知事故信息，自获知起算）");
    expect(f.message.zh).toMatch(/实际到场 2 辆救护车（120救护车1 \d\d:\d\d:\d\d（超时）、120救护车2 \d\d:\d\d:\d\d（超时））/);
    expect(f.message.zh).toContain("缺 1 辆救护车");
    expect(f.message.zh).not.toContain("实际到场 2 个");
    expect(f.message.en).toContain("3 ambulances were required for casualty treatment at Linjiang Chemical Co. (main gate and control room), by 01:00:00; Linjiang County Health Bureau (EMS 120) first heard of the incident at 00:30:00, counted from then; only 2 ambulances arrived (Ambulance 1 at");
    expect(f.message.en).toContain(", 1 ambulance short");
  });
});

describe("mine flood, no action: the six miners cut off are counted once", () => {
  const r = rendered("mine-flood", "none");
  const f = r.worded.findings.find((x) => x.code === "OUTCOME_TRAPPED")!;

  it("6 trapped, none reached yet (the positioning system placed them) — said once, in the finding and the outcome table", () => {
    expect(r.worded.outcomes.figures).toMatchObject({ trapped: 6, missing: 6 });
    // said once, then its causes (review9: harm several agencies caused names each, on no agency alone)
    // the positioning system had them at heading 1205 (inj-08-trapped: 「人员定位系统显示1205掘进队6人仍在1205回风顺槽迎头
    //附近」); what no one did is reach them (the engine's `missing`: not yet reached by a survey or a borehole), so they
    // are not 下落不明（尚未定位） (review23 mine B6)
    expect(f.message.zh).toMatch(/^演练结束时仍有 6 人被困，均未经救护队侦察或钻孔探明(；|$)/);
    expect(f.message.en).toMatch(/^6 people were still trapped when the drill ended, none of them yet reached by a rescue-team survey or a borehole(;|$)/);
    expect(f.message.zh.match(/6 人被困/g)).toHaveLength(1);
    expect(r.html.zh).toContain("6（其中未经侦察探明 6 人）");
    expect(r.html.zh).toContain("仍被困 6 人（均未经侦察探明）");
    for (const text of [r.md.zh, r.html.zh]) expect(text).not.toMatch(/尚未定位|均下落不明|其中下落不明/);
    // (a bare "6 / 6" is other counts: six of six told agencies idle, review15 mine 2 adding the mine's rescue duty)
    for (const text of [r.md.zh, r.html.zh]) expect(text).not.toMatch(/被困 6、下落不明 6|(被困|下落不明)[^。；]{0,12}6 \/ 6/);
  });
});

describe.each(CASES)("%s, %s play: no figure or phrase a reader trips on", (id, play) => {
  const r = rendered(id, play);

  it("no 'to do <task>' or 'cannot do <task>', and sub-counts are said as sub-counts", () => {
    for (const text of [r.md.en, r.html.en]) expect(text).not.toMatch(/\bto do (plug|close|treat|install|drill|build|leak|valve|casualty|pump|borehole|water)|cannot do /);
    for (const text of [r.md.zh, r.html.zh]) expect(text).not.toMatch(/被困 \d+、下落不明 \d+|暴露人数（>AEGL-2 \/ >AEGL-3）/);
    // units counted as a reader counts them: "1 辆救护车", "2 fire engines", never "1 个 救护车" or "1 × ambulance"
    for (const f of r.worded.findings) {
      expect(f.message.zh, f.id).not.toMatch(/\d+ 个 [\u4e00-\u9fff]/);
      expect(f.message.en, f.id).not.toMatch(/\d+ × [a-z]/);
    }
  });
});

it("the wrong-type dispatch reads 'sent … for leak plugging' (chemical leak, poor play, F5)", () => {
  const f = rendered("chemical-leak", "poor").worded.findings.find((x) => x.code === "DISPATCH_WRONG_TYPE" && x.causedBy === undefined)!;
  expect(f.message.en).toMatch(/was sent at 00:13:00 for leak plugging; on scene at 00:19:36 it could not carry it out/);
});
