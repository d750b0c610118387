/**
 * The embedded store: one SQLite file through better-sqlite3 12 (store.ts describes the interface).
 * WAL with synchronous=FULL, so a committed append is on disk before `append` returns and the room
 * may acknowledge the command (issue 7 §3, §10). Statements are prepared once per connection.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { sha256Hex } from "../../engine/model/hash.ts";
import { broken, checkChain, recordHash } from "./chain.ts";
import { migrate } from "./schema.ts";
import type { Appended, AuditEntry, ControlRecord, BatchEntry, DrillRecord, DrillStatus, LogEntry, LogRecord, NewDrill, Observation, SeatCode, SeatKind, Store } from "./store.ts";

interface DrillRow {
  id: string; scenario_id: string; scenario_yaml: string; scenario_hash: string; rules_yaml: string | null; rubric_yaml: string | null; best_play_yaml: string | null; seed: number; settings: string;
  status: DrillStatus; created_at: string; clock_ms: number; state_hash: string | null; log_count: number; log_head: string;
}
interface LogRow {
  drill_id: string; seq: number; at_ms: number; by: string; person: string; client_id: string; command: string; prev_hash: string; hash: string;
}

const toDrill = (r: DrillRow): DrillRecord => ({
  id: r.id, scenarioId: r.scenario_id, scenarioYaml: r.scenario_yaml, scenarioHash: r.scenario_hash, seed: r.seed,
  ...(r.rules_yaml === null ? {} : { rulesYaml: r.rules_yaml }), ...(r.rubric_yaml === null ? {} : { rubricYaml: r.rubric_yaml }),
  ...(r.best_play_yaml === null ? {} : { bestPlayYaml: r.best_play_yaml }),
  settings: JSON.parse(r.settings), status: r.status, createdAt: r.created_at, clockMs: r.clock_ms,
  ...(r.state_hash === null ? {} : { stateHash: r.state_hash }),
});
const toRecord = (r: LogRow): LogRecord => ({
  drillId: r.drill_id, seq: r.seq, atMs: r.at_ms, by: r.by, person: r.person, clientId: r.client_id,
  command: JSON.parse(r.command), prevHash: r.prev_hash, hash: r.hash,
});

/**
 * Open (creating if needed, with its parent folder) the store at `file`; ":memory:" gives a
 * throw-away store for tests. Throws if the file is not a SQLite database or its schema is newer.
 */
