/**
 * r27 chemical: each minute of a late need or duty charged once, on the agency that caused it (issue 10 §1, §2, §5;
 * AQ/T 9009-2015: a party is judged from when it knew or should have known).
 *
 * 1. A late notifier carries only the delay its late notice caused. Chemical leak, poor play with the police's traffic
 *    control sent at 00:45 instead of 00:25 (seed 7). The police should have been told by 00:10 (the enterprise's
 *    report, 危险化学品安全管理条例 第七十一条, "立即" = 10 min, county setting), so req-traffic (1 police car at the
 *    Park Avenue junction within 30 min) is due 00:40; the enterprise never told them and they heard at 00:11 from a
 *    villager's 110 call (the scenario's inject). Told at 00:11, a car turning out at once is there within minutes (the
 *    poor play's own pol-1: sent 00:25, there 00:27:50, 2 min 50 s): long before 00:40, so the enterprise's late
 *    notice made nothing late here, and the arrival at 00:47:50 is the police's own lateness against their own window
 *    (00:11 + 30 = 00:41: 6 min 50 s). Before r27 the enterprise carried the whole (力量未按时到场（通知迟延所致）,
 *    2 × 25 / 43 = 1.16) and the police's own was grouped under their 响应迟缓.
 *    School fire, poor play: the 120 told at 00:25 by the school's late call (due 00:15) of the triage ambulance due
 *    00:30; its ambulance needs 5 min 39 s to turn out and drive (the poor play's own: sent 00:40:00, there 00:45:39),
 *    so the school's late call alone made it late to 00:30:39 (39 s); the rest, to 00:45:39, is the 120's own.
 * 2. A wrong-type dispatch begins no duty (issue 10 §10, §11): the brigade's 00:13 order sending two water tenders to
 *    plug the leak (they cannot, 派错力量) is not its turn-out; its first sound order is the 00:14 water curtain (poor
 *    play), or, without it, the hazmat team at 00:50. The lateness the enterprise's late 119 call caused the brigade's
 *    duty (its 通知迟延) is read up to that sound order.
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import { judge, poorPlay, sorted } from "./chem-variant.ts";
import { drill } from "./fixtures.ts";

const at = (c: Command, hhmm: string) => c.at === Number(hhmm.split(":")[0]) * 3_600_000 + Number(hhmm.split(":")[1]) * 60_000;

describe("chemical leak: the police's traffic control sent at 00:45 (told 00:11 by a villager, due 00:40 from 00:10)", () => {
  const r = judge(sorted(poorPlay().map((c) => (c.type === "dispatch" && c.by === "police" && at(c, "00:25") ? ({ ...c, at: 45 * 60_000 } as Command) : c))));
  const onTraffic = r.findings.filter((f) => f.ruleId === "req-traffic" && f.code === "DISPATCH_LATE");

  it("charges the enterprise nothing on the need: told at 00:11 the police could still have been there by 00:40", () => {
    expect(onTraffic.filter((f) => f.agency === "ent")).toEqual([]);
  });

  it("leaves the police their own lateness, from their own window (00:11 + 30 = 00:41; there 00:47:50: 6 min 50 s)", () => {
    const own = onTraffic.filter((f) => f.agency === "police");
    expect(own).toHaveLength(1);
    expect(own[0]!.message.zh).toContain("时限 00:41:00");
    expect(own[0]!.message.zh).toContain("迟 6分50秒");
  });
});

describe("school fire, poor play: the school's late 120 call carries only the 39 s it caused", () => {
  const poor = drill("school-fire", "poor").report;
  const part = poor.findings.find((f) => f.agency === "sch" && f.code === "DISPATCH_LATE" && f.ruleId === "req-ems-triage")!;

  it("says the ambulance, sent at once on the 00:25 call (5 min 39 s), would have been there 00:30:39: 39 s of it the school's", () => {
    expect(part.message.zh).toContain("00:30:39 才能满足");
    expect(part.message.zh).toContain("其中迟 39秒由临江县第二实验小学承担");
  });
});

describe("chemical leak: a wrong-type dispatch is not the brigade's turn-out (its 通知迟延 reads up to the first sound order)", () => {
  const lateCall = (fs: readonly { code: string; agency: string | null; ruleId?: string; message: { zh: string } }[]) =>
    fs.find((f) => f.code === "LINKAGE_NOTIFIED_LATE" && f.agency === "ent" && f.ruleId === "LNK-CHEM-FIRE")!;

  it("poor play: the duty was done at 00:14 (the water curtain), not 00:13 (tenders sent to plug)", () => {
    const f = lateCall(drill("chemical-leak", "poor").report.findings);
    expect(f.message.zh).toContain("00:14:00 才完成");
    expect(f.message.zh).not.toContain("00:13:00 才完成");
  });

  it("without the 00:14 curtain order, the duty was begun only by the hazmat team at 00:50", () => {
    const plays = poorPlay().filter((c) => !(c.type === "dispatch" && c.by === "fire" && (c as { task?: string }).task === "waterCurtain"));
    const f = lateCall(judge(sorted(plays)).findings);
    expect(f.message.zh).toContain("00:50:00 才完成");
  });
});
