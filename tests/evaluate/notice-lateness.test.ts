/**
 * A late notice carries the lateness it causes downstream, once, on the notifier (notice-lateness.ts; issue 10 §1, §2),
 * as a late relay does (relay-lateness.ts). Mine flood: the mine owes its rescue team the call within 10 min of the
 * inrush (LNK-MINE-MRT, notifiedWithinMin 10 from the 00:25 inrush: due 00:35; 应急条例 第十七条), and the team turns
 * out within 1 min of the call (矿山救援规程：出动≤1分钟). Variant: the poor play's call moved from 00:30 to 00:50 and the
 * team's order from 00:33 to 00:53 (3 min after the call, as in the poor play).
 *   - the team's own lateness, from its 00:50 receipt: due 00:51, ordered 00:53 → 2 started 1-min windows (its 响应迟缓);
 *   - told at 00:35 it would have been due 00:36: 00:53 − 00:36 = 17 windows; 17 − 2 = 15 beyond the team's own, on the
 *     mine's 通知迟延. Priced once within the team's act part (r29, relay-lateness.ts takeCaused): the whole 17 × 2 capped
 *     at 6; the call alone (the team out at 00:51) 15 × 2 capped at 6; the team alone 2 × 2 = 4: the mine's causal share
 *     (6 + 6 − 4) / 2 = 4, the team's 6 − 4 = 2 (before r29: the team's 4 first, the mine 6 − 4 = 2).
 */
import { describe, expect, it } from "vitest";
import { whatIf } from "../../engine/evaluate/whatif.ts";
import { parseClock } from "../../engine/model/time.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

describe("the mine's late call to its rescue team carries the team's consequent late turn-out", () => {
  const poor = drill("mine-flood", "poor");
  const call = poor.commands.findIndex((c) => c.type === "requestSupport" && c.by === "mine") + 1;
  const team = poor.commands.findIndex((c) => c.type === "dispatch" && c.by === "mrt") + 1;
  const at = (hms: string) => parseClock(hms)!;
  const late = whatIf(poor.c, 7, poor.commands, [{ type: "shift", index: call, atMs: at("00:50:00") }, { type: "shift", index: team, atMs: at("00:53:00") }], rubric(), undefined, bestPlay("mine-flood", poor.c));
  const r = late.variantReport;

  it("the mine's 通知迟延 (due 00:35, 15 min late) carries 15 windows of the team's turn-out beyond its own 2: by causal share (6 + 6 − 4) / 2 = 4 points", () => {
    const f = r.findings.find((x) => x.code === "LINKAGE_NOTIFIED_LATE" && x.agency === "mine" && x.opportunity === "link:LNK-MINE-MRT:mrt")!;
    expect(f.message.zh).toContain("时限 00:35:00，迟 15分钟");
    expect(f.caused).toEqual([expect.objectContaining({ opportunity: "link:LNK-MINE-MRT:mrt", code: "LINKAGE_SLOW", quantity: 15, alone: 15 })]);
    expect(f.message.zh).toContain("按应获知时起算时限 00:36:00，00:53:00 才完成，除其自身迟延外 15 个时限");
    expect(f.counted?.caused).toBe((6 + 6 - 2 * 2) / 2);
  });

  it("the team keeps only its own 2 windows from its 00:50 receipt (each minute once)", () => {
    const own = r.findings.filter((x) => x.code === "LINKAGE_SLOW" && x.agency === "mrt");
    expect(own.map((x) => x.quantity)).toEqual([2]);
    // its 2 × 2 = 4, of which 2 the mine's share bears: 6 on the act in all, the 17 windows priced once
    expect(own.map((x) => x.rubricPoints)).toEqual([2]);
    expect(own[0]!.message.zh).toContain("00:50:00 接报，00:53:00 才开始履行职责");
  });

  it("the poor play's 00:30 call is on time: nothing is carried, and calling late scores below it in total and in 联动", () => {
    expect(poor.report.findings.some((x) => x.code === "LINKAGE_NOTIFIED_LATE" && x.agency === "mine" && x.caused !== undefined)).toBe(false);
    expect(late.variant.score!).toBeLessThan(late.base.score!);
    const link = (rep: typeof r) => rep.sections.find((s) => s.id === "linkage")!.score;
    expect(link(r)).toBeLessThan(link(late.baseReport));
  });
});
