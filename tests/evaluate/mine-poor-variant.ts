/** One-change variants of the mine-flood poor play (seed 7), run and evaluated as the shells do (review17 mine table B). */
import { readFileSync } from "node:fs";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { playFromText } from "../../cli/files.ts";
import { playCommands } from "../../engine/replay.ts";
import { SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric, type Drill } from "./fixtures.ts";
import type { BestPlay } from "../../engine/evaluate/references.ts";

export const poor = drill("mine-flood", "poor");
const best = bestPlay("mine-flood", poor.c);
/** The poor play's text (scenarios/plays/mine-flood.poor.yaml). */
export const POOR = readFileSync(`${SCENARIOS}/plays/mine-flood.poor.yaml`, "utf8");

/** The report of a play given as YAML text (the poor play with one command changed). */
export function variant(text: string): ReportModel {
  return variantOf(poor, best, text);
}

/** The report of a play of `d`'s scenario given as YAML text, seed 7, graded against `ref` (its best play). */
export function variantOf(d: Drill, ref: BestPlay | undefined, text: string): ReportModel {
  const play = playFromText(text, "variant.yaml", d.c);
  if (!play.ok) throw new Error(play.problems.map((p) => p.message).join("\n"));
  const commands = playCommands(play.value);
  const r = runKeepingReference(d.c, 7, commands, ref);
  return evaluate(d.c, r.events, r.state, rubric(), undefined, ref, { commands });
}
