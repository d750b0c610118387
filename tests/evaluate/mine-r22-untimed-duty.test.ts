/**
 * Review21 mine 1 (issue 10: judge what was done; never 「已完成」 for a duty nobody did). The county energy bureau (县煤矿安全
 *监管部门, LNK-MINE-COALSUP) and the provincial mine-safety bureau (LNK-MINE-MSP) had no act deadline: a bureau told and
 * idle read 「5（已完成）」 with no 联而不动. Now every linkage duty of a profile either has an act deadline with its basis or
 * says why its act is not judged (`actNotJudged`, required by the rules schema).
 *
 * Variant (tests/evaluate/plays/mine-coalsup-idle.yaml = /work/variants/r22/r22-mine/mine-coalsup-idle.yaml): the
 * mine-flood good play, seed 7, with the energy bureau's 00:15 dispatch of its inspection car (and its 00:15:30 message
 * saying so) taken out. The mine tells it at 00:08 (#27). By hand:
 *   - its duty: 493号令 第十五条 (负有安全生产监督管理职责的有关部门 … 负责人应当立即赶赴事故现场), “立即” 15 min (本县设定,
 *     as the emergency bureau's 15): due 00:08 + 15 = 00:23:00; never done → 联而不动 (LINKAGE_IDLE) on the energy bureau.
 *   - its opportunity: notice 5 + act 6 = 11 (was 5, notice alone); the linkage section's W: 99 − 5 + 11 = 105, and
 *     + 6 = 111 since r23-mine-a's LNK-MINE-PLAN (the mine manager's own plan: an act alone, its notice timed by
 *     LNK-MINE-MINE); the fixture starts that plan at 00:04:30 as the good play does, so nothing else is charged.
 *   - S (set aside) stays 5 (the power company told by the scenario's inject): attainable 30 × (111 − 5) / 111 = 28.6486.
 *   - LINKAGE_IDLE is worth 6 rubric points: 6 × 30 / 111 = 1.6216 deducted.
 *   - the other sections as the good play: 信息报告 30 + 力量调派 25 + 处置结果 15 = 70 attainable, nothing deducted.
 *   - total 100 × (98.6486 − 1.6216) / 98.6486 = 98.36 → 98.4 (W 105: 98.3; before the fix: 100, 「5（已完成）」).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { variantOf } from "./mine-poor-variant.ts";
import { bestPlay, drill, MIN } from "./fixtures.ts";
import { scoringNote } from "../../cli/report/scoring.ts";
import { parseRules } from "../../engine/scenario/load.ts";
import { SCENARIOS } from "../helpers.ts";

const good = drill("mine-flood", "good");
const IDLE = readFileSync(new URL("./plays/mine-coalsup-idle.yaml", import.meta.url), "utf8");
const r = variantOf(good, bestPlay("mine-flood", good.c), IDLE);
const linkage = r.sections.find((s) => s.id === "linkage")!;

describe("review21 mine 1: the coal-safety bureau told and idle is 联而不动", () => {
  it("charges the energy bureau 联而不动 due 00:23:00 with the 493号令 第十五条 basis and its county-set 15 min", () => {
    const idle = r.findings.filter((f) => f.code === "LINKAGE_IDLE");
    expect(idle.map((f) => [f.agency, f.ruleId, f.atMs])).toEqual([["coalsup", "LNK-MINE-COALSUP", 23 * MIN]]);
    expect(idle[0]!.basis).toContain("第十五条");
    expect(idle[0]!.basis).toContain("本县设定");
    expect(idle[0]!.message.zh).toContain("于 00:08:00 接报");
    const row = r.linkage.rows.find((x) => x.ruleId === "LNK-MINE-COALSUP")!;
    expect([row.status, row.actDeadlineMs]).toEqual(["idle", 23 * MIN]);
  });

  it("costs 6 of W = 111: 1.6216 off the linkage section, 98.4 in all", () => {
    const o = linkage.scoring!.items!.find((i) => i.id === "link:LNK-MINE-COALSUP:coalsup")!;
    expect([o.worth, o.lost]).toEqual([11, 6]);
    expect(linkage.scoring!.worth).toBe(111);
    const f = r.findings.find((x) => x.code === "LINKAGE_IDLE")!;
    expect(f.points).toBeCloseTo((6 * 30) / 111, 2); // 1.62 (points are kept to 1/100)
    expect(r.score).toBeCloseTo((100 * (30 + (30 * 106) / 111 + 25 + 15 - (6 * 30) / 111)) / (30 + (30 * 106) / 111 + 25 + 15), 1);
    expect(r.score).toBeLessThan(good.report.score!);
  });

  it("the provincial bureau's working group is said to be not judged, never 「已完成」", () => {
    const zh = scoringNote(linkage)!.zh;
    expect(zh).toMatch(/国家矿山安全监察局某省局（模拟）（[^）]*） 5（通知已完成；履职不评判：省级矿山安全监察机构为县外单位/);
    expect(zh).not.toMatch(/能源局[^；]*）(通知 5 \+ 履职 6 = 11)?（已完成）/);
    expect(r.linkage.rows.find((x) => x.ruleId === "LNK-MINE-MSP")!.actNotJudged?.zh).toContain("县外单位");
  });
});

describe("review21 mine 1: a profile cannot carry a silent untimed duty", () => {
  const text = readFileSync(`${SCENARIOS}/rules/county-default.yaml`, "utf8");
  it("every shipped linkage duty is timed or says why not", () => {
    const p = parseRules(text, "county-default.yaml");
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    for (const rows of Object.values(p.value.linkage)) for (const l of rows) expect(l.actWithinMin !== undefined || l.actNotJudged !== undefined, l.id).toBe(true);
  });

  it("a duty with no act deadline and no reason is refused at its line", () => {
    const at = text.indexOf("      actNotJudged:", text.indexOf("    - id: LNK-MINE-PROP\n"));
    const end = text.indexOf("\n", text.indexOf("        en:", at)) + 1;
    const p = parseRules(text.slice(0, at) + text.slice(end), "county-default.yaml");
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.problems.map((q) => q.message).join("\n")).toMatch(/actNotJudged/);
  });
});
