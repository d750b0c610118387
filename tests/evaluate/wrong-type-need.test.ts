/**
 * A unit of the wrong type sent for one of the scenario's needs is a failure on that need (review10
 * chemical 2): the chemical leak's poor play sends a water tanker (no A-level protection) to plug the
 * tank at 00:13 and the hazmat team only at 00:50. The plug need (req-plug, 1 hazmat team × 3 points) is
 * one opportunity worth 3: the wrong-type order (right-type, 5 each) and the late arrival (on-time, 2)
 * together take no more than its 3 (a late, wrong first try never costs more than sending nothing),
 * inside the section's rate, and not among the faults the scenario did not plan. Sending the tanker to
 * the water curtain instead (the reviewer's c2) scores no lower, in total and in 力量调派.
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runPlay } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

describe("chemical leak, poor play: the tanker sent to plug the leak is judged on the plug need", () => {
  const poor = drill("chemical-leak", "poor").report;
  const wrong = poor.findings.find((f) => f.code === "DISPATCH_WRONG_TYPE")!;
  const dispatch = poor.sections.find((s) => s.id === "dispatch")!;
  const need = dispatch.scoring!.items!.find((o) => o.findings.includes(wrong.id))!;

  it("sits in the plug need's opportunity, in W, which loses no more than its 3 rubric points", () => {
    expect(need.inW).toBe(true);
    expect(need.id).toMatch(/^req:/);
    expect(need.worth).toBe(3);
    expect(need.lost).toBeLessThanOrEqual(3);
    // the late hazmat team is on the same need
    expect(poor.findings.filter((f) => need.findings.includes(f.id)).map((f) => f.code)).toContain("DISPATCH_LATE");
  });

  it("costs nothing outside the section's rate: 力量调派 has no unplanned fault", () => {
    expect(dispatch.outside).toBeUndefined();
  });

  it("sending the tanker to the water curtain instead scores no lower, in total and in 力量调派", () => {
    const d = drill("chemical-leak", "poor");
    const plug = d.commands.findIndex((c) => c.type === "dispatch" && (c as { task?: string }).task === "plugLeak" && c.at === 13 * 60_000);
    expect(plug).toBeGreaterThanOrEqual(0);
    const commands = d.commands.map((c, i) => (i === plug ? ({ ...c, task: "waterCurtain" } as Command) : c));
    const r = runPlay(d.c, commands);
    const c2 = evaluate(d.c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", d.c));
    expect(c2.findings.some((f) => f.code === "DISPATCH_WRONG_TYPE")).toBe(false);
    expect(c2.score!).toBeGreaterThanOrEqual(poor.score!);
    expect(c2.sections.find((s) => s.id === "dispatch")!.score).toBeGreaterThanOrEqual(dispatch.score);
  });
});
