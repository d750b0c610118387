/** Cross-reference checks a schema cannot express: ids that must exist, a connected road network, … */
import { parseClock, parseStart } from "../model/time.ts";
import { checkHazard, type Finding } from "./check-hazard.ts";
import { checkIncident } from "./check-incident.ts";
import { resolvePath, varied } from "./uncertain.ts";
import type { Scenario } from "./schema.ts";

/** A drill of a week at most (multi-day drills exist; a 999-hour one is a typo). */
const MAX_DURATION_MS = 168 * 3600_000;

export function checkScenario(s: Scenario): Finding[] {
  const out: Finding[] = [];
  const places = new Set(s.map.places.map((p) => p.id));
  const agencies = new Set(s.agencies.map((a) => a.id));
  const units = new Set(s.units.map((u) => u.id));
  const groups = new Set(s.populations.map((g) => g.id));
  const injects = new Set(s.injects.map((i) => i.id));

  const need = (set: Set<string>, id: string | undefined, path: Finding["path"], what: string) => {
    if (id !== undefined && !set.has(id)) out.push({ path, message: `no ${what} "${id}"`, expected: `a ${what} id defined in this file` });
  };

  duplicates(s.map.places.map((p) => p.id), ["map", "places"], out);
  duplicates(s.agencies.map((a) => a.id), ["agencies"], out);
  duplicates(s.units.map((u) => u.id), ["units"], out);
  duplicates(s.populations.map((g) => g.id), ["populations"], out);
  duplicates(s.injects.map((i) => i.id), ["injects"], out);

  need(places, s.incidentPlace, ["incidentPlace"], "place");
  need(agencies, s.incidentAgency, ["incidentAgency"], "agency");
  need(agencies, s.leadAgency, ["leadAgency"], "agency");

  s.map.roads.forEach((r, i) => {
    need(places, r.from, ["map", "roads", i, "from"], "place");
    need(places, r.to, ["map", "roads", i, "to"], "place");
    if (r.from === r.to) out.push({ path: ["map", "roads", i, "to"], message: "a road from a place to itself", expected: "two different places" });
  });
  // a place cut off only by a road to a misspelt place (listed above) is that typo's knock-on, not a second problem
  const meant = roadsAsMeant(s.map.roads, places);
  const cutOffAnyway = new Set(unreachable({ ...s, map: { ...s.map, roads: meant } }));
  unreachable(s).filter((i) => cutOffAnyway.has(i)).forEach((i) =>
    out.push({ path: ["map", "places", i], message: `place "${s.map.places[i]!.id}" is not connected to the road network`, expected: `a road linking it to "${s.incidentPlace}"` }),
  );

  s.agencies.forEach((a, i) => {
    need(agencies, a.reportsTo, ["agencies", i, "reportsTo"], "agency");
    need(places, a.base, ["agencies", i, "base"], "place");
    if (a.reportsTo === a.id) out.push({ path: ["agencies", i, "reportsTo"], message: "an agency cannot report to itself", expected: "another agency id" });
    // a kind played through this seat is one the scenario has no agency of, and does not declare out of scope
    a.plays.forEach((k, j) => {
      if (s.agencies.some((b) => b.kind === k)) out.push({ path: ["agencies", i, "plays", j], message: `the scenario has an agency of kind "${k}" already`, expected: "a kind of agency the scenario has none of" });
      else if (s.notDrilled.some((n) => n.agency === k)) out.push({ path: ["agencies", i, "plays", j], message: `"${k}" is also declared not drilled (notDrilled)`, expected: "a kind either played through this seat or declared not drilled, not both" });
    });
  });
  s.units.forEach((u, i) => {
    need(agencies, u.agency, ["units", i, "agency"], "agency");
    need(places, u.base, ["units", i, "base"], "place");
  });
  s.populations.forEach((g, i) => need(places, g.place, ["populations", i, "place"], "place"));

  if (!parseStart(s.clock.start)) out.push({ path: ["clock", "start"], message: `"${s.clock.start}" is not a real date and time`, expected: 'an existing date and time with its zone, e.g. "2026-06-12T09:40:00+08:00" (seconds optional)' });
  const durationMs = parseClock(s.clock.duration) ?? 0;
  if (durationMs <= 0) out.push({ path: ["clock", "duration"], message: "the drill has no duration", expected: 'a duration such as "04:00:00"' });
  if (durationMs > MAX_DURATION_MS) out.push({ path: ["clock", "duration"], message: `${s.clock.duration} is longer than a week`, expected: 'at most "168:00:00"' });
  out.push(...checkIncident(s, durationMs));

  let last = -1;
  s.weather.forEach((w, i) => {
    const t = parseClock(w.at) ?? 0;
    if (i === 0 && t !== 0) out.push({ path: ["weather", 0, "at"], message: `the first weather entry starts at ${w.at}`, expected: '"00:00:00"' });
    if (t <= last) out.push({ path: ["weather", i, "at"], message: `${w.at} is not after the previous entry`, expected: "entries in increasing time order" });
    last = t;
  });

  s.injects.forEach((inj, i) => {
    inj.to.forEach((a, j) => need(agencies, a, ["injects", i, "to", j], "agency"));
    if (inj.askedBy !== undefined) need(agencies, inj.askedBy, ["injects", i, "askedBy"], "agency");
    // a report is owed to an agency of the drill, never to the director (rules/inject-duties.ts openDemand)
    if (inj.reportDemand !== undefined && inj.askedBy === undefined) out.push({ path: ["injects", i, "reportDemand"], message: "a demand for a report names no agency to report to", expected: "askedBy: the agency asking" });
    // a request for help is owed by an agency it reached, at a place the map has (help-requests.ts)
    inj.requests?.forEach((r, j) => {
      need(agencies, r.agency, ["injects", i, "requests", j, "agency"], "agency");
      if (!inj.to.includes(r.agency)) out.push({ path: ["injects", i, "requests", j, "agency"], message: `${r.agency} is asked for help but the inject does not reach it`, expected: `one of ${inj.to.join(", ")}` });
      if (r.place !== undefined) need(places, r.place, ["injects", i, "requests", j, "place"], "place");
    });
    // a report to pass on tells its receivers of the incident, and goes to an agency it did not reach (forwarding.ts)
    inj.forwardTo?.forEach((a, j) => {
      need(agencies, a, ["injects", i, "forwardTo", j], "agency");
      if (inj.to.includes(a)) out.push({ path: ["injects", i, "forwardTo", j], message: `${a} already receives the inject`, expected: "an agency the inject does not reach" });
    });
    inj.asksFor?.forEach((g, j) => need(groups, g, ["injects", i, "asksFor", j], "population group"));
    if (inj.forwardTo !== undefined && inj.notifies !== true) out.push({ path: ["injects", i, "forwardTo"], message: "only a report of the incident (notifies: true) is passed on", expected: "notifies: true" });
    if (inj.at !== undefined && (parseClock(inj.at) ?? 0) > durationMs) {
      out.push({ path: ["injects", i, "at"], message: `${inj.at} is after the drill ends (${s.clock.duration})`, expected: "a time within clock.duration" });
    }
    if (inj.when) {
      need(units, inj.when.unit, ["injects", i, "when", "unit"], "unit");
      need(injects, inj.when.inject, ["injects", i, "when", "inject"], "inject");
      need(agencies, inj.when.agency, ["injects", i, "when", "agency"], "agency");
      if (inj.when.inject === inj.id) out.push({ path: ["injects", i, "when", "inject"], message: "an inject cannot wait for itself", expected: "another inject id" });
    }
    inj.effects?.casualties.forEach((c, j) => need(groups, c.group, ["injects", i, "effects", "casualties", j, "group"], "population group"));
  });
  s.requirements.forEach((r, i) => need(places, r.place, ["requirements", i, "place"], "place"));
  if (s.injects.length > 0 && !s.injects.some((i) => i.notifies)) {
    out.push({ path: ["injects"], message: "no inject tells anyone of the incident, so no agency would ever be notified", expected: "`notifies: true` on the alarm inject(s)" });
  }
  s.uncertain.forEach((p, i) => out.push(...checkUncertain(s, p, i)));

  return [...out, ...checkHazard(s)];
}

