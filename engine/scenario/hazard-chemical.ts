/** Scenario block for the chemical-release model (hazards.md §1). */
import { z } from "zod";
import { Clock, Id } from "./common.ts";

/** The chemicals the chemical-release model knows (hazards/chemical/properties.ts). */
export const Chemical = z.enum(["chlorine", "ammonia"]);

export const ChemicalReleaseParams = z
  .object({
    model: z.literal("chemical-release"),
    chemical: Chemical,
    /** the tank: a place on the map */
    source: Id.describe("Place id of the leaking tank"),
    startAt: Clock.default("00:00:00"),
    inventoryKg: z.number().positive().describe("Liquid mass in the tank at the start"),
    holeAreaCm2: z.number().positive(),
    /** liquid head above the hole, m */
    liquidHeadM: z.number().min(0).default(1),
    /** tank temperature, °C (the vapour pressure follows from it) */
    tankTempC: z.number().min(-30).max(50).default(20),
    dischargeCoefficient: z.number().min(0.3).max(1).default(0.63),
    /** share of the Bernoulli liquid rate a two-phase jet reaches (hazards.md §1.2: 0.6–0.8) */
    twoPhaseFactor: z.number().min(0.1).max(1).default(0.7),
    releaseHeightM: z.number().min(0).max(50).default(1),
    roughness: z.enum(["rural", "urban"]).default("rural"),
    /**
     * Wind meander (hazards.md §1.5 "wind-direction uncertainty"): each puff step the direction
     * drifts by up to ± this many degrees around the scheduled one, from the seeded "met" stream.
     * 0 keeps the scheduled wind exactly.
     */
    meanderDeg: z.number().min(0).max(30).default(0),
    /** the puff step, s (any length: a tick runs every step due by its end) */
    stepS: z.number().int().positive().max(600).default(10),
    /** the threat-zone raster: update period (s), cell size (m) and half-extent (m) */
    zones: z
      .object({
        everyS: z.number().int().min(10).max(3600).default(60),
        cellM: z.number().int().min(10).max(500).default(50),
        extentM: z.number().int().min(500).max(50_000).default(6000),
      })
      .strict()
      .default({ everyS: 60, cellM: 50, extentM: 6000 }),
    /** what players' tasks do to the source */
    tasks: z
      .object({
        /** 堵漏: unit-seconds of work to plug the hole */
        plugLeak: z.object({ workS: z.number().int().positive() }).strict().default({ workS: 1200 }),
        /** 关阀: unit-seconds to close the upstream valve (stops the leak) */
        closeValve: z.object({ workS: z.number().int().positive() }).strict().default({ workS: 600 }),
        /** 水幕: share of the airborne rate knocked down while a curtain is staffed */
        waterCurtain: z.object({ knockDown: z.number().min(0).max(0.9) }).strict().default({ knockDown: 0.2 }),
      })
      .strict()
      .default({ plugLeak: { workS: 1200 }, closeValve: { workS: 600 }, waterCurtain: { knockDown: 0.2 } }),
  })
  .strict();
export type ChemicalReleaseParams = z.infer<typeof ChemicalReleaseParams>;
