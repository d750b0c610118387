/** Test helpers: load scenarios and plays from the repository, run them, read problems. */
import { readFileSync } from "node:fs";
import { loadPlay, loadScenario } from "../cli/files.ts";
import type { Compiled } from "../engine/compile.ts";
import type { Command } from "../engine/model/commands.ts";
import { parseClock } from "../engine/model/time.ts";
import { playCommands, run, stateHash, type RunResult } from "../engine/replay.ts";

export const SCENARIOS = "scenarios";

export function compiled(name: string): Compiled {
  const r = loadScenario(`${SCENARIOS}/${name}.yaml`);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.file}:${p.line} ${p.message}`).join("\n"));
  return r.value.compiled;
}

export function playOf(c: Compiled, file: string): Command[] {
  const p = loadPlay(file, c);
  if (!p.ok) throw new Error(p.problems.map((x) => `${x.file}:${x.line} ${x.message}`).join("\n"));
  return playCommands(p.value);
}

export function runPlay(c: Compiled, commands: Command[], seed = 7, untilMs?: number): RunResult & { hash: string } {
  const r = run(c, seed, commands, untilMs !== undefined ? { untilMs } : {});
  return { ...r, hash: stateHash(c, r.state) };
}

/** Build a command the way a play would: `at` as "HH:MM:SS". */
export function cmd(at: string, by: string, fields: Record<string, unknown>, seq: number): Command {
  return { at: parseClock(at)!, by, seq, ...fields } as Command;
}

export function text(file: string): string {
  return readFileSync(file, "utf8");
}

export const ms = (clock: string) => parseClock(clock)!;
