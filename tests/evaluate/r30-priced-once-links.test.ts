/**
 * r30 (issue 10 §1, §2, §11): a duty made late by MORE than one late word and its owner's own delay is priced ONCE, in
 * started windows of the duty's limit capped at its never-done part (as r29 did for one word), and split among ALL the
 * causes by the same rule, Shapley over every order of correcting them (priced-once.ts splitOnce, the one implementation
 * relay-lateness.ts takeCaused uses for one word too; late-share.ts LATE_HOW, 本县设定, an accounting convention).
 *
 * Chemical leak, poor play (危险化学品安全管理条例 第七十一条: the enterprise reports to the bureau at once, due 00:10; 突发事件
 * 应对法 第六十条: the police pass on the villager's 110 call, due 00:13; LNK-CHEM-EB: the bureau acts within 15 min of
 * being told; 响应迟缓 2 per started window, 联而不动 6): the enterprise reports at 00:30, the police pass the call on at
 * 00:40, the bureau knows at 00:40 and acts at 00:58 (its own 00:55: 3 min late).
 *   windows late, counted from 00:25 (its deadline had either link been on time at 00:10), by which causes are late:
 *     police alone 0 (the enterprise on time: told 00:10); enterprise alone 1 (told 00:13, done by 00:28); both 2
 *     (told 00:40, due 00:55); bureau alone 1 (3 min); police + bureau 1; enterprise + bureau 1 (00:31, 6 min);
 *     all three 3 (33 min). Points ×2, at most 6: v = [0, 0, 2, 4, 2, 2, 2, 6].
 *   Shapley (weights 1/3 for no other cause late before, 1/6 for one, 1/3 for both):
 *     police     (0)/3 + (4 − 2)/6 + (2 − 2)/6 + (6 − 2)/3 = 5/3
 *     enterprise (2)/3 + (4 − 0)/6 + (2 − 2)/6 + (6 − 2)/3 = 8/3
 *     bureau     (2)/3 + (2 − 0)/6 + (2 − 2)/6 + (6 − 4)/3 = 5/3          together 6: the 3 windows priced once.
 *   Before r30 the two links split the windows beyond the bureau's own (1.5 + 0.5) and each priced its part apart,
 *   after the bureau kept its own 2: 3 + 1 + 2 (another rule: the owner first).
 *   The weather bureau's notice and act down the chain (the bureau told it at 00:58, on time from its receipt; its
 *   wind data at 01:20, due 01:28 from then): the police's lateness never starts a window (the enterprise on time, the
 *   bureau knows at 00:10; late, 00:13 → the notice by 00:43, its act due 01:13, 3 min: 1 window; both: 1): the
 *   enterprise 2, the police 0 on each, the weather bureau (on time once told) 0.
 * School fire, poor play (the school tells the brigade at 00:07:30, due 00:06:30; the police's 110 relay due 00:07:00,
 * never made; the brigade out at 00:09:30, 1 min after its own 00:08:30; 1-min windows, 2 each): the police's 30 s never
 * start a window (v: school alone 1 window, both links 1, brigade alone 1, school + brigade 2 (00:09:00), all 2): police
 * 0, school 2, brigade 2 (was 1, 1, 2 — the same 4, split by a windows rule).
 *
 * Monotonicity (stated in priced-once.ts): correcting one cause never raises the total (v falls as causes are removed),
 * and raises another's share by half their Shapley interaction (balanced contributions), so at most half the largest
 * overlap v(S∪i) + v(S∪j) − v(S∪ij) − v(S) over the sets S of the other causes; with two causes exactly half the overlap.
 */
import { describe, expect, it } from "vitest";
import { lateGame, lateSteps } from "../../engine/evaluate/late-grade.ts";
import { splitOnce } from "../../engine/evaluate/priced-once.ts";
import type { Finding, LateGame, ReportModel } from "../../engine/evaluate/report-model.ts";
import { pointsText } from "../../cli/report/text.ts";
import { drill } from "./fixtures.ts";

