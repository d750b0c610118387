/**
 * A drill made paused, before its director starts it (newcomer trial 17 item 6): a seat joining
 * then read only 已暂停 and could not tell whether anything had happened yet. Paused at T+0 (not
 * ended) is "not started"; paused later, or ended, is not.
 */
import { describe, expect, it } from "vitest";
import { notStarted } from "../../client/model/console.ts";

describe("not started", () => {
  it("is a paused drill at T+0", () => {
    expect(notStarted({ tMs: 0, paused: true, ended: false })).toBe(true);
  });

  it("is not a drill under way, paused after it ran, or ended at T+0", () => {
    expect(notStarted({ tMs: 0, paused: false, ended: false })).toBe(false);
    expect(notStarted({ tMs: 600_000, paused: true, ended: false })).toBe(false);
    expect(notStarted({ tMs: 0, paused: true, ended: true })).toBe(false);
  });

  // a double-blind seat not yet told has no clock (view-store's NO_CLOCK reads paused at T+0): telling it "not started"
  // would say whether the drill runs, which double-blind withholds; it reads 待命 instead
  it("is never said to a double-blind seat on standby", () => {
    expect(notStarted({ tMs: 0, paused: true, ended: false, standby: true })).toBe(false);
  });
});
