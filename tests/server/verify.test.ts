/**
 * `verifyDrill` and `drill verify` (issue 7 §9): a drill recorded the way the live server records
 * it (scenario text, seed, log, clock position and state hash) verifies; a tampered log, a changed
 * scenario text, a command the engine cannot read and a wrong state hash each fail with their
 * stage (and seq), and the CLI exits 1. Expected hashes come from an independent headless run of
 * the play file (cli/files.ts loader, engine/replay.ts), stopped when the state reaches the clock.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { parse as parseYaml } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../cli/main.ts";
import type { Compiled } from "../../engine/compile.ts";
import { compile } from "../../engine/compile.ts";
import { run, stateHash } from "../../engine/replay.ts";
import { parseRules, parseScenario } from "../../engine/scenario/load.ts";
import { parseClock } from "../../engine/model/time.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import type { Store } from "../../server/store/store.ts";
import { verifyDrill } from "../../server/store/verify.ts";
import { compiled as compiledScenario, playOf } from "../helpers.ts";

const SCENARIO = "scenarios/chemical-leak.yaml";
const PLAY = "scenarios/plays/chemical-leak.good.yaml";
const CLOCK = 40 * 60_000; // the drill has run 40 simulated minutes
const settings = { blindness: "DOUBLE_BLIND" as const, speed: 10, bots: [] };

/** The hash of the state a headless run holds when its clock first reads `clockMs`. */
function headlessHash(c: Compiled, clockMs: number, commands = playOf(c, PLAY)): string {
  let hash = "";
  run(c, 7, commands, { untilMs: clockMs, onTick: ({ state }) => void (state.tMs === clockMs && (hash = stateHash(c, state))) });
  return hash;
}

/** Record the good play's commands up to CLOCK as the room would: play-format JSON without at/by. */
function record(store: Store, id: string, scenarioYaml: string, stateHashAtClock: string): number {
  store.createDrill({ id, scenarioId: "chemical-leak", scenarioYaml, seed: 7, settings });
  const raw = (parseYaml(readFileSync(PLAY, "utf8")) as { commands: Record<string, unknown>[] }).commands;
  let n = 0;
  for (const [i, { at, by, note: _note, ...command }] of raw.entries()) {
    const atMs = parseClock(at as string)!;
    if (atMs >= CLOCK) continue;
    store.append(id, { atMs, by: by as string, person: "值班员", clientId: `c${i}`, command });
    n++;
  }
  store.setClock(id, CLOCK, stateHashAtClock);
  return n;
}

