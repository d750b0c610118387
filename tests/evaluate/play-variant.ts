/**
 * A shipped poor play with commands changed (the reviewers' variant plays): `drop` removes the poor play's commands it
 * matches, `extra` adds commands ([clock, by, fields]); run at seed 7 with the scenario's best play, evaluated on the
 * default rubric. `withCommands`: the play's commands go to the evaluator, so each condemned command's correction is
 * replayed (cause-reruns.ts) and harm is shared by its causes. Made once per test run (fixtures.ts once).
 */
import type { Command } from "../../engine/model/commands.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import { cmd, compiled, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, logKey, once, rubric } from "./fixtures.ts";

export interface Variant {
  report: ReportModel;
  events: readonly DrillEvent[];
}

/** an added command: [clock "HH:MM:SS", agency, the command's fields] */
export type Extra = Array<[string, string, Record<string, unknown>]>;

export function playVariant(id: string, drop: (c: Command) => boolean = () => false, extra: Extra = [], withCommands = false): Variant {
  const c = compiled(id);
  const base = playOf(c, `${SCENARIOS}/plays/${id}.poor.yaml`).filter((x) => !drop(x));
  const commands = [...base, ...extra.map(([at, by, f], i) => cmd(at, by, f, 1000 + i))];
  // the same variant asked for in several files (the poor play itself in a dozen) is replayed and evaluated once per
  // test run (fixtures.ts once)
  return once(`${id}/variant/${logKey(commands)}/${withCommands ? "reruns" : "plain"}`, () => {
    const best = bestPlay(id, c);
    const r = runKeepingReference(c, 7, commands, best);
    const report = evaluate(c, r.events, r.state, rubric(), undefined, best, withCommands ? { commands } : {});
    return { report, events: r.events };
  });
}
