/** Small plays for the verdict tests (issue 10): run a shipped scenario with a few commands and evaluate it. */
import type { Compiled } from "../../engine/compile.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Finding, ReportModel } from "../../engine/evaluate/report-model.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import { cmd, compiled, runPlay } from "../helpers.ts";
import { rubric } from "./fixtures.ts";

export interface Small {
  c: Compiled;
  events: DrillEvent[];
  report: ReportModel;
  of(code: string, agency?: string): Finding[];
}

/** Commands as [at, by, fields]; the play runs `untilMs` (whole drill by default) with seed 7. */
export function small(id: string, play: Array<[string, string, Record<string, unknown>]>, untilMs?: number): Small {
  const c = compiled(id);
  const commands: Command[] = play.map(([at, by, f], i) => cmd(at, by, f, i + 1));
  const r = runPlay(c, commands, 7, untilMs);
  const report = evaluate(c, r.events, r.state, rubric());
  return { c, events: r.events, report, of: (code, agency) => report.findings.filter((f) => f.code === code && (agency === undefined || f.agency === agency)) };
}
