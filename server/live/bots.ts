/**
 * Bots for unstaffed seats (issue 7 §8), giving commands through the same intake as people, so
 * everything they do is in the log and replays. A bot follows the drill's bot play (a play file,
 * e.g. the scenario's good play) for its agency when one is given; otherwise a rule-based default:
 * acknowledge what it receives, answer spot questions, and act on its linkage and reporting
 * duties, each after a delay. Client ids name what the bot answers ("ack-m12", "play-7"), so a
 * rebuilt drill's bots do not repeat themselves: the intake finds the id and applies it once.
 */
import type { Command } from "../../engine/model/commands.ts";
import { playCommands } from "../../engine/replay.ts";
import { parsePlay } from "../../engine/scenario/load.ts";
import type { Obligation } from "../../engine/model/state.ts";
import type { LiveDrill } from "./drill.ts";

export class Bots {
  /** the bot play's commands, in file order (undefined: rule-based bots) */
  private play?: Command[];
  private readonly tried = new Set<string>();

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
    if (seats.size === 0) return;
    if (this.play) return this.followPlay(seats);
    for (const agency of [...seats].sort()) this.ruleBased(agency);
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

  private ruleBased(agency: string): void {
    const { state } = this.drill;
    const t = state.tMs;
    for (const m of state.messages) {
      if (m.atMs + this.delayMs > t || !m.to.includes(agency) || m.from === agency || m.from === "scenario") continue;
      if (m.kind === "message" || m.kind === "report" || m.kind === "request") this.give(agency, `ack-${m.id}`, { type: "acknowledge", to: m.from, text: "收到" });
    }
    for (const o of state.obligations) {
      if (o.agency !== agency || o.status !== "open" || o.openedAtMs + this.delayMs > t) continue;
      const cmd = this.duty(agency, o);
      if (cmd) this.give(agency, `duty-${o.id}`.slice(0, 64), cmd);
    }
  }

  /** One command that meets an obligation, from what the agency has (its own units, its knowledge). */
  private duty(agency: string, o: Obligation): Record<string, unknown> | undefined {
    const { c, state } = this.drill;
    const place = c.scenario.incidentPlace;
    const boss = c.agencies.get(agency)?.reportsTo ?? c.scenario.leadAgency;
    if (o.kind === "report" && o.to) {
      const known = state.knowledge.find((k) => k.agency === agency)?.knownCasualties;
      const kind = o.actions?.find((a) => a.type === "report")?.task ?? "initial";
      const mode = o.mode === "written" ? "written" : "oral";
      return { type: "report", to: o.to, kind, mode, content: { unit: agency, time: c.scenario.clock.start, location: place, scene: "bot", sequence: "bot", measures: ["bot"], ...(known ? { casualties: known } : {}) } };
    }
    if (o.kind !== "act") return undefined;
    for (const a of o.actions ?? []) {
      switch (a.type) {
        case "dispatch": {
          const own = state.units.filter((u) => u.status === "available" && c.units.get(u.id)?.agency === agency);
          const unit = own.find((u) => !a.task || c.units.get(u.id)!.capabilities.includes(a.task));
          const task = a.task ?? (unit ? c.units.get(unit.id)!.capabilities[0] : undefined);
          if (unit && task) return { type: "dispatch", units: [unit.id], place, task };
          break;
        }
        case "message": {
          const to = o.to ?? boss; // a spot question's answer goes to whoever asked
          if (to && to !== agency) return { type: "message", to: [to], text: "收到，正在处置" };
          break;
        }
        case "acknowledge":
          if (boss && boss !== agency) return { type: "acknowledge", to: boss, text: "收到" };
          break;
        case "report":
          if (boss && boss !== agency) return { type: "report", to: boss, kind: "initial", mode: "oral", content: { location: place } };
          break;
        case "cordon":
          return { type: "cordon", place, radiusM: 500 };
        case "evacuate":
        case "shelter":
          return { type: a.type, place, radiusM: 1000 };
        case "warning":
          return { type: "warning", level: "yellow", place, radiusM: 2000 };
        case "activateResponse":
          return { type: "activateResponse", level: 4 };
      }
    }
    return undefined;
  }
}
