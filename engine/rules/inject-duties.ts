/**
 * Duties an inject itself opens (domain.md §3.8): a spot question's answer (随机提问) and a demanded report (the city's
 * 「一小时内报送书面信息」), each owed by every recipient to whoever asked. Opened through obligations.ts `open`.
 */
import { DIRECTOR, type LocalText } from "../model/ids.ts";
import type { Tx } from "../tx.ts";
import { open } from "./obligations.ts";

const MIN = 60_000;

/**
 * A spot question (随机提问) delivered to an agency: it owes an answer to whoever asked, the
 * director (导调) unless the inject names an agency (`askedBy`); matchEvents meets it only by a
 * message, report or acknowledgement addressed there, not by other traffic.
 */
export function openSpotQuestion(tx: Tx, inject: string, agency: string, askedBy: string = DIRECTOR): void {
  const q = tx.c.rules.spotQuestions;
  open(tx, {
    id: `SPOT:${inject}:${agency}`, ruleId: "SPOT-QUESTION", kind: "act", agency, to: askedBy,
    actions: [{ type: "message" }, { type: "report" }, { type: "acknowledge" }],
    deadlineMs: tx.t + q.withinMin * MIN, basis: q.basis, text: q.text,
  });
}

/**
 * A demand for a report delivered to `agency` (an inject's `reportDemand`: the city's 「一小时内报送书面信息」): it owes
 * `askedBy` a report of the demanded mode within the demand's minutes (review18 school 4: the bureau never sent the
 * written information due 01:40, and nothing said so). Met by a report there (telling.ts meetsReportDuty; an oral
 * demand also by a call that tells). Shapes: `withinMin` minutes from now; `text` and `basis` the scenario's words.
 */
export function openDemand(tx: Tx, inject: string, agency: string, askedBy: string, d: { withinMin: number; mode: "oral" | "written" | "any"; text: LocalText; basis: string }): void {
  open(tx, {
    id: `DEMAND:${inject}:${agency}`, ruleId: "DEMAND", kind: "report", agency, to: askedBy, mode: d.mode,
    deadlineMs: tx.t + d.withinMin * MIN, basis: d.basis, text: d.text,
  });
}
