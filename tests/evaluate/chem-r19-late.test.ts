/**
 * Review 18, chemical leak (液氯储罐泄漏), seed 7: lateness priced by how late (late-grade.ts), the lateness a held 110 call
 * caused charged once on the police (relay-lateness.ts), and the leak never stopped charged to the brigade (causes.ts).
 * Variant plays are the shipped poor play with one command changed (review18 a2, a3, wA, wC and review17 wX).
 * Hand calculations: the linkage section weighs 30 over W = 105 (99 + the plant's own plan, LNK-CHEM-PLAN, r23-mine-a); 接报移送 is 4 rubric points, half per started 2-minute
 * window (forwarding.withinMin 2, 本县设定), at most 4; 响应迟缓 2 per started window of the duty's own limit, at most
 * 联而不动's 6; 群众防护 2 for the group, half per started 30-minute window (ERG's period), at most 2.
 */
import { describe, expect, it } from "vitest";
import { lateShare, lateSteps } from "../../engine/evaluate/late-grade.ts";
import type { Command } from "../../engine/model/commands.ts";
import { compiled, ms } from "../helpers.ts";
import { judge, poorPlay, sorted } from "./chem-variant.ts";
import { drill } from "./fixtures.ts";

/** the poor play with the command matching `pick` moved to `at` (or dropped when `at` is undefined) */
const moved = (pick: (k: Command & { by?: string; to?: unknown }) => boolean, at?: string) =>
  judge(sorted(poorPlay().flatMap((k) => (pick(k) ? (at === undefined ? [] : [{ ...k, at: ms(at) }]) : [k]))));
const policeToEb = (k: Command & { by?: string; to?: unknown }) => k.type === "message" && k.by === "police" && k.to !== undefined && JSON.stringify(k.to).includes("eb");
const townShelter = (k: Command & { by?: string }) => k.type === "shelter" && k.by === "town";
const poor = drill("chemical-leak", "poor").report;
const on = (r: typeof poor, code: string, agency: string) => r.findings.filter((f) => f.code === code && f.agency === agency);

describe("late-grade: started windows of the duty's own limit, never above the duty not done", () => {
  it("lateSteps counts a started window whole (1 min of 2 → 1; 27 min of 2 → 14; 32 min of 30 → 2)", () => {
    expect([lateSteps(ms("00:01:00"), ms("00:02:00")), lateSteps(ms("00:27:00"), ms("00:02:00")), lateSteps(ms("00:32:00"), ms("00:30:00"))]).toEqual([1, 14, 2]);
  });
  it("lateShare: half per window, at most the whole (1 min late → 0.5; 27 min → 1)", () => {
    expect([lateShare(ms("00:01:00"), ms("00:02:00"), 0.5), lateShare(ms("00:27:00"), ms("00:02:00"), 0.5)]).toEqual([0.5, 1]);
  });
});

