/**
 * The store behind a live drill (design.md "The store"): drills, the append-only hash-chained
 * command log, clock positions, seat codes (hashed), evaluators' observations and the audit log.
 * `sqlite.ts` implements it on better-sqlite3 (WAL, synchronous=FULL); a PostgreSQL adapter can
 * follow behind the same interface. All methods are synchronous: `append` returns only once the
 * record is on disk, which is what lets the room acknowledge a command (design.md core ideas).
 */
import type { VerifyWhy } from "../../i18n/verify-words.ts";

export type DrillStatus = "running" | "paused" | "ended";
export type Blindness = "NONE" | "SINGLE_BLIND" | "DOUBLE_BLIND";

/** The settings a director chose when creating a drill (POST /api/drills). */
export interface DrillSettings {
  blindness: Blindness;
  /** simulated seconds per wall second at start: 0.5 … 60 */
  speed: number;
  /** agencies played by bots; the rest are played by people */
  bots: string[];
  /** optional play file text (YAML) bots follow; absent: the rule-based default bot */
  botPlay?: string;
}

export interface DrillRecord {
  id: string;
  scenarioId: string;
  /** the scenario file's full text, as uploaded or read: the drill replays from it, not from disk */
  scenarioYaml: string;
  /** SHA-256 hex of scenarioYaml */
  scenarioHash: string;
  /** the rules profile's text as the drill began (absent for drills stored by older servers: read from disk) */
  rulesYaml?: string;
  /** the rubric file's text as the drill began, when the scenario names one in a file (not inline) */
  rubricYaml?: string;
  /** the text of the best play the scenario named (harm is graded against it), when it names one */
  bestPlayYaml?: string;
  seed: number;
  settings: DrillSettings;
  status: DrillStatus;
  /** ISO time the drill was created (wall clock, for listings only) */
  createdAt: string;
  /** last recorded simulated clock position, ms from the drill's start */
  clockMs: number;
  /** engine state hash at clockMs, when recorded */
  stateHash?: string;
}

export interface NewDrill {
  id: string;
  scenarioId: string;
  scenarioYaml: string;
  rulesYaml?: string;
  rubricYaml?: string;
  bestPlayYaml?: string;
  seed: number;
  settings: DrillSettings;
}

/** One command as the room accepted it. `command` is a play-format command (PlayCommand JSON, `at` as "HH:MM:SS"). */
export interface LogEntry {
  /** simulated ms at which the command takes effect (the next tick) */
  atMs: number;
  /** the seat (agency id, "director") that gave it */
  by: string;
  /** display name of the person (or "bot:<agency>") */
  person: string;
  /** the client-made id, unique per drill and seat: a re-sent command is found, not appended twice */
  clientId: string;
  command: Record<string, unknown>;
}

export interface LogRecord extends LogEntry {
  drillId: string;
  /** 1, 2, 3 … per drill, no gaps */
  seq: number;
  /** SHA-256 hex of the previous record ("" for seq 1) */
  prevHash: string;
  /** SHA-256 hex over (prevHash, seq, atMs, by, person, clientId, canonical JSON of command): 留痕 */
  hash: string;
}

/** One entry of a group commit (appendMany): which drill's log it goes to. */
export interface BatchEntry {
  drillId: string;
  entry: LogEntry;
}
/** What appendMany did with one entry: its record, and whether it was already in the log (a re-send). */
export interface Appended {
  record: LogRecord;
  duplicate: boolean;
}

/** A broken chain: the record at fault, the English `reason` (operators, the HTTP route) and `why`, its code for `drill verify` to word. */
export type ChainBroken = { ok: false; seq: number; reason: string; why: VerifyWhy };
export type ChainCheck = { ok: true; records: number; head: string } | ChainBroken;

export type SeatKind = "seat" | "director" | "evaluator" | "observer";
export interface SeatCode {
  drillId: string;
  kind: SeatKind;
  /** agency id for kind "seat"; "director" | "evaluator" | "observer" otherwise */
  seat: string;
}

export interface Observation {
  drillId: string;
  /** the client-made id it was sent with (protocol/messages.ts ClientId); absent in observations stored before ids */
  id?: string;
  /** simulated ms the observation is about */
  atMs: number;
  evaluator: string;
  section: string;
  agency?: string;
  area?: string;
  rating: "met" | "partlyMet" | "notMet";
  seen: string;
  why: string;
}

