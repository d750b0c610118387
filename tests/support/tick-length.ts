/** Shared by the tick-length test and its benchmark: a compiled scenario at another tick, and outcome comparison. */
import { compile, type Compiled } from "../../engine/compile.ts";
import type { DrillState } from "../../engine/model/state.ts";

export function atTick(c: Compiled, tickS: number): Compiled {
  return compile({ ...c.scenario, clock: { ...c.scenario.clock, tickS } }, c.rules);
}

/**
 * Outcome figures that differ by more than `share` of the reference. Counts are whole people, so
 * one person either way is within tolerance (a casualty on the border of two triage classes).
 */
export function outcomeWithin(ref: DrillState["casualties"], other: DrillState["casualties"], share: number): string[] {
  return (Object.keys(ref) as Array<keyof DrillState["casualties"]>).flatMap((k) =>
    Math.abs(ref[k] - other[k]) <= Math.max(1, share * ref[k]) ? [] : [`${k}: ${ref[k]} at the reference tick, ${other[k]}`]);
}
