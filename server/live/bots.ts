/**
 * Bots for unstaffed seats (issue 7 §8), giving commands through the same intake as people, so
 * everything they do is in the log and replays. A bot follows the drill's bot play (a play file,
 * e.g. the scenario's good play) for its agency when one is given; otherwise the rule-based seat
 * of bot-duties.ts: it acknowledges what it receives, gives the linkage notices and reports its
 * rules ask of it, and carries out its linkage duties, each a delay after it arose.
 * Client ids name what the bot answers ("ack-m12", "duty-RPT-ENT-CHEM-EB:ent_eb", "play-7"), so a
 * rebuilt drill's bots do not repeat themselves: the intake finds the id and applies it once.
 * A command refused (by the intake, or later by the engine) is tried again as the job words it
 * then, under a new id, at most MAX_TRIES times and never twice the same.
 */
import { createHash } from "node:crypto";
import type { Command } from "../../engine/model/commands.ts";
import { playCommands } from "../../engine/replay.ts";
import { parsePlay } from "../../engine/scenario/load.ts";
import { jobsFor, type BotView, type Job } from "./bot-duties.ts";
import type { LiveDrill } from "./drill.ts";

/** tries of one job (its first command and up to two corrected ones) */
const MAX_TRIES = 3;
/** simulated ms between two looks at what rule-based bots owe (a person at a desk checks less often still) */
const LOOK_EVERY_MS = 10_000;

interface Tries {
  n: number;
  /** the logged command's seq, while it has not been refused */
  seq?: number;
  /** every command given for this job (JSON), so a refused one is never given again */
  sent: string[];
}

export class Bots {
  /** the bot play's commands, in file order (undefined: rule-based bots) */
  private play?: Command[];
  private readonly tried = new Set<string>();
  private readonly tries = new Map<string, Tries>();
  /** seqs of logged commands the engine refused, and how many events have been read for them */
  private readonly refused = new Set<number>();
  private eventsRead = 0;
  private lastLook = -1;

  constructor(private readonly drill: LiveDrill, private readonly delayMs: number) {
    const text = drill.record.settings.botPlay;
    if (text) {
      const p = parsePlay(text, "bot-play.yaml");
      if (p.ok && p.value.scenario === drill.c.scenario.id) this.play = playCommands(p.value);
    }
  }

  /** Give whatever each bot seat owes at the drill's current time (after a tick). */
  act(): void {
    const seats = new Set(this.drill.botSeats());
    if (seats.size === 0 || this.drill.state.ended) return;
    if (this.play) return this.followPlay(seats);
    // one look per LOOK_EVERY_MS of the drill clock, at its first tick (so a duty due on the 10 s is seen then)
    const slot = Math.floor(this.drill.state.tMs / LOOK_EVERY_MS);
    if (slot === this.lastLook) return;
    this.lastLook = slot;
    this.readRefusals();
    for (const agency of [...seats].sort()) {
      const view: BotView = { c: this.drill.c, state: this.drill.state, delayMs: this.delayMs, exhausted: (key) => (this.tries.get(`${agency}/${key}`)?.n ?? 0) >= MAX_TRIES };
      for (const job of jobsFor(view, agency)) this.attempt(agency, job);
    }
  }

  private readRefusals(): void {
    const events = this.drill.events;
    for (; this.eventsRead < events.length; this.eventsRead++) {
      const e = events[this.eventsRead]!;
      if (e.type === "rejected") this.refused.add(e.seq);
    }
  }

  /** Give a job's command unless it was given and stands; after a refusal, the job's command as worded now. */
  private attempt(agency: string, job: Job): void {
    const id = `${agency}/${job.key}`;
    const tr = this.tries.get(id) ?? { n: 0, sent: [] };
    this.tries.set(id, tr);
    if (tr.seq !== undefined) {
      if (!this.refused.has(tr.seq)) return;
      tr.seq = undefined;
      tr.n++;
    }
    while (tr.n < MAX_TRIES) {
      const cmd = job.make();
      if (!cmd) return;
      const text = JSON.stringify(cmd);
      if (tr.sent.includes(text)) {
        tr.n = MAX_TRIES; // the same command would be refused the same way
        return;
      }
      tr.sent.push(text);
      const r = this.drill.submit({ drillId: this.drill.id, kind: "seat", seat: agency }, `bot:${agency}`, clientId(job.key, tr.n), cmd);
      if (r.ok) {
        tr.seq = r.ack.seq;
        return;
      }
      tr.n++;
    }
  }

  private give(agency: string, key: string, command: Record<string, unknown>): void {
    if (this.tried.has(`${agency}/${key}`)) return;
    this.tried.add(`${agency}/${key}`);
    this.drill.submit({ drillId: this.drill.id, kind: "seat", seat: agency }, `bot:${agency}`, key, command);
  }

  /** Play commands of bot agencies whose time has come, in the play's order (its tie order). */
  private followPlay(seats: Set<string>): void {
    const t = this.drill.state.tMs;
    for (const cmd of this.play!) {
      if (cmd.at > t || !seats.has(cmd.by)) continue;
      const { at: _at, by: _by, seq, ...fields } = cmd;
      this.give(cmd.by, `play-${seq}`, fields);
    }
  }
}

/** A client id (intake: 1–64 of A-Za-z0-9_.:-) for try `n` of a job: the key, its other characters as "_", long keys shortened with a hash. */
export function clientId(key: string, n: number): string {
  let id = key.replace(/[^A-Za-z0-9_.:-]/g, "_");
  if (id.length > 56) id = `${id.slice(0, 47)}.${createHash("sha256").update(key).digest("hex").slice(0, 8)}`;
  return n === 0 ? id : `${id}.r${n}`;
}
