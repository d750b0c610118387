/**
 * The SQLite store (issue 7 §9): the hash-chained log (留痕) with hashes checked by hand, re-sends
 * found not duplicated, tampering through a second connection named by seq, and data surviving
 * close and reopen.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import type { LogEntry, Store } from "../../server/store/store.ts";

const YAML = "id: tiny\ntitle: 小场景\n";
const settings = { blindness: "DOUBLE_BLIND" as const, speed: 10, bots: ["police"] };
/** an evaluator's observation as the room stores it (server/live/console.ts) */
const OBS = { drillId: "d1", atMs: 120_000, evaluator: "评估员甲", section: "reporting", agency: "ent", rating: "partlyMet" as const, seen: "口头报告晚了", why: "超过30分钟" };
const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

const entry = (n: number, by = "ent"): LogEntry => ({
  atMs: n * 1000, by, person: "张三", clientId: `c${n}`,
  command: { type: "message", to: "fire", channel: "phone", text: `第${n}条` },
});

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lianyan-store-"));
  file = join(dir, "nested", "drills.sqlite"); // parent folder does not exist yet
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function withDrill(f: string, records: number): Store {
  const s = openSqliteStore(f);
  s.createDrill({ id: "d1", scenarioId: "tiny", scenarioYaml: YAML, seed: 7, settings });
  for (let i = 1; i <= records; i++) s.append("d1", entry(i));
  return s;
}

/** Change the file behind the store's back, as someone with the file (not the server) could. */
function tamper(f: string, sql: string): void {
  const db = new Database(f);
  db.exec(sql);
  db.close();
}

describe("hash chain", () => {
  it("hashes record 1 over its fields with an empty previous hash, and chains record 2 to it", () => {
    const s = withDrill(":memory:", 2);
    const [r1, r2] = s.log("d1");
    // canonical JSON: an array of the fields, the command's keys sorted
    const text1 = '["",1,1000,"ent","张三","c1",{"channel":"phone","text":"第1条","to":"fire","type":"message"}]';
    expect(r1!.prevHash).toBe("");
    expect(r1!.hash).toBe(sha(text1));
    const text2 = `["${r1!.hash}",2,2000,"ent","张三","c2",{"channel":"phone","text":"第2条","to":"fire","type":"message"}]`;
    expect(r2!.prevHash).toBe(r1!.hash);
    expect(r2!.hash).toBe(sha(text2));
    expect(s.verifyChain("d1")).toEqual({ ok: true, records: 2, head: r2!.hash });
    s.close();
  });

  it("finds a re-sent command by its client id instead of appending it twice", () => {
    const s = withDrill(":memory:", 2);
    const again = s.append("d1", entry(1));
    expect(again.seq).toBe(1);
    expect(s.log("d1")).toHaveLength(2);
    expect(s.findByClientId("d1", "ent", "c2")?.seq).toBe(2);
    // the same client id from another seat is another command
    expect(s.append("d1", entry(1, "fire")).seq).toBe(3);
    expect(s.findByClientId("d1", "police", "c1")).toBeUndefined();
    s.close();
  });

  it("keeps each drill's seq numbers and chain separate", () => {
    const s = withDrill(":memory:", 3);
    s.createDrill({ id: "d2", scenarioId: "tiny", scenarioYaml: YAML, seed: 8, settings });
    const first = s.append("d2", entry(1));
    expect(first.seq).toBe(1);
    expect(first.prevHash).toBe("");
    expect(s.verifyChain("d1")).toMatchObject({ ok: true, records: 3 });
    expect(s.verifyChain("d2")).toMatchObject({ ok: true, records: 1 });
    s.close();
  });
});

