/**
 * The replay's time slider. A range input only takes min + k·step, so its End key and its far right stop at the
 * last such value below max: with a fixed one-minute step a drill that ended at T+00:33:45 could not be shown
 * after T+00:33:00 (newcomer trial: an answer at 00:33:44 never appeared). The step here is the coarsest of a few
 * round lengths that divides the drill's end, down to the engine's tick (every state time is a whole number of
 * ticks), so the slider's last position is the drill's end.
 */
const ROUND_STEPS_MS = [60_000, 30_000, 15_000, 10_000, 5_000, 1_000];

export interface ScrubRange { min: number; max: number; step: number }

/**
 * @example scrubRange(2_025_000, 1_000) // { min: 0, max: 2025000, step: 15000 }: End shows T+00:33:45
 */
export function scrubRange(endMs: number, tickMs: number): ScrubRange {
  const end = Math.max(0, Math.round(endMs));
  const step = ROUND_STEPS_MS.find((s) => s >= tickMs && end % s === 0) ?? (tickMs > 0 && end % tickMs === 0 ? tickMs : 1);
  return { min: 0, max: end, step };
}
