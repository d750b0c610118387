/**
 * The after-action report of a live or finished drill: the events so far (or to the end), the
 * scenario's rubric and the evaluators' stored observations, through the CLI's renderers.
 */
import { renderHtml } from "../../cli/report/html.ts";
import { renderJson } from "../../cli/report/json.ts";
import { renderPdf } from "../../cli/report/pdf.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { withRun } from "../../cli/report/run.ts";
import { drillRun } from "./report-run.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { formatClock } from "../../engine/model/time.ts";
import { Observations } from "../../engine/scenario/rubric-schema.ts";
import type { LiveDrill } from "../live/drill.ts";
import { logToCommands } from "../live/log.ts";
import { bestPlayFor, rubricFor } from "../live/scenario.ts";
import type { Store } from "../store/store.ts";

export type ReportFormat = "json" | "html" | "pdf";

/** The rendered report; throws only if the rubric cannot be read (a broken checkout). */
export async function drillReport(drill: LiveDrill, store: Store, format: ReportFormat, lang: "zh" | "en"): Promise<{ type: string; body: string | Uint8Array }> {
  const rubric = rubricFor(drill.c, drill.record);
  if (!rubric.ok) throw new Error(rubric.problems[0]?.message ?? "no rubric");
  const obs = Observations.safeParse({
    drill: drill.id,
    observations: store.observations(drill.id).map((o) => ({
      at: formatClock(o.atMs), evaluator: o.evaluator, section: o.section, rating: o.rating, text: o.seen, justification: o.why,
      ...(o.agency ? { agency: o.agency } : {}), ...(o.area ? { annexA: o.area } : {}),
    })),
  });
  // worded as the CLI words it (cli/evaluate.ts): bases in both languages, the rubric's scoring, 未评分
  // with the drill's command log, as the CLI evaluates: the avoidable harm names only the faults whose correction,
  // replayed, reduces it (engine/evaluate/cause-reruns.ts)
  const commands = logToCommands(store.log(drill.id)).filter((c) => c.at <= drill.state.tMs);
  const worded = wordReport(drill.c, evaluate(drill.c, drill.events, drill.state, rubric.value, obs.success ? obs.data : undefined, bestPlayFor(drill.c, drill.record), { commands }), rubric.value);
  // the run as the store holds it: the day it was run, who joined under which name, which seats bots played
  const report = withRun(worded, drillRun(drill.record, store.auditLog(drill.id), store.log(drill.id)));
  if (format === "json") return { type: "application/json; charset=utf-8", body: renderJson(report) };
  const html = renderHtml(report, lang);
  if (format === "html") return { type: "text/html; charset=utf-8", body: html };
  return { type: "application/pdf", body: await renderPdf(html) };
}