/** An uncertain parameter must name numbers in this file, and its spread must not flip their sign (angles wrap). */
function checkUncertain(s: Scenario, p: Scenario["uncertain"][number], i: number): Finding[] {
  const hits = resolvePath(s, p.path);
  const path = ["uncertain", i, "path"];
  if (hits.length === 0 || hits.some((h) => typeof h.value !== "number")) {
    return [{ path, message: `"${p.path}" does not name a number in this scenario`, expected: 'a dotted path to a number, e.g. "hazard.holeAreaCm2" or "weather.*.windFromDeg"' }];
  }
  if (/Deg$/.test(p.path)) return [];
  const flips = hits.some((h) => {
    const v = h.value as number;
    return Math.sign(varied(v, p, 0, false)) !== Math.sign(v) || Math.sign(varied(v, p, 1, false)) !== Math.sign(v);
  });
  return flips ? [{ path: ["uncertain", i, "plusMinus"], message: `±${p.plusMinus}${p.relative ? " (relative)" : ""} can take "${p.path}" through zero`, expected: p.relative ? "a fraction below 1" : "a spread smaller than the value" }] : [];
}

function duplicates(ids: string[], path: Finding["path"], out: Finding[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push({ path: [...path, i, "id"], message: `duplicate id "${id}"`, expected: "ids unique within the list" });
    seen.add(id);
  });
}

/** Edit distance (insert, delete, substitute, swap two neighbours: a typo), for guessing which place a misspelt id meant. */
function typoDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The roads with each unknown end read as the one place it is a typo of (at most 2 edits, a single nearest);
 * the same array when no road names an unknown place.
 */
function roadsAsMeant(roads: Scenario["map"]["roads"], places: ReadonlySet<string>): Scenario["map"]["roads"] {
  if (roads.every((r) => places.has(r.from) && places.has(r.to))) return roads;
  const guess = (id: string) => {
    if (places.has(id)) return id;
    const near = [...places].map((p) => ({ p, d: typoDistance(id, p) })).filter((x) => x.d <= 2).sort((x, y) => x.d - y.d);
    return near.length > 0 && (near.length === 1 || near[0]!.d < near[1]!.d) ? near[0]!.p : id;
  };
  return roads.map((r) => ({ ...r, from: guess(r.from), to: guess(r.to) }));
}

/** Indexes of places that no road path connects to the incident place (roads taken both ways). */
function unreachable(s: Scenario): number[] {
  // no such incident place (listed as its own problem): "not connected to it" would be that typo's knock-on at every place
  if (!s.map.places.some((p) => p.id === s.incidentPlace)) return [];
  const adj = new Map<string, string[]>();
  for (const r of s.map.roads) {
    adj.set(r.from, [...(adj.get(r.from) ?? []), r.to]);
    adj.set(r.to, [...(adj.get(r.to) ?? []), r.from]);
  }
  const seen = new Set<string>([s.incidentPlace]);
  const queue = [s.incidentPlace];
  while (queue.length > 0) {
    const p = queue.shift()!;
    for (const q of adj.get(p) ?? []) if (!seen.has(q)) (seen.add(q), queue.push(q));
  }
  return s.map.places.flatMap((p, i) => (seen.has(p.id) ? [] : [i]));
}
