/**
 * Resources sent to the wrong place (the newcomer's chemical drill: 水罐消防车1 sent to 江湾村口 for 水幕稀释,
 * while the scenario's requirement is at tank V-101, worked there an hour and was never named; the 经验
 * section praised the fire brigade for it). Source of the right verdict: AQ/T 9009-2015 附录A 应急资源管理
 * and 4.7 (the rescue plan mobilises enough resources where they are needed); domain.md §3.6 and §7.5
 * (compare what was sent with the scenario's requirement: type, number and place); issue 10 §10 (a
 * strength never cites a command a finding condemns). The requirement (req-curtain: 2 fire engines at
 * tank-v101 within 20 min, rubric 3 points a unit) is worth 2 × 3 = 6; the misplaced engine is one unit
 * missing there: 3 points, and the shortfall it leaves follows from it (not deducted again).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { samePlace, SAME_SITE_M } from "../../engine/evaluate/wrong-place.ts";
import { buildContext } from "../../engine/evaluate/context.ts";
import type { Command } from "../../engine/model/commands.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";

const c = compiled("chemical-leak");
const TOLD = cmd("00:01:00", "ent", { type: "message", to: ["fire"], channel: "phone", text: "119，液氯储罐泄漏，请求增援" }, 1);
const WRONG = cmd("00:02:35", "fire", { type: "dispatch", units: ["hz-e1"], place: "j-village", task: "waterCurtain" }, 2);
const RIGHT = cmd("00:02:35", "fire", { type: "dispatch", units: ["hz-e2"], place: "tank-v101", task: "waterCurtain" }, 3);

function judged(play: Command[]) {
  const r = runPlay(c, [...play, { at: ms("01:10:00"), by: "director", seq: 1_000_000, type: "end" } as Command], 7);
  return { events: r.events, report: evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", c)) };
}

describe("a fire engine sent to 江湾村口 for the water curtain due at tank V-101", () => {
  const { events, report: r } = judged([TOLD, WRONG, RIGHT]);
  const wrong = r.findings.filter((f) => f.code === "DISPATCH_WRONG_PLACE");
  const dispatched = events.findIndex((e) => e.type === "unitDispatched" && e.unit === "hz-e1");

  it("is a DISPATCH_WRONG_PLACE finding on the fire brigade, with rule, basis and the order as evidence", () => {
    expect(wrong.map((f) => [f.agency, f.ruleId, f.quantity])).toEqual([["fire", "req-curtain", 1]]);
    expect(wrong[0]!.basis).toContain("AQ/T 9009-2015）附录A 应急资源管理");
    expect(wrong[0]!.basis).toContain("下风向设置水幕稀释氯气");
    expect(wrong[0]!.evidence.events).toContain(dispatched);
    expect(wrong[0]!.message.zh).toContain("江湾村口");
    expect(wrong[0]!.message.zh).toContain("临江化工液氯罐区V-101储罐");
  });

  it("costs one unit's 3 rubric points; the shortfall it leaves follows from it and costs nothing again", () => {
    expect(wrong[0]!.rubricPoints).toBe(3);
    const short = r.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-curtain")!;
    expect(short.causedBy).toBe(wrong[0]!.id);
    expect(short.rubricPoints ?? 0).toBe(0);
  });

  it("no strength cites the condemned dispatch (the fire brigade's duty is not praised for it)", () => {
    expect(r.strengths.filter((s) => s.evidence.events.includes(dispatched))).toEqual([]);
    expect(r.strengths.filter((s) => s.agency === "fire").map((s) => s.message.zh)).toEqual([]);
  });

  it("removing the condemned order never lowers the score (issue 10 §11)", () => {
    expect(judged([TOLD, RIGHT]).report.score!).toBeGreaterThanOrEqual(r.score!);
  });

  it("an engine never moved on is 至演练结束仍在该处, not a stay the drill's end cut short", () => {
    expect(wrong[0]!.message.zh).toContain("至演练结束仍在该处");
  });

  it("a stay ended by an order is measured, and a duration is 分钟 wherever it could be read as points (not …分)", () => {
    const onward = cmd("01:00:00", "fire", { type: "recall", units: ["hz-e1"] }, 4);
    const f = judged([TOLD, WRONG, RIGHT, onward]).report.findings.find((x) => x.code === "DISPATCH_WRONG_PLACE")!;
    expect(f.message.zh).toMatch(/停留 \d+分钟/);
    expect(f.message.zh).not.toMatch(/\d分(?![钟\d])/);
  });
});

describe("the same engine sent to the tank is no wrong place", () => {
  const { report: r } = judged([TOLD, { ...WRONG, place: "tank-v101" } as Command, RIGHT]);
  it("raises no DISPATCH_WRONG_PLACE and meets the requirement", () => {
    expect(r.findings.filter((f) => f.code === "DISPATCH_WRONG_PLACE")).toEqual([]);
    expect(r.dispatch.requirements.find((q) => q.id === "req-curtain")!.status).toBe("met");
  });
});

describe(`one site: places within ${SAME_SITE_M} m (half the 100 m between school-fire's building and playground, the closest distinct sites shipped)`, () => {
  const school = compiled("school-fire");
  const x = buildContext(school, [], runPlay(school, [], 7, 0).state);
  it("the school building and its playground are two places; a place is its own", () => {
    expect(samePlace(x, "school", "playground")).toBe(false);
    expect(samePlace(x, "school", "school")).toBe(true);
  });
});

describe("a requirement not yet due is no wrong place yet (the good play's second monitoring van at 江湾小学路口, stopped at 00:10:00)", () => {
  it("raises no DISPATCH_WRONG_PLACE before the monitoring requirement's deadline (00:50:00)", () => {
    const play = [
      cmd("00:05:00", "ent", { type: "message", to: ["eco"], channel: "phone", text: "液氯泄漏" }, 1),
      cmd("00:07:00", "eco", { type: "dispatch", units: ["eco-van2"], place: "j-school", task: "monitor" }, 2),
    ];
    const r = runPlay(c, [...play, { at: ms("00:10:00"), by: "director", seq: 1_000_000, type: "end" } as Command], 7);
    const report = evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", c));
    expect(r.events.some((e) => e.type === "unitDispatched" && e.place === "j-school")).toBe(true);
    expect(report.findings.filter((f) => f.code === "DISPATCH_WRONG_PLACE")).toEqual([]);
  });
});
