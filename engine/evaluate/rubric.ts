/**
 * Which rubric a scenario asks for: its `rubric:` key names a profile in scenarios/rubrics/
 * or holds one inline; without it, the profile "default". Loading a named file is the shell's job.
 */
import type { RubricProfile } from "../scenario/rubric-schema.ts";
import type { Scenario } from "../scenario/schema.ts";

export const DEFAULT_RUBRIC = "default";

export type RubricRef = { type: "profile"; profile: RubricProfile } | { type: "id"; id: string };

export function rubricRef(s: Scenario): RubricRef {
  if (s.rubric === undefined) return { type: "id", id: DEFAULT_RUBRIC };
  return typeof s.rubric === "string" ? { type: "id", id: s.rubric } : { type: "profile", profile: s.rubric };
}
