/**
 * step() never writes the state it is given (design.md: the engine is a pure function; tx.ts):
 * the building fire shares unchanged people arrays, rooms, counts and credits between ticks
 * and copies an array only when it writes it (fire/state.ts PeopleDraft), so a write that missed
 * its copy would change the previous tick's state. Every state handed to step() here is frozen
 * to the last array, so such a write throws; the run must still end on the unfrozen run's hash.
 */
import { describe, expect, it } from "vitest";
import { init } from "../../engine/init.ts";
import type { Command } from "../../engine/model/commands.ts";
import { stateHash } from "../../engine/replay.ts";
import { step } from "../../engine/step.ts";
import { compiled, playOf, runPlay } from "../helpers.ts";

function freeze(o: unknown, seen = new Set<object>()): void {
  if (o === null || typeof o !== "object" || seen.has(o)) return;
  seen.add(o);
  Object.freeze(o);
  for (const v of Object.values(o)) freeze(v, seen);
}

describe("building fire: step leaves the previous state untouched", () => {
  for (const kind of ["poor", "good"]) {
    it(`school-fire ${kind} play, every state frozen before its tick, ends on the same hash`, () => {
      const c = compiled("school-fire");
      const commands: Command[] = playOf(c, `scenarios/plays/school-fire.${kind}.yaml`);
      const sorted = [...commands].sort((a, b) => a.at - b.at || a.seq - b.seq);
      let state = init(c, 7);
      let next = 0;
      while (!state.ended) {
        const due: Command[] = [];
        while (next < sorted.length && sorted[next]!.at <= state.tMs) due.push(sorted[next++]!);
        freeze(state);
        state = step(c, state, due).state;
      }
      expect(stateHash(c, state)).toBe(runPlay(c, commands, 7).hash);
    });
  }
});
