/**
 * The reporting section's strengths (经验, AQ/T 9009-2015 §7.2): an agency that met every reporting deadline it had
 * (none open, all met) is named with their count, its rows' events and obligations as evidence.
 *   strengths(x, rows) → one Strength per such agency, in the order the rows name them; no errors.
 */
import type { EvalContext } from "./context.ts";
import type { ObligationRow, Strength } from "./report-model.ts";

export function strengths(x: EvalContext, rows: ObligationRow[]): Strength[] {
  const out: Strength[] = [];
  const agencies = [...new Set(rows.map((r) => r.agency))];
  for (const a of agencies) {
    const mine = rows.filter((r) => r.agency === a && r.status !== "open");
    if (mine.length === 0 || mine.some((r) => r.status !== "met")) continue;
    const n = x.agencyName(a);
    out.push({
      section: "reporting", agency: a,
      message: { zh: `${n.zh}按时完成全部 ${mine.length} 项报告义务`, en: `${n.en} met all ${mine.length} reporting deadlines` },
      evidence: { events: mine.flatMap((r) => r.events), messages: [], obligations: mine.map((r) => r.id) },
    });
  }
  return out;
}
