/**
 * One live drill (design.md "The shells"): the engine state, the intake (validate → append and
 * sync → ack → step), the clock and the bots, as a plain object tests drive without sockets.
 * The room is a thin shell over it. `LiveDrill.rebuild(record, log)` replays a stored drill to
 * its recorded clock position: recovery, `drill verify` and the crash test all rest on it.
 */
import type { Compiled } from "../../engine/compile.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import type { DrillState } from "../../engine/model/state.ts";
import { stateHash } from "../../engine/replay.ts";
import { step } from "../../engine/step.ts";
import { rejectionText, words, type Words } from "../../i18n/describe.ts";
import { formatClock } from "../../engine/model/time.ts";
import type { PlayCommand } from "../../engine/scenario/play-schema.ts";
import type { RefusalCode, ServerRefusalCode } from "../../protocol/refusals.ts";
import type { DrillRecord, DrillSettings, LogEntry, LogRecord, SeatCode, Store } from "../store/store.ts";
import { Bots } from "./bots.ts";
import { LiveClock, type WallNow } from "./clock.ts";
import { keepDue } from "./clock-keep.ts";
import type { RecoveryNote } from "../../protocol/messages.ts";
import { groupCommit } from "./commit.ts";
import { checkCommand, CLIENT_ID } from "./intake.ts";
import { foldTo, logToCommands } from "./log.ts";
import { compileNewDrill, compileStored } from "./scenario.ts";
import { refusalText } from "./refusal.ts";
import { commandContent, sameCommand } from "./resend.ts";
import { issueCodes, newDrillId, seatIds, type DrillCodes } from "./seats.ts";
import { hidesIncident, shownNames } from "./views.ts";

/** ticks one advance() runs of a queued jump: ~0.1 s of engine time for a chemical drill */
const JUMP_SLICE = 600;

/**
 * Director commands that take effect at once: on a paused clock the one tick that carries them
 * runs now (through advance(), so rejections still reach the sender), at the paused time.
 */
const AT_ONCE: ReadonlySet<string> = new Set(["end", "injectNow", "adHocInject"]);

export interface Ack {
  id: string;
  seq: number;
  atMs: number;
}
export interface Rejection {
  id: string;
  /** one of protocol/refusals.ts: the server's own or the engine's */
  code: RefusalCode;
  /** the reason in Chinese (the default language); clients may word `code` + `params` themselves */
  reason: string;
  params?: Record<string, string | number>;
}
export type Submitted = { ok: true; ack: Ack; duplicate: boolean } | { ok: false; rejection: Rejection };

/** The refusal of a different command under a client id this seat already used. */
function idReused(id: string): Submitted {
  return { ok: false, rejection: { id, code: "idReused", reason: refusalText("idReused", { id }) } };
}

/** Who gave a logged command, so an engine rejection goes back to that client only. */
export interface Origin {
  sessionId: string;
  clientId: string;
}

export interface TickOutcome {
  events: DrillEvent[];
  rejections: Array<{ origin: Origin; rejection: Rejection }>;
}

export interface LiveDeps {
  store?: Store;
  now?: WallNow;
  /** simulated ms a rule-based bot waits before it answers or acts (default 2 min) */
  botDelayMs?: number;
}

export interface CreateDrill {
  scenarioYaml: string;
  /** the name problems are reported against (an upload: "upload.yaml") */
  file: string;
  seed: number;
  settings: DrillSettings;
  id?: string;
}

export class LiveDrill {
  state: DrillState;
  /** every event since the start, in order */
  readonly events: DrillEvent[];
  readonly clock: LiveClock;
  /** acknowledged commands whose tick has not come yet */
  private pending: Command[];
  private readonly origins = new Map<number, Origin>();
  /** commands offered and waiting for their group commit, by seat and client id, with their content */
  private readonly inFlight = new Map<string, { content: string; outcome: Promise<Submitted> }>();
  private bots: Bots;
  /** ticks of a director's jump still to run (queueJump) */
  private jumpOwed = 0;
  /** ids → names and codes → sentences for rejection reasons (zh-CN) */
  private readonly words: Words;
  /** the wall time (deps.now) the clock position was last written (live/clock-keep.ts) */
  private keptWall: number;
  /** set by recovery (live/recover.ts): where the drill resumed after a stop and what may have been lost, for the director */
  recovery?: RecoveryNote;
  /** set by recovery: the earlier recoveries no director has joined since (oldest first), told with `recovery` */
  earlierRecoveries?: RecoveryNote[];

