/**
 * The school fire's poor play with one command changed (the reviewers' variant plays, review12 school): `drop` removes
 * the poor play's commands it matches, `extra` adds commands ([clock, by, fields]); run at seed 7 with the scenario's
 * best play, evaluated on the default rubric. `cleared` reruns each condemned command's correction (cause-reruns.ts).
 */
import type { Command } from "../../engine/model/commands.ts";
import { playVariant, type Extra, type Variant } from "./play-variant.ts";

export type SchoolVariant = Variant;

export function schoolVariant(drop?: (c: Command) => boolean, extra: Extra = [], withCommands = false): SchoolVariant {
  return playVariant("school-fire", drop, extra, withCommands);
}
