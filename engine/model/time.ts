/** Simulated time: integer milliseconds from the drill's start. Never a wall clock. */
export type SimMs = number;

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

const CLOCK = /^(\d{1,3}):([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?$/;

/**
 * A cadence that does not depend on the tick length: a task due every `everyMs` (exposure every
 * 10 s, observation every minute) runs at the first tick at or after each multiple of `everyMs`.
 * Returns undefined when no multiple falls in (t − tickMs, t]; otherwise the simulated ms since
 * the tick that last ran it (0 at the start), so rates are applied to the time that actually passed.
 */
export function cadence(tMs: SimMs, tickMs: SimMs, everyMs: SimMs): SimMs | undefined {
  if (Math.floor(tMs / everyMs) * everyMs <= tMs - tickMs) return undefined;
  if (tMs < tickMs) return 0;
  const previousMultiple = Math.floor((tMs - tickMs) / everyMs) * everyMs;
  return tMs - Math.ceil(previousMultiple / tickMs) * tickMs;
}

/**
 * When a command given at `atMs` takes effect: its own time, within the tick that applies it (so a
 * 60-s tick does not delay a 09:30 order to 10:00), never before that tick's start.
 */
export function effectiveAt(atMs: SimMs, tMs: SimMs, tickMs: SimMs): SimMs {
  return Math.min(tMs, Math.max(atMs, tMs - tickMs));
}

/** "HH:MM:SS" (or "HH:MM:SS.mmm") counted from the drill's start → ms; undefined when malformed. */
export function parseClock(text: string): SimMs | undefined {
  const m = CLOCK.exec(text.trim());
  if (!m) return undefined;
  const [, h, min, s, frac] = m;
  const ms = frac ? Number(frac.padEnd(3, "0")) : 0;
  return Number(h) * HOUR + Number(min) * MINUTE + Number(s) * SECOND + ms;
}

/** ms → "HH:MM:SS" (drill-relative). */
export function formatClock(ms: SimMs): string {
  const sign = ms < 0 ? "-" : "";
  const abs = Math.abs(Math.floor(ms / SECOND));
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  return `${sign}${pad(h)}:${pad(m)}:${pad(s)}`;
}

/** Minutes and seconds, for deadlines: 1'30" style → "1:30". */
export function formatDuration(ms: SimMs): string {
  const abs = Math.abs(Math.round(ms / SECOND));
  const h = Math.floor(abs / 3600);
  const m = Math.floor((abs % 3600) / 60);
  const s = abs % 60;
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

export interface WallStart {
  year: number;
  month: number;
  day: number;
  /** seconds after local midnight */
  secondOfDay: number;
  /** "+08:00", "-05:30" or "+00:00" (for Z) */
  zone: string;
}

const START = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A scenario's wall-clock start, "2026-06-12T09:40:00+08:00" (seconds optional, Z for UTC) →
 * its parts; undefined when malformed or when the date or time does not exist (30 February,
 * 24:00, an offset beyond ±14:00).
 */
export function parseStart(iso: string): WallStart | undefined {
  const m = START.exec(iso);
  if (!m) return undefined;
  const [year, month, day, h, min, s] = m.slice(1, 7).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const zone = m[7] === "Z" ? "+00:00" : m[7]!;
  const [zh, zm] = zone.slice(1).split(":").map(Number) as [number, number];
  // Gregorian calendar by arithmetic (the engine reads no Date): 30 February and 31 April do not exist
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (daysInMonth === undefined || day < 1 || day > daysInMonth || h > 23 || min > 59 || s > 59 || zh > 14 || zm > 59 || (zh === 14 && zm > 0)) return undefined;
  return { year, month, day, secondOfDay: h * 3600 + min * 60 + s, zone };
}

/**
 * Wall-clock label for timelines and reports: the start plus `ms`, with the time zone, and the
 * drill day from the second day on: "09:52:10 UTC+08:00", "D2 09:23:00 UTC+08:00".
 */
export function wallClock(startIso: string, ms: SimMs): string {
  const start = parseStart(startIso);
  if (!start) return formatClock(ms);
  const total = start.secondOfDay + Math.floor(ms / SECOND);
  const day = Math.floor(total / 86400) + 1;
  const t = ((total % 86400) + 86400) % 86400;
  return `${day > 1 ? `D${day} ` : ""}${pad(Math.floor(t / 3600))}:${pad(Math.floor((t % 3600) / 60))}:${pad(t % 60)} UTC${start.zone}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