  private constructor(readonly c: Compiled, public record: DrillRecord, start: { state: DrillState; events: DrillEvent[]; pending: Command[] }, private readonly deps: LiveDeps) {
    this.state = start.state;
    this.events = start.events;
    this.pending = start.pending;
    this.clock = new LiveClock(c.tickMs, record.settings.speed, record.status !== "running", deps.now);
    this.bots = new Bots(this, deps.botDelayMs ?? 120_000);
    this.words = words(c);
    this.keptWall = (deps.now ?? Date.now)();
  }

  /**
   * A new drill in the store, with its codes (returned in clear once). Throws an Error carrying
   * `problems` when the scenario text does not validate.
   */
  static create(store: Store, d: CreateDrill, deps: Omit<LiveDeps, "store"> = {}): { drill: LiveDrill; codes: DrillCodes } {
    const c = compileNewDrill(d.scenarioYaml, d.file);
    if (!c.ok) throw Object.assign(new Error("invalid scenario"), { problems: c.problems });
    const { compiled, profiles } = c.value;
    const id = d.id ?? newDrillId();
    const record = store.createDrill({ id, scenarioId: compiled.scenario.id, scenarioYaml: d.scenarioYaml, ...profiles, seed: d.seed, settings: d.settings });
    const codes = issueCodes(store, id, seatIds(compiled));
    return { drill: LiveDrill.fromCompiled(compiled, record, [], { ...deps, store }), codes };
  }

  /**
   * Rebuild a stored drill by replaying its log to `record.clockMs` (recovery). Commands logged
   * for later ticks stay pending. Without a store the drill can be inspected and stepped but
   * takes no commands. Throws when the stored scenario no longer compiles.
   */
  static rebuild(record: DrillRecord, log: readonly LogRecord[], deps: LiveDeps = {}): LiveDrill {
    const c = compileStored(record);
    if (!c.ok) throw new Error(`drill ${record.id}: its scenario no longer loads: ${c.problems[0]?.message ?? ""}`);
    return LiveDrill.fromCompiled(c.value, record, log, deps);
  }

  private static fromCompiled(compiled: Compiled, record: DrillRecord, log: readonly LogRecord[], deps: LiveDeps): LiveDrill {
    // the mode the director chose for this drill, not the scenario's default: the report's 演练形式 and every screen show it
    const c: Compiled = { ...compiled, scenario: { ...compiled.scenario, blindness: record.settings.blindness } };
    const folded = foldTo(c, record.seed, logToCommands(log), record.clockMs);
    return new LiveDrill(c, record, folded, deps);
  }

  get id(): string {
    return this.record.id;
  }

  /** SHA-256 of the canonical state (engine/replay.ts stateHash). */
  hash(): string {
    return stateHash(this.c, this.state);
  }

  /**
   * Take a command from a seat: check it, append it to the store (its own fsync) and only then
   * acknowledge it with its seq and the tick it takes effect at. A client id seen before from this
   * seat with the same command is acknowledged again, not applied twice; with a different command
   * it is refused (`idReused`). Bots use it; people's messages use `offer`.
   */
  submit(seat: SeatCode, person: string, clientId: unknown, raw: unknown, sessionId = ""): Submitted {
    const c = this.intake(seat, clientId, raw, false);
    if ("done" in c) return c.done;
    const rec = c.store.append(this.id, this.entry(c.by, person, c.id, c.command));
    this.accept(rec, sessionId);
    return { ok: true, ack: { id: c.id, seq: rec.seq, atMs: rec.atMs }, duplicate: false };
  }

  /**
   * `submit` through the group commit (live/commit.ts): checked now, appended with the other
   * commands of this event-loop turn in one synced transaction, resolved only once that is on
   * disk, at the drill's clock as of the append. A re-send still in flight shares its outcome; a
   * different command under an id in flight or logged is refused (`idReused`).
   */
  offer(seat: SeatCode, person: string, clientId: unknown, raw: unknown, sessionId = ""): Promise<Submitted> {
    const c = this.intake(seat, clientId, raw, true);
    if ("done" in c) return Promise.resolve(c.done);
    const key = `${c.by}\u0000${c.id}`;
    const content = commandContent(c.command);
    const inFlight = this.inFlight.get(key);
    if (inFlight && inFlight.content !== content) return Promise.resolve(idReused(c.id));
    if (inFlight) return inFlight.outcome.then((r) => (r.ok ? { ...r, duplicate: true } : r));
    const p = new Promise<Submitted>((resolve) => groupCommit(c.store).add({
      drillId: this.id,
      make: () => (this.state.ended ? undefined : this.entry(c.by, person, c.id, c.command)),
      settle: (o) => {
        this.inFlight.delete(key);
        const id = c.id;
        if (o === undefined) return resolve({ ok: false, rejection: { id, code: "drillEnded", reason: refusalText("drillEnded") } });
        if (o instanceof Error) return resolve({ ok: false, rejection: { id, code: "internal", reason: refusalText("notStored") } });
        // logged meanwhile by another process on the same store: the same rule as intake's
        if (o.duplicate && !sameCommand(o.record.command, c.command)) return resolve(idReused(id));
        if (!o.duplicate) this.accept(o.record, sessionId);
        resolve({ ok: true, ack: { id, seq: o.record.seq, atMs: o.record.atMs }, duplicate: o.duplicate });
      },
    }));
    this.inFlight.set(key, { content, outcome: p });
    return p;
  }