async function drill(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { log: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

let dir: string;
let file: string;
let expected: string;
let commands: number;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lianyan-verify-"));
  file = join(dir, "drills.sqlite");
  expected = headlessHash(compiledScenario("chemical-leak"), CLOCK);
  const s = openSqliteStore(file);
  commands = record(s, "d1", readFileSync(SCENARIO, "utf8"), expected);
  s.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tamper = (sql: string) => {
  const db = new Database(file);
  db.exec(sql);
  db.close();
};
const verify = (id = "d1") => {
  const s = openSqliteStore(file);
  try {
    return verifyDrill(s, id);
  } finally {
    s.close();
  }
};

describe("verifyDrill", () => {
  it("replays an intact drill to the headless run's state hash", () => {
    expect(commands).toBeGreaterThan(10);
    expect(verify()).toEqual({ ok: true, drillId: "d1", records: commands, head: expect.stringMatching(/^[0-9a-f]{64}$/), clockMs: CLOCK, reachedMs: CLOCK, stateHash: expected, stateRecorded: true });
  });

  it("fails at the chain stage, naming the seq, when a command was edited", () => {
    tamper(`UPDATE log SET command = replace(command, 'tank-v101', 'gate') WHERE seq = 1`);
    expect(verify()).toMatchObject({ ok: false, stage: "chain", seq: 1 });
  });

  it("fails at the state stage when the log replays to another state than the one recorded", () => {
    const s = openSqliteStore(file);
    s.setClock("d1", CLOCK, headlessHash(compiledScenario("chemical-leak"), CLOCK - 60_000));
    s.close();
    expect(verify()).toMatchObject({ ok: false, stage: "state", actual: expected });
  });

  it("fails at the scenario stage when the stored scenario text no longer has its hash", () => {
    tamper(`UPDATE drills SET scenario_yaml = replace(scenario_yaml, 'windSpeedMs: 3,', 'windSpeedMs: 5,')`);
    expect(verify()).toMatchObject({ ok: false, stage: "scenario" });
  });

  it("fails at the scenario stage when the drill claims another scenario than its text is", () => {
    tamper(`UPDATE drills SET scenario_id = 'mine-flood'`);
    expect(verify()).toMatchObject({ ok: false, stage: "scenario", expected: "mine-flood", actual: "chemical-leak" });
  });

  it("fails at the replay stage, naming the seq, for an appended command the play schema rejects", () => {
    const s = openSqliteStore(file);
    s.append("d1", { atMs: 1000, by: "ent", person: "x", clientId: "bad", command: { type: "teleport" } });
    s.close();
    expect(verify()).toMatchObject({ ok: false, stage: "replay", seq: commands + 1 });
  });

  it("replays the drill's own scenario text, not the file on disk", () => {
    const changed = readFileSync(SCENARIO, "utf8").replace("windFromDeg: 265, windSpeedMs: 3,", "windFromDeg: 300, windSpeedMs: 6,");
    const scen = parseScenario(changed, "changed.yaml");
    const rules = parseRules(readFileSync(`scenarios/rules/${scen.ok ? scen.value.rules : ""}.yaml`, "utf8"), "rules");
    if (!scen.ok || !rules.ok) throw new Error("the changed scenario should parse");
    const c = compile(scen.value, rules.value);
    const hash = headlessHash(c, CLOCK, []);
    const s = openSqliteStore(file);
    s.createDrill({ id: "d2", scenarioId: "chemical-leak", scenarioYaml: changed, seed: 7, settings });
    s.setClock("d2", CLOCK, hash);
    s.close();
    expect(hash).not.toBe(headlessHash(compiledScenario("chemical-leak"), CLOCK) /* the shipped file's */);
    expect(verify("d2")).toMatchObject({ ok: true, stateHash: hash, records: 0 });
  });
});

describe("drill verify", () => {
  it("says a drill the director ended at 00:20:00 was replayed to 00:20:00, the end the console showed (newcomer trial: 00:26:58 for an end at 00:26:57)", async () => {
    const c = compiledScenario("chemical-leak");
    const end = 20 * 60_000;
    // the room logs the end at its instant; the tick that applies it closes one tick later, and the server records that clock
    const s = openSqliteStore(file);
    s.createDrill({ id: "d3", scenarioId: "chemical-leak", scenarioYaml: readFileSync(SCENARIO, "utf8"), seed: 7, settings });
    s.append("d3", { atMs: end, by: "director", person: "导调", clientId: "c0", command: { type: "end" } });
    const { state } = run(c, 7, [{ at: end, by: "director", seq: 0, type: "end" } as never]);
    expect(state.tMs).toBe(end + c.tickMs);
    s.setClock("d3", state.tMs, stateHash(c, state));
    s.close();
    const r = await drill("verify", "d3", "--lang", "en", "--data", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain("replayed to 00:20:00:");
  });

  it("prints ok with the count and state hash, exit 0 (--lang en)", async () => {
    const r = await drill("verify", "d1", "--lang", "en", "--data", file);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`ok d1: ${commands} commands`);
    expect(r.out).toContain(`replayed to 00:40:00: stateHash ${expected} (matches the recorded one)`);
  });

  it("says so in Chinese by default (round 23: ok / replayed to … were English in a zh-CN run)", async () => {
    const r = await drill("verify", "d1", "--data", file);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toEqual([`核对通过 d1：${commands} 条命令，链头 ${r.out.match(/链头 ([0-9a-f]{64})/)?.[1]}`, `   重演至 00:40:00：stateHash ${expected}（与记录一致）`]);
  });

  it("names the broken record and exits 1 when a record was deleted, in English with --lang en and Chinese by default", async () => {
    tamper(`DELETE FROM log WHERE seq = 3`);
    const r = await drill("verify", "d1", "--lang", "en", "--data", file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^MISMATCH d1 \[chain\] seq 3: record 3 is missing/);
    // record 3 gone: the next stored one is 4 (server/store/chain.ts recordMissing)
    const zh = await drill("verify", "d1", "--data", file);
    expect(zh.code).toBe(1);
    expect(zh.err).toBe("不一致 d1 [哈希链] 第 3 条：第 3 条记录缺失（存储中的下一条是第 4 条）");
  });

  it("exits 1 for an unknown drill or a missing data file, without creating one, and 2 without a drill id", async () => {
    const unknown = await drill("verify", "nope", "--lang", "en", "--data", file);
    expect(unknown.code).toBe(1);
    expect(unknown.err.trim()).toBe(`nope: no such drill in the store ${file}; nothing was compared`);
    expect(unknown.err).not.toContain("MISMATCH");
    const missing = join(dir, "none.sqlite");
    const r = await drill("verify", "d1", "--lang", "en", "--data", missing);
    expect(r.code).toBe(1);
    expect(r.err).toContain("no store here");
    expect(() => readFileSync(missing)).toThrow();
    expect((await drill("verify")).code).toBe(2);
  });
});
