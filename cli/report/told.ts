/**
 * Who really told whom (issue 10 §3): one row per agency of the linkage table — when it first
 * learnt of the incident, from whom (an agency, or a scenario inject that the scenario marks as
 * notifying), by which event (#n of the timeline), and by when it should have been told under
 * the linkage rules. Drawn from the report model's linkage rows (engine/evaluate/linkage.ts), so
 * the table says what the findings say. Shared by the Markdown and HTML renderers.
 */
import type { LocalText } from "../../engine/model/ids.ts";
import { formatClock } from "../../engine/model/time.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { span } from "../../engine/evaluate/context.ts";
import { agencyText } from "./text.ts";

export type ToldVerdict = "onTime" | "late" | "never" | "noLimit" | "notYetDue";

export interface ToldRow {
  agency: string;
  /** first learnt of the incident (simulated ms); undefined: never told */
  toldAtMs?: number;
  /** the agency that told it, or "scenario" for an inject */
  by?: string;
  /** the timeline event that told it */
  event?: number;
  /** by when the linkage rules say it should have been told; undefined: no rule times the notice */
  dueMs?: number;
  verdict: ToldVerdict;
}

/** The rows, in the order the linkage table holds its agencies. */
export function toldRows(r: ReportModel): ToldRow[] {
  return r.linkage.rows.map((l): ToldRow => {
    const verdict: ToldVerdict =
      l.notifiedAtMs === undefined
        ? l.notifyDeadlineMs !== undefined && l.notifyDeadlineMs > r.endMs ? "notYetDue" : "never"
        : l.notifyDeadlineMs === undefined ? "noLimit" : l.notifiedAtMs <= l.notifyDeadlineMs ? "onTime" : "late";
    return {
      agency: l.agency,
      ...(l.notifiedAtMs !== undefined ? { toldAtMs: l.notifiedAtMs } : {}),
      ...(l.notifiedBy !== undefined ? { by: l.notifiedBy } : {}),
      ...(l.notifiedEvent !== undefined ? { event: l.notifiedEvent } : {}),
      ...(l.notifyDeadlineMs !== undefined ? { dueMs: l.notifyDeadlineMs } : {}),
      verdict,
    };
  });
}

export const TOLD_TITLE: LocalText = { zh: "谁通知了谁（联动单位获知事故信息的时间与来源）", en: "Who told whom (when each linked agency learnt of the incident, and from whom)" };

export const TOLD_HEAD: readonly LocalText[] = [
  { zh: "单位", en: "Agency" },
  { zh: "获知时间", en: "Learnt at" },
  { zh: "通知方", en: "Told by" },
  { zh: "事件", en: "Event" },
  { zh: "应通知时限", en: "Should have been told by" },
  { zh: "结论", en: "Verdict" },
];

const VERDICT: Record<ToldVerdict, LocalText> = {
  onTime: { zh: "按时通知", en: "told in time" },
  late: { zh: "通知迟延", en: "told late" },
  never: { zh: "始终未通知", en: "never told" },
  noLimit: { zh: "已通知（无通知时限）", en: "told (no time limit)" },
  notYetDue: { zh: "尚未通知，未到期", en: "not told yet, not yet due" },
};

const DASH: LocalText = { zh: "—", en: "—" };
const same = (s: string): LocalText => ({ zh: s, en: s });

/** A row's cells in both languages; `event` is the bare number (the renderer links or prefixes it). */
export function toldCells(r: ReportModel, x: ToldRow): { agency: LocalText; at: LocalText; by: LocalText; event?: number; due: LocalText; verdict: LocalText } {
  const late = x.verdict === "late" && x.toldAtMs !== undefined && x.dueMs !== undefined ? x.toldAtMs - x.dueMs : 0;
  const by = span(late);
  const verdict = late > 0 ? { zh: `${VERDICT.late.zh}（迟 ${by.zh}）`, en: `${VERDICT.late.en} (${by.en} late)` } : VERDICT[x.verdict];
  return {
    agency: agencyText(r, x.agency),
    at: x.toldAtMs === undefined ? DASH : same(formatClock(x.toldAtMs)),
    by: x.by === undefined ? DASH : agencyText(r, x.by),
    ...(x.event !== undefined ? { event: x.event } : {}),
    due: x.dueMs === undefined ? { zh: "无时限", en: "no limit" } : same(formatClock(x.dueMs)),
    verdict,
  };
}
