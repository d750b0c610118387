/**
 * One tick (design.md): deliver due injects, apply this tick's commands in log order, move
 * units, advance the hazard, expose people, update the outcome and the grade, then the rules.
 * step(c, state, commands) → { state, events } is pure: the same inputs give the same outputs.
 */
import { applyCommand } from "./commands/apply.ts";
import type { Compiled } from "./compile.ts";
import { weatherAt } from "./compile.ts";
import type { Worker } from "./hazards/types.ts";
import { armConditionalInjects, fireDueInjects } from "./injects/injects.ts";
import { observe } from "./knowledge/observe.ts";
import type { Command } from "./model/commands.ts";
import type { DrillEvent } from "./model/events.ts";
import type { DrillState, UnitState } from "./model/state.ts";
import { cadence } from "./model/time.ts";
import { updateOutcome } from "./people/outcome.ts";
import { advanceEvacuations } from "./people/orders.ts";
import { EXPOSURE_STEP_MS, tickPeople } from "./people/tick.ts";
import { checkDeadlines, checkFollowUps, matchEvents, onNotified, openAccidentReceipts, openArisenWork, openGradeObligations, openLinkageObligations, tickOf } from "./rules/obligations.ts";
import { begin, emit, type Tx } from "./tx.ts";
import { advanceUnits, finishTask } from "./units/advance.ts";

/** units on scene report what they see once a minute */
const OBSERVE_EVERY_MS = 60_000;

export interface StepResult {
  state: DrillState;
  events: DrillEvent[];
}

/**
 * Commands are applied in `seq` order; each one is checked against the play schema inside
 * applyCommand, so a malformed one (from a client, a hand-edited log) is a `rejected` event.
 */
export function step(c: Compiled, state: DrillState, commands: readonly Command[]): StepResult {
  const tx = begin(c, state);
  if (state.ended) return { state, events: [] };

  if (tx.s.tick === 0) emit(tx, { type: "drillStarted", scenario: c.scenario.id, seed: tx.s.seed });
  // the clocks counted from the accident, or from its finding, start on their own tick (issue 10 §5)
  const occurs = tickOf(tx, c.incidentAtMs);
  if (occurs) {
    openGradeObligations(tx);
    openLinkageObligations(tx);
  }
  fireDueInjects(tx);
  // the finding's notices after the inject that brings it (the teacher's call, the shift leader's warning)
  if (!occurs && tickOf(tx, c.foundAtMs)) openLinkageObligations(tx);
  // most ticks have no command: sort (a copy) only when there is an order to set
  if (commands.length === 1) applyCommand(tx, commands[0]!);
  else if (commands.length > 1) for (const cmd of [...commands].sort((a, b) => seqOf(a) - seqOf(b))) applyCommand(tx, cmd);
  advanceUnits(tx);
  advanceEvacuations(tx);
  tickHazard(tx);
  tickPeople(tx);
  const observed = cadence(tx.t, c.tickMs, OBSERVE_EVERY_MS) !== undefined;
  if (observed) observe(tx);
  // Casualties change with exposure (every EXPOSURE_STEP_MS) or with events (injects, evacuations).
  if ((cadence(tx.t, c.tickMs, EXPOSURE_STEP_MS) !== undefined || tx.events.length > 0) && updateOutcome(tx).regraded) openGradeObligations(tx);
  openArisenWork(tx);

  // knowledge entries are replaced, never mutated (tx.ts): an agency first told this tick has a new entry
  tx.s.knowledge.forEach((k, i) => {
    if (k !== state.knowledge[i] && k.notifiedAtMs !== undefined && state.knowledge[i]?.notifiedAtMs === undefined) onNotified(tx, k.agency);
  });
  openAccidentReceipts(tx);
  matchEvents(tx, tx.events);
  // What follow-ups are owed changes only with knowledge (messages and injects are events; units
  // observe on observation ticks) and with reports (events); conditional injects wait for events
  // (a grade changes with a gradeChanged event). A quiet tick skips both, with the same result.
  if (tx.events.length > 0 || observed) checkFollowUps(tx);
  checkDeadlines(tx);
  if (tx.events.length > 0) armConditionalInjects(tx, tx.events);

  if (!tx.s.ended && tx.t + c.tickMs > c.durationMs) {
    tx.s.ended = true;
    tx.s.endReason = "duration";
  }
  if (tx.s.ended) emit(tx, { type: "drillEnded", reason: tx.s.endReason === "duration" ? "duration" : "director", ...(tx.s.endNote ? { note: tx.s.endNote } : {}) });
  tx.s.tick += 1;
  tx.s.tMs = tx.t + c.tickMs;
  return { state: tx.s, events: tx.events };
}

function seqOf(cmd: unknown): number {
  const seq = (cmd as { seq?: unknown } | null)?.seq;
  return typeof seq === "number" && Number.isFinite(seq) ? seq : -1;
}

/**
 * A working unit's record for the hazard model, made once per unit state: unit states are
 * replaced, never mutated (tx.ts), and a working unit's start (phaseEndsMs) is set, so the record
 * stays right for as long as the state object lives. Saves rebuilding it every tick.
 */
const workerOf = new WeakMap<UnitState, { c: Compiled; w: Worker }>();

function workersOf(tx: Tx): Worker[] {
  const workers: Worker[] = [];
  for (const u of tx.s.units) {
    if (u.status !== "working" || u.task === undefined) continue;
    const known = workerOf.get(u);
    if (known?.c === tx.c) {
      workers.push(known.w);
      continue;
    }
    const def = tx.c.units.get(u.id)!;
    const w: Worker = { unit: u.id, type: def.type, task: u.task, place: u.at, ...(u.target !== undefined ? { target: u.target } : {}), pos: u.pos, crew: def.crew, capabilities: def.capabilities, protection: def.protection, sinceMs: u.phaseEndsMs ?? tx.t };
    if (u.phaseEndsMs !== undefined) workerOf.set(u, { c: tx.c, w });
    workers.push(w);
  }
  return workers;
}

function tickHazard(tx: Tx): void {
  const workers = workersOf(tx);
  const r = tx.c.hazard.tick(tx.s.hazard, { scenario: tx.c.scenario, tMs: tx.t, dtMs: tx.c.tickMs, weather: weatherAt(tx.c, tx.t), workers, seed: tx.s.seed, rng: tx.s.rng });
  tx.s.hazard = r.state;
  if (r.rng) tx.s.rng = r.rng;
  for (const ch of r.changes ?? []) emit(tx, { type: "hazardChanged", what: ch.what, params: ch.params ?? {} });
  for (const done of r.completed ?? []) finishTask(tx, done.unit, done.task);
  for (const f of r.failed ?? []) finishTask(tx, f.unit, f.task, f.reason);
}
