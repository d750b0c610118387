/**
 * Whether a protective order a finding would condemn did harm (review12 chemical 1; issue 10 §9, §11). A
 * protective-action finding condemns the act itself (群众防护不当) only when the drill replayed with that act
 * corrected — the order for that group replaced by the ERG's course (shelter in place, then move once the
 * release stopped), everything else unchanged — does less harm; otherwise the act is no fault and only its
 * timing is (群众防护迟延). The engine is deterministic, so the replay is the same scenario and seed.
 *
 *   ProtectRerun(order, group, course)  order: the log index of the evacuationOrdered / shelterOrdered event;
 *                                       group: the population group judged; course: the commands for that group
 *                                       in its place (type and time; the giver is the order's). Returns true
 *                                       (the course does less harm: the act is condemned), false (it does not),
 *                                       undefined (no replay: no commands, or no destination to move people to).
 * The measure is the preventable harm's (preventable.ts `measure`: per-person points by grade), so "less harm"
 * is the grading's own.
 */
import type { Command } from "../model/commands.ts";
import { amend } from "./cause-reruns.ts";
import type { EvalContext } from "./context.ts";

export type ProtectRerun = (order: number, group: string, course: ReadonlyArray<{ type: "shelter" | "evacuate"; at: number }>) => boolean | undefined;

type Cmd = Command & { by?: string; groups?: string[]; destination?: string };

/** ERG: shelter in place when the cloud is on the people, air or leave the building once it has passed. */
export const BASIS_KEPT = "《应急响应指南》（ERG 2024）防护行动区：就地避险适用于毒气团短时通过，毒气团过后应通风或撤离建筑物";

/** The replay of a protective order's correction (header); `best`: the scenario's best play (a destination to move people to). */
export function protectRerun(x: EvalContext, commands: readonly Command[], best: readonly Command[], measure: (commands: readonly Command[]) => number): ProtectRerun {
  let base: number | undefined;
  return (order, group, course) => {
    const e = x.events[order];
    const seq = e !== undefined && "seq" in e ? (e as { seq: number }).seq : undefined;
    const cmd = commands.find((c) => c.seq === seq) as Cmd | undefined;
    if (cmd === undefined || cmd.by === undefined) return undefined;
    // where people are moved to: the play's own order's, else the best play's for that group
    const dest = (cmd.type === "evacuate" ? cmd.destination : undefined) ?? (best.find((c) => c.type === "evacuate" && ((c as Cmd).groups ?? []).includes(group)) as Cmd | undefined)?.destination;
    if (course.some((k) => k.type === "evacuate") && dest === undefined) return undefined;
    // the order kept for its other groups, with its own seq (its place among its tick's commands)
    const rest = (cmd.groups ?? []).filter((g) => g !== group);
    const kept = rest.length > 0 ? commands.map((c) => (c === cmd ? ({ ...cmd, groups: rest } as Command) : c)) : commands;
    const added = course.map((k) => ({ at: k.at, by: cmd.by, type: k.type, groups: [group], ...(k.type === "evacuate" ? { destination: dest } : {}) }) as unknown as Command);
    const fixed = amend(kept, (c) => c === cmd, added);
    base ??= measure(commands);
    return measure(fixed) < base - 1e-4;
  };
}
