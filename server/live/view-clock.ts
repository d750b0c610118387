/**
 * What clock a view is shown (room state `views.<key>.clock`): the drill's time, speed and pause for a view that may know
 * it, none for one that may know neither the scenario nor its time yet (a double-blind seat not yet told; observers until
 * anyone is: views.ts hidesIncident, observerHidden). Plain functions of the live drill, so tests drive them without sockets.
 */
import type { LiveDrill } from "./drill.ts";
import { CONTROL_VIEW, PUBLIC_VIEW } from "./seats.ts";
import { hidesIncident, observerHidden } from "./views.ts";

/** A view's clock: drill ms, speed (×), paused, ended. */
export interface ViewClock { tMs: number; speed: number; paused: boolean; ended: boolean }

/** Whether view `key` (a seat id, CONTROL_VIEW or PUBLIC_VIEW) may know neither the scenario nor its time yet. */
export function viewHidden(drill: LiveDrill, key: string): boolean {
  if (key === CONTROL_VIEW) return false;
  if (key === PUBLIC_VIEW) return observerHidden(drill.state, drill.record.settings.blindness);
  return hidesIncident(drill.state, drill.record.settings.blindness, { drillId: drill.id, kind: "seat", seat: key });
}

/** The clock view `key` shows, or undefined while it may not know the time (viewHidden). */
export function viewClock(drill: LiveDrill, key: string): ViewClock | undefined {
  if (viewHidden(drill, key)) return undefined;
  const { speed, paused } = drill.clock.status();
  return { tMs: drill.nowMs, speed, paused, ended: drill.state.ended };
}
