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

/** Wall-clock label for reports: scenario start "2026-06-12T09:40:00+08:00" plus ms → "09:52:10". */
export function wallClock(startIso: string, ms: SimMs): string {
  const m = /T(\d{2}):(\d{2}):(\d{2})/.exec(startIso);
  if (!m) return formatClock(ms);
  const base = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  const total = (base + Math.floor(ms / SECOND)) % 86400;
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
