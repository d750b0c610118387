/**
 * Review20 chemical A1 and A2, seed 7: the lateness a late link (a relay or a notice) caused is carried down the chain to
 * the same depth whichever link started it (relay-lateness.ts lateBeyondOwn), and lateness with two sufficient causes is
 * shared by causal share (late-share.ts). The bureau was told at 00:40 (the police's relay of the 00:11 110 call, due
 * 00:13: 突发事件应对法 第六十条, 2 min 本县设定); the enterprise's report, the notice it owed, was due 00:10 (危险化学品
 * 安全管理条例 第七十一条, 10 min 本县设定). Hand calculation, started windows of each duty's own limit (late-grade.ts):
 *   - the bureau's start (15 min): done 00:58; from 00:10 due 00:25 → 3 windows, from 00:13 due 00:28 → 2, its own from
 *     00:40 due 00:55 → 1; beyond its own: 2 (enterprise on time) and 1 (relay on time);
 *   - its notice to the weather bureau (30 min): done 00:58; from 00:10 due 00:40 → 1, from 00:13 due 00:43 → 1, own
 *     from 00:40 due 01:10 → 0: 1 and 1;
 *   - down the chain, the weather bureau's wind data (30 min): done 01:20; told by 00:40 → due 01:10 → 1, by 00:43 →
 *     due 01:13 → 1, own from 00:58 due 01:28 → 0: 1 and 1 (before the fix: free in poor, 1 window on the bureau when it
 *     learnt in time and told the weather bureau late, m3);
 *   - Shapley (two links, each alone enough): enterprise ½·2 + ½·(2 − 1) = 1.5, police ½·1 = 0.5 on the start; 0.5 and
 *     0.5 on each of the other two. At 2 rubric points a window (通知迟延, 响应迟缓): enterprise 5, police 3 (+ its own 4).
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import { ms } from "../helpers.ts";
import { judge, poorPlay, sorted } from "./chem-variant.ts";
import { drill } from "./fixtures.ts";

type K = Command & { by?: string; to?: unknown; kind?: string };
const poor = drill("chemical-leak", "poor").report;
const relayToEb = (k: K) => k.type === "message" && k.by === "police" && JSON.stringify(k.to).includes("eb");
const correction = (k: K) => k.type === "report" && k.by === "ent" && k.kind === "followUp";
const change = (pick: (k: K) => boolean, at?: string) => judge(sorted(poorPlay().flatMap((k) => (pick(k) ? (at === undefined ? [] : [{ ...k, at: ms(at) }]) : [k]))));
/** review20 m3: the brigade passes the enterprise's 00:12 119 call on to the bureau at 00:14 */
const m3 = () => {
  const k = poorPlay();
  const fire = k.find((c) => c.type === "message" && (c as K).by === "ent")!;
  return judge(sorted([...k, { ...fire, at: ms("00:14:00"), seq: 999, by: "fire", to: ["eb"], text: "县消防救援大队：00:12接临江化工119报警，厂区液氯罐区泄漏，请应急局掌握。" } as Command]));
};
const on = (r: typeof poor, code: string, agency: string) => r.findings.filter((f) => f.code === code && f.agency === agency);

describe("A1: a late relay carries the lateness it caused down the chain, as a late notice does", () => {
  it("poor F19: the weather bureau's wind data, 1 window beyond its own (due 01:13 had the bureau been told at 00:13), is carried", () => {
    const f = on(poor, "REPORT_FORWARDED_LATE", "police")[0]!;
    expect(f.caused).toContainEqual(expect.objectContaining({ opportunity: "link:LNK-CHEM-MET:met", code: "LINKAGE_SLOW", quantity: 0.5 }));
    expect(f.message.zh).toContain("进而临江县气象局 00:58:00 才获知");
  });

  const b = m3();
  const b6 = change(relayToEb, "00:25:00");
  it("m3 (the bureau told at 00:14 by the brigade) and b6 (the relay at 00:25) score no less than poor", () => {
    expect(b.score!).toBeGreaterThanOrEqual(poor.score!);
    expect(b6.score!).toBeGreaterThanOrEqual(poor.score!);
  });
  it("m3's relay finding no longer says the bureau did not know while the call was held (it knew from 00:14)", () => {
    const f = on(b, "REPORT_FORWARDED_LATE", "police")[0]!;
    expect(f.message.zh).not.toContain("其间临江县应急管理局未获知事故");
    expect(f.message.zh).toContain("临江县应急管理局 00:14:00 才由他方获知事故");
  });
  it("worsenings stay at or below poor: the correcting 续报 at 02:30 (b7) or never (r17_w2)", () => {
    const b7 = change((k) => correction(k) && k.at === ms("01:40:00"), "02:30:00");
    const w2 = change((k) => correction(k) && k.at === ms("01:40:00"));
    expect(b7.score!).toBeLessThanOrEqual(poor.score!);
    expect(w2.score!).toBeLessThanOrEqual(poor.score!);
  });
});

describe("A2: the bureau's caused lateness is shared by causal share between the enterprise's late report and the police's late relay", () => {
  // r30: the points are the three causes' Shapley shares, priced once (r30-priced-once-links.test.ts): the bureau's start
  // enterprise 8/3, police 5/3, the bureau 5/3; the notice to the weather bureau and its wind data enterprise 2, police 0
  it("the enterprise's late notice to the bureau carries 1.5 + 0.5 + 0.5 windows (2 + 8/3 + 2 rubric points), though its own notice part follows its 迟报", () => {
    const f = on(poor, "LINKAGE_NOTIFIED_LATE", "ent").find((x) => x.opportunity === "link:LNK-CHEM-EB:eb")!;
    expect(f.caused?.map((c) => c.quantity).reduce((a, q) => a + q, 0)).toBe(2.5);
    expect(f.counted?.caused).toBe(6.6667);
    expect(f.message.zh).toContain("与临江县公安局共同所致");
  });
  // r23-mine-a: W 105 with the plant's own plan (LNK-CHEM-PLAN); printed to 1/100 by largest remainder (within 0.05)
  it("the police's relay carries 0 + 5/3 + 0 rubric points beside its own 4: (4 + 5/3) × 30 / 105 = 1.62", () => {
    const f = on(poor, "REPORT_FORWARDED_LATE", "police")[0]!;
    expect(f.counted?.caused).toBe(1.6667);
    expect(f.points).toBeCloseTo(((4 + 5 / 3) * 30) / 105, 1);
  });
});
