/** evacuate and shelter orders: population groups by id, or all groups within a radius of a place. */
import { reject } from "../commands/reject.ts";
import type { CommandOf } from "../model/commands.ts";
import type { GroupState } from "../model/state.ts";
import { effectiveAt } from "../model/time.ts";
import { emit, type Tx } from "../tx.ts";
import { distance } from "../world/graph.ts";

type Order = CommandOf<"evacuate"> | CommandOf<"shelter">;

/** The groups an order names, or undefined after rejecting it. */
function targets(tx: Tx, cmd: Order): string[] | undefined {
  if (cmd.groups && cmd.groups.length > 0) {
    const unknown = cmd.groups.find((g) => !tx.c.groups.has(g));
    if (unknown) return void reject(tx, cmd, "unknownGroup", { group: unknown });
    return cmd.groups;
  }
  if (!cmd.place) return void reject(tx, cmd, "noTarget");
  const centre = tx.c.graph.places.get(cmd.place);
  if (!centre) return void reject(tx, cmd, "unknownPlace", { place: cmd.place });
  const radius = cmd.radiusM ?? 0;
  return tx.c.scenario.populations.filter((g) => distance(tx.c.graph.places.get(g.place)!, centre) <= radius).map((g) => g.id);
}

/** The model tracks its own site's people (miners, pupils): it decides whether an order with a place concerns them. */
function reachesSite(tx: Tx, cmd: Order): boolean {
  return cmd.place !== undefined && tx.c.hazard.order !== undefined;
}

export function applyEvacuate(tx: Tx, cmd: CommandOf<"evacuate">): void {
  if (cmd.destination && !tx.c.graph.places.has(cmd.destination)) return reject(tx, cmd, "unknownPlace", { place: cmd.destination });
  const site = reachesSite(tx, cmd);
  const groups = targets(tx, cmd);
  if (groups === undefined) return;
  const at = effectiveAt(cmd.at, tx.t, tx.c.tickMs);
  for (const id of groups) {
    setGroup(tx, id, ({ shelterDoneMs: _, ...g }) => (g.status === "evacuated" || g.status === "evacuating" ? g : { ...g, status: "evacuating", evacuationDoneMs: at + minutes(tx.c.groups.get(id)!.evacuationMin) }));
  }
  emit(tx, { type: "evacuationOrdered", seq: cmd.seq, by: cmd.by, groups, ...(cmd.destination ? { destination: cmd.destination } : {}) });
  if (site) orderSite(tx, { type: "evacuate", by: cmd.by, ...(cmd.place ? { place: cmd.place } : {}), ...(cmd.radiusM ? { radiusM: cmd.radiusM } : {}), tMs: at });
}

export function applyShelter(tx: Tx, cmd: CommandOf<"shelter">): void {
  const groups = targets(tx, cmd);
  if (groups === undefined) return;
  const at = effectiveAt(cmd.at, tx.t, tx.c.tickMs);
  // people indoors shut the windows at once; people outdoors first have to get in, breathing outdoor air meanwhile
  const now: string[] = [];
  for (const id of groups) {
    setGroup(tx, id, (g) => {
      if (g.status !== "normal") return g;
      if (g.indoors) return now.push(id), { ...g, status: "sheltered" };
      return { ...g, status: "sheltered", shelterDoneMs: at + minutes(tx.c.groups.get(id)!.shelterMin) };
    });
  }
  emit(tx, { type: "shelterOrdered", seq: cmd.seq, by: cmd.by, groups });
  for (const id of now) emit(tx, { type: "groupSheltered", group: id, count: tx.c.groups.get(id)!.count, doneMs: at });
  if (reachesSite(tx, cmd)) orderSite(tx, { type: "shelter", by: cmd.by, ...(cmd.place ? { place: cmd.place } : {}), ...(cmd.radiusM ? { radiusM: cmd.radiusM } : {}), tMs: at });
}

function orderSite(tx: Tx, order: Parameters<NonNullable<Tx["c"]["hazard"]["order"]>>[1]): void {
  const result = tx.c.hazard.order!(tx.s.hazard, order);
  tx.s.hazard = result.state;
  for (const ch of result.changes ?? []) emit(tx, { type: "hazardChanged", what: ch.what, params: ch.params ?? {} });
}

/**
 * Evacuations and outdoor sheltering that finish this tick. The events carry the exact completion
 * time (`doneMs`, integer ms), so a judgement on them does not depend on the tick length.
 */
export function advanceEvacuations(tx: Tx): void {
  for (const g of tx.s.groups) {
    if (g.status === "evacuating" && tx.t >= (g.evacuationDoneMs ?? 0)) {
      setGroup(tx, g.id, (x) => ({ ...x, status: "evacuated" }));
      emit(tx, { type: "groupEvacuated", group: g.id, count: g.count, doneMs: g.evacuationDoneMs ?? tx.t });
    } else if (g.status === "sheltered" && g.shelterDoneMs !== undefined && tx.t >= g.shelterDoneMs) {
      setGroup(tx, g.id, ({ shelterDoneMs: _, ...x }) => ({ ...x, indoors: true }));
      emit(tx, { type: "groupSheltered", group: g.id, count: g.count, doneMs: g.shelterDoneMs });
    }
  }
}

const minutes = (min: number) => Math.round(min * 60_000);

export function setGroup(tx: Tx, id: string, f: (g: GroupState) => GroupState): void {
  const i = tx.s.groups.findIndex((g) => g.id === id);
  if (i >= 0) tx.s.groups[i] = f(tx.s.groups[i]!);
}
