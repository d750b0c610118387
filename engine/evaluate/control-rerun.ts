/**
 * The late control's measure for cause reruns (cause-reruns.ts; review12 chemical 2): a fault is named as a
 * cause of the hazard brought under control late only when the drill replayed with that fault corrected is in
 * control sooner. Shape: commands → minutes from the drill's start to control in that replay, at this drill's
 * time (x.state.tMs); Infinity when the replay is not in control by then. The same "controlled" as the
 * evaluator's own figures (hazard summary `controlledAtMs`, rules profile control.<kind>).
 */
import type { Command } from "../model/commands.ts";
import { MINUTE } from "../model/time.ts";
import type { EvalContext } from "./context.ts";
import { referenceStateAt } from "./references.ts";

export function controlMeasure(x: EvalContext): (commands: readonly Command[]) => number {
  return (commands) => {
    const st = referenceStateAt(x.c, x.state.seed, commands, x.state.tMs);
    const at = x.c.hazard.summary(st.hazard, st.tMs, x.c.scenario).controlledAtMs;
    return at === undefined || at > x.state.tMs ? Infinity : at / MINUTE;
  };
}

/**
 * The lost installations' measure for cause reruns (review r15 mine 4): a missing measure (more pumps, a water wall)
 * is named as a cause of the flooded pump room only when the drill replayed with it corrected loses fewer. Shape:
 * commands → how many of the installations this drill lost by its time (x.state.tMs) that replay loses too.
 */
export function lossMeasure(x: EvalContext): (commands: readonly Command[]) => number {
  const lost = new Set((x.c.hazard.losses?.(x.state.hazard, x.c.scenario) ?? []).map((l) => l.id));
  return (commands) => {
    const st = referenceStateAt(x.c, x.state.seed, commands, x.state.tMs);
    return (x.c.hazard.losses?.(st.hazard, x.c.scenario) ?? []).filter((l) => lost.has(l.id) && l.atMs <= x.state.tMs).length;
  };
}