describe("tampering through a second connection is named by seq", () => {
  const cases: [string, string, number][] = [
    ["an edited command", `UPDATE log SET command = replace(command, '第3条', '第9条') WHERE seq = 3`, 3],
    ["an edited time", `UPDATE log SET at_ms = 999 WHERE seq = 2`, 2],
    ["an edited person", `UPDATE log SET person = '李四' WHERE seq = 4`, 4],
    ["a deleted record", `DELETE FROM log WHERE seq = 3`, 3],
    ["two swapped records", `UPDATE log SET seq = -1 WHERE seq = 2; UPDATE log SET seq = 2 WHERE seq = 3; UPDATE log SET seq = 3 WHERE seq = -1`, 2],
    ["a deleted last record", `DELETE FROM log WHERE seq = 5`, 5],
    ["a forged record at the end", `INSERT INTO log SELECT drill_id, 6, at_ms, by, person, 'x', command, hash, hash FROM log WHERE seq = 5`, 6],
    ["a command that is no longer JSON", `UPDATE log SET command = '{oops' WHERE seq = 1`, 1],
  ];
  for (const [what, sql, seq] of cases) {
    it(`detects ${what}`, () => {
      withDrill(file, 5).close();
      tamper(file, sql);
      const s = openSqliteStore(file);
      const check = s.verifyChain("d1");
      expect(check.ok).toBe(false);
      expect(check.ok === false && check.seq).toBe(seq);
      s.close();
    });
  }

  /** Edit record `seq` of a `records`-long log and recompute its hash by hand, as a careful forger would. */
  function rehashed(records: number, seq: number, person: string, text: string): Store {
    const s = withDrill(file, records);
    const r = s.log("d1")[seq - 1]!;
    s.close();
    const command = `{"channel":"phone","text":"${text}","to":"fire","type":"message"}`;
    const hash = sha(`["${r.prevHash}",${seq},${seq * 1000},"ent","${person}","c${seq}",${command}]`);
    tamper(file, `UPDATE log SET person = '${person}', command = '${command}', hash = '${hash}' WHERE seq = ${seq}`);
    return openSqliteStore(file);
  }

  it("detects an edited record whose hash was recomputed, by the next record's link", () => {
    const s = rehashed(4, 2, "张三", "改过的");
    expect(s.verifyChain("d1")).toMatchObject({ ok: false, seq: 2 });
    s.close();
  });

  it("detects a re-hashed last record against the head the store kept", () => {
    const s = rehashed(3, 3, "王五", "第3条");
    expect(s.verifyChain("d1")).toMatchObject({ ok: false, seq: 3 });
    s.close();
  });
});

