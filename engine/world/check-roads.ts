/**
 * Road checks by direction (one-way roads count one way): every unit can reach the incident place
 * and each requirement's place it could serve, and get back to its base from there. A scenario
 * that passes can never strand a unit the response needs.
 */
import type { Compiled } from "../compile.ts";
import type { Finding } from "../scenario/check-hazard.ts";
import { reachableFrom } from "./graph.ts";

export function checkRoads(c: Compiled): Finding[] {
  const out: Finding[] = [];
  const s = c.scenario;
  const from = new Map<string, Set<string>>();
  const reach = (p: string) => from.get(p) ?? from.set(p, reachableFrom(c.graph, p)).get(p)!;
  const targets = [
    { place: s.incidentPlace, path: ["incidentPlace"], types: undefined as readonly string[] | undefined },
    ...s.requirements.map((r, i) => ({ place: r.place, path: ["requirements", i, "place"], types: r.unitType })),
  ];
  // a misspelt place (listed by the reference checks) is no route problem: "cannot reach" it would be its knock-on
  const places = new Set(s.map.places.map((p) => p.id));
  s.units.forEach((u, i) => {
    if (!places.has(u.base)) return;
    for (const t of targets) {
      if ((t.types && !t.types.includes(u.type)) || !places.has(t.place)) continue;
      if (!reach(u.base).has(t.place)) {
        out.push({ path: t.path, message: `unit "${u.id}" cannot reach "${t.place}" from its base "${u.base}" (one-way roads)`, expected: `a road by direction from "${u.base}" to "${t.place}"` });
      } else if (!reach(t.place).has(u.base)) {
        out.push({ path: ["units", i, "base"], message: `unit "${u.id}" can reach "${t.place}" but not get back to its base "${u.base}" (one-way roads)`, expected: `a road by direction from "${t.place}" back to "${u.base}"` });
      }
    }
  });
  return out;
}
