/**
 * When the accident occurs and when it is found (scenario `incidentAt`, `incidentFoundAt`; issue 10 §5):
 * both optional (the hazard's onset; the accident's time) and, when given, within the drill; the accident at the hazard's own onset (a leak's or a fire's `startAt`, a mine's
 * first inrush: a source's inflow reaching its `inrushM3h`), since the rules counted "from occurrence" start
 * there; the finding at a notifying inject (`at`) to the incident agency or one of its organs (an agency
 * reporting to it: the mine's dispatch room), since that is how the incident unit learns of it. Errors carry
 * the field's path, which the loader turns into file:line.
 */
import { parseClock } from "../model/time.ts";
import type { Finding } from "./check-hazard.ts";
import type { Scenario } from "./schema.ts";

/** The hazard's onset, ms of drill time, and how it is named in a message; undefined when the model has none. */
export function hazardOnset(s: Scenario): { ms: number; what: string } | undefined {
  const h = s.hazard;
  if (h.model === "chemical-release") return { ms: parseClock(h.startAt) ?? 0, what: "hazard.startAt (the release)" };
  if (h.model === "building-fire") return { ms: parseClock(h.fire.startAt) ?? 0, what: "hazard.fire.startAt (the fire)" };
  if (h.model === "mine-flood") {
    const starts = h.sources.flatMap((src) => {
      if (src.schedule) {
        const p = src.schedule.find((q) => q.m3h >= src.inrushM3h);
        return p ? [parseClock(p.at) ?? 0] : [];
      }
      return src.decay && src.decay.peakM3h >= src.inrushM3h ? [parseClock(src.decay.startAt) ?? 0] : [];
    });
    return starts.length > 0 ? { ms: Math.min(...starts), what: "the first inrush (a source's inflow reaching its inrushM3h)" } : undefined;
  }
  return undefined;
}

const hms = (ms: number) => [3600_000, 60_000, 1000].map((u, i) => String(Math.floor(ms / u) % (i === 0 ? 1000 : 60)).padStart(2, "0")).join(":");

export function checkIncident(s: Scenario, durationMs: number): Finding[] {
  const out: Finding[] = [];
  if (s.incidentAt === undefined) return checkFound(s, durationMs);
  const at = parseClock(s.incidentAt) ?? 0;
  if (at > durationMs) out.push({ path: ["incidentAt"], message: `${s.incidentAt} is after the drill ends (${s.clock.duration})`, expected: "a time within clock.duration" });
  const onset = hazardOnset(s);
  if (onset && onset.ms !== at) {
    out.push({ path: ["incidentAt"], message: `the accident is at ${s.incidentAt}, but ${onset.what} is at ${hms(onset.ms)}`, expected: `"${hms(onset.ms)}", the hazard's own onset` });
  }
  return [...out, ...checkFound(s, durationMs)];
}

function checkFound(s: Scenario, durationMs: number): Finding[] {
  const out: Finding[] = [];
  if (s.incidentFoundAt === undefined) return out;
  const found = parseClock(s.incidentFoundAt) ?? 0;
  if (found > durationMs) out.push({ path: ["incidentFoundAt"], message: `${s.incidentFoundAt} is after the drill ends (${s.clock.duration})`, expected: "a time within clock.duration" });
  const unit = new Set([s.incidentAgency, ...s.agencies.filter((a) => a.reportsTo === s.incidentAgency).map((a) => a.id)]);
  const telling = s.injects.filter((i) => i.notifies && i.at !== undefined && i.to.some((a) => unit.has(a)));
  if (!telling.some((i) => parseClock(i.at!) === found)) {
    const times = telling.map((i) => i.at!).join(", ");
    out.push({ path: ["incidentFoundAt"], message: `no notifying inject tells the incident unit (${[...unit].join(", ")}) at ${s.incidentFoundAt}`, expected: times ? `the time of one that does: ${times}` : "the time of a notifying inject (at) to the incident agency or one of its organs" });
  }
  return out;
}
