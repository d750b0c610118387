/**
 * Mutation fuzzing of the file loaders (issue 8 item 5): seeded mutants of every shipped scenario
 * and play — hostile numbers, typos in values, lost lines, alias bombs, self-referencing aliases,
 * merge keys — never crash, and every problem names its field and what was expected. The full
 * 1,000 + 1,000 with timings is `npm run bench` (bench/fuzz-files.ts); here 25 + 25 per scenario.
 */
import { describe, expect, it } from "vitest";
import { compiled, text } from "../helpers.ts";
import { fuzzPlay, fuzzScenario } from "../support/fuzz-run.ts";

const N = 25;
const HORIZON_MS = 5 * 60_000;

describe.each(["chemical-leak", "mine-flood", "school-fire"])("%s", (id) => {
  it(`${N} mutated scenario files: no crash, every message actionable`, () => {
    const file = `scenarios/${id}.yaml`;
    const source = text(file);
    const results = Array.from({ length: N }, (_, i) => fuzzScenario(source, file, i, HORIZON_MS));
    expect(results.flatMap((r) => (r.crash ? [r.crash] : []))).toEqual([]);
    expect(results.flatMap((r) => r.useless)).toEqual([]);
    // the mutants are mostly broken files, but not all: some typos land in free text
    expect(results.filter((r) => !r.valid).length).toBeGreaterThan(N / 2);
  });

  it(`${N} mutated plays: no crash, every message actionable`, () => {
    const c = compiled(id);
    const source = text(`scenarios/plays/${id}.good.yaml`);
    const results = Array.from({ length: N }, (_, i) => fuzzPlay(source, c, i, HORIZON_MS));
    expect(results.flatMap((r) => (r.crash ? [r.crash] : []))).toEqual([]);
    expect(results.flatMap((r) => r.useless)).toEqual([]);
    expect(results.filter((r) => !r.valid).length).toBeGreaterThan(N / 4);
  });
});
