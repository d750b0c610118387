/**
 * Whether a unit can carry out a task: its scenario entry lists the task among its `capabilities`
 * (scenario file, units[].capabilities). The one check behind the engine's taskFailed "noCapability"
 * (units/advance.ts), the evaluator's DISPATCH_WRONG_TYPE (evaluate/order-faults.ts) and the dispatch
 * form's warning before sending (client/panels/UnitsPanel.tsx), so the form warns of exactly what is charged.
 * `standby` (待命) is a task like any other: a unit without it in its list cannot be sent to stand by.
 */
export function canDo(unit: { readonly capabilities: readonly string[] }, task: string): boolean {
  return unit.capabilities.includes(task);
}

/** The units of `units` that cannot carry out `task` (canDo false), in their order. */
export function unable<U extends { readonly capabilities: readonly string[] }>(units: readonly U[], task: string): U[] {
  return units.filter((u) => !canDo(u, task));
}
