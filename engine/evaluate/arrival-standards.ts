/**
 * Findings on the dispatch standards' arrival rows (rules profile `dispatch`; turn-out.ts arrivalRow): a unit that
 * arrived after its standard's time (到场超时) or had not arrived (未到场). An indicative standard (beyond the
 * station's district) is reported, never deducted (issue 10 §6); a lateness no greater than the unit's late turn-out is
 * that turn-out's fault and follows it (turn-out.ts arrivalLateRoot; issue 10 §2).
 */
import { asOf, clock, span, type EvalContext } from "./context.ts";
import { finding } from "./findings.ts";
import type { Finding, ObligationRow } from "./report-model.ts";
import { arrivalLateRoot } from "./turn-out.ts";

/** One finding per late or missed arrival row. */
export function standardFindings(x: EvalContext, rows: ObligationRow[]): Finding[] {
  const out: Finding[] = [];
  for (const row of rows) {
    if (row.status !== "late" && row.status !== "missed") continue;
    const unit = x.obligationById.get(row.id)?.ob.unit ?? "?";
    const un = x.unitName(unit);
    const at = row.metAtMs ?? row.deadlineMs;
    // an indicative standard (beyond the station's district) is reported, never deducted
    const indicative = x.c.rules.dispatch.find((d) => d.id === row.ruleId)?.arrivalIndicative === true;
    const note = indicative ? { zh: "（参考性标准，不扣分）", en: " (indicative standard: no deduction)" } : { zh: "", en: "" };
    // late only by as much as the unit left late: its late turn-out's fault, charged there (turn-out.ts)
    const trace = x.obligationById.get(row.id);
    const root = row.status === "late" && trace ? arrivalLateRoot(x, trace, row.lateByMs ?? 0) : undefined;
    out.push(finding({
      code: indicative ? "ARRIVAL_INDICATIVE" : "DISPATCH_LATE", section: "dispatch", agency: row.agency, atMs: at, ruleId: row.ruleId, basis: row.basis,
      ...(root ? { rootKey: root } : {}),
      message: row.status === "late"
        ? { zh: `到场超时：${un.zh}（${row.text.zh}）时限 ${clock(row.deadlineMs)}，${clock(at)} 到达，迟 ${span(row.lateByMs ?? 0).zh}${note.zh}`, en: `Arrived late: ${un.en} (${row.text.en}) was due by ${clock(row.deadlineMs)} and arrived at ${clock(at)}, ${span(row.lateByMs ?? 0).en} late${note.en}` }
        : { zh: `未到场：${un.zh}（${row.text.zh}）时限 ${clock(row.deadlineMs)}，${asOf(x).until.zh}未到达`, en: `Not arrived: ${un.en} (${row.text.en}) was due by ${clock(row.deadlineMs)} and had not arrived ${asOf(x).until.en}` },
      evidence: { events: row.events, obligations: [row.id] },
    }));
  }
  return out;
}
