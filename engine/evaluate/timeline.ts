/** The drill's timeline for the report: every event, in order, with the findings that cite it (the shells word it, i18n/). */
import type { DrillEvent } from "../model/events.ts";
import { actionOf } from "../rules/actions.ts";
import type { EvalContext } from "./context.ts";
import type { Finding, TimelineEntry } from "./report-model.ts";
import { findingMarks } from "./finding-marks.ts";
import { judgeMarks } from "./timeline-marks.ts";

/** Bookkeeping events, shown greyed: they matter as evidence, less as story. */
const QUIET = new Set<DrillEvent["type"]>(["obligationOpened", "unitDeparted", "unitReturned", "taskStarted"]);

function agencyOf(x: EvalContext, e: DrillEvent): string | undefined {
  const a = actionOf(e);
  if (a) return a.agency;
  switch (e.type) {
    case "unitArrived":
    case "unitDeparted":
    case "unitExposed":
    case "taskStarted":
    case "taskCompleted":
    case "taskFailed":
    case "unitReturned":
      return x.c.units.get(e.unit)?.agency;
    case "rejected":
      return e.by;
    case "obligationOpened":
      return e.obligation.agency;
    case "obligationMet":
    case "obligationMissed":
      return x.obligationById.get(e.id)?.ob.agency;
    default:
      return undefined;
  }
}

/**
 * The timeline: every event in order, with the findings citing it; a duty's ✓/✗ mark as the evaluator
 * judges it (timeline-marks.ts: the findings' clocks, never the engine's raw one), and a "missed" mark
 * the duty's real deadline had not reached left out.
 */
export function buildTimeline(x: EvalContext, findings: readonly Finding[]): TimelineEntry[] {
  const cites = new Map<number, string[]>();
  for (const f of findings) for (const i of f.evidence.events) cites.set(i, [...(cites.get(i) ?? []), f.id]);
  const marks = judgeMarks(x, findings);
  // the marks of duties no engine event marks (requirements, parts, passing on the trapped: finding-marks.ts)
  const own = findingMarks(x, findings);
  // a met mark moved to the command that began the duty follows that command (timeline-marks.ts `on`)
  const sitting = new Map<number, number[]>();
  for (const [i, m] of marks) if (m.on !== undefined) sitting.set(m.on, [...(sitting.get(m.on) ?? []), i]);
  const entry = (raw: DrillEvent, index: number): TimelineEntry[] => {
    const mark = marks.get(index);
    if (mark?.drop) return [];
    const e = mark?.event ?? raw;
    const agency = agencyOf(x, e);
    // a unit's ✓ arrival counted for a requirement still short: said so, and the shortfall cited (#48 beside F12)
    const short = e.type === "obligationMet" && !e.late && !mark?.note ? own.shortBy.get(index) : undefined;
    return [{
      index,
      atMs: e.at,
      type: e.type,
      ...(agency !== undefined ? { agency } : {}),
      event: e,
      quiet: QUIET.has(e.type),
      findings: [...(cites.get(index) ?? []), ...(short ?? [])],
      ...(mark?.note ? { note: mark.note } : short ? { note: "requirementShort" as const } : {}),
      ...(mark?.should ? { should: mark.should } : {}),
    }];
  };
  const on = (index: number): TimelineEntry[] => (sitting.get(index) ?? []).flatMap((i) => entry(x.events[i]!, i));
  return [...x.events.flatMap((raw, index): TimelineEntry[] => (marks.get(index)?.on !== undefined ? [] : [...entry(raw, index), ...on(index)])), ...own.entries]
    // in time order: a missed mark re-dated to the deadline its finding uses moves up (timeline-marks.ts); stable otherwise
    .sort((a, b) => a.atMs - b.atMs);
}
