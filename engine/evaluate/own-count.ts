/**
 * What a reporter had counted for itself before a report (review21 school 2): a figure stated as known needs a ground,
 * and an agency's own ground is a count it made, not its presence. 快报事实 (domain.md §1.3 CTY-04) asks the facts a
 * reporter has; a 续报 brings the verified data (§1.4 RPT-FU-05); what it has not checked it reports as 正在核实
 * (heard.ts CHECKING). A crew that has been on scene for 57 seconds has counted nobody: its 「下落不明 0」 while a
 * pupil is still missing is a number nobody gave it (untrue-figures.ts "unsourced").
 *
 * An agency's own count, per category (honesty.ts Category):
 *   the incident's unit  its own people: its dead and hurt it sees on its own premises; its 下落不明 once it has
 *                        counted heads. Where the scenario marks that count (an inject with `ownDuty` reaching it:
 *                        the school's 到集合点清点人数, drill-scripts.md C3 steps 7–8), from that inject on; where it
 *                        marks none (the enterprise's and the mine's own records of who is on shift), from the start.
 *   a rescuer            a search or rescue its unit finished (it has looked: deaths and 下落不明), a triage its unit
 *                        finished (检伤分类: the seriously and lightly hurt). A unit that has only arrived counts nothing.
 * Words and figures told to it are its other ground (heard.ts casualtySources), judged in untrue-figures.ts.
 *
 *   ownCount(x, agency, before) → the categories `agency` had counted by event index `before` (exclusive).
 *   firstArrival(x, agency, before) → the event index of its first unit on scene before `before`, if any.
 */
import type { EvalContext } from "./context.ts";
import type { Category } from "./honesty.ts";

/** tasks whose completion is a count of the people in the place searched (the dead found, none left missing) */
const SEARCHED = new Set(["search", "rescue"]);
/** tasks whose completion is a count of the hurt (检伤分类) */
const TRIAGED = new Set(["triage"]);

/** The categories `agency` had counted for itself before event `before` (see the module note). */
export function ownCount(x: EvalContext, agency: string, before: number): Set<Category> {
  const out = new Set<Category>();
  if (agency === x.c.scenario.incidentAgency) {
    out.add("deaths").add("seriousInjuries").add("injured");
    const rollCalls = [...x.c.injects.values()].filter((inj) => inj.ownDuty && inj.to.includes(agency)).map((inj) => inj.id);
    const counted = rollCalls.length === 0 || x.events.some((e, j) => j < before && e.type === "injectDelivered" && rollCalls.includes(e.inject) && e.to.includes(agency));
    if (counted) out.add("missing");
  }
  for (let j = 0; j < before; j++) {
    const e = x.events[j]!;
    if (e.type !== "taskCompleted" || x.c.units.get(e.unit)?.agency !== agency) continue;
    if (SEARCHED.has(e.task)) out.add("deaths").add("missing");
    if (TRIAGED.has(e.task)) out.add("seriousInjuries").add("injured");
  }
  return out;
}

/** The event index of `agency`'s first unit arriving anywhere before event `before`, if any. */
export function firstArrival(x: EvalContext, agency: string, before: number): number | undefined {
  const j = x.events.findIndex((e, k) => k < before && e.type === "unitArrived" && x.c.units.get(e.unit)?.agency === agency);
  return j >= 0 ? j : undefined;
}
