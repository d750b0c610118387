/** The hazard block of a scenario: one entry per model, told apart by `model`. */
import { z } from "zod";
import { ChemicalReleaseParams } from "./hazard-chemical.ts";

export const HazardParams = z.discriminatedUnion("model", [ChemicalReleaseParams]);
export type HazardParams = z.infer<typeof HazardParams>;