/**
 * A director's control request (clock, reissue) carried out under a client-made id (protocol/messages.ts ClientId):
 * what it said and how it was answered, so a re-send is answered alike and carried out once (server/live/controls.ts).
 */
export interface ControlRecord {
  drillId: string;
  /** the seat that sent it ("director") */
  by: string;
  id: string;
  /** the message type: "clock" | "reissue" */
  type: string;
  /** canonical JSON of the request without its id (server/live/resend.ts commandContent) */
  body: string;
  /** the answer's body as stored (a reissued code sealed: server/live/controls.ts) */
  answer: Record<string, unknown>;
}

export interface AuditEntry {
  drillId: string;
  /** wall-clock ISO time */
  at: string;
  who: string;
  action: string;
  detail?: Record<string, unknown>;
}

export interface Store {
  createDrill(d: NewDrill): DrillRecord;
  getDrill(id: string): DrillRecord | undefined;
  listDrills(): DrillRecord[];
  /** drills whose status is not "ended": the ones recovery rebuilds */
  unfinishedDrills(): DrillRecord[];
  setStatus(id: string, status: DrillStatus): void;
  /** replace a drill's settings (the director switched a seat between person and bot, or the speed) */
  setSettings(id: string, settings: DrillSettings): void;
  /** record the clock position (and state hash) the drill has reached */
  setClock(id: string, clockMs: number, stateHash?: string): void;

  /** append and fsync; returns the record with its seq and hash. Throws only on I/O failure. */
  append(drillId: string, entry: LogEntry): LogRecord;
  /**
   * Group commit: append every entry (any drills, in order) in ONE transaction with one fsync;
   * results are in input order. An entry whose (drill, by, clientId) is already logged, or came
   * earlier in the same batch, is returned as that record with `duplicate: true`, not appended.
   * All or nothing: on I/O failure (or an unknown drill) it throws and appends none of them.
   */
  appendMany(entries: readonly BatchEntry[]): Appended[];
  /** the record with this clientId from this seat, if any (idempotent re-send) */
  findByClientId(drillId: string, by: string, clientId: string): LogRecord | undefined;
  log(drillId: string): LogRecord[];
  verifyChain(drillId: string): ChainCheck;

  /** store a code's hash (SHA-256 hex); `revoke` removes every code for that seat first when true */
  putCode(codeHash: string, code: SeatCode): void;
  revokeCodes(drillId: string, seat: string): void;
  findCode(codeHash: string): SeatCode | undefined;

  /**
   * Store an observation from seat `by` ("evaluator" | "director") once: when `o.id` is already stored for this drill
   * and seat (a re-send after a drop or a restart, or one from another process on the same file) the stored one is
   * returned with `duplicate: true` and nothing is added. Without `o.id` it is always added.
   */
  addObservation(o: Observation, by?: string): { observation: Observation; duplicate: boolean };
  /** the observation stored under client id `id` from seat `by`, if any (an idempotent re-send) */
  findObservation(drillId: string, by: string, id: string): Observation | undefined;
  observations(drillId: string): Observation[];

  /**
   * Store a control request's record once: when (drill, by, id) is already stored (a re-send, or another process on
   * the same file) the stored one is returned with `duplicate: true` and nothing is added. Synced before it returns.
   */
  addControl(r: ControlRecord): { record: ControlRecord; duplicate: boolean };
  /** the control request stored under client id `id` from seat `by`, if any */
  findControl(drillId: string, by: string, id: string): ControlRecord | undefined;

  audit(e: AuditEntry): void;
  auditLog(drillId: string): AuditEntry[];

  /**
   * Run `f` as ONE durable step: every write it makes through this store (codes, audit, settings, clock, a control's
   * record) is committed together, synced once, or — when `f` throws or the process dies before the commit — none of
   * them is (a crash between two of them leaves neither). Returns what `f` returns; rethrows what it throws. Calls
   * nest (an inner one is part of the outer step). Used by live/controls.ts so a director's control is carried out
   * and recorded at once.
   */
  atomically<T>(f: () => T): T;

  close(): void;
}
