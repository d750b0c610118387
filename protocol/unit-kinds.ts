/**
 * The kinds of unit a 请求支援 (requestSupport) may ask for, as the form lists them (round 22 item 2: the field was free
 * text, and anything but a unit type the scenario has was refused as 没有这个名称). One list both sides read: the
 * server puts it on the welcome (server/live/views.ts welcome) and checks a request against the same ids
 * (engine/scenario/check-play.ts `unitType`; live/views.ts shownNames for a seat not yet told); the client words each
 * kind from the shared catalogue (i18n `unitType.*`, zh-CN and en) with what it can do (`task.*`).
 */

/** One kind: its unit type id, the agencies that have units of it (sorted), and the tasks those units can do (as the scenario first lists them). */
export interface UnitKind {
  type: string;
  agencies: string[];
  capabilities: string[];
}

/**
 * The unit types of `units` (a scenario's), each with the agencies holding one and the union of their capabilities,
 * sorted by type id. E.g. two fireEngine units of fire, one able to rescue and one to waterCurtain, and one ambulance
 * of ems: [{ ambulance, [ems], […] }, { fireEngine, [fire], [rescue, waterCurtain] }] (kinds by id; tasks in the scenario's order).
 */
export function unitKinds(units: ReadonlyArray<{ type: string; agency: string; capabilities: readonly string[] }>): UnitKind[] {
  const by = new Map<string, { agencies: Set<string>; capabilities: Set<string> }>();
  for (const u of units) {
    const k = by.get(u.type) ?? { agencies: new Set<string>(), capabilities: new Set<string>() };
    k.agencies.add(u.agency);
    for (const c of u.capabilities) k.capabilities.add(c);
    by.set(u.type, k);
  }
  return [...by].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([type, k]) => ({ type, agencies: [...k.agencies].sort(), capabilities: [...k.capabilities] }));
}

/**
 * The kinds a seat not yet told of the incident is offered: every unit type of the county's catalogue, the same in
 * every scenario (which ones this scenario has would tell it), none tied to an agency or a task.
 */
export function genericUnitKinds(catalogue: readonly string[]): UnitKind[] {
  return [...catalogue].filter((t) => t !== "other").sort().map((type) => ({ type, agencies: [], capabilities: [] }));
}
