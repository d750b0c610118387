/**
 * Each fault once (issue 10 §2; review11 chemical 2). Chlorine leak poor play: the 120 is told at 00:30; its linkage
 * duty (county-default.yaml, the 120 sends within 30 min, 本县设定) was due 01:00, and it sent its first two ambulances
 * only at 01:10 (响应迟缓, 10 min over). The need "救护车到厂区检伤分类" wants 3 ambulances by 01:00 (00:30 + 30, its own
 * window): the two came at 01:17:58 and the third was never sent. The two late ambulances are the same late dispatch
 * as the 响应迟缓 — sent by the very command that met the duty late — so their 力量派出迟延 follows from it
 * (0, 随 the duty finding), while the third ambulance never sent is a different fault (too few sent), still charged
 * as 力量不足 (1 ambulance × 3 分), exactly as for eco's van under its 联而不动 and the town's order under its 响应迟缓.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("chlorine leak poor play: the 120's late ambulances beside its shortfall", () => {
  const { report } = drill("chemical-leak", "poor");
  const duty = report.findings.find((f) => f.code === "LINKAGE_SLOW" && f.message.zh.includes("01:10:00 才开始履行职责"))!;
  // the 120's own findings on the need: the enterprise's share of it (told the 120 20 min late, notice-shortfall.ts,
  // review16 school 1) is another agency's fault on the same need
  const ems = (code: string) => report.findings.filter((f) => f.code === code && f.agency === duty.agency && f.message.zh.includes("救护车到临江化工有限公司厂区检伤分类"));

  it("the late part (2 ambulances sent at 01:10) follows from the 120's 响应迟缓, at no cost", () => {
    expect(duty.points).toBeGreaterThan(0);
    const late = ems("DISPATCH_LATE");
    expect(late).toHaveLength(1);
    expect(late[0]!.causedBy).toBe(duty.id);
    expect(late[0]!.points).toBe(0);
  });

  it("the third ambulance, never sent, is still charged as its own 力量不足 (1 short)", () => {
    const short = ems("DISPATCH_INSUFFICIENT");
    expect(short).toHaveLength(1);
    expect(short[0]!.quantity).toBe(1);
    expect(short[0]!.causedBy).toBeUndefined();
    expect(short[0]!.points).toBeGreaterThan(0);
  });
});
