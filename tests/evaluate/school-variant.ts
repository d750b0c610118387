/**
 * The school fire's poor play with one command changed (the reviewers' variant plays, review12 school): `drop` removes
 * the poor play's commands it matches, `extra` adds commands ([clock, by, fields]); run at seed 7 with the scenario's
 * best play, evaluated on the default rubric. `cleared` reruns each condemned command's correction (cause-reruns.ts).
 */
import type { Command } from "../../engine/model/commands.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import { cmd, compiled, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, logKey, once, rubric } from "./fixtures.ts";

export interface SchoolVariant {
  report: ReportModel;
  events: readonly DrillEvent[];
}

export function schoolVariant(drop: (c: Command) => boolean = () => false, extra: Array<[string, string, Record<string, unknown>]> = [], withCommands = false): SchoolVariant {
  const c = compiled("school-fire");
  const base = playOf(c, `${SCENARIOS}/plays/school-fire.poor.yaml`).filter((x) => !drop(x));
  const commands = [...base, ...extra.map(([at, by, f], i) => cmd(at, by, f, 1000 + i))];
  // the same variant asked for in several files (the poor play itself in a dozen) is replayed and evaluated once per
  // test run (fixtures.ts once)
  return once(`school-fire/variant/${logKey(commands)}/${withCommands ? "reruns" : "plain"}`, () => {
    const best = bestPlay("school-fire", c);
    const r = runKeepingReference(c, 7, commands, best);
    const report = evaluate(c, r.events, r.state, rubric(), undefined, best, withCommands ? { commands } : {});
    return { report, events: r.events };
  });
}