const M = 60_000;
const hm = (h: number, m: number) => (h * 60 + m) * M;
const r4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** points by mask of a game in windows: 2 a window, at most `cap` */
const pointsOf = (late: readonly number[], cap = 6) => (m: number) => Math.min(2 * late[m]!, cap);
/** each player's Shapley share of `v` over n players (the owner's held at most what it can: here all of v) */
const shares = (n: number, v: (m: number) => number) => splitOnce(n, v, v((1 << n) - 1)).bear;
/** the game with player j corrected: the others' masks, j's bit left 0 */
function without(n: number, v: (m: number) => number, j: number): (m: number) => number {
  return (m) => v((m & ((1 << j) - 1)) | ((m >> j) << (j + 1)));
}
/** the largest overlap of i and j beside any set of the others */
function overlap(n: number, v: (m: number) => number, i: number, j: number): number {
  let most = 0;
  for (let s = 0; s < 1 << n; s++) {
    if (s & (1 << i) || s & (1 << j)) continue;
    most = Math.max(most, v(s | (1 << i)) + v(s | (1 << j)) - v(s | (1 << i) | (1 << j)) - v(s));
  }
  return most;
}
/** every correction of one cause: the others' rises within half the overlap, the total not rising */
function checkMonotone(n: number, v: (m: number) => number): void {
  const before = shares(n, v);
  for (let j = 0; j < n; j++) {
    const w = without(n, v, j);
    const after = shares(n - 1, w);
    expect(w((1 << (n - 1)) - 1)).toBeLessThanOrEqual(v((1 << n) - 1));
    for (let i = 0; i < n; i++) {
      if (i === j) continue;
      const k = i < j ? i : i - 1;
      expect(after[k]! - before[i]!).toBeLessThanOrEqual(overlap(n, v, i, j) / 2 + 1e-9);
    }
  }
}

describe("one delay, three causes: priced once, split by Shapley (hand calculation, chemical leak's bureau)", () => {
  // the links: police (s 00:13), enterprise (s 00:10); the bureau told 00:40, its act 15 min, done 00:58
  const links = [hm(0, 13), hm(0, 10)];
  const know = (m: number) => (m === 3 ? hm(0, 40) : Math.min(hm(0, 40), ...links.filter((_, i) => !(m & (1 << i)))));
  const late = lateGame(2, know, (t) => t + 15 * M, hm(0, 58), hm(0, 40), (ms) => lateSteps(ms, 15 * M));

  it("windows late by the causes late: [0, 0, 1, 2, 1, 1, 1, 3]", () => {
    expect(late).toEqual([0, 0, 1, 2, 1, 1, 1, 3]);
  });

  it("shares 5/3, 8/3, 5/3 add up to v(all) = 6; the bureau's own 2 hands 1/3 to the links", () => {
    const s = splitOnce(3, pointsOf(late), 2);
    expect(s.bear.map(r4)).toEqual([1.6667, 2.6667, 1.6667]);
    expect(r4(s.bear.reduce((a, b) => a + b, 0))).toBe(6);
    expect([s.fresh, r4(s.move)]).toEqual([4, 0.3333]);
  });

  it("the r29 case is the same rule with two causes: the mine's late call 4, the team 2 (v = [0, 6, 4, 6])", () => {
    expect(lateGame(1, (m) => (m ? hm(0, 50) : hm(0, 35)), (t) => t + M, hm(0, 53), hm(0, 50), (ms) => lateSteps(ms, M))).toEqual([0, 15, 2, 17]);
    expect(splitOnce(2, pointsOf([0, 15, 2, 17]), 4).bear).toEqual([4, 2]);
  });

  it("correcting any one cause: the total never rises, no other share rises by more than half the overlap", () => {
    checkMonotone(3, pointsOf(late));
    checkMonotone(2, pointsOf([0, 15, 2, 17]));
  });

  it("the bound holds over a grid of two-link games (links' deadlines, receipt, own delay; started windows of 10 min)", () => {
    let games = 0;
    for (const s1 of [5, 10, 20]) for (const s2 of [8, 15, 30]) for (const told of [31, 40, 65]) for (const own of [0, 4, 12, 25]) {
      const ls = [hm(0, s1), hm(0, s2)];
      const k = (m: number) => (m === 3 ? hm(0, told) : Math.min(hm(0, told), ...ls.filter((_, i) => !(m & (1 << i)))));
      const g = lateGame(2, k, (t) => t + 10 * M, hm(0, told + 10 + own), hm(0, told), (ms) => lateSteps(ms, 10 * M));
      checkMonotone(3, pointsOf(g));
      games++;
    }
    expect(games).toBe(108);
  });
});

