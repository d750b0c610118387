/**
 * A drill stopped early and evaluated against the same log's whole run (kept by runKeepingReference when the shell
 * evaluates the finished drill) is measured on its own moment: referenceStateAt returns the state the log reaches at
 * the asked time, the same state replay.run reaches when stopped there (the engine is a pure function of scenario,
 * seed and log), never the later state the memo already holds.
 */
import { describe, expect, it } from "vitest";
import { referenceStateAt, runKeepingReference } from "../../engine/evaluate/references.ts";
import { stateHash } from "../../engine/replay.ts";
import { compiled, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay } from "./fixtures.ts";

describe("the reference state of a log at an earlier moment than its kept whole run", () => {
  it("is the state at that moment (mine-flood poor play, 01:00), not the run's end at 04:00", () => {
    const c = compiled("mine-flood");
    const commands = playOf(c, `${SCENARIOS}/plays/mine-flood.poor.yaml`);
    const whole = runKeepingReference(c, 7, commands, bestPlay("mine-flood", c));
    expect(whole.state.tMs).toBeGreaterThanOrEqual(ms("04:00:00"));
    const stopped = runPlay(c, commands, 7, ms("01:00:00"));
    const at = referenceStateAt(c, 7, commands, stopped.state.tMs);
    expect(at.tMs).toBe(stopped.state.tMs);
    expect(stateHash(c, at)).toBe(stopped.hash);
    // the whole run is still the reference for its end
    expect(stateHash(c, referenceStateAt(c, 7, commands, whole.state.tMs))).toBe(stateHash(c, whole.state));
  });
});
