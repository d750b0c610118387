/**
 * A unit whose crew is dead or seriously injured, every one of them (the engine's own crew casualties,
 * people/tick.ts crewCasualties: shares of the crew by its toxic load, rounded to whole people as the
 * report prints them), can neither drive nor work: it takes no further order (dispatch or recall is
 * refused `unitCrewLost`; newcomer23 8: ambulance 3, its crew of 3 dead, was recalled and drove home).
 * Hazards with no toxicology never disable a crew.
 */
import type { Compiled } from "../compile.ts";
import type { DrillState } from "../model/state.ts";
import { crewCasualties } from "../people/tick.ts";

export function crewLost(c: Pick<Compiled, "hazard" | "scenario" | "units">, s: Pick<DrillState, "units">, id: string): boolean {
  const def = c.units.get(id);
  const u = s.units.find((x) => x.id === id);
  const tox = c.hazard.toxicology?.(c.scenario);
  if (!def || !u || !tox || def.crew <= 0) return false;
  const lost = crewCasualties(u, def.crew, tox);
  return Math.round(lost.deaths + lost.seriousInjuries) >= def.crew;
}