describe("shipped poor plays: the links and the owner priced once (tests/report/working.test parses the cells)", () => {
  const chem = drill("chemical-leak", "poor").report;
  const school = drill("school-fire", "poor").report;
  const on = (r: ReportModel, code: string, agency: string, opp: string): Finding => r.findings.find((f) => f.code === code && f.agency === agency && f.opportunity === opp)!;
  /** the points finding f's caused entry on `opp` took */
  const took = (f: Finding, opp: string) => f.counted!.causedEach![f.caused!.findIndex((c) => c.opportunity === opp && c.code === "LINKAGE_SLOW")]!.points;
  const EB = "link:LNK-CHEM-EB:eb";
  const MET = "link:LNK-CHEM-MET:met";

  it("chemical: the bureau's act — enterprise 8/3, police 5/3, the bureau 5/3 (its 2 less 1/3): 6, the 3 windows once", () => {
    const ent = on(chem, "LINKAGE_NOTIFIED_LATE", "ent", EB);
    const police = on(chem, "REPORT_FORWARDED_LATE", "police", "fwd:inj-04-villager-110:police>eb");
    const eb = on(chem, "LINKAGE_SLOW", "eb", EB);
    expect(took(ent, EB)).toBe(2.6667);
    expect(took(police, EB)).toBe(1.6667);
    expect(eb.rubricPoints).toBe(1.6667);
    expect(eb.counted?.shared).toBe(0.3333);
    expect(took(ent, EB) + took(police, EB) + eb.rubricPoints!).toBeCloseTo(Math.min(2 * Math.ceil(33 / 15), 6), 3);
    expect(pointsText(eb, chem.sections, chem.findings).zh).toContain("− 按因果份额由通知方承担 0.33");
    expect(ent.message.zh).toContain("（与其他 2 方迟延合计按一次计价，按因果份额计 2.67 分");
  });

  it("chemical: down the chain, the weather bureau's act — the enterprise 2, the police 0 (its lateness starts no window)", () => {
    const ent = on(chem, "LINKAGE_NOTIFIED_LATE", "ent", EB);
    const police = on(chem, "REPORT_FORWARDED_LATE", "police", "fwd:inj-04-villager-110:police>eb");
    expect(took(ent, MET)).toBe(2);
    expect(took(police, MET)).toBe(0);
    const game = ent.caused!.find((c) => c.opportunity === MET && c.code === "LINKAGE_SLOW")!.game!;
    expect(game.players).toEqual(["police", "ent", "met"]);
    expect(game.late).toEqual([0, 0, 1, 1, 0, 0, 1, 1]);
  });

  it("chemical: every game in the report — correcting one agency raises no other's charge by more than half the overlap", () => {
    const games = new Map<string, LateGame>();
    for (const f of chem.findings) for (const c of f.caused ?? []) if (c.game) games.set(c.game.key, c.game);
    expect(games.size).toBeGreaterThanOrEqual(3);
    for (const g of games.values()) checkMonotone(g.players.length, pointsOf(g.late));
  });

  it("school: the brigade's turn-out — the police's relay 0, the school 2, the brigade its own 2: 4, the 2 windows once", () => {
    const FIRE = "link:LNK-SCH-FIRE:fire";
    const police = on(school, "REPORT_NOT_FORWARDED", "police", "fwd:inj-04-bystander-110:police>fire");
    const sch = on(school, "LINKAGE_NOTIFIED_LATE", "sch", FIRE);
    expect(took(police, FIRE)).toBe(0);
    expect(took(sch, FIRE)).toBe(2);
    expect(on(school, "LINKAGE_SLOW", "fire", FIRE).rubricPoints).toBe(2);
  });
});
