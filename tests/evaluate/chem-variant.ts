/**
 * The chemical leak's poor play with commands changed (the reviewers' variant plays): `judge(commands)` runs a play at
 * seed 7 and evaluates it on the default rubric with the scenario's best play (and the play's own commands, so causes are
 * replayed); `poorPlay()` the shipped poor play's commands; `sorted` orders commands as a play file does.
 */
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import type { Command } from "../../engine/model/commands.ts";
import { compiled, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, logKey, once, rubric } from "./fixtures.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";

export const chem = compiled("chemical-leak");
export const poorPlay = (): Command[] => playOf(chem, `${SCENARIOS}/plays/chemical-leak.poor.yaml`);
export function judge(commands: Command[]): ReportModel {
  // the same variant judged in several files (chem-r22-knew, once-r22 and mark-deadlines judge the r22 plays) is
  // replayed and evaluated, cause reruns and all, once per test run (fixtures.ts once)
  return once(`chemical-leak/judge/${logKey(commands)}`, () => {
    const r = runKeepingReference(chem, 7, commands, bestPlay("chemical-leak", chem));
    return evaluate(chem, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", chem), { commands });
  });
}
export const sorted = (k: Command[]): Command[] => k.sort((a, b) => a.at - b.at || a.seq - b.seq);
