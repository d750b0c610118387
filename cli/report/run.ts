/**
 * What a live drill's report adds of the run itself (the store's record, audit and log; server/http/report-run.ts):
 * the day it was run (not the scenario's in-fiction date), who took part under the names they entered, and
 * which agencies a bot played: every place the report names such an agency says so, so its faults read as the bot's.
 */
import type { LocalText } from "../../engine/model/ids.ts";
import type { WordedReport } from "./worded.ts";

export interface DrillRun {
  /** wall-clock ISO time the drill was run: when its clock first started (else when it was made) */
  ranAt: string;
  /** minutes east of UTC where it was run (the server's zone): the time is shown as read there */
  utcOffsetMin: number;
  /** agencies a bot played for all or part of the drill */
  bots: string[];
  /** per seat (agency id, "director", "evaluator", "observer"), the names people entered joining, first join first */
  people: Array<{ seat: string; names: string[] }>;
}

export const BOT_TAG: LocalText = { zh: "（机器人代演）", en: " (played by a bot)" };
/** an agency a bot played for part of the drill and people for the rest (a seat switched between them) */
export const PART_BOT_TAG: LocalText = { zh: "（部分时段机器人代演）", en: " (played by a bot for part of the drill)" };

/**
 * The report with `run` set and each bot-played agency's name tagged, wherever the report names it: BOT_TAG when no
 * person ever joined its seat, PART_BOT_TAG when people played it too (newcomer r31: a seat a bot held for two
 * minutes read 「（机器人代演）」 on every finding of the person who played it the rest of the drill).
 */
export function withRun(r: WordedReport, run: DrillRun): WordedReport & { run: DrillRun } {
  const bots = new Set(run.bots);
  const staffed = new Set(run.people.filter((p) => p.names.length > 0).map((p) => p.seat));
  const tag = (id: string) => (staffed.has(id) ? PART_BOT_TAG : BOT_TAG);
  const agencies = r.agencies.map((a) => (bots.has(a.id) ? { ...a, name: { zh: a.name.zh + tag(a.id).zh, en: a.name.en + tag(a.id).en } } : a));
  return { ...r, agencies, run };
}

/**
 * "2026-12-03 21:08（UTC+08:00）": the run's wall time read in the scenario's own time zone (its clock.start's offset,
 * "+08:00"), the zone every other time of the report is in; newcomer 22 read 「演练实施时间 2026-12-03 13:08（UTC+00:00）」,
 * the server's zone, beside scenario times in UTC+08:00. `run.utcOffsetMin` (where it was run) only when the
 * scenario's start gives no zone.
 */
export function ranAtText(run: Pick<DrillRun, "ranAt" | "utcOffsetMin">, scenarioStart?: string): LocalText {
  const zoned = zoneOf(scenarioStart);
  run = { ...run, utcOffsetMin: zoned ?? run.utcOffsetMin };
  const at = new Date(Date.parse(run.ranAt) + run.utcOffsetMin * 60_000).toISOString();
  const off = Math.abs(run.utcOffsetMin);
  const zone = `UTC${run.utcOffsetMin < 0 ? "−" : "+"}${String(Math.floor(off / 60)).padStart(2, "0")}:${String(off % 60).padStart(2, "0")}`;
  const stamp = `${at.slice(0, 10)} ${at.slice(11, 16)}`;
  return { zh: `${stamp}（${zone}）`, en: `${stamp} (${zone})` };
}

/** Minutes east of UTC of an ISO time's zone ("+08:00" → 480, "Z" → 0); undefined when it names none. */
function zoneOf(iso: string | undefined): number | undefined {
  if (iso === undefined) return undefined;
  if (iso.endsWith("Z")) return 0;
  const m = /([+-])(\d\d):(\d\d)$/.exec(iso);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : undefined;
}
