/**
 * Inputs outside the chemical model's range (warnings, not errors: the drill still runs, but the
 * trainer should know the physics is stretched):
 * - a stability class the Pasquill–Gifford table does not give for that wind and time of day
 *   (Turner's key, hazards.md §1.3; D, overcast, is allowed day and night);
 * - wind below 1 m/s: Gaussian plume and puff models are not valid in calm (hazards.md §1.3 clamps);
 * - a tank that empties before the first puff step (the whole release happens in one step).
 */
import type { Finding } from "../../scenario/check-hazard.ts";
import type { ChemicalReleaseParams } from "../../scenario/hazard-chemical.ts";
import type { Scenario } from "../../scenario/schema.ts";
import { liquidRateKgS } from "./source.ts";

/** Classes the table allows by wind band (u₁₀ < 2, 2–3, 3–5, 5–6, ≥ 6 m/s), either cell of a two-class entry. */
const DAY = ["ABD", "ABCD", "BCD", "CD", "CD"] as const;
const NIGHT = ["DEF", "DEF", "DE", "D", "D"] as const;
const BANDS = ["below 2", "2–3", "3–5", "5–6", "6 or more"] as const;
/** ALOHA-like Gaussian models are invalid below 1 m/s at 10 m (hazards.md §1.3). */
export const MIN_GAUSSIAN_WIND_MS = 1;

function band(u: number): number {
  return u < 2 ? 0 : u < 3 ? 1 : u < 5 ? 2 : u < 6 ? 3 : 4;
}

/** The classes Pasquill–Gifford allows for a 10-m wind `u` (m/s), by day or night. */
export function allowedClasses(u: number, daytime: boolean): string {
  return (daytime ? DAY : NIGHT)[band(u)]!;
}

export function chemicalWarnings(s: Scenario): Finding[] {
  const p = s.hazard as ChemicalReleaseParams;
  const out: Finding[] = [];
  s.weather.forEach((w, i) => {
    const allowed = allowedClasses(w.windSpeedMs, w.daytime);
    if (!allowed.includes(w.stability)) {
      out.push({
        path: ["weather", i, "stability"],
        message: `class ${w.stability} with a ${w.windSpeedMs} m/s wind by ${w.daytime ? "day" : "night"} is outside the Pasquill–Gifford table`,
        expected: `one of ${allowed.split("").join(", ")} for ${BANDS[band(w.windSpeedMs)]} m/s by ${w.daytime ? "day" : "night"} (Turner's key)`,
      });
    }
    if (w.windSpeedMs < MIN_GAUSSIAN_WIND_MS) {
      out.push({ path: ["weather", i, "windSpeedMs"], message: `${w.windSpeedMs} m/s is calm: the Gaussian puff model is not valid below ${MIN_GAUSSIAN_WIND_MS} m/s`, expected: `a wind of at least ${MIN_GAUSSIAN_WIND_MS} m/s` });
    }
  });
  const firstStepKg = liquidRateKgS(p, p.holeAreaCm2 / 1e4) * p.stepS;
  if (firstStepKg >= p.inventoryKg) {
    out.push({
      path: ["hazard", "inventoryKg"],
      message: `the tank (${p.inventoryKg} kg) empties before the first ${p.stepS}-s puff step (${Math.round(firstStepKg)} kg would leave in it)`,
      expected: "more inventory, a smaller hole or a shorter hazard.stepS",
    });
  }
  return out;
}
