/**
 * A drill keeps the rules profile and rubric it began with (house rule: replay reproduces a drill
 * exactly; design.md "The store"): after the files on disk change or break, recovery replays to the
 * same state hash, `verify` passes and the report scores with the rubric and against the best play
 * the drill was run under.
 * Drills stored before the profiles were kept (no rules_yaml) still read them from the folder.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LiveDrill } from "../../server/live/drill.ts";
import { bestPlayFor, rubricFor } from "../../server/live/scenario.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import { verifyDrill } from "../../server/store/verify.ts";

const YAML = readFileSync("scenarios/chemical-leak.yaml", "utf8");
const RULES = readFileSync("scenarios/rules/county-default.yaml", "utf8");
const RUBRIC = readFileSync("scenarios/rubrics/default.yaml", "utf8");
const BEST = readFileSync("scenarios/plays/chemical-leak.good.yaml", "utf8");
const settings = { blindness: "DOUBLE_BLIND" as const, speed: 1, bots: [] };

let dir: string;
let before: string | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "profiles-"));
  cpSync("scenarios", dir, { recursive: true });
  before = process.env.LIANYAN_SCENARIOS;
  process.env.LIANYAN_SCENARIOS = dir;
});
afterEach(() => {
  if (before === undefined) delete process.env.LIANYAN_SCENARIOS;
  else process.env.LIANYAN_SCENARIOS = before;
  rmSync(dir, { recursive: true, force: true });
});

/** A drill that has run 30 simulated minutes, its clock and state hash recorded as the room does. */
function ranDrill() {
  const store = openSqliteStore(":memory:");
  const { drill } = LiveDrill.create(store, { scenarioYaml: YAML, file: "chemical-leak.yaml", seed: 7, settings });
  drill.tick(30 * 60);
  drill.persistClock(true);
  return { store, drill, id: drill.id };
}

describe("a drill keeps the profiles it began with", () => {
  it("stores the rules profile and the rubric texts as they were at creation", () => {
    const { store, id } = ranDrill();
    const rec = store.getDrill(id)!;
    expect(rec.rulesYaml).toBe(RULES);
    expect(rec.rubricYaml).toBe(RUBRIC);
    expect(rec.bestPlayYaml).toBe(BEST);
  });

  it("recovers, verifies and scores the same after the files on disk are broken", () => {
    const { store, drill, id } = ranDrill();
    const hash = drill.hash();
    const score = (() => {
      const r = rubricFor(drill.c, store.getDrill(id)!);
      return r.ok ? r.value.sections.map((s) => s.weight) : [];
    })();
    writeFileSync(join(dir, "rules", "county-default.yaml"), "reporting: [unclosed\n");
    writeFileSync(join(dir, "rubrics", "default.yaml"), "sections: 42\n");
    const best = bestPlayFor(drill.c, store.getDrill(id)!);
    writeFileSync(join(dir, "plays", "chemical-leak.good.yaml"), "commands: [\n");
    const rec = store.getDrill(id)!;
    const rebuilt = LiveDrill.rebuild(rec, store.log(id));
    expect(rebuilt.hash()).toBe(hash);
    expect(verifyDrill(store, id, join(dir, "rules"))).toMatchObject({ ok: true, stateHash: hash });
    const rubric = rubricFor(rebuilt.c, rec);
    expect(rubric.ok && rubric.value.sections.map((s) => s.weight)).toEqual(score);
    expect(best?.commands.length).toBeGreaterThan(10);
    expect(bestPlayFor(rebuilt.c, rec)).toEqual(best);
  });

  it("a drill stored before profiles were kept reads them from the rules folder", () => {
    const { store, drill, id } = ranDrill();
    const { rulesYaml: _r, rubricYaml: _b, ...old } = store.getDrill(id)!;
    expect(LiveDrill.rebuild(old, store.log(id)).hash()).toBe(drill.hash());
    writeFileSync(join(dir, "rules", "county-default.yaml"), "reporting: [unclosed\n");
    expect(() => LiveDrill.rebuild(old, store.log(id))).toThrow(/no longer loads/);
  });
});
