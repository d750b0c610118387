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
