/**
 * Arrival standards (issue 10 §6): a binding one is deducted when missed, an indicative one is only
 * reported (completion.test.ts covers the fire engines'). DSP-MRT, 矿山救援规程: the mine rescue team
 * reaches the mine within 30 min of the call. Hand check: mrt-sq1 slowed to 10 km/h takes far longer
 * than 30 min over the 20-odd km of S305/X203 from rescue-base to the mine.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../engine/compile.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { cmd, compiled, runPlay } from "../helpers.ts";
import { rubric } from "./fixtures.ts";

const MIN = 60_000;

describe("mine rescue team: the 30-minute arrival standard is binding", () => {
  const base = compiled("mine-flood");
  const units = base.scenario.units.map((u) => (u.id === "mrt-sq1" ? { ...u, speedKmh: 10 } : u));
  const c = compile({ ...base.scenario, units }, base.rules);
  const r = runPlay(c, [cmd("00:10:00", "mrt", { type: "dispatch", units: ["mrt-sq1"], place: "mine", task: "rescue" }, 1)], 7, 4 * 60 * MIN);
  const report = evaluate(c, r.events, r.state, rubric());
  const late = report.findings.filter((f) => f.ruleId === "DSP-MRT");

  it("is DISPATCH_LATE on the rescue team, with points, never the no-deduction ARRIVAL_INDICATIVE", () => {
    expect(late.map((f) => [f.code, f.agency])).toEqual([["DISPATCH_LATE", "mrt"]]);
    expect(late[0]!.points).toBeGreaterThan(0);
  });

  it("is dated when the squad arrived, after the 00:40:00 deadline", () => {
    const arrived = r.events.find((e) => e.type === "unitArrived" && e.unit === "mrt-sq1")!;
    expect(arrived.at).toBeGreaterThan(40 * MIN);
    expect(late[0]!.atMs).toBe(arrived.at);
  });
});

describe("a requirement met late because the units were sent only after its deadline reads 派出迟延 (review9 school 9)", () => {
  // the need's 20 minutes run from the police's own receipt, the 110 call at 00:05 (review r15 school 4), so due 00:25
  it("school fire poor play: the police car sent at 00:45 for traffic control due 00:25 (20 min from its 110 call at 00:05), arriving 00:47:28", async () => {
    const { drill } = await import("./fixtures.ts");
    const { kindText } = await import("../../cli/report/text.ts");
    const f = drill("school-fire", "poor").report.findings.find((x) => x.code === "DISPATCH_LATE" && x.agency === "police")!;
    expect(f.message.zh).toContain("时限 00:25:00（自获知时 00:05:00 起算），至时限未调派，00:45:00 才调派，00:47:28 到场满足，迟 22分28秒");
    expect(kindText(f)).toEqual({ zh: "力量派出迟延", en: "Sent late" });
  });

  it("the police are advised to send on receipt, not to improve their routes (the car drove 2 min 28 s)", async () => {
    const { drill } = await import("./fixtures.ts");
    const recs = drill("school-fire", "poor").report.recommendations.filter((r) => r.agencies.includes("police") && r.codes.includes("DISPATCH_LATE"));
    expect(recs.map((r) => r.text.zh.slice(0, 9))).toEqual(["接报（接警）即按“"]);
  });
});
