/**
 * A critical installation lost that the best play saved is an outcome finding (review6 A7; issue 10 §9).
 * The mine's central pump room, its main drainage, floods when nobody walls off the lower track incline or
 * adds pumps before the district's water reaches the +1080 level: hazards.md §3.4 "a pump room whose floor
 * floods fails" (0.3 m, the scenario's floodDepthM); 矿山救援规程（2024）"矿井透水事故救援" and domain.md §4.1
 * (排、疏、堵、截: build water-retaining walls, add pumps when the capacity is below the inflow). The good play
 * sends the wall crew at 00:10 and two pump crews by 00:28, and its pump room stays dry.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import type { Command } from "../../engine/model/commands.ts";
import { runPlay } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

const good = drill("mine-flood", "good");
const protects = (k: Command) => k.type === "dispatch" && (k.task === "buildWall" || k.task === "installPumps");
/** the good play without its wall crew and pump crews: the water reaches the pump room */
const unprotected = good.commands.filter((k) => !protects(k));
const run = runPlay(good.c, unprotected);
const judge = (best = bestPlay("mine-flood", good.c)): ReportModel => evaluate(good.c, run.events, run.state, rubric(), undefined, best);
const lost = (r: ReportModel) => r.findings.filter((f) => f.code === "OUTCOME_INSTALLATION_LOST");

describe("mine flood: the central pump room lost that the best play saves", () => {
  const report = judge();

  it("the good play keeps its pump room and has no such finding", () => {
    expect(good.c.hazard.losses!(good.state.hazard, good.c.scenario)).toEqual([]);
    expect(lost(good.report)).toEqual([]);
  });

  it("without the wall and the pumps it floods: one finding, on the mine, citing the flooding event and the missing pumps", () => {
    const fs = lost(report);
    expect(fs).toHaveLength(1);
    const f = fs[0]!;
    // the mine owns the wall crew and the pump crew the scenario requires (req-pumps, 90 min): its shortfall began
    // before the water reached the pump room, so the loss is the mine's (causes.ts)
    expect(f.agency).toBe("mine");
    const cause = report.findings.find((x) => x.id === f.causes?.[0])!;
    expect(cause).toMatchObject({ code: "DISPATCH_INSUFFICIENT", agency: "mine", ruleId: "req-pumps" });
    expect(f.basis).toContain("矿山救援规程（2024）");
    expect(f.basis).toContain("排、疏、堵、截");
    // the evidence is the hazard's own record of the flooding, and nothing else
    expect(f.evidence.events).toHaveLength(1);
    const e = run.events[f.evidence.events[0]!]!;
    expect(e).toMatchObject({ type: "hazardChanged", what: "pumpRoomFlooded", params: { place: { zh: "中央水泵房" } } });
    expect(f.atMs).toBeLessThanOrEqual(e.at);
    expect(f.message.zh).toContain("中央水泵房");
  });

  it("it costs the rubric's 2 points (item installation-lost), scaled like every outcome", () => {
    const f = lost(report)[0]!;
    expect(f.rubricPoints).toBe(2);
    const out = report.sections.find((s) => s.id === "outcomes")!;
    expect(f.points).toBeCloseTo((2 * out.weight) / out.scoring!.worth, 2);
  });

  it("a loss the best play suffers too was beyond any response: nothing is charged", () => {
    // the same play as its own best play: the pump room floods in both
    expect(lost(judge({ ref: "unprotected", commands: unprotected }))).toEqual([]);
  });

  it("with no best play nobody can say it was avoidable: no finding", () => {
    const c = { ...good.c, scenario: { ...good.c.scenario, bestPlay: undefined } };
    expect(lost(evaluate(c, run.events, run.state, rubric()))).toEqual([]);
  });
});
