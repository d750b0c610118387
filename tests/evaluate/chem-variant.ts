/**
 * The chemical leak's poor play with commands changed (the reviewers' variant plays): `judge(commands)` runs a play at
 * seed 7 and evaluates it on the default rubric with the scenario's best play (and the play's own commands, so causes are
 * replayed); `poorPlay()` the shipped poor play's commands; `sorted` orders commands as a play file does.
 */
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import type { Command } from "../../engine/model/commands.ts";
import { compiled, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";

export const chem = compiled("chemical-leak");
export const poorPlay = (): Command[] => playOf(chem, `${SCENARIOS}/plays/chemical-leak.poor.yaml`);
export function judge(commands: Command[]): ReportModel {
  const r = runPlay(chem, commands, 7);
  return evaluate(chem, r.events, r.state, rubric(), undefined, bestPlay("chemical-leak", chem), { commands });
}
export const sorted = (k: Command[]): Command[] => k.sort((a, b) => a.at - b.at || a.seq - b.seq);
