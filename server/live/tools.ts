/**
 * The director's and evaluators' tools over a live drill (issue 7 §6, §7), none of which touch
 * the live state: the look-ahead forecast runs the engine forward on a copy; past views replay
 * the log; live findings evaluate the events so far; the deadline board reads the obligations.
 */
import { CODE_TEXT } from "../../cli/report/text.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Finding, NotYetDue } from "../../engine/evaluate/report-model.ts";
import type { LocalText } from "../../engine/model/ids.ts";
import { step } from "../../engine/step.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { ObligationRow } from "../../protocol/views.ts";
import type { Store } from "../store/store.ts";
import type { LiveDrill } from "./drill.ts";
import { foldTo, logToCommands } from "./log.ts";
import { bestPlayFor, rubricFor } from "./scenario.ts";
import { CONTROL_VIEW, PUBLIC_VIEW } from "./seats.ts";
import { controlProjection, obligationRow, observerHidden, publicProjection, seatProjection } from "./views.ts";

const MAX_FORECAST_MIN = 240;

export interface Forecast {
  fromMs: number;
  toMs: number;
  casualties: { deaths: number; seriousInjuries: number; injured: number; exposed: number };
  grade: number;
  /** scripted injects that would fire in the window, each with its words (zh, en) */
  injects: Array<{ id: string; atMs: number; text: LocalText }>;
  /**
   * obligations whose deadline would pass unmet in the window, each worded as the duty board words it: one
   * opened only inside the window (a spot question's SPOT:<inject>:<agency>) is on no board yet, and its id is no text
   */
  missed: Array<{ id: string; agency: string; deadlineMs: number; text: LocalText }>;
  ended: boolean;
}

/**
 * "What happens in the next N minutes if nobody acts": step a copy N simulated minutes with no
 * new commands (acknowledged ones still apply at their tick). The live drill is untouched:
 * step() never mutates the state it is given.
 */
export function forecast(drill: LiveDrill, minutes: number): Forecast {
  const n = Math.round((Math.min(Math.max(minutes, 1), MAX_FORECAST_MIN) * 60_000) / drill.c.tickMs);
  let state = drill.state;
  const pending = [...drill.pendingCommands()];
  const out: Forecast = { fromMs: state.tMs, toMs: state.tMs, casualties: { deaths: 0, seriousInjuries: 0, injured: 0, exposed: 0 }, grade: state.grade, injects: [], missed: [], ended: false };
  for (let i = 0; i < n && !state.ended; i++) {
    const due: Command[] = pending.filter((p) => p.at <= state.tMs);
    const r = step(drill.c, state, due);
    for (const p of due) pending.splice(pending.indexOf(p), 1);
    for (const e of r.events) {
      if (e.type === "injectDelivered") out.injects.push({ id: e.inject, atMs: e.at, text: e.text });
      if (e.type === "obligationMissed") out.missed.push({ id: e.id, agency: e.agency, deadlineMs: e.deadlineMs, text: e.text });
    }
    state = r.state;
  }
  const c = state.casualties;
  // the engine's state after its last tick (the one at the drill's end) reads end + one tick: the forecast says the
  // end (newcomer 22: a 240-min forecast from 00:25:53 of a 4-h drill answered toMs 14401000, 1 s past it)
  return { ...out, toMs: Math.min(state.tMs, drill.c.durationMs), casualties: { deaths: c.deaths, seriousInjuries: c.seriousInjuries, injured: c.injured, exposed: c.exposed }, grade: state.grade, ended: state.ended };
}

/** Live findings: the evaluator run on the events so far (the same evaluate() as the report). */
export function liveFindings(drill: LiveDrill): { score: number | null; band: LocalText | null; findings: Array<Finding & { name: LocalText }>; notYetDue: NotYetDue[] } | { error: string } {
  const rubric = rubricFor(drill.c, drill.record);
  if (!rubric.ok) return { error: rubric.problems[0]?.message ?? "no rubric" };
  const r = evaluate(drill.c, drill.events, drill.state, rubric.value, undefined, bestPlayFor(drill.c, drill.record));
  // score and band are null while nothing is due (未评分); the duties still ahead are listed as 未到期
  // each finding named as the report names it (迟报, 响应迟缓 …): the code is for machines
  return { score: r.score, band: r.band, findings: r.findings.map((f) => ({ ...f, name: CODE_TEXT[f.code] })), notYetDue: r.notYetDue };
}

/**
 * Any seat's view as it was at `atMs` ("what did the fire brigade know at 09:52?"), rebuilt by
 * replaying the log up to that time. `seat` is an agency id, "control" or "public".
 */
export function viewAt(drill: LiveDrill, store: Store, seat: string, atMs: number): unknown {
  const t = Math.max(0, Math.min(atMs, drill.state.tMs));
  const commands = logToCommands(store.log(drill.id)).filter((c) => c.at < t);
  const { state, events } = foldTo(drill.c, drill.record.seed, commands, t);
  if (seat === CONTROL_VIEW) return controlProjection(drill.c, state, {}, events);
  if (seat === PUBLIC_VIEW) return publicProjection(state, observerHidden(state, drill.record.settings.blindness));
  if (!drill.c.agencies.has(seat)) return undefined;
  return seatProjection(drill.c, state, seat, drill.record.settings.blindness, events);
}

/** The deadline board: every obligation by deadline, with the time left in simulated ms. */
export function deadlineBoard(drill: LiveDrill): Array<ObligationRow & { remainingMs: number }> {
  return drill.state.obligations
    .map((o) => ({ ...obligationRow(o, drill.c, drill.state, drill.events), remainingMs: o.deadlineMs - drill.nowMs }))
    .sort((a, b) => a.deadlineMs - b.deadlineMs || (a.id < b.id ? -1 : 1));
}
