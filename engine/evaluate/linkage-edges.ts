/**
 * The who-told-whom table of linkage (联动, domain.md §5): every delivery between two parties, first and count, and
 * which deliveries tell their recipients of the incident.
 */
import type { DrillEvent } from "../model/events.ts";
import { tells } from "../rules/telling.ts";
import { deliveries } from "./notice-sent.ts";
import type { EvalContext } from "./context.ts";
import type { LinkageEdge } from "./report-model.ts";

/**
 * The deliveries that tell their recipients of the incident (rules/telling.ts, the rule the engine's
 * first notification follows): a message, acknowledgement or report with facts, a support request,
 * an inject the scenario marks `notifies` — not a forecast, a journalist's call or a holding reply
 * such as "正在核实，稍后报告" (issue 10 §3).
 */
export function notifyingDeliveries(x: EvalContext, e: DrillEvent): Array<{ from: string; to: string; kind: string }> {
  return tells(x.c, e) ? deliveries(e) : [];
}

/** Every pair of parties that exchanged deliveries in the drill: the first delivery (time, event index), how many, of which kinds. */
export function linkageEdges(x: EvalContext): LinkageEdge[] {
  const edges = new Map<string, LinkageEdge>();
  x.events.forEach((e, i) => {
    for (const d of deliveries(e)) {
      const key = `${d.from}>${d.to}`;
      const edge = edges.get(key);
      if (!edge) edges.set(key, { from: d.from, to: d.to, firstAtMs: e.at, firstEvent: i, count: 1, kinds: [d.kind] });
      else {
        edge.count++;
        if (!edge.kinds.includes(d.kind)) edge.kinds.push(d.kind);
      }
    }
  });
  return [...edges.values()];
}