describe("the file", () => {
  it("keeps drills, log, clock, codes, observations and audit across close and reopen", () => {
    const s = withDrill(file, 3);
    s.setClock("d1", 600_000, "ab".repeat(32));
    s.setStatus("d1", "paused");
    s.putCode(sha("K7Q2-9XPM"), { drillId: "d1", kind: "seat", seat: "ent" });
    s.addObservation({ drillId: "d1", atMs: 120_000, evaluator: "评估员甲", section: "信息报告", agency: "ent", rating: "partlyMet", seen: "口头报告晚了", why: "超过30分钟" });
    s.audit({ drillId: "d1", at: "2026-11-30T09:00:00.000Z", who: "director", action: "pause", detail: { atMs: 600_000 } });
    const log = s.log("d1");
    s.close();

    const t = openSqliteStore(file);
    const d = t.getDrill("d1")!;
    expect(d).toMatchObject({ scenarioId: "tiny", scenarioYaml: YAML, seed: 7, settings, status: "paused", clockMs: 600_000, stateHash: "ab".repeat(32) });
    expect(d.scenarioHash).toBe(sha(YAML));
    expect(t.log("d1")).toEqual(log);
    expect(t.append("d1", entry(4)).prevHash).toBe(log[2]!.hash);
    expect(t.findCode(sha("K7Q2-9XPM"))).toEqual({ drillId: "d1", kind: "seat", seat: "ent" });
    expect(t.observations("d1")).toEqual([expect.objectContaining({ atMs: 120_000, rating: "partlyMet", seen: "口头报告晚了" })]);
    expect(t.auditLog("d1")).toEqual([{ drillId: "d1", at: "2026-11-30T09:00:00.000Z", who: "director", action: "pause", detail: { atMs: 600_000 } }]);
    expect(t.verifyChain("d1")).toMatchObject({ ok: true, records: 4 });
    t.close();
  });

  it("stores seat codes only as hashes, and revoking a seat's codes removes them", () => {
    const s = openSqliteStore(file);
    s.createDrill({ id: "d1", scenarioId: "tiny", scenarioYaml: YAML, seed: 7, settings });
    s.putCode(sha("K7Q2-9XPM"), { drillId: "d1", kind: "seat", seat: "ent" });
    s.putCode(sha("ZZZZ-1111"), { drillId: "d1", kind: "seat", seat: "fire" });
    s.revokeCodes("d1", "ent");
    expect(s.findCode(sha("K7Q2-9XPM"))).toBeUndefined();
    expect(s.findCode(sha("ZZZZ-1111"))?.seat).toBe("fire");
    s.close();
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT code_hash FROM codes").pluck().all()).toEqual([sha("ZZZZ-1111")]);
    db.close();
  });

  it("keeps a director's change of settings (a seat switched to a bot, the speed) across reopen", () => {
    withDrill(file, 0).close();
    const s = openSqliteStore(file);
    s.setSettings("d1", { ...settings, speed: 30, bots: ["fire", "police"] });
    s.close();
    const t = openSqliteStore(file);
    expect(t.getDrill("d1")?.settings).toEqual({ blindness: "DOUBLE_BLIND", speed: 30, bots: ["fire", "police"] });
    t.close();
  });

  it("lists unfinished drills for recovery, not ended ones", () => {
    const s = withDrill(":memory:", 0);
    s.createDrill({ id: "d2", scenarioId: "tiny", scenarioYaml: YAML, seed: 8, settings });
    s.createDrill({ id: "d3", scenarioId: "tiny", scenarioYaml: YAML, seed: 9, settings });
    s.setStatus("d2", "ended");
    s.setStatus("d3", "paused");
    expect(s.unfinishedDrills().map((d) => d.id).sort()).toEqual(["d1", "d3"]);
    expect(s.listDrills()).toHaveLength(3);
    s.close();
  });

  it("writes the log in WAL mode with a schema version, and refuses a file from a newer server", () => {
    openSqliteStore(file).close();
    const db = new Database(file);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.prepare("SELECT version FROM schema_version").pluck().get()).toBe(4);
    db.exec("UPDATE schema_version SET version = 99");
    db.close();
    expect(() => openSqliteStore(file)).toThrow(/newer/);
  });

  it("opens a file written by the first server (schema 1): its drills keep their data and gain empty profile columns", () => {
    const s = withDrill(file, 2);
    s.close();
    const db = new Database(file);
    // back to schema 1 as the first server wrote it: no profile columns, observations without ids, no controls table
    db.exec("DROP TABLE controls; ALTER TABLE drills DROP COLUMN rules_yaml; ALTER TABLE drills DROP COLUMN rubric_yaml; ALTER TABLE drills DROP COLUMN best_play_yaml; DROP INDEX observations_client; ALTER TABLE observations DROP COLUMN client_id; ALTER TABLE observations DROP COLUMN by; UPDATE schema_version SET version = 1");
    db.prepare("INSERT INTO observations (drill_id, at_ms, body) VALUES (?, ?, ?)").run("d1", 60_000, JSON.stringify({ ...OBS, atMs: 60_000 }));
    db.close();
    const again = openSqliteStore(file);
    expect(again.observations("d1")).toEqual([{ ...OBS, atMs: 60_000 }]);
    const d = again.getDrill("d1")!;
    expect(d.scenarioYaml).toBe(YAML);
    expect(d.rulesYaml).toBeUndefined();
    expect(again.log("d1")).toHaveLength(2);
    again.createDrill({ id: "d2", scenarioId: "tiny", scenarioYaml: YAML, rulesYaml: "reporting: []\n", seed: 8, settings });
    expect(again.getDrill("d2")!.rulesYaml).toBe("reporting: []\n");
    again.close();
  });
});

describe("observations", () => {
  it("stores an observation once per (drill, seat, id), across a reopen; without an id, every one", () => {
    const s = withDrill(file, 0);
    const o = { ...OBS, id: "obs-1" };
    expect(s.addObservation(o, "evaluator")).toEqual({ observation: o, duplicate: false });
    expect(s.addObservation({ ...o, atMs: 999_000 }, "evaluator")).toEqual({ observation: o, duplicate: true });
    // the same id from the director's seat is its own observation
    expect(s.addObservation(o, "director").duplicate).toBe(false);
    s.addObservation(OBS);
    s.addObservation(OBS);
    s.close();
    const again = openSqliteStore(file);
    expect(again.findObservation("d1", "evaluator", "obs-1")).toEqual(o);
    expect(again.addObservation(o, "evaluator").duplicate).toBe(true);
    expect(again.observations("d1")).toHaveLength(4);
    again.close();
  });
});