export function openSqliteStore(file: string): Store {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL"); // the log is the drill: a commit must survive power loss
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000"); // another process may share the file (Redis scale-out)
  migrate(db);

  const q = {
    insertDrill: db.prepare(`INSERT INTO drills (id, scenario_id, scenario_yaml, scenario_hash, rules_yaml, rubric_yaml, best_play_yaml, seed, settings, status, created_at)
      VALUES (@id, @scenarioId, @scenarioYaml, @scenarioHash, @rulesYaml, @rubricYaml, @bestPlayYaml, @seed, @settings, 'running', @createdAt)`),
    getDrill: db.prepare("SELECT * FROM drills WHERE id = ?"),
    listDrills: db.prepare("SELECT * FROM drills ORDER BY created_at, id"),
    unfinished: db.prepare("SELECT * FROM drills WHERE status <> 'ended' ORDER BY created_at, id"),
    setStatus: db.prepare("UPDATE drills SET status = ? WHERE id = ?"),
    setClock: db.prepare("UPDATE drills SET clock_ms = ?, state_hash = ? WHERE id = ?"),
    setSettings: db.prepare("UPDATE drills SET settings = ? WHERE id = ?"),
    head: db.prepare("SELECT log_count, log_head FROM drills WHERE id = ?"),
    insertLog: db.prepare(`INSERT INTO log (drill_id, seq, at_ms, by, person, client_id, command, prev_hash, hash)
      VALUES (@drill_id, @seq, @at_ms, @by, @person, @client_id, @command, @prev_hash, @hash)`),
    setHead: db.prepare("UPDATE drills SET log_count = ?, log_head = ? WHERE id = ?"),
    byClient: db.prepare("SELECT * FROM log WHERE drill_id = ? AND by = ? AND client_id = ?"),
    log: db.prepare("SELECT * FROM log WHERE drill_id = ? ORDER BY seq"),
    putCode: db.prepare("INSERT OR REPLACE INTO codes (code_hash, drill_id, kind, seat) VALUES (?, ?, ?, ?)"),
    revoke: db.prepare("DELETE FROM codes WHERE drill_id = ? AND seat = ?"),
    findCode: db.prepare("SELECT drill_id, kind, seat FROM codes WHERE code_hash = ?"),
    addObs: db.prepare("INSERT INTO observations (drill_id, at_ms, body, by, client_id) VALUES (?, ?, ?, ?, ?)"),
    obsByClient: db.prepare("SELECT body FROM observations WHERE drill_id = ? AND by = ? AND client_id = ?"),
    obs: db.prepare("SELECT body FROM observations WHERE drill_id = ? ORDER BY at_ms, id"),
    addControl: db.prepare("INSERT INTO controls (drill_id, by, client_id, type, body, answer) VALUES (?, ?, ?, ?, ?, ?)"),
    findControl: db.prepare("SELECT type, body, answer FROM controls WHERE drill_id = ? AND by = ? AND client_id = ?"),
    audit: db.prepare("INSERT INTO audit (drill_id, at, who, action, detail) VALUES (?, ?, ?, ?, ?)"),
    auditLog: db.prepare("SELECT drill_id, at, who, action, detail FROM audit WHERE drill_id = ? ORDER BY id"),
  };

  const getDrill = (id: string): DrillRecord | undefined => {
    const r = q.getDrill.get(id) as DrillRow | undefined;
    return r && toDrill(r);
  };
  const findByClientId = (drillId: string, by: string, clientId: string): LogRecord | undefined => {
    const r = q.byClient.get(drillId, by, clientId) as LogRow | undefined;
    return r && toRecord(r);
  };

  /** One append inside an open transaction: a re-send is found, not appended twice. */
  const appendOne = (drillId: string, e: LogEntry): Appended => {
    const again = findByClientId(drillId, e.by, e.clientId);
    if (again) return { record: again, duplicate: true };
    const head = q.head.get(drillId) as { log_count: number; log_head: string } | undefined;
    if (!head) throw new Error(`no drill ${drillId}`);
    const seq = head.log_count + 1;
    const hash = recordHash(head.log_head, seq, e);
    q.insertLog.run({
      drill_id: drillId, seq, at_ms: e.atMs, by: e.by, person: e.person, client_id: e.clientId,
      command: JSON.stringify(e.command), prev_hash: head.log_head, hash,
    });
    q.setHead.run(seq, hash, drillId);
    const record = { drillId, seq, prevHash: head.log_head, hash, atMs: e.atMs, by: e.by, person: e.person, clientId: e.clientId, command: e.command };
    return { record, duplicate: false };
  };
  const findObservation = (drillId: string, by: string, id: string): Observation | undefined => {
    const r = q.obsByClient.get(drillId, by, id) as { body: string } | undefined;
    return r && (JSON.parse(r.body) as Observation);
  };
  // IMMEDIATE, as appendTx: the look-up and the insert are one step even with two processes on one file
  const addObservationTx = db.transaction((o: Observation, by: string | null): { observation: Observation; duplicate: boolean } => {
    const again = o.id !== undefined && by !== null ? findObservation(o.drillId, by, o.id) : undefined;
    if (again) return { observation: again, duplicate: true };
    q.addObs.run(o.drillId, o.atMs, JSON.stringify(o), by, o.id ?? null);
    return { observation: o, duplicate: false };
  });
  const findControl = (drillId: string, by: string, id: string): ControlRecord | undefined => {
    const r = q.findControl.get(drillId, by, id) as { type: string; body: string; answer: string } | undefined;
    return r && { drillId, by, id, type: r.type, body: r.body, answer: JSON.parse(r.answer) as Record<string, unknown> };
  };
  // IMMEDIATE, as addObservationTx: the look-up and the insert are one step even with two processes on one file
  const addControlTx = db.transaction((r: ControlRecord): { record: ControlRecord; duplicate: boolean } => {
    const again = findControl(r.drillId, r.by, r.id);
    if (again) return { record: again, duplicate: true };
    q.addControl.run(r.drillId, r.by, r.id, r.type, r.body, JSON.stringify(r.answer));
    return { record: r, duplicate: false };
  });
  // IMMEDIATE: the seq and prevHash read and the insert are one step even with two processes;
  // one transaction is one fsync (synchronous=FULL), however many entries it holds
  const appendTx = db.transaction((entries: readonly BatchEntry[]): Appended[] => entries.map((b) => appendOne(b.drillId, b.entry)));

  return {
    createDrill(d: NewDrill): DrillRecord {
      q.insertDrill.run({
        id: d.id, scenarioId: d.scenarioId, scenarioYaml: d.scenarioYaml, scenarioHash: sha256Hex(d.scenarioYaml), rulesYaml: d.rulesYaml ?? null, rubricYaml: d.rubricYaml ?? null, bestPlayYaml: d.bestPlayYaml ?? null,
        seed: d.seed, settings: JSON.stringify(d.settings), createdAt: new Date().toISOString(),
      });
      return getDrill(d.id)!;
    },
    getDrill,
    listDrills: () => (q.listDrills.all() as DrillRow[]).map(toDrill),
    unfinishedDrills: () => (q.unfinished.all() as DrillRow[]).map(toDrill),
    setStatus: (id, status) => void q.setStatus.run(status, id),
    setClock: (id, clockMs, stateHash) => void q.setClock.run(clockMs, stateHash ?? null, id),
    setSettings: (id, settings) => void q.setSettings.run(JSON.stringify(settings), id),

    append: (drillId, entry) => appendTx.immediate([{ drillId, entry }])[0]!.record,
    appendMany: (entries) => (entries.length === 0 ? [] : appendTx.immediate(entries)),
    findByClientId,
    log: (drillId) => (q.log.all(drillId) as LogRow[]).map(toRecord),
    verifyChain(drillId) {
      const head = q.head.get(drillId) as { log_count: number; log_head: string } | undefined;
      if (!head) return broken(0, "noDrill", { id: drillId });
      const rows = q.log.all(drillId) as LogRow[];
      const records: LogRecord[] = [];
      for (const r of rows) {
        try {
          records.push(toRecord(r));
        } catch {
          return broken(r.seq, "notJson", { seq: r.seq });
        }
      }
      return checkChain(records, { count: head.log_count, hash: head.log_head });
    },

    putCode: (codeHash, c) => void q.putCode.run(codeHash, c.drillId, c.kind, c.seat),
    revokeCodes: (drillId, seat) => void q.revoke.run(drillId, seat),
    findCode(codeHash) {
      const r = q.findCode.get(codeHash) as { drill_id: string; kind: SeatKind; seat: string } | undefined;
      return r && ({ drillId: r.drill_id, kind: r.kind, seat: r.seat } satisfies SeatCode);
    },

    addObservation: (o: Observation, by?: string) => addObservationTx.immediate(o, by ?? null),
    findObservation,
    observations: (drillId) => (q.obs.all(drillId) as { body: string }[]).map((r) => JSON.parse(r.body) as Observation),

    addControl: (r: ControlRecord) => addControlTx.immediate(r),
    findControl,

    audit: (e: AuditEntry) => void q.audit.run(e.drillId, e.at, e.who, e.action, e.detail === undefined ? null : JSON.stringify(e.detail)),
    auditLog: (drillId) =>
      (q.auditLog.all(drillId) as { drill_id: string; at: string; who: string; action: string; detail: string | null }[]).map((r) => ({
        drillId: r.drill_id, at: r.at, who: r.who, action: r.action, ...(r.detail === null ? {} : { detail: JSON.parse(r.detail) }),
      })),

    // IMMEDIATE: the write lock is taken at BEGIN, so a look-up inside `f` and its writes are one step across processes
    atomically: <T>(f: () => T): T => (db.inTransaction ? f() : db.transaction(f).immediate()),

    close: () => void db.close(),
  };
}
