/**
 * A basis a reader can look up, and the hazard's own language (issue 10 §8, §12, §13; review8
 * chemical 12, 13, 16; mine 10, 11, 12, 16; school 10, 12, 14). Independent values:
 * - ERG 2024: chlorine is Guide 124, ammonia Guide 125 (domain.md §4.2); a fixed tank has no ERG
 *   container row, the 20 t tank is read from the highway-tank row by analogy (hazards.md §1.7 [R];
 *   chemical-leak.yaml inventoryKg 20000 ≥ 20 t → "highway tank truck or trailer").
 * - AQ/T 9009 附录A: only areas 1, 2 and 4 were seen (domain.md §3.6); the others carry no number.
 * - 随机提问 10 min: no statute sets it (domain.md §3.8 only describes random questions in a 双盲 drill).
 * - 煤矿防治水细则（2018）第六条: 调度员、班组长等的紧急撤人权; 发现突水征兆 → 撤出受水患威胁地点的人员.
 * - 消防法 第四十五条第（六）项 is the fire-ground commander's power (domain.md §5.3 row 119), not 120's duty.
 * - ISO 13571: 0.3 design tenability, 1 incapacitation (hazards.md §2.4, §2.7): FED ≥ 0.1 is a local choice.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rendered } from "./reports.ts";
import { appliedReferences } from "../../cli/report/standards.ts";
import { basisCatalogue } from "../../cli/report/basis.ts";
import { formatClock as clock } from "../../engine/model/time.ts";

const yaml = (p: string) => readFileSync(new URL(`../../scenarios/${p}`, import.meta.url), "utf8");

describe("chemical leak: ERG cited for chlorine and for a fixed 20 t tank", () => {
  const r = rendered("chemical-leak", "poor");

  it("the hot-zone finding cites ERG Guide 124 (chlorine), never 124/125 (125 is ammonia's)", () => {
    const hot = r.worded.findings.filter((f) => f.code === "HOT_ZONE_UNPROTECTED");
    expect(hot.length).toBeGreaterThan(0);
    for (const f of hot) {
      expect(f.basis).toContain("《应急响应指南》（ERG 2024）指南124：");
      expect(f.basis).not.toContain("125");
      expect(f.basisText.en).toContain("Guide 124:");
    }
    expect(r.md.zh).not.toContain("124/125");
    expect(r.md.en).not.toContain("124/125");
  });

  it("cordon and public-protection findings read the ERG Table 3 row as an analogy for the 20 t tank", () => {
    const erg = r.worded.findings.filter((f) => f.code === "CORDON_LATE" || f.code === "PROTECTIVE_ACTION_LATE");
    expect(erg.length).toBeGreaterThan(0);
    for (const f of erg) {
      expect(f.basis).toContain("《应急响应指南》（ERG 2024）表3 氯（公路槽车/拖车，按储量20吨参照）");
      expect(f.basisText.en).toContain("Table 3, chlorine, highway tank truck or trailer row, taken for a 20 t inventory");
    }
  });

  // review9 chem 12: a drill script is no standard, and the 斗门区 script is a liquid-ammonia drill (drill-scripts.md A1:
  // "Liquid-ammonia leak at 东泰制冰厂"): this report is of a chlorine leak, so it is neither a standard nor a reference here
  it("an ammonia drill script is neither among the standards nor among the references of a chlorine report", () => {
    const all = [...r.worded.standards, ...r.worded.references].flatMap((s) => [s.zh, s.en]);
    expect(all.filter((d) => d.includes("斗门区液氨泄漏演练脚本"))).toEqual([]);
    expect(r.md.zh).not.toContain("斗门区");
    expect(r.html.zh).not.toContain("斗门区");
    // a law applied by analogy stays among the standards, marked 参照 (救助项目参照自然灾害救助条例 第十四条)
    expect(r.worded.standards.map((s) => s.zh)).toContain("参照：自然灾害救助条例");
  });

  it("the same script is a reference, with what was borrowed, where the hazard is ammonia (the filter is the hazard, not the script)", () => {
    const refs = appliedReferences(r.worded, basisCatalogue(r.c), { substances: ["氯", "氨"], own: ["氨"] });
    // the LNK-CHEM-MET basis: 参照斗门区液氨泄漏演练脚本（“及时报告事故发生地即时风向、风力级别”）
    expect(refs.map((x) => x.zh)).toContain("斗门区液氨泄漏演练脚本（借鉴：“及时报告事故发生地即时风向、风力级别”）");
  });

  it("an AEGL-3 finding dated at its group's exposure says so and never claims AEGL-3 then (review8 chemical 16, review9 chemical 9)", () => {
    const f = r.worded.findings.find((x) => x.code === "OUTCOME_EXPOSED_AEGL3")!;
    expect(f).toBeDefined();
    const aegl2 = r.worded.timeline.filter((e) => e.event.type === "groupExposed" && e.event.level === "aegl2").map((e) => (e.event as { crossedAtMs: number }).crossedAtMs);
    const aegl3 = r.worded.timeline.filter((e) => e.event.type === "groupExposed" && e.event.level === "aegl3");
    if (aegl3.length === 0) {
      // no group's load reached AEGL-3: the AEGL-3 moment is unknown; the finding is dated when its group's exposure
      // began (its AEGL-2 crossing, review9 chemical 9: the farmers from 00:05:33), and says that is what the time is
      expect(aegl2).toContain(f.atMs);
      expect(f.message.zh).toContain(`所在群体自 ${clock(f.atMs)} 起暴露（群体负荷超过 AEGL-2）`);
      expect(f.message.zh).toContain("超过 AEGL-3 的时刻不详");
      expect(f.message.zh).not.toMatch(/(?<!未)达到 AEGL-3/);
    } else {
      expect(f.message.zh).toContain("达到 AEGL-3");
    }
  });

  it("the control-room inject asks for the evacuation order instead of reporting it done (the poor play's late order is then no contradiction)", () => {
    const inj = /id: inj-02-internal[\s\S]*?reveals:/.exec(yaml("chemical-leak.yaml"))![0];
    expect(inj).not.toContain("已拉响厂区警报，正组织");
    expect(inj).toContain("请示是否拉响厂区警报");
  });
});

describe("spot questions: 10 minutes is the county's setting, in any drill format", () => {
  it("the profile states the limit itself, tagged 本县设定, and no finding cites 双盲演练 for it", () => {
    const profile = yaml("rules/county-default.yaml");
    expect(profile).toMatch(/\nspotQuestions:\n\s+withinMin: 10\n/);
    for (const id of ["chemical-leak", "mine-flood", "school-fire"]) {
      const spot = rendered(id, "poor").worded.findings.filter((f) => f.code === "SPOT_QUESTION_UNANSWERED" || f.code === "SPOT_QUESTION_LATE");
      expect(spot.length, id).toBeGreaterThan(0);
      for (const f of spot) {
        expect(f.basis, id).toContain("随机提问10分钟内答复（本县设定）");
        expect(f.basis, id).not.toContain("双盲");
      }
    }
  });
});

describe("AQ/T 9009 附录A: only the areas seen carry a number", () => {
  it("verified areas 1, 2, 4 are numbered; the remembered ones (A.3, A.5–A.12) are cited by name only", () => {
    for (const id of ["chemical-leak", "mine-flood", "school-fire"]) {
      const md = rendered(id, "poor").md;
      expect(md.zh, id).toContain("A.1 (1.7) 预警与信息报告");
      expect(md.zh, id).not.toMatch(/\bA\.(3|5|6|7|8|9|10|11|12)\b/);
      expect(md.en, id).not.toMatch(/\bA\.(3|5|6|7|8|9|10|11|12)\b/);
    }
  });
});

describe("mine flood: a basis a reader can look up, and a mine's own words", () => {
  const poor = rendered("mine-flood", "poor");
  const good = rendered("mine-flood", "good");

  it("the withdrawal duties cite 煤矿防治水细则（2018）第六条, never 煤矿安全规程 without an article", () => {
    for (const r of [poor, good]) {
      for (const f of r.worded.findings) expect(f.basis, f.id).not.toMatch(/煤矿安全规程（/);
      for (const l of r.worded.linkage.rows) expect(l.basis, l.ruleId).not.toMatch(/煤矿安全规程（/);
    }
    // the withdrawal duties' own findings (the room's late notice to the mine head cites 493号令 第九条, its own basis)
    const slow = poor.worded.findings.filter((f) => (f.ruleId === "LNK-MINE-DISPATCH" || f.ruleId === "LNK-MINE-MINE") && (f.code === "LINKAGE_SLOW" || f.code === "LINKAGE_IDLE"));
    expect(slow.length).toBeGreaterThan(0);
    for (const f of slow) expect(f.basis).toContain("煤矿防治水细则（2018）第六条");
  });

  it("a withdrawal order reads 下达撤人命令 (not 下令疏散), in the timeline and in the strengths", () => {
    for (const r of [poor, good]) {
      const orders = r.worded.timeline.filter((e) => e.event.type === "evacuationOrdered");
      expect(orders.length).toBeGreaterThan(0);
      for (const e of orders) {
        expect(e.text.zh).toContain("下达撤人命令");
        expect(e.text.zh).not.toContain("疏散");
        expect(e.text.en).toContain("ordered the withdrawal");
      }
    }
    const s = good.worded.strengths.map((x) => x.message);
    expect(s.some((m) => m.zh.includes("（下达撤人命令"))).toBe(true);
    for (const m of s) {
      expect(m.zh).not.toContain("（疏散）");
      expect(m.en).not.toContain("(before being told))");
      expect(m.en).not.toMatch(/\bevacuate\b/);
    }
  });

  it("one order is credited once: the dispatch room's 00:02:30 withdrawal order, which also meets the mine's 先撤人 duty, is one strength, the dispatch room's", () => {
    const cites = good.worded.strengths.filter((x) => x.section === "linkage" && x.evidence.events.some((i) => good.worded.timeline.find((e) => e.index === i)?.event.type === "evacuationOrdered"));
    expect(cites.length).toBe(1);
    expect(good.c.agencies.get(cites[0]!.agency!)!.kind).toBe("mineDispatch");
  });

  it("the flood's exposure row is not keyed by a chemical threshold", () => {
    const ids = poor.worded.sections.flatMap((s) => s.items.map((i) => i.id));
    expect(ids).not.toContain("exposure-aegl2");
    expect(ids).toContain("exposure-harm");
    expect(rendered("chemical-leak", "poor").worded.sections.flatMap((s) => s.items.map((i) => i.id))).toContain("exposure-aegl2");
  });

  it("a missed notice to the mine authorities cites the mine's receipt and deadline, not the drill's start", () => {
    const missed = poor.worded.findings.filter((f) => f.code === "LINKAGE_NOT_NOTIFIED" && (f.ruleId === "LNK-MINE-COALSUP" || f.ruleId === "LNK-MINE-MSP"));
    expect(missed.length).toBe(2);
    for (const f of missed) {
      const at = f.evidence.events.map((i) => poor.worded.timeline.find((e) => e.index === i)!.atMs);
      // the mine heard of warning signs at 00:15:00 (the dispatch room's message), but the accident is the inrush at
      // 00:25:00 (incidentAt), which the mine head hears of at 00:27:00 (the dispatch room's call): the 1-hour report
      // (493号令 第九条: 单位负责人接到报告后1小时内) runs from then (review12 mine 10), so the duty opens at 00:27:00 and falls
      // due at 01:27:00 (missed at the next tick)
      expect(Math.min(...at)).toBe(27 * 60_000);
      expect(at).toContain(87 * 60_000 + 1000);
    }
  });

  it("the preventable harm is dated when the six miners were cut off (01:03:50), citing that event, not when miners later surfaced", () => {
    const f = poor.worded.findings.find((x) => x.code === "OUTCOME_PREVENTABLE_HARM" && x.ruleId === "OUT-HARM")!;
    const cut = poor.worded.timeline.find((e) => e.event.type === "hazardChanged" && e.text.zh.includes("6名矿工被水围困"))!;
    expect(cut.atMs).toBe((60 + 3) * 60_000 + 50_000);
    expect(f.atMs).toBe(cut.atMs);
    expect(f.evidence.events).toContain(cut.index);
  });

  it("recommendations: no advice on the rescue-team call made in time; no re-grade advice without a re-grade; the dispatch room is advised once (先撤人)", () => {
    const rec = poor.worded.recommendations;
    expect(poor.worded.timeline.some((e) => e.event.type === "gradeChanged")).toBe(false);
    for (const x of rec) expect(x.text.zh).not.toContain("事故分级变化后");
    // the call to the rescue team (00:30) was in time: due 00:35, from the inrush (review15 mine 3), so no advice on it
    expect(rec.some((x) => x.text.zh.startsWith("发现透水征兆即召请矿山救护队"))).toBe(false);
    const dispatchRoom = [...poor.c.agencies.values()].find((a) => a.kind === "mineDispatch")!.id;
    // once on withdrawing first; its late notice to the mine head is a fault of another kind (the notice list)
    expect(rec.filter((x) => x.agencies.includes(dispatchRoom) && x.text.zh.includes("先撤人")).length).toBe(1);
    const slow = rec.find((x) => x.codes.includes("LINKAGE_SLOW") || x.codes.includes("LINKAGE_IDLE"))!;
    expect(slow.text.zh).toContain("“联而不动”和响应迟缓");
  });
});

describe("school fire: bases true to their sources, the fire's own words", () => {
  const poor = rendered("school-fire", "poor");
  const good = rendered("school-fire", "good");

  it("120's duty is the county's setting, not the fire commander's power (消防法 第四十五条第（六）项)", () => {
    const ems = poor.worded.linkage.rows.find((l) => l.ruleId === "LNK-SCH-EMS")!;
    expect(ems.basis).toBe("120接报后10分钟内派车检伤分类、救治转运（本县设定）");
    for (const f of poor.worded.findings) expect(f.basis, f.id).not.toContain("第四十五条第（六）项");
  });

  it("FED ≥ 0.1 is tagged as the evaluation's own threshold against ISO 13571's 0.3 and 1", () => {
    const f = poor.worded.findings.find((x) => x.code === "OUTCOME_EXPOSED")!;
    expect(f.basis).toContain("≥ 0.1（评估组设定的伤害阈值；ISO 13571 设计可耐受限值为0.3，丧失行动能力为1）");
  });

  it("the township's duty for a 一般 fire cites no 较大及以上 clause", () => {
    // the duty is unverified now (domain.md §5.3 [U], review15 school 5) and draws no scored finding on its own act:
    // its basis, as the unscored list prints it, and any finding under it (its notice part)
    const rule = poor.c.rules.linkage[poor.c.scenario.kind].find((r) => r.id === "LNK-SCH-TOWN")!;
    expect(rule.basis).not.toContain("较大");
    const town = poor.worded.findings.filter((f) => f.ruleId === "LNK-SCH-TOWN");
    for (const f of town) {
      expect(f.basis).not.toContain("较大");
      expect(f.message.zh).not.toContain("较大");
    }
  });

  it("part 2 follows the school evacuation guide and applies AQ/T 9009 by analogy (参照); a mine keeps AQ/T 9009 as its standard", () => {
    expect(poor.md.zh).toContain("依据教育部《中小学幼儿园应急疏散演练指南》，参照《生产安全事故应急演练评估规范》（AQ/T 9009-2015）的评估方法及附录A评估要素");
    expect(poor.html.zh).toContain("参照《生产安全事故应急演练评估规范》");
    expect(rendered("mine-flood", "poor").md.zh).toContain("依据《生产安全事故应急演练评估规范》（AQ/T 9009-2015）及附录A评估要素");
  });

  // credited to nobody in the poor play: the fire brigade's suppression force is condemned (two water tenders due in
  // 10 min came late and short, 力量不足), and a strength never cites work a finding condemns (issue 10 §10, review9
  // school 11); the control is kept as an outcome fact
  it("the control strength is the fire under control, at the event that says so, credited to nobody while the brigade's engines are condemned", () => {
    const s = poor.worded.strengths.find((x) => x.section === "outcomes" && x.message.zh.includes("火势得到控制"))!;
    expect(s).toBeDefined();
    expect(s.message.zh).not.toContain("危险源");
    expect(s.message.en).toContain("the fire under control");
    expect(poor.worded.findings.some((f) => f.opportunity === "req:req-engines" && f.agency === "fire" && f.points > 0)).toBe(true);
    expect(s.agency ?? null).toBeNull();
    const cited = s.evidence.events.map((i) => poor.worded.timeline.find((e) => e.index === i)!);
    expect(cited.some((e) => e.text.zh.includes("火势得到控制"))).toBe(true);
  });

  it("no strength tells the good play it did no worse than itself (it is the best play)", () => {
    for (const x of good.worded.strengths) expect(x.message.zh).not.toContain("不多于最佳处置");
  });

  it("a unit of another type at the place is not said to be unable to do the task", () => {
    const f = poor.worded.findings.find((x) => x.code === "DISPATCH_INSUFFICIENT" && x.message.zh.includes("微型消防站"))!;
    expect(f.message.zh).toContain("到场，但不属于本需求的车型");
    expect(f.message.zh).not.toContain("不能执行");
  });
});

describe("control in each hazard's own words, in the headline, the rubric rows and the working (review9 school 10e)", () => {
  it.each([
    ["school-fire", "火势"],
    ["mine-flood", "水情"],
    ["chemical-leak", "泄漏"],
  ] as const)("%s poor play: no 危险源控制 or 危险源未控制 anywhere in the report, and its own %s", (id, own) => {
    const md = rendered(id, "poor").md.zh;
    expect(md).not.toMatch(/危险源(控制|未控制)/);
    expect(md).toContain(`${own}控制时间`);
    expect(md).toContain(`${own}控制超时（每分钟）`);
  });
});
