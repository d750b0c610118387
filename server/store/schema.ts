/**
 * The SQLite schema, as numbered migrations. `schema_version` holds the highest applied number;
 * opening a store applies the missing ones in one transaction. Append new migrations; never edit
 * an applied one (a drill file written by an older server must still open).
 */
import type Database from "better-sqlite3";

const MIGRATIONS: readonly string[] = [
  // 1: drills, the hash-chained log, seat codes (hashes only), observations, audit
  `CREATE TABLE drills (
     id TEXT PRIMARY KEY,
     scenario_id TEXT NOT NULL,
     scenario_yaml TEXT NOT NULL,
     scenario_hash TEXT NOT NULL,
     seed INTEGER NOT NULL,
     settings TEXT NOT NULL,
     status TEXT NOT NULL,
     created_at TEXT NOT NULL,
     clock_ms INTEGER NOT NULL DEFAULT 0,
     state_hash TEXT,
     log_count INTEGER NOT NULL DEFAULT 0,
     log_head TEXT NOT NULL DEFAULT ''
   );
   CREATE TABLE log (
     drill_id TEXT NOT NULL REFERENCES drills(id),
     seq INTEGER NOT NULL,
     at_ms INTEGER NOT NULL,
     by TEXT NOT NULL,
     person TEXT NOT NULL,
     client_id TEXT NOT NULL,
     command TEXT NOT NULL,
     prev_hash TEXT NOT NULL,
     hash TEXT NOT NULL,
     PRIMARY KEY (drill_id, seq)
   );
   CREATE UNIQUE INDEX log_client ON log (drill_id, by, client_id);
   CREATE TABLE codes (
     code_hash TEXT PRIMARY KEY,
     drill_id TEXT NOT NULL REFERENCES drills(id),
     kind TEXT NOT NULL,
     seat TEXT NOT NULL
   );
   CREATE INDEX codes_seat ON codes (drill_id, seat);
   CREATE TABLE observations (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     drill_id TEXT NOT NULL REFERENCES drills(id),
     at_ms INTEGER NOT NULL,
     body TEXT NOT NULL
   );
   CREATE INDEX observations_drill ON observations (drill_id, at_ms);
   CREATE TABLE audit (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     drill_id TEXT NOT NULL,
     at TEXT NOT NULL,
     who TEXT NOT NULL,
     action TEXT NOT NULL,
     detail TEXT
   );
   CREATE INDEX audit_drill ON audit (drill_id, id);`,
  // 2: the rules profile, rubric and best play texts a drill began with (its replay and its report must not follow later edits
  // of the files on disk); NULL for drills created before, which fall back to the files
  `ALTER TABLE drills ADD COLUMN rules_yaml TEXT;
   ALTER TABLE drills ADD COLUMN rubric_yaml TEXT;
   ALTER TABLE drills ADD COLUMN best_play_yaml TEXT;`,
  // 3: an observation's client-made id and the seat (evaluator | director) it came from: a re-sent observation is
  // stored once (as the log's (drill, by, client_id) does for commands); NULL for observations stored before, which
  // SQLite's unique index counts as all distinct
  `ALTER TABLE observations ADD COLUMN by TEXT;
   ALTER TABLE observations ADD COLUMN client_id TEXT;
   CREATE UNIQUE INDEX observations_client ON observations (drill_id, by, client_id);`,
  // 4: the director's clock controls and code reissues by client-made id, with what the request said and how it was
  // answered (a reissued code sealed, never in clear): a re-send after a reconnect, a reload or a restart is answered
  // as the first and carried out once (a jump of 10 min applied once, one reissue)
  `CREATE TABLE controls (
     drill_id TEXT NOT NULL REFERENCES drills(id),
     by TEXT NOT NULL,
     client_id TEXT NOT NULL,
     type TEXT NOT NULL,
     body TEXT NOT NULL,
     answer TEXT NOT NULL,
     PRIMARY KEY (drill_id, by, client_id)
   );`,
];

/** Bring a database up to the newest schema. Throws if the file is newer than this server. */
export function migrate(db: Database.Database): void {
  // IMMEDIATE: two processes opening one file (Redis scale-out) must not both migrate
  db.transaction(() => {
    db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    const row = db.prepare("SELECT version FROM schema_version").get() as { version: number } | undefined;
    const have = row?.version ?? 0;
    if (have > MIGRATIONS.length) throw new Error(`store schema version ${have} is newer than this server (${MIGRATIONS.length})`);
    if (have === MIGRATIONS.length) return;
    for (let v = have; v < MIGRATIONS.length; v++) db.exec(MIGRATIONS[v]!);
    db.prepare("DELETE FROM schema_version").run();
    db.prepare("INSERT INTO schema_version (version) VALUES (?)").run(MIGRATIONS.length);
  }).immediate();
}
