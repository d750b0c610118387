/**
 * Walking people out of their houses through the cloud is a fault of its own (review 8 chemical item 7;
 * ERG 2024 protective-action zone: evacuate or shelter in place, domain.md §4.2; hazards.md §1.7): the
 * villagers (indoors, 600) were ordered out at 01:05 while the leak went on (plugged 01:18:47) and their
 * group load had already reached AEGL-2 (00:36:50). The finding names it and counts it as no protection
 * at all, so it never costs less than giving no order; sheltering them instead scores better.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { runPlay } from "../helpers.ts";
import { bestPlay, drill, MIN, rubric } from "./fixtures.ts";

const poor = drill("chemical-leak", "poor");
const at = poor.commands.findIndex((x) => x.type === "evacuate" && x.by === "police");
const variant = (replace: Command | undefined) => {
  const commands = replace ? poor.commands.map((x, i) => (i === at ? replace : x)) : poor.commands.filter((_, i) => i !== at);
  const r = runPlay(poor.c, commands);
  return evaluate(poor.c, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", poor.c));
};
const wrong = (r: ReturnType<typeof evaluate>) => r.findings.find((f) => f.opportunity === "protect:villagers" && f.message.zh.includes("毒气团覆盖时组织步行疏散；应"));
const dispatch = (r: ReturnType<typeof evaluate>) => r.sections.find((s) => s.id === "dispatch")!.deducted;

describe("an evacuation through the cloud is named and costs at least as much as no order", () => {
  // review12 chemical 1 (protect-rerun.ts): replayed, sheltering the village at 01:05 instead does more harm (621 or 635 injured
  // against 609), so the poor play's walk-out is judged late (nothing by the deadline), not wrong; the finding still says the
  // cloud was there and that they should have sheltered before it came
  it("poor play: the police's 01:05 evacuation of the village is late, not wrong: sheltering instead at 01:05 does more harm", () => {
    expect(wrong(poor.report)).toBeUndefined();
    const f = poor.report.findings.find((x) => x.opportunity === "protect:villagers" && x.code === "PROTECTIVE_ACTION_LATE")!;
    expect(f.agency).toBe("police");
    expect(f.message.zh).toContain("毒气团 00:36:50 已到达，应在此前组织就地避险");
  });

  it("costs no less than giving the village no order at all in its section; the injuries it spared still count in 处置结果", () => {
    const none = variant(undefined);
    expect(wrong(none)).toBeUndefined();
    expect(dispatch(poor.report)).toBeGreaterThanOrEqual(dispatch(none) - 1e-9);
    // with no order at all more villagers are hurt (review 8 vA: +20 injured), and harm is graded across the whole gap
    // (review11 chemical 1: fewer injured always scores better), so 处置结果 ranks the late evacuation above no order
    expect(none.outcomes.figures.injured).toBeGreaterThan(poor.report.outcomes.figures.injured);
    const outcomes = (r: ReturnType<typeof evaluate>) => r.sections.find((s) => s.id === "outcomes")!.deducted;
    expect(outcomes(none)).toBeGreaterThan(outcomes(poor.report));
  });

  it("sheltering the village at 00:20 instead draws no such finding and scores better", () => {
    const { seq, by } = poor.commands[at]!;
    const shelter = variant({ seq, by, at: 20 * MIN, type: "shelter", groups: ["villagers"] } as unknown as Command);
    expect(wrong(shelter)).toBeUndefined();
    expect(shelter.score!).toBeGreaterThan(poor.report.score!);
  });
});
