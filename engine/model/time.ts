/** Simulated time: integer milliseconds from the drill's start. Never a wall clock. */
export type SimMs = number;

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

const CLOCK = /^(\d{1,3}):([0-5]\d):([0-5]\d)(?:\.(\d{1,3}))?$/;

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
