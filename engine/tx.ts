/**
 * One tick's working copy. step() copies the state's top-level arrays once; subsystems then
 * replace elements (never mutate them) and push events. The caller's state is untouched, so
 * step stays a pure function while each tick costs one shallow copy.
 */
import type { Compiled } from "./compile.ts";
import type { DrillEvent } from "./model/events.ts";
import type { DrillState } from "./model/state.ts";
import type { SimMs } from "./model/time.ts";

export interface Tx {
  c: Compiled;
  s: DrillState;
  t: SimMs;
  events: DrillEvent[];
}

/** Events carry their time; emit() stamps it. */
type Unstamped<E> = E extends DrillEvent ? Omit<E, "at"> : never;

export function emit(tx: Tx, e: Unstamped<DrillEvent>): void {
  tx.events.push({ ...e, at: tx.t } as DrillEvent);
}

export function begin(c: Compiled, state: DrillState): Tx {
  const s: DrillState = {
    ...state,
    units: [...state.units],
    groups: [...state.groups],
    cordons: [...state.cordons],
    warnings: [...state.warnings],
    obligations: [...state.obligations],
    knowledge: [...state.knowledge],
    messages: state.messages,
    injectsFired: state.injectsFired,
    injectsPending: [...state.injectsPending],
  };
  return { c, s, t: state.tMs, events: [] };
}

export function nextMessageId(tx: Tx): string {
  const id = `m${tx.s.nextMessage}`;
  tx.s.nextMessage += 1;
  return id;
}