  /** The checks before a command is logged: its id, a re-send, the drill's end, the play schema and powers. */
  /** `person`: a person's command over the room (offer), which in a double-blind drill may name only what its seat was shown */
  private intake(seat: SeatCode, clientId: unknown, raw: unknown, person: boolean): { done: Submitted } | { store: Store; by: string; id: string; command: PlayCommand } {
    const store = this.deps.store;
    const id = typeof clientId === "string" ? clientId : "";
    const no = (code: ServerRefusalCode, reason: string, params?: Record<string, string | number>) => ({ done: { ok: false as const, rejection: { id, code, reason, ...(params ? { params } : {}) } } });
    if (!CLIENT_ID.test(id)) return no("badId", refusalText("badId"));
    if (!store) return no("notAllowed", refusalText("readOnly"));
    const by = seat.kind === "director" ? "director" : seat.seat;
    const seen = store.findByClientId(this.id, by, id);
    // a person on a double-blind seat not yet told may name only what it was shown (live/views.ts shownNames):
    // the answers to guessed ids would tell the scenario (bots and scripted plays are not guessing)
    const only = person && hidesIncident(this.state, this.record.settings.blindness, seat) ? shownNames(this.c, this.state, seat) : {};
    const checked = checkCommand(this.c, seat, raw, this.state.tMs, only);
    if (seen) return checked.ok && sameCommand(seen.command, checked.command) ? { done: { ok: true, ack: { id, seq: seen.seq, atMs: seen.atMs }, duplicate: true } } : { done: idReused(id) };
    if (this.state.ended) return no("drillEnded", refusalText("drillEnded"));
    if (!checked.ok) return no(checked.code, checked.reason, checked.params);
    return { store, by, id, command: checked.command };
  }

  /** The log entry for a checked command, at the drill's clock now (the next tick). */
  private entry(by: string, person: string, clientId: string, command: PlayCommand): LogEntry {
    return { atMs: this.state.tMs, by, person, clientId, command: { ...command, at: formatClock(this.state.tMs) } as unknown as Record<string, unknown> };
  }

  /** A record now on disk joins the commands waiting for their tick, in seq order. */
  private accept(rec: LogRecord, sessionId: string): void {
    const command = logToCommands([rec])[0]!;
    this.pending.push(command);
    if (sessionId) this.origins.set(rec.seq, { sessionId, clientId: rec.clientId });
    if (this.clock.status().paused && AT_ONCE.has(command.type)) this.jumpOwed = Math.max(this.jumpOwed, 1);
  }

  /**
   * The drill's time as people should read it: the clock, or once the director has ended it, the
   * time the end took effect (the paused time it was given at), not the tick after it, so a
   * deadline due at that very time does not read as overdue.
   */
  get nowMs(): number {
    if (this.state.ended && this.state.endReason === "director") {
      for (let i = this.events.length - 1; i >= 0; i--) if (this.events[i]!.type === "drillEnded") return this.events[i]!.at;
    }
    return this.state.tMs;
  }

  /** Step the engine `n` ticks (fewer if it ends); bots answer after each tick. */
  tick(n = 1): TickOutcome {
    const out: TickOutcome = { events: [], rejections: [] };
    for (let i = 0; i < n && !this.state.ended; i++) {
      const due = this.pending.filter((p) => p.at <= this.state.tMs);
      if (due.length > 0) this.pending = this.pending.filter((p) => p.at > this.state.tMs);
      const r = step(this.c, this.state, due);
      this.state = r.state;
      for (const e of r.events) {
        this.events.push(e);
        out.events.push(e);
        if (e.type !== "rejected") continue;
        const origin = this.origins.get(e.seq);
        if (origin) out.rejections.push({ origin, rejection: { id: origin.clientId, ...this.worded(e) } });
      }
      for (const p of due) this.origins.delete(p.seq);
      this.bots.act();
    }
    if (this.state.ended) this.setStatus("ended");
    return out;
  }

