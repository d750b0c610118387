/**
 * The replay's time slider reaches the drill's real end (newcomer trial: a double-blind chemical drill ended at
 * T+00:33:44, the slider's one-minute step stopped it at T+00:33:00, so a spot question answered at 00:33:44
 * read ✗ 超时未完成 at the replay's end). A range input takes only min + k·step: its End key and far right give
 * the largest such value not above max, which must be the drill's end.
 */
import { describe, expect, it } from "vitest";
import { simClock } from "../../client/i18n/describe.ts";
import { scrubRange } from "../../client/local/scrub.ts";

/** where a range input's End key (or a drag to the far right) puts it */
const endKey = (r: { min: number; max: number; step: number }): number => r.min + Math.floor((r.max - r.min) / r.step) * r.step;

describe("the replay's time slider", () => {
  it("reaches the end of the drill that stopped at T+00:33:45 (the tick after the answer at 00:33:44)", () => {
    const r = scrubRange(2_025_000, 1_000);
    expect(r.max).toBe(2_025_000);
    expect(`T+${simClock(endKey(r))}`).toBe("T+00:33:45");
  });

  it("lets End reach any end the engine can stop at, whatever its tick", () => {
    for (const tickMs of [1_000, 2_000, 5_000, 10_000, 30_000, 60_000]) {
      for (let end = 0; end <= 4 * 3_600_000; end += tickMs) expect(endKey(scrubRange(end, tickMs))).toBe(end);
    }
  });

  it("keeps whole minutes for a drill that ended on the minute", () => {
    expect(scrubRange(90 * 60_000, 1_000).step).toBe(60_000);
  });
});
