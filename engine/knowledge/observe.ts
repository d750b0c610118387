/**
 * What units on scene see and tell their own agency (design.md "what its own units on scene
 * observe"): monitoring units measure the air, weather vans the wind, and units that rescue
 * or treat at a place count the casualties of the people there.
 */
import { weatherAt } from "../compile.ts";
import { groupCasualties } from "../people/exposure.ts";
import type { Reading } from "../model/state.ts";
import type { Tx } from "../tx.ts";
import { distance } from "../world/graph.ts";
import { learnCasualties } from "./deliver.ts";

/** how far from a unit's place the people it rescues or treats are counted, m */
const SEE_RADIUS_M = 300;

export function observe(tx: Tx): void {
  for (const u of tx.s.units) {
    if (u.status !== "working" || !u.task) continue;
    const def = tx.c.units.get(u.id)!;
    if (u.task === "monitor" || u.task === "detect") {
      const ppm = tx.c.hazard.concentrationAt?.(tx.s.hazard, u.pos);
      if (ppm !== undefined) record(tx, def.agency, { unit: u.id, place: u.at, atMs: tx.t, ppm: Math.round(ppm * 100) / 100 });
    } else if (u.task === "weatherObs") {
      const w = weatherAt(tx.c, tx.t);
      record(tx, def.agency, { unit: u.id, place: u.at, atMs: tx.t, windFromDeg: w.windFromDeg, windSpeedMs: w.windSpeedMs });
    } else if (u.task === "rescue" || u.task === "treat") {
      const seen = { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 };
      for (const g of tx.s.groups) {
        if (distance(tx.c.graph.places.get(tx.c.groups.get(g.id)!.place)!, u.pos) > SEE_RADIUS_M) continue;
        const c = groupCasualties(g);
        seen.deaths += Math.round(c.deaths);
        seen.seriousInjuries += Math.round(c.seriousInjuries);
        seen.injured += Math.round(c.injured);
      }
      if (seen.deaths + seen.seriousInjuries + seen.injured > 0) learnCasualties(tx, def.agency, seen);
    }
  }
}

function record(tx: Tx, agency: string, r: Reading): void {
  const i = tx.s.knowledge.findIndex((k) => k.agency === agency);
  if (i < 0) return;
  const k = tx.s.knowledge[i]!;
  tx.s.knowledge[i] = { ...k, readings: [...k.readings.filter((x) => x.unit !== r.unit), r] };
}
