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

export type ToldVerdict = "onTime" | "late" | "never" | "noLimit" | "notYetDue" | "found";

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
  /** the inject's source, when a scenario inject told it */
  source?: LocalText;
  /** who had to tell it, when someone else did (its notice was not given by the one who owed it) */
  notifier?: string;
  /** whose 谎报 kept the notice from `notifier` (engine/evaluate/kept-notice.ts): the deadline is a true report's */
  keptBy?: string;
  /** it knew by its own command about the incident, before anyone told it (`toldAtMs`, `event` are that command's) */
  self?: true;
}

/**
 * The rows, one per agency, in the order the linkage table first holds it. An agency with several
 * duties (the mine's own response and its rescue of the trapped) learnt of the incident once: its row
 * is the duty that times the notice, if any does.
 */
export function toldRows(r: ReportModel): ToldRow[] {
  const byAgency = new Map<string, ReportModel["linkage"]["rows"][number]>();
  for (const l of r.linkage.rows) {
    const had = byAgency.get(l.agency);
    if (!had || (had.notifyDeadlineMs === undefined && l.notifyDeadlineMs !== undefined)) byAgency.set(l.agency, l);
  }
  return [...byAgency.values()].map((l): ToldRow => {
    // The incident unit found it itself (told by the scenario: its own teacher, its own sensors), unless a notice to it
    // by another seat was timed (the mine's head, told by its dispatch room).
    const found = l.incidentUnit && l.notifiedAtMs !== undefined && (l.notifyDeadlineMs === undefined || l.notifiedBy === "scenario");
    const verdict: ToldVerdict = found ? "found"
      : l.notifiedAtMs === undefined
        ? l.notifyDeadlineMs !== undefined && l.notifyDeadlineMs > r.endMs ? "notYetDue" : "never"
        : l.notifyDeadlineMs === undefined ? "noLimit" : l.notifiedAtMs <= l.notifyDeadlineMs ? "onTime" : "late";
    // it issued a command about the incident before anyone told it: it knew then, by itself (review r22 chemical (b): the
    // brigade dispatching from 00:13 is not "told at 00:56:48" by its own recon team)
    const self = !found ? l.knewByAct : undefined;
    if (self) {
      return {
        agency: l.agency, toldAtMs: self.atMs, event: self.event,
        ...(l.notifyDeadlineMs !== undefined ? { dueMs: l.notifyDeadlineMs } : {}),
        verdict: l.notifyDeadlineMs === undefined ? "noLimit" : self.atMs <= l.notifyDeadlineMs ? "onTime" : "late",
        self: true,
      };
    }
    return {
      agency: l.agency,
      ...(l.notifiedAtMs !== undefined ? { toldAtMs: l.notifiedAtMs } : {}),
      ...(l.notifiedBy !== undefined ? { by: l.notifiedBy } : {}),
      ...(l.notifiedEvent !== undefined ? { event: l.notifiedEvent } : {}),
      ...(l.notifyDeadlineMs !== undefined ? { dueMs: l.notifyDeadlineMs } : {}),
      verdict,
      ...(l.notifiedBySource ? { source: l.notifiedBySource } : {}),
      ...(l.notifier ? { notifier: l.notifier } : {}),
      ...(l.keptBy ? { keptBy: l.keptBy } : {}),
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
  found: { zh: "事故单位，自行发现", en: "the incident unit: found it itself" },
};

/** The verdict when someone other than the agency that owed the notice told it (review15 school 6): it learnt, nobody notified it. */
const LEARNT: Partial<Record<ToldVerdict, (n: LocalText) => LocalText>> = {
  onTime: (n) => ({ zh: `按时获知（非${n.zh}通知）`, en: `learnt in time (not told by ${n.en})` }),
  late: (n) => ({ zh: `${n.zh}未通知，经他方获知`, en: `not told by ${n.en}; learnt elsewhere` }),
  noLimit: () => ({ zh: "已获知（无通知时限）", en: "learnt (no time limit)" }),
};

/**
 * A notice a 谎报 kept from its notifier (review16 mine C): the liar's, the deadline a true report would have set. `by`:
 * who told the agency at last, if anyone; a participant's notice is a late one, not none (engine kept-notice.ts, r28 mine 2).
 */
const KEPT = (liar: LocalText, n: LocalText, by: LocalText | undefined, learnt: boolean): LocalText => by
  ? {
      zh: `因${liar.zh}谎报，${n.zh}不知须通知，通知迟延（${by.zh}通知；记${liar.zh}，时限按如实报告计）`,
      en: `told late (by ${by.en}): ${liar.en}'s false report kept the need from ${n.en} (charged to ${liar.en}, limit as if reported truly)`,
    }
  : {
      zh: `因${liar.zh}谎报，${n.zh}不知须通知，未通知（记${liar.zh}，时限按如实报告计）${learnt ? "，经他方获知" : ""}`,
      en: `not told by ${n.en}: ${liar.en}'s false report kept the need from it (charged to ${liar.en}, limit as if reported truly)${learnt ? "; learnt elsewhere" : ""}`,
    };

/** Knew by its own command before anyone told it: nobody's notice reached it by then. */
const SELF: Partial<Record<ToldVerdict, LocalText>> = {
  onTime: { zh: "按时自行获知", en: "knew in time by itself" },
  late: { zh: "未获通知，自行获知", en: "not told; knew by itself" },
  noLimit: { zh: "自行获知（无通知时限）", en: "knew by itself (no time limit)" },
};
const SELF_BY: LocalText = { zh: "自行获知（其发出有关事故的指令）", en: "itself (it issued a command about the incident)" };

const DASH: LocalText = { zh: "—", en: "—" };
const same = (s: string): LocalText => ({ zh: s, en: s });

/** A row's cells in both languages; `event` is the bare number (the renderer links or prefixes it). */
export function toldCells(r: ReportModel, x: ToldRow): { agency: LocalText; at: LocalText; by: LocalText; event?: number; due: LocalText; verdict: LocalText } {
  const late = x.verdict === "late" && x.toldAtMs !== undefined && x.dueMs !== undefined ? x.toldAtMs - x.dueMs : 0;
  const by = span(late);
  // told at last by a participant (not an inject, not the director): the notice came, late
  const byChain = x.by !== undefined && x.by !== "scenario" && x.by !== "director" ? agencyText(r, x.by) : undefined;
  const learnt = x.keptBy !== undefined && x.notifier !== undefined ? KEPT(agencyText(r, x.keptBy), agencyText(r, x.notifier), byChain, x.toldAtMs !== undefined)
    : x.notifier !== undefined ? LEARNT[x.verdict]?.(agencyText(r, x.notifier)) : undefined;
  const head = (x.self ? SELF[x.verdict] : learnt) ?? VERDICT[x.verdict];
  const verdict = late > 0 ? { zh: `${head.zh}（迟 ${by.zh}）`, en: `${head.en} (${by.en} late)` } : head;
  return {
    agency: agencyText(r, x.agency),
    at: x.toldAtMs === undefined ? DASH : same(formatClock(x.toldAtMs)),
    by: x.self ? SELF_BY : x.by === undefined ? DASH : x.source ? { zh: `${x.source.zh}（情景注入）`, en: `${x.source.en} (scenario inject)` } : agencyText(r, x.by),
    ...(x.event !== undefined ? { event: x.event } : {}),
    due: x.dueMs === undefined ? { zh: "无时限", en: "no limit" } : same(formatClock(x.dueMs)),
    verdict,
  };
}
