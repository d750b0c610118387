/**
 * Review21 school 2 (round 22): what a reporter could see. A figure stated as known needs a ground: words or numbers
 * told to the reporter, or its own count (the incident's unit's roll call, a search or triage its unit finished). A
 * unit merely on scene has counted nobody (快报事实; 未核实的注明“正在核实”, rubric report-accurate). Hand-worked on
 * the school fire, seed 7 (drill start 10:10 = 00:00:00), against the poor play's timeline:
 *   - the pupil of class 3-2 is missing from 00:03:30 (casualties: missing 1) until he is found dead at 00:20:00;
 *     a pupil is seriously hurt from 00:13:10 (seriousInjuries 1);
 *   - the brigade's first tender (城关站水罐消防车1) arrives at 00:14:15; nothing reaches the brigade with words on
 *     people before the scouts' inject at 00:15:15 (the school's 119 call says only 「有个房间冒烟」).
 * Variant A: the brigade tells the county bureau at 00:15:12 (57 s after arriving) 「死亡 0、重伤 0、受伤 0、下落不明
 *   0」: 报告失实 (REPORT_UNVERIFIED) on the brigade for 重伤 0 and 下落不明 0 (truth 1 and 1), deaths and 受伤 0 being
 *   true then. Priced 2 × 30 / 90 = 0.67 in the reporting section (rubric report-accurate 2 points; the section's W
 *   is 90, as F34 in the poor play: 0.67 = 2 × 30 / 90).
 * Variant B (corrected): the same report with its figures 不详 and 「伤亡和被困人数正在核实」: no finding on the brigade;
 *   the bureau's own 00:58 zeros, told only 「正在核实」, are then the bureau's 报告失实; the score does not fall.
 * Variant C: the school tells the education bureau at 00:10:00, before its headcount (00:13:24), 「下落不明 0」 with no
 *   word that it is counting: 报告失实 on the school for 下落不明 0 (truth 1). With 「正在操场清点人数」 and 下落不明 不详
 *   instead, none, and the score is higher.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { run } from "../../engine/replay.ts";
import { cmd, compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

/** The poor school-fire play with `extra` commands added, run and evaluated (seed 7). */
function variant(extra: Command[]) {
  const c = compiled("school-fire");
  const commands = [...playOf(c, `${SCENARIOS}/plays/school-fire.poor.yaml`), ...extra].sort((a, b) => a.at - b.at);
  const r = run(c, 7, commands, {});
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("school-fire", c));
}

type Casualties = Record<"deaths" | "seriousInjuries" | "injured" | "missing", number | "unknown">;
/** An oral initial report command. */
const report = (at: string, by: string, to: string, casualties: Casualties, other?: string): Command =>
  cmd(at, by, { type: "report", to, kind: "initial", mode: "oral", content: { unit: "第二实验小学", time: "10时10分许", location: "第二实验小学教学楼", scene: "教学楼二层起火", casualties, ...(other ? { other } : {}) } }, 900);

const ZEROS: Casualties = { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 };
const unverified = (r: ReturnType<typeof variant>, agency: string, at: string) =>
  r.findings.filter((f) => f.code === "REPORT_UNVERIFIED" && f.agency === agency && f.atMs === ms(at));

describe("review21 school 2: a unit on scene is no count of the people", () => {
  const zero = variant([report("00:15:12", "fire", "eb", ZEROS)]);
  const checking = variant([report("00:15:12", "fire", "eb", { deaths: "unknown", seriousInjuries: "unknown", injured: "unknown", missing: "unknown" }, "伤亡和被困人数正在核实")]);

  it("finds 报告失实 on the brigade 57 s after its first tender arrived: 重伤 0 and 下落不明 0 against 1 and 1, 0.67 points", () => {
    const [f, ...more] = unverified(zero, "fire", "00:15:12");
    expect(more).toEqual([]);
    expect(f!.message.zh).toContain("其中重伤 0、下落不明 0与当时实际（重伤 1、下落不明 1）不符");
    expect(f!.message.zh).toContain("00:14:15 到场，至报告时仅 57秒");
    expect(f!.points).toBeCloseTo((2 * 30) / 90, 2);
    // evidence: the 119 call that told it of the fire, its tender's arrival and the report itself
    const types = f!.evidence.events.map((i) => zero.timeline.find((t) => t.index === i)?.type);
    expect(types).toEqual(expect.arrayContaining(["messageSent", "unitArrived", "reportSubmitted"]));
  });

  it("finds nothing on the brigade when it says the figures are being checked, and the score does not fall", () => {
    expect(unverified(checking, "fire", "00:15:12")).toEqual([]);
    // the bureau, told only 「正在核实」, states its own zeros at 00:58: its own 报告失实 (death 0 against 1)
    expect(unverified(checking, "eb", "00:58:00")[0]!.message.zh).toContain("其中死亡 0与当时实际（死亡 1）不符");
    expect(checking.score!).toBeGreaterThanOrEqual(zero.score!);
  });
});

describe("review21 school 2: the incident's unit before its roll call", () => {
  const early = variant([report("00:10:00", "sch", "edu", ZEROS)]);
  const counting = variant([report("00:10:00", "sch", "edu", { ...ZEROS, missing: "unknown" }, "正在操场清点人数")]);

  it("finds 报告失实 on the school's 00:10 「下落不明 0」, before its headcount at 00:13:24 found the pupil missing", () => {
    const [f, ...more] = unverified(early, "sch", "00:10:00");
    expect(more).toEqual([]);
    expect(f!.message.zh).toContain("其中下落不明 0与当时实际（下落不明 1）不符");
    expect(f!.message.zh).toContain("其尚未清点人数");
  });

  it("finds nothing when the school says it is counting heads, and scores that play higher", () => {
    expect(unverified(counting, "sch", "00:10:00")).toEqual([]);
    expect(counting.score!).toBeGreaterThan(early.score!);
  });

  it("leaves the demonstration play at 100 with no reporting finding (its 00:04 and 00:05 reports say 「正在…清点人数」)", () => {
    const { report: good } = drill("school-fire", "good");
    expect(good.findings.filter((f) => f.section === "reporting")).toEqual([]);
    expect(good.score).toBe(100);
  });
});
