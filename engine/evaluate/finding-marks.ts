/**
 * The timeline's ✗ marks of findings whose duty no engine duty event marks (review22 school 9): a scenario requirement
 * (力量不足, 力量派出/到场迟延), a duty part with its own deadline (the cordon due 5 min after the first unit on scene),
 * passing on where the trapped are. Each finding that states its duty (`Finding.mark`) gets one mark of its verdict, with
 * the deadline the finding prints: met late, at the act that met it (「✗ 迟于时限（00:04:30）」), or never met, at its
 * deadline + 1 s as the engine dates a missed duty (「✗ 超时未完成（时限 00:16:30）」). Findings on the same duty, deadline
 * and act share one mark. And a unit's own ✓ arrival mark beside a requirement still short is noted so (「本车按时到达」):
 * the unit was on time by its standard, the requirement it counted for was not met (#48 beside F12).
 * Shapes: entries numbered after the log's events (index = event count + n: they are marks, not events), in time order
 * within the timeline; `shortBy`: the ✓ arrival mark's event index → the shortfall findings citing it. Errors: none.
 */
import type { DrillEvent } from "../model/events.ts";
import type { EvalContext } from "./context.ts";
import type { Finding, TimelineEntry } from "./report-model.ts";

const SECOND = 1000;

export function findingMarks(x: EvalContext, findings: readonly Finding[]): { entries: TimelineEntry[]; shortBy: Map<number, string[]> } {
  const byKey = new Map<string, TimelineEntry>();
  for (const f of findings) {
    const m = f.mark;
    if (!m || f.agency === null) continue;
    const key = `${f.agency}|${m.text.zh}|${m.dueMs}|${m.doneEvent ?? "-"}`;
    const had = byKey.get(key);
    if (had) {
      had.findings.push(f.id);
      continue;
    }
    const id = `${f.opportunity ?? f.ruleId}:mark`;
    const done = m.doneEvent !== undefined ? x.events[m.doneEvent] : undefined;
    const event: DrillEvent = done
      ? { at: done.at, type: "obligationMet", id, late: true, byEvent: "", agency: f.agency, deadlineMs: m.dueMs, text: m.text }
      : { at: m.dueMs + SECOND, type: "obligationMissed", id, agency: f.agency, deadlineMs: m.dueMs, text: m.text };
    byKey.set(key, { index: x.events.length + byKey.size, atMs: event.at, type: event.type, agency: f.agency, event, quiet: false, findings: [f.id] });
  }
  const shortBy = new Map<number, string[]>();
  for (const f of findings) {
    if (f.code !== "DISPATCH_INSUFFICIENT" || !f.params) continue;
    for (const a of f.params.arrivals ?? []) {
      if (!a.onTime) continue;
      const t = x.obligations.find((o) => o.ob.kind === "arrive" && o.ob.unit === a.unit && o.met !== undefined);
      if (t?.met) shortBy.set(t.met.event, [...(shortBy.get(t.met.event) ?? []), f.id]);
    }
  }
  return { entries: [...byKey.values()], shortBy };
}
