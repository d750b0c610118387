/** Schema building blocks shared by the scenario, rules and play formats. */
import { z } from "zod";

export const Id = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, { message: "an id of letters, digits, '-' or '_', starting with a letter" });

export const LocalText = z
  .object({ zh: z.string().min(1), en: z.string().min(1) })
  .strict()
  .describe("Text in Chinese (zh) and English (en)");

/** "HH:MM:SS" counted from the drill's start. */
export const Clock = z
  .string()
  .regex(/^\d{1,3}:[0-5]\d:[0-5]\d$/, { message: 'a drill time "HH:MM:SS"' })
  .describe('Drill time "HH:MM:SS" from the start');

/** A map coordinate, m from the map origin: a county or city map stays well within 1,000 km. */
export const Coordinate = z.number().min(-1_000_000).max(1_000_000);

/** List sizes a file may not exceed: generous for real drills, a bound for careless or hostile files. */
export const MAX_ITEMS = { places: 5000, roads: 20_000, agencies: 500, units: 5000, populations: 5000, weather: 2000, injects: 5000, requirements: 1000, commands: 20_000 } as const;

export const Basis = z.string().min(1).describe("The law and article, standard or local document this rule rests on");
