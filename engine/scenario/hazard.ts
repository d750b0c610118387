/** The hazard block of a scenario: one entry per model, told apart by `model`. */
import { z } from "zod";
import { ChemicalReleaseParams } from "./hazard-chemical.ts";
import { MineFloodParams } from "./hazard-mine-flood.ts";
import { BuildingFireParams } from "./hazard-building-fire.ts";

export const HazardParams = z.discriminatedUnion("model", [ChemicalReleaseParams, BuildingFireParams, MineFloodParams]);
export type HazardParams = z.infer<typeof HazardParams>;
