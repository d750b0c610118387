/**
 * The report model with its timeline worded: each event's line in Chinese and English, through
 * the shared i18n catalogues (the engine's report model carries the events, never sentences).
 */
import type { Compiled } from "../../engine/compile.ts";
import type { ReportModel, TimelineEntry } from "../../engine/evaluate/report-model.ts";
import type { LocalText } from "../../engine/model/ids.ts";
import { describeEvent, words } from "../../i18n/describe.ts";

export interface WordedEntry extends TimelineEntry {
  text: LocalText;
}

export type WordedReport = Omit<ReportModel, "timeline"> & { timeline: WordedEntry[] };

export function wordReport(c: Compiled, r: ReportModel): WordedReport {
  const zh = words(c, "zh-CN");
  const en = words(c, "en");
  return {
    ...r,
    timeline: r.timeline.map((e) => ({ ...e, text: { zh: describeEvent(c, zh, e.event) ?? "", en: describeEvent(c, en, e.event) ?? "" } })),
  };
}