describe("group commit (appendMany)", () => {
  it("appends a batch in one go with consecutive seqs, chaining across single appends and batches, on disk after reopen", () => {
    const s = withDrill(file, 2);
    const first = s.appendMany([3, 4, 5].map((n) => ({ drillId: "d1", entry: entry(n) })));
    const second = s.appendMany([6, 7].map((n) => ({ drillId: "d1", entry: entry(n) })));
    expect([...first, ...second].map((a) => [a.record.seq, a.duplicate])).toEqual([[3, false], [4, false], [5, false], [6, false], [7, false]]);
    s.close();
    const again = openSqliteStore(file);
    const log = again.log("d1");
    expect(log.map((r) => r.clientId)).toEqual(["c1", "c2", "c3", "c4", "c5", "c6", "c7"]);
    // record 3 (first of a batch) links to record 2 (a single append); record 6 to record 5 (the batch before)
    const text3 = `["${log[1]!.hash}",3,3000,"ent","张三","c3",{"channel":"phone","text":"第3条","to":"fire","type":"message"}]`;
    expect(log[2]!.prevHash).toBe(log[1]!.hash);
    expect(log[2]!.hash).toBe(sha(text3));
    const text6 = `["${log[4]!.hash}",6,6000,"ent","张三","c6",{"channel":"phone","text":"第6条","to":"fire","type":"message"}]`;
    expect(log[5]!.hash).toBe(sha(text6));
    expect(again.verifyChain("d1")).toEqual({ ok: true, records: 7, head: log[6]!.hash });
    again.close();
  });

  it("appends a re-sent id inside one batch once, and finds an id logged by an earlier batch", () => {
    const s = withDrill(":memory:", 1);
    const out = s.appendMany([
      { drillId: "d1", entry: entry(2) },
      { drillId: "d1", entry: entry(3) },
      { drillId: "d1", entry: entry(2) }, // the re-send, in the same batch
      { drillId: "d1", entry: entry(1) }, // logged before this batch
      { drillId: "d1", entry: entry(2, "fire") }, // the same id from another seat is another command
    ]);
    expect(out.map((a) => [a.record.seq, a.record.clientId, a.record.by, a.duplicate])).toEqual([
      [2, "c2", "ent", false], [3, "c3", "ent", false], [2, "c2", "ent", true], [1, "c1", "ent", true], [4, "c2", "fire", false],
    ]);
    expect(s.log("d1").map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(s.verifyChain("d1")).toMatchObject({ ok: true, records: 4 });
    s.close();
  });

  it("gives each drill in one batch its own seqs and chain", () => {
    const s = withDrill(":memory:", 2);
    s.createDrill({ id: "d2", scenarioId: "tiny", scenarioYaml: YAML, seed: 8, settings });
    const out = s.appendMany([{ drillId: "d2", entry: entry(1) }, { drillId: "d1", entry: entry(3) }, { drillId: "d2", entry: entry(2) }]);
    expect(out.map((a) => `${a.record.drillId}#${a.record.seq}`)).toEqual(["d2#1", "d1#3", "d2#2"]);
    expect(out[0]!.record.prevHash).toBe("");
    expect(out[2]!.record.prevHash).toBe(out[0]!.record.hash);
    expect(s.verifyChain("d1")).toMatchObject({ ok: true, records: 3 });
    expect(s.verifyChain("d2")).toMatchObject({ ok: true, records: 2 });
    s.close();
  });

  it("appends nothing of a batch that fails part-way", () => {
    const s = withDrill(":memory:", 1);
    const before = s.verifyChain("d1");
    expect(() => s.appendMany([{ drillId: "d1", entry: entry(2) }, { drillId: "no-such-drill", entry: entry(3) }])).toThrow(/no drill no-such-drill/);
    expect(s.log("d1").map((r) => r.clientId)).toEqual(["c1"]);
    expect(s.verifyChain("d1")).toEqual(before);
    expect(s.append("d1", entry(2)).seq).toBe(2); // the store runs on
    s.close();
  });
});
