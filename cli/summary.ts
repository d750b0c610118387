/** The machine-readable result of a run (`drill run --json`). */
import type { Compiled } from "../engine/compile.ts";
import type { DrillEvent } from "../engine/model/events.ts";
import type { DrillState } from "../engine/model/state.ts";
import { endInstantMs, stateHash } from "../engine/replay.ts";
import { reportKey } from "../engine/evaluate/report-groups.ts";

export function runSummary(c: Compiled, seed: number, state: DrillState, events: readonly DrillEvent[]) {
  const cas = state.casualties;
  return {
    scenario: c.scenario.id,
    seed,
    // when it ended (04:00:00 for a 4-hour drill), not the close of its last tick
    simEndMs: endInstantMs(c, state),
    stateHash: stateHash(c, state),
    events: events.length,
    grade: state.grade,
    outcome: {
      deaths: cas.deaths,
      seriousInjuries: cas.seriousInjuries,
      injured: cas.injured,
      exposed: cas.exposed,
      evacuated: cas.evacuated,
      trapped: cas.trapped,
      missing: cas.missing,
    },
    hazard: c.hazard.summary(state.hazard, state.tMs, c.scenario),
    rejected: events.filter((e) => e.type === "rejected").length,
    obligations: state.obligations.map((o) => ({
      id: o.id,
      // the duty it belongs to: rules asking for the same report (a 一般 rule and, after a re-grade, the
      // 较大/敏感 rule for the same first report) share it, as the report's headline counts them (issue 10 §2)
      duty: o.kind === "report" ? reportKey(c, o) : o.id,
      rule: o.ruleId,
      agency: o.agency,
      kind: o.kind,
      ...(o.to ? { to: o.to } : {}),
      openedAtMs: o.openedAtMs,
      deadlineMs: o.deadlineMs,
      status: o.status,
      ...(o.metAtMs !== undefined ? { metAtMs: o.metAtMs } : {}),
      basis: o.basis,
      text: o.text,
    })),
  };
}