describe("A1: the 110 call passed on late is priced by how late, and what it made the bureau late is the police's, once", () => {
  const a3 = moved(policeToEb, "00:14:00");
  const wX = moved(policeToEb);

  it("poor: 27 min past 00:13 is 14 windows, capped at the 4 of never passing it on, plus its causal share of what it made the bureau late: (4 + 5/3) × 30 / 105 = 1.62", () => {
    const f = on(poor, "REPORT_FORWARDED_LATE", "police");
    expect(f.map((x) => x.quantity)).toEqual([1]);
    // r30: its Shapley share in points of the three-cause delay on the bureau's start, 5/3 (r30-priced-once-links.test.ts)
    expect(f[0]!.points).toBeCloseTo(((4 + 5 / 3) * 30) / 105, 1);
    // the bureau's start, due 00:28 had it been told at 00:13 (a 15-min duty), made at 00:58: 2 windows, 3 from 00:10 had
    // the enterprise reported in time; its own from 00:40 (due 00:55) is 1; its notice to the weather bureau, due 00:43
    // (00:13 + 30), made at 00:58: 1 window, none its own (due 01:10 from 00:40); the weather bureau's wind data down
    // the chain, 1 window (relay-lateness.ts). Shared with the enterprise's late report by causal share (late-share.ts,
    // review20 chemical A2): police ½ × 1 on the start, ½ on each of the others (chem-r21-chain.test.ts)
    // (the windows as the words give them; each entry also names its duty and the game its points are split by, r30)
    expect(f[0]!.caused!.map(({ opportunity, code, quantity }) => ({ opportunity, code, quantity }))).toEqual([
      { opportunity: "link:LNK-CHEM-MET:met", code: "LINKAGE_NOTIFIED_LATE", quantity: 0.5 },
      { opportunity: "link:LNK-CHEM-EB:eb", code: "LINKAGE_SLOW", quantity: 0.5 },
      { opportunity: "link:LNK-CHEM-MET:met", code: "LINKAGE_SLOW", quantity: 0.5 },
    ]);
    expect(on(poor, "LINKAGE_SLOW", "eb").map((x) => x.quantity)).toEqual([1]);
    expect(on(poor, "LINKAGE_SLOW", "police")).toEqual([]);
  });

  it("a3 (passed on at 00:14, 1 min late): half, 2 × 30 / 105 = 0.57, the bureau owns its lateness (2 windows from 00:29), and the play scores at least the poor play", () => {
    const f = on(a3, "REPORT_FORWARDED_LATE", "police");
    // r31: the bureau's notice to the weather bureau (30 min; told 00:14 it was late 1 window of its own) stays a game of
    // three causes although the bureau's own window covers it (relay-lateness.ts lateBeyondOwn keeps the entry): windows
    // by who is late (police, enterprise, bureau) [0, 0, 1, 1, 1, 1, 1, 1] — the police's 1 min alone starts none (the
    // enterprise on time tells the bureau at 00:10 all the same), so Shapley gives it 0, the enterprise ½ window (1 point), the bureau ½
    // (its own 2 hand 1 over); was: no entry, the enterprise's share charged to nobody
    expect(f.map((x) => x.caused?.map((c) => [c.opportunity, c.code, c.quantity]))).toEqual([[["link:LNK-CHEM-MET:met", "LINKAGE_NOTIFIED_LATE", 0]]]);
    expect(f[0]!.counted?.causedEach?.map((e) => e.points)).toEqual([0]);
    const ent = on(a3, "LINKAGE_NOTIFIED_LATE", "ent").find((g) => g.opportunity === "link:LNK-CHEM-EB:eb")!;
    expect(ent.counted?.causedEach?.[ent.caused!.findIndex((c) => c.opportunity === "link:LNK-CHEM-MET:met")]?.points).toBe(1);
    expect(on(a3, "LINKAGE_NOTIFIED_LATE", "eb").find((g) => g.opportunity === "link:LNK-CHEM-MET:met")?.counted?.shared).toBe(1);
    expect(f[0]!.points).toBeCloseTo((2 * 30) / 105, 1);
    expect(on(a3, "LINKAGE_SLOW", "eb").map((x) => x.quantity)).toEqual([2]);
    expect(a3.score!).toBeGreaterThanOrEqual(poor.score!);
  });

  it("wX (never passed on): the bureau's report to the duty office, due 01:00 and made 01:18 (excused for the bureau, which knew at 00:58: its first command), is half the police's: 0.5 h, and wX scores no more than poor", () => {
    const f = on(wX, "REPORT_NOT_FORWARDED", "police");
    // booked in 信息报告 where its opportunity is, a row of its own on the police (review19 chemical A5)
    const row = on(wX, "REPORT_LATE", "police");
    // 1 h either link alone would have spared (the enterprise's report due 00:10, the relay due 00:13): half on each by
    // causal share (late-share.ts, review20 chemical A2)
    expect(row.map((g) => [g.section, g.opportunity, g.quantity])).toEqual([["reporting", "rep:eb>duty|first|any", 0.5]]);
    expect(f[0]!.caused?.some((c) => c.opportunity.startsWith("rep:"))).toBe(false);
    // the bureau's first command about the incident (00:58) is when it knew (blame.ts knewAt), said once, never twice
    expect(f[0]!.message.zh).toContain("临江县应急管理局 00:58:00 已自行获知事故（其发出有关事故的指令）；因此致临江县应急管理局履职迟延，与临江化工有限公司共同所致，由临江县公安局按因果份额承担");
    expect(f[0]!.message.zh).not.toContain("临江县应急管理局 00:58:00 才获知");
    expect(wX.score!).toBeLessThanOrEqual(poor.score!);
  });
});

