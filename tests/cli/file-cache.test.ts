/**
 * The cache of checked files (cli/file-cache.ts): a second `drill run` of the same files skips
 * the YAML parse and the checks, yet gives the same drill, and an edited scenario, rules profile
 * or play is checked again, never served from the cache.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { useFileCache } from "../../cli/file-cache.ts";
import { loadPlay, loadScenario } from "../../cli/files.ts";
import { playCommands, run, stateHash } from "../../engine/replay.ts";

let dir: string;
let cache: string;
const scenario = () => join(dir, "chemical-leak.yaml");
const rules = () => join(dir, "rules", "county-default.yaml");
const play = () => join(dir, "plays", "chemical-leak.good.yaml");

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "drill-cache-"));
  cache = join(dir, ".cache");
  mkdirSync(join(dir, "rules"));
  mkdirSync(join(dir, "plays"));
  copyFileSync("scenarios/chemical-leak.yaml", scenario());
  copyFileSync("scenarios/rules/county-default.yaml", rules());
  copyFileSync("scenarios/plays/chemical-leak.good.yaml", play());
  useFileCache(cache);
});
afterEach(() => useFileCache(undefined));

function hashOf(): string {
  const s = loadScenario(scenario());
  if (!s.ok) throw new Error(JSON.stringify(s.problems));
  const p = loadPlay(play(), s.value.compiled);
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  return stateHash(s.value.compiled, run(s.value.compiled, 1, playCommands(p.value)).state);
}

const edit = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, "utf8").replace(from, to));

describe("the cache of checked files", () => {
  it("stores the scenario and the play once checked, and a run from the cache is the same drill", () => {
    useFileCache(undefined);
    const uncached = hashOf();
    useFileCache(cache);
    expect(hashOf()).toBe(uncached);
    expect(readdirSync(cache)).toHaveLength(2); // the scenario with its rules, and the play
    expect(hashOf()).toBe(uncached);
  });

  it("checks an edited scenario again", () => {
    hashOf();
    edit(scenario(), "rules: county-default", "rules: county-defualt");
    const s = loadScenario(scenario());
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.problems[0]!.message).toContain('no rules profile "county-defualt"');
  });

  it("checks the scenario again when its rules profile was edited", () => {
    hashOf();
    edit(rules(), "grading:", "gradeing:");
    expect(loadScenario(scenario()).ok).toBe(false);
  });

  it("checks an edited play again", () => {
    hashOf();
    edit(play(), "units: ent-team", "units: ent-teem");
    const s = loadScenario(scenario());
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    const p = loadPlay(play(), s.value.compiled);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.problems.map((x) => x.message).join("\n")).toContain("ent-teem");
  });

  it("never stores a file with problems, so its messages keep their lines", () => {
    edit(scenario(), "rules: county-default", "rules: county-defualt");
    expect(loadScenario(scenario()).ok).toBe(false);
    const again = loadScenario(scenario());
    expect(again.ok).toBe(false);
    // the line of the misspelt `rules:` in the file as it stands
    const line = readFileSync(scenario(), "utf8").split("\n").findIndex((l) => l.startsWith("rules: county-defualt")) + 1;
    expect(line).toBeGreaterThan(0);
    if (!again.ok) expect(again.problems[0]!.line).toBe(line);
  });
});
