/**
 * A drill stopped early and evaluated against the same log's whole run (kept by runKeepingReference when the shell
 * evaluates the finished drill) is measured on its own moment: referenceStateAt returns the state the log reaches at
 * the asked time, the same state replay.run reaches when stopped there (the engine is a pure function of scenario,
 * seed and log), never the later state the memo already holds.
 */
import { describe, expect, it } from "vitest";
import { referenceStateAt, runKeepingReference } from "../../engine/evaluate/references.ts";
import { lentStore, shareFinishedRuns, type FinishedRun } from "../../engine/evaluate/run-store.ts";
import { run, stateHash } from "../../engine/replay.ts";
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

  it("of a whole run the store lent (its start and end known, nothing between) is replayed once per moment: asked again, or for a later moment, it steps on from there", () => {
    // no response to the school fire at seed 21 (no other test replays it), lent as the suite's store lends a run: a
    // state past the moments asked (seed 20's at 00:30, a stand-in the engine cannot tell apart) and its harm figures
    const c = compiled("school-fire");
    const end = run(c, 20, [], { untilMs: ms("00:30:00") }).state;
    const lent: FinishedRun = { state: end, series: [{ tMs: 0, f: { deaths: 0, seriousInjuries: 0, injured: 0, trapped: 0 } }], next: 0, lastT: end.tMs - c.tickMs };
    const before = lentStore();
    shareFinishedRuns({ get: () => lent, put: () => undefined });
    try {
      // earlier moments than the lent state's are replayed from seed 21's own start
      const at10 = referenceStateAt(c, 21, [], ms("00:10:00"));
      const at20 = referenceStateAt(c, 21, [], ms("00:20:00"));
      const at15 = referenceStateAt(c, 21, [], ms("00:15:00"));
      for (const [t, got] of [["00:10:00", at10], ["00:20:00", at20], ["00:15:00", at15]] as const) {
        expect(stateHash(c, got), t).toBe(stateHash(c, run(c, 21, [], { untilMs: ms(t) }).state));
      }
      // the same moment asked again is the state already reached, not a second replay
      expect(referenceStateAt(c, 21, [], ms("00:10:00"))).toBe(at10);
      expect(referenceStateAt(c, 21, [], ms("00:20:00"))).toBe(at20);
    } finally {
      shareFinishedRuns(before);
    }
  });
});

