/**
 * The engine in the browser, for the replay viewer and "as seen by": parse the drill's
 * scenario, rules profile and log (play YAML), then step to any time. Keeps a checkpoint every
 * few minutes so scrubbing back does not replay from the start.
 */
import { compile, type Compiled } from "../../engine/compile.ts";
import { init } from "../../engine/init.ts";
import type { Command } from "../../engine/model/commands.ts";
import type { DrillEvent } from "../../engine/model/events.ts";
import type { DrillState } from "../../engine/model/state.ts";
import { playCommands, stateHash } from "../../engine/replay.ts";
import { parsePlay, parseRules, parseScenario } from "../../engine/scenario/load.ts";
import { formatProblem } from "../../engine/scenario/problems.ts";
import { step } from "../../engine/step.ts";

const CHECKPOINT_MS = 5 * 60_000;

/** A drill's scenario and rules profile texts → the compiled scenario. Throws an Error listing file:line:col problems. */
export function compileSources(scenarioYaml: string, rulesYaml: string): Compiled {
  const s = parseScenario(scenarioYaml, "scenario.yaml");
  if (!s.ok) throw new Error(s.problems.map(formatProblem).join("\n"));
  const r = parseRules(rulesYaml, "rules.yaml");
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join("\n"));
  return compile(s.value, r.value);
}

export class Replay {
  readonly c: Compiled;
  readonly seed: number;
  private commands: Command[];
  private marks: Array<{ state: DrillState; next: number; events: number }> = [];
  readonly events: DrillEvent[] = [];
  private state: DrillState;
  private next = 0;
  /**
   * the drill's last simulated time: an ended drill's recorded end (its drillEnded event's time, the report's 至 too),
   * not the clock after that last tick, one tick later; a running drill's, its clock (set by `finish`)
   */
  endMs = 0;
  /** an ended drill's recorded end, once `finish` has run it */
  private endedAtMs: number | undefined;

  /** `blindness`: the mode the drill was run in (its setting), else the scenario's default */
  constructor(scenarioYaml: string, rulesYaml: string, logYaml: string, blindness?: string) {
    const p = parsePlay(logYaml, "log.yaml");
    if (!p.ok) throw new Error(p.problems.map(formatProblem).join("\n"));
    const c = compileSources(scenarioYaml, rulesYaml);
    this.c = blindness === "NONE" || blindness === "SINGLE_BLIND" || blindness === "DOUBLE_BLIND" ? { ...c, scenario: { ...c.scenario, blindness } } : c;
    this.seed = p.value.seed;
    this.commands = playCommands(p.value).sort((a, b) => a.at - b.at || a.seq - b.seq);
    this.state = init(this.c, this.seed);
    this.marks.push({ state: this.state, next: 0, events: 0 });
  }

  get now(): DrillState {
    return this.state;
  }

  /** Step until the state reaches `tMs` (or the drill ends). */
  seek(tMs: number): DrillState {
    if (tMs < this.state.tMs) {
      const mark = [...this.marks].reverse().find((k) => k.state.tMs <= tMs)!;
      this.state = mark.state;
      this.next = mark.next;
      this.events.length = mark.events;
    }
    while (!this.state.ended && this.state.tMs < tMs) this.tick();
    return this.state;
  }

  /**
   * Run to the end, or to a running drill's clock `untilMs` (ms); returns the state hash there, computed in
   * this browser. A tick runs only if it closes by `untilMs`, as the server's replay (engine/replay.ts run) does,
   * so both hash the same state: one tick more read ✖ 不一致 on every drill still running.
   */
  finish(untilMs?: number): string {
    const limit = untilMs ?? Infinity;
    while (!this.state.ended && this.state.tMs + this.c.tickMs <= limit) this.tick();
    const ended = this.state.ended ? [...this.events].reverse().find((e) => e.type === "drillEnded") : undefined;
    this.endedAtMs = ended?.at;
    this.endMs = ended ? ended.at : this.state.tMs;
    return stateHash(this.c, this.state);
  }

  /**
   * What the replay shows at `tMs` (ms): the state there; from an ended drill's end (`endMs`, after `finish`) on, the
   * ended state, its last tick's events (演练结束) included, so the last frame is the end itself and not a tick past it.
   */
  frame(tMs: number): DrillState {
    return this.seek(this.endedAtMs !== undefined && tMs >= this.endedAtMs ? Infinity : tMs);
  }

  hash(): string {
    return stateHash(this.c, this.state);
  }

  private tick(): void {
    const due: Command[] = [];
    while (this.next < this.commands.length && this.commands[this.next]!.at <= this.state.tMs) due.push(this.commands[this.next++]!);
    const r = step(this.c, this.state, due);
    this.state = r.state;
    for (const e of r.events) this.events.push(e);
    if (this.state.tMs % CHECKPOINT_MS === 0 && this.state.tMs > this.marks[this.marks.length - 1]!.state.tMs) {
      this.marks.push({ state: this.state, next: this.next, events: this.events.length });
    }
  }
}
