/**
 * The rerun memo's lent store of finished runs (engine/evaluate/references.ts shareFinishedRuns; the suite lends its run
 * folder, tests/support/shared-runs.ts): a run replayed to the drill's end is put there as the replay ended it, and a run
 * the memo does not hold is taken from the store instead of replayed. No response to the school fire at seed 13 (a seed
 * no other test replays): one 2-hour drill, replayed once here by replay.run as the independent value.
 */
import { afterAll, describe, expect, it } from "vitest";
import { harmOf, referenceAt, referenceStateAt } from "../../engine/evaluate/references.ts";
import { shareFinishedRuns, type FinishedRun } from "../../engine/evaluate/run-store.ts";
import { run, stateHash } from "../../engine/replay.ts";
import { compiled } from "../helpers.ts";

describe("the rerun memo's store of finished runs", () => {
  const c = compiled("school-fire");
  const puts: Array<[string, FinishedRun]> = [];
  shareFinishedRuns({ get: () => undefined, put: (key, r) => puts.push([key, r]) });
  const plain = run(c, 13, []);
  // the time an evaluation asks its references for: its drill's final state's (evaluate.ts)
  const end = plain.state.tMs;
  const asked = referenceStateAt(c, 13, [], end);
  // the next test file lends its own (its setup file runs again)
  afterAll(() => shareFinishedRuns(undefined));

  it("gets each run that reached the drill's end once, with the state and figures its replay ends on", () => {
    expect(puts).toHaveLength(1);
    const [key, kept] = puts[0]!;
    expect(key).toContain("|13|[]");
    expect(kept.state.ended).toBe(true);
    expect(stateHash(c, kept.state)).toBe(stateHash(c, plain.state));
    expect(kept.series.at(-1)!.f).toEqual(harmOf({ ...plain.state.casualties, trapped: kept.series.at(-1)!.f.trapped }));
    expect(referenceAt(c, 13, [], end)).toEqual(kept.series.at(-1)!.f);
    expect(asked).toBe(kept.state);
  });

  it("answers a run it does not hold from the store, not by replaying it", () => {
    const kept = puts[0]![1];
    shareFinishedRuns({ get: () => kept, put: () => expect.unreachable("a run read from the store is not put back") });
    // seed 14 was never replayed: the memo misses, the store answers with the run it holds (the same object)
    expect(referenceStateAt(c, 14, [], end)).toBe(kept.state);
    expect(referenceAt(c, 14, [], end)).toBe(kept.series.at(-1)!.f);
  });
});
