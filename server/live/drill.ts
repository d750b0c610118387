/**
 * One live drill (design.md "The shells"): the engine state, the intake (validate → append and
 * sync → ack → step), the clock and the bots, as a plain object tests drive without sockets.
 * The room is a thin shell over it. `LiveDrill.rebuild(record, log)` replays a stored drill to
 * its recorded clock position: recovery, `drill verify` and the crash test all rest on it.
 */
import { randomUUID } from "node:crypto";
import type { Compiled } from "../../engine/compile.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import type { DrillState } from "../../engine/model/state.ts";
import { stateHash } from "../../engine/replay.ts";
import { step } from "../../engine/step.ts";
import { rejectionText, words, type Words } from "../../i18n/describe.ts";
import type { DrillRecord, DrillSettings, LogRecord, SeatCode, Store } from "../store/store.ts";
import { Bots } from "./bots.ts";
import { LiveClock, type WallNow } from "./clock.ts";
import { checkCommand, CLIENT_ID } from "./intake.ts";
import { foldTo, logToCommands } from "./log.ts";
import { compileScenario } from "./scenario.ts";
import { issueCodes, seatIds, type DrillCodes } from "./seats.ts";

export interface Ack {
  id: string;
  seq: number;
  atMs: number;
}
export interface Rejection {
  id: string;
  code: string;
  /** the reason in Chinese (the default language); clients may word `code` + `params` themselves */
  reason: string;
  params?: Record<string, string | number>;
}
export type Submitted = { ok: true; ack: Ack; duplicate: boolean } | { ok: false; rejection: Rejection };

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
  private bots: Bots;
  /** ids → names and codes → sentences for rejection reasons (zh-CN) */
  private readonly words: Words;

  private constructor(readonly c: Compiled, public record: DrillRecord, start: { state: DrillState; events: DrillEvent[]; pending: Command[] }, private readonly deps: LiveDeps) {
    this.state = start.state;
    this.events = start.events;
    this.pending = start.pending;
    this.clock = new LiveClock(c.tickMs, record.settings.speed, record.status !== "running", deps.now);
    this.bots = new Bots(this, deps.botDelayMs ?? 120_000);
    this.words = words(c);
  }

  /**
   * A new drill in the store, with its codes (returned in clear once). Throws an Error carrying
   * `problems` when the scenario text does not validate.
   */
  static create(store: Store, d: CreateDrill, deps: Omit<LiveDeps, "store"> = {}): { drill: LiveDrill; codes: DrillCodes } {
    const c = compileScenario(d.scenarioYaml, d.file);
    if (!c.ok) throw Object.assign(new Error("invalid scenario"), { problems: c.problems });
    const id = d.id ?? randomUUID().slice(0, 8);
    const record = store.createDrill({ id, scenarioId: c.value.scenario.id, scenarioYaml: d.scenarioYaml, seed: d.seed, settings: d.settings });
    const codes = issueCodes(store, id, seatIds(c.value));
    return { drill: LiveDrill.fromCompiled(c.value, record, [], { ...deps, store }), codes };
  }

  /**
   * Rebuild a stored drill by replaying its log to `record.clockMs` (recovery). Commands logged
   * for later ticks stay pending. Without a store the drill can be inspected and stepped but
   * takes no commands. Throws when the stored scenario no longer compiles.
   */
  static rebuild(record: DrillRecord, log: readonly LogRecord[], deps: LiveDeps = {}): LiveDrill {
    const c = compileScenario(record.scenarioYaml, `${record.scenarioId}.yaml`);
    if (!c.ok) throw new Error(`drill ${record.id}: its scenario no longer loads: ${c.problems[0]?.message ?? ""}`);
    return LiveDrill.fromCompiled(c.value, record, log, deps);
  }

  private static fromCompiled(c: Compiled, record: DrillRecord, log: readonly LogRecord[], deps: LiveDeps): LiveDrill {
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
   * Take a command from a seat: check it, append it to the store (synced) and only then
   * acknowledge it with its sequence number and the tick it takes effect at. A client id seen
   * before from this seat is acknowledged again, not applied twice.
   */
  submit(seat: SeatCode, person: string, clientId: unknown, raw: unknown, sessionId = ""): Submitted {
    const store = this.deps.store;
    const id = typeof clientId === "string" ? clientId : "";
    if (!CLIENT_ID.test(id)) return { ok: false, rejection: { id, code: "badId", reason: "id: 1–64 letters, digits, '-', '_', ':' or '.'" } };
    if (!store) return { ok: false, rejection: { id, code: "notAllowed", reason: "this drill is read-only" } };
    const by = seat.kind === "director" ? "director" : seat.seat;
    const seen = store.findByClientId(this.id, by, id);
    if (seen) return { ok: true, ack: { id, seq: seen.seq, atMs: seen.atMs }, duplicate: true };
    if (this.state.ended) return { ok: false, rejection: { id, code: "drillEnded", reason: "the drill has ended" } };
    const checked = checkCommand(this.c, seat, raw, this.state.tMs);
    if (!checked.ok) return { ok: false, rejection: { id, code: checked.code, reason: checked.reason } };
    const rec = store.append(this.id, { atMs: this.state.tMs, by, person, clientId: id, command: checked.command as unknown as Record<string, unknown> });
    this.pending.push(logToCommands([rec])[0]!);
    if (sessionId) this.origins.set(rec.seq, { sessionId, clientId: id });
    return { ok: true, ack: { id, seq: rec.seq, atMs: rec.atMs }, duplicate: false };
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
        if (origin) out.rejections.push({ origin, rejection: { id: origin.clientId, code: e.code, reason: rejectionText(this.words, e), params: this.words.params(e.params) } });
      }
      for (const p of due) this.origins.delete(p.seq);
      this.bots.act();
    }
    if (this.state.ended) this.setStatus("ended");
    return out;
  }

  /** The ticks the clock says are due (at most `maxTicks`). */
  advance(maxTicks = 600): TickOutcome {
    return this.tick(this.clock.due(maxTicks));
  }

  /** Skip ahead `minutes` of simulated time at once; deadlines keep running in simulated time. */
  jump(minutes: number): TickOutcome {
    const out = this.tick(this.clock.jumpTicks(minutes));
    this.persistClock(true);
    return out;
  }

  pause(): void {
    this.clock.pause();
    this.setStatus("paused");
    this.persistClock(true);
  }

  resume(): void {
    if (this.state.ended) return;
    this.clock.resume();
    this.setStatus("running");
  }

  setSpeed(speed: number): void {
    this.clock.setSpeed(speed);
    this.record = { ...this.record, settings: { ...this.record.settings, speed } };
  }

  /** Agencies bots play now (the director can switch a seat between person and bot). */
  botSeats(): string[] {
    return this.record.settings.bots;
  }

  setSeatMode(agency: string, mode: "person" | "bot"): void {
    const bots = new Set(this.record.settings.bots);
    if (mode === "bot") bots.add(agency);
    else bots.delete(agency);
    this.record = { ...this.record, settings: { ...this.record.settings, bots: [...bots].sort() } };
  }

  /** Record the clock position (and, when asked, the state hash) so recovery replays to here. */
  persistClock(withHash = false): void {
    this.deps.store?.setClock(this.id, this.state.tMs, withHash ? this.hash() : undefined);
    this.record = { ...this.record, clockMs: this.state.tMs };
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