  /** An engine rejection as a seat reads it: its code, the zh-CN reason, and its parameters named for the client to word. */
  private worded(e: Extract<DrillEvent, { type: "rejected" }>): Omit<Rejection, "id"> {
    return { code: e.code, reason: rejectionText(this.words, e), params: this.words.params(e.params) };
  }

  /**
   * The engine's refusals of logged commands so far, by log seq, read off the drill's own events (the fold of the
   * log, so they are what a replay of the log says, never a second record): the `history` message carries them, so
   * a seat joining in a new browser sees a refused command refused (live/history.ts).
   */
  refusals(): Map<number, Omit<Rejection, "id">> {
    const out = new Map<number, Omit<Rejection, "id">>();
    for (const e of this.events) if (e.type === "rejected") out.set(e.seq, this.worded(e));
    return out;
  }

  /** The ticks the clock says are due (at most `maxTicks`). */
  advance(maxTicks = 600): TickOutcome {
    const slice = Math.min(this.jumpOwed, JUMP_SLICE);
    const out = this.tick(this.clock.due(maxTicks) + slice);
    if (slice > 0) {
      this.jumpOwed = this.state.ended ? 0 : this.jumpOwed - slice;
      if (this.jumpOwed === 0) this.persistClock(true);
    }
    return out;
  }

  /** Skip ahead `minutes` of simulated time at once; deadlines keep running in simulated time. */
  jump(minutes: number): TickOutcome {
    const out = this.tick(this.clock.jumpTicks(minutes));
    this.persistClock(true);
    return out;
  }

  /**
   * The same skip, spread over the next calls to advance() (JUMP_SLICE ticks each), so one
   * drill's long jump never stalls the other drills in the process. Works while paused too.
   */
  queueJump(minutes: number): void {
    this.jumpOwed += this.clock.jumpTicks(minutes);
  }

  pause(): void {
    this.clock.pause();
    this.setStatus("paused");
    this.persistClock(true);
  }

  /** The anchor changes (running from here): its position is written with it (live/clock-keep.ts). */
  resume(): void {
    if (this.state.ended) return;
    this.clock.resume();
    this.setStatus("running");
    this.persistClock();
  }

  setSpeed(speed: number): void {
    this.clock.setSpeed(speed);
    this.saveSettings({ ...this.record.settings, speed });
    this.persistClock(this.clock.status().paused);
  }

  /** Agencies bots play now (the director can switch a seat between person and bot). */
  botSeats(): string[] {
    return this.record.settings.bots;
  }

  setSeatMode(agency: string, mode: "person" | "bot"): void {
    const bots = new Set(this.record.settings.bots);
    if (mode === "bot") bots.add(agency);
    else bots.delete(agency);
    this.saveSettings({ ...this.record.settings, bots: [...bots].sort() });
  }

  /** Settings the director changes live are stored at once, so a restarted server keeps them. */
  private saveSettings(settings: DrillSettings): void {
    this.record = { ...this.record, settings };
    this.deps.store?.setSettings(this.id, settings);
  }

  /** Record the clock position (and, when asked, the state hash) so recovery replays to here. */
  persistClock(withHash = false): void {
    this.deps.store?.setClock(this.id, this.state.tMs, withHash ? this.hash() : undefined);
    this.record = { ...this.record, clockMs: this.state.tMs };
    this.keptWall = (this.deps.now ?? Date.now)();
  }

  /**
   * Called after each step of the room's pump: write the clock position once a second of wall time or
   * KEEP_SIM_MS of simulated time has passed since the last write (live/clock-keep.ts), with the state hash when
   * paused or ended, so a crash loses at most that much of the clock.
   */
  keepClock(): void {
    if (this.state.tMs === this.record.clockMs) return; // nothing new to keep (a paused clock: written as it stopped)
    const sinceWall = (this.deps.now ?? Date.now)() - this.keptWall;
    if (keepDue(sinceWall, this.state.tMs - this.record.clockMs)) this.persistClock(this.state.ended || this.clock.status().paused);
  }

  private setStatus(status: DrillRecord["status"]): void {
    if (this.record.status === status) return;
    this.record = { ...this.record, status };
    this.deps.store?.setStatus(this.id, status);
    if (status === "ended") this.persistClock(true);
  }

  /** Acknowledged commands still waiting for their tick (forecasts include them). */
  pendingCommands(): readonly Command[] {
    return this.pending;
  }

  /** Audit a director or seat action (wall-clock time). */
  audit(who: string, action: string, detail?: Record<string, unknown>): void {
    this.deps.store?.audit({ drillId: this.id, at: new Date().toISOString(), who, action, ...(detail ? { detail } : {}) });
  }
}