describe("A2: 响应迟缓 and 群众防护迟延 grow with the delay", () => {
  const a2 = moved(townShelter, "00:49:00");
  const wC = moved(townShelter, "02:30:00");
  const slow = (r: typeof poor) => on(r, "LINKAGE_SLOW", "town").map((f) => f.points);
  const pupils = (r: typeof poor) => r.findings.filter((f) => f.opportunity === "protect:pupils" && f.agency === "town").map((f) => f.points);

  // × 30 / 105 since r23-mine-a's LNK-CHEM-PLAN (was / 99: 0.61, 1.21, 1.82)
  it("the township's slow start (30-min duty from 00:18, due 00:48): 1 min → 2 × 30 / 105 = 0.57, 32 min → 2 windows 1.14, 102 min → capped at 联而不动's 6: 1.71", () => {
    expect([slow(a2), slow(poor), slow(wC)]).toEqual([[0.57], [1.14], [1.71]]);
  });

  it("the pupils sheltered 1 min late cost half their 2 points (1 × 25 / 43 = 0.58); 32 or 102 min late, all 2 (1.16)", () => {
    expect([pupils(a2), pupils(poor), pupils(wC)]).toEqual([[0.58], [1.16], [1.16]]);
  });

  it("so a2 > poor > wC in total", () => {
    expect(a2.score!).toBeGreaterThan(poor.score!);
    expect(wC.score!).toBeLessThan(poor.score!);
  });
});

describe("A3: the leak never stopped is charged to the brigade that had to stop it (rubric row 泄漏未控制, 附录A 现场控制及恢复)", () => {
  it("wA (hazmat team 1 sent at 01:30, the tank empty at 01:32:10): HAZARD_NOT_CONTROLLED on fire, not on no agency", () => {
    const wA = moved((k) => k.type === "dispatch" && k.by === "fire" && JSON.stringify(k).includes("hz-chem1"), "01:30:00");
    const f = wA.findings.find((x) => x.code === "HAZARD_NOT_CONTROLLED")!;
    expect(f.agency).toBe("fire");
    expect(f.points).toBeGreaterThan(0);
    expect(f.message.zh).toContain("计入临江县消防救援大队（负有控制危险源的处置职责）");
  });
});

describe("the county's one 120 window: 10 min from the call in every scenario's rules (本县设定)", () => {
  it("LNK-MINE-HEALTH and LNK-MINE-EMS send ambulances within 10 min, as LNK-CHEM-HEALTH, LNK-CHEM-EMS and LNK-SCH-EMS", () => {
    const mine = compiled("mine-flood");
    const rules = [...Object.values(mine.rules.linkage).flat()].filter((r) => ["LNK-MINE-HEALTH", "LNK-MINE-EMS", "LNK-CHEM-HEALTH", "LNK-CHEM-EMS", "LNK-SCH-EMS"].includes(r.id));
    expect(rules.map((r) => [r.id, r.actWithinMin])).toEqual(rules.map((r) => [r.id, 10]));
    expect(rules.length).toBe(5);
    for (const r of rules) expect(r.basis).toMatch(/120接报后10分钟内派车检伤分类、救治转运[（，]本县设定/);
  });
});
