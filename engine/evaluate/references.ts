/**
 * The two reference outcomes a drill's harm is graded against (issue 10 §9): what the scenario's
 * hazard does with no response (an empty command log) and with the scenario's best play, for the
 * same scenario and seed, at the same drill time. Both come from the engine's own replay; the
 * shells load the best play (the engine does no I/O). Runs are memoised per scenario hash + seed +
 * play hash, so a report, its live refreshes and a test file replay each reference once.
 */
import type { Compiled } from "../compile.ts";
import type { Command } from "../model/commands.ts";
import { canonicalJson, sha256Hex } from "../model/hash.ts";
import type { Casualties } from "../model/state.ts";
import type { SimMs } from "../model/time.ts";
import { run } from "../replay.ts";

/** The best play a scenario names (`bestPlay:`), as the shell loaded it. */
export interface BestPlay {
  /** what the scenario calls it: a play id in scenarios/plays/ or a path */
  ref: string;
  /** the play's own title, which the report cites (a file name is not a basis a reader can look up) */
  title?: string;
  commands: readonly Command[];
}

/** Whole people: the figures the harm is graded on. */
export interface HarmFigures {
  deaths: number;
  seriousInjuries: number;
  injured: number;
  /** still cut off (trapped) at that time */
  trapped: number;
}

/** A run's figures at each change: [tMs of the state, figures] in time order. */
type Series = Array<{ tMs: SimMs; f: HarmFigures }>;

const MEMO_MAX = 64;
const memo = new Map<string, Series>();
const scenarioHashes = new WeakMap<Compiled, string>();

export function harmOf(c: Casualties & { trapped: number }): HarmFigures {
  return { deaths: c.deaths, seriousInjuries: c.seriousInjuries, injured: c.injured, trapped: c.trapped };
}

function scenarioHash(c: Compiled): string {
  let h = scenarioHashes.get(c);
  if (h === undefined) {
    h = sha256Hex(canonicalJson({ scenario: c.scenario, rules: c.rules }));
    scenarioHashes.set(c, h);
  }
  return h;
}

function series(c: Compiled, seed: number, commands: readonly Command[]): Series {
  const key = `${scenarioHash(c)}|${seed}|${sha256Hex(canonicalJson(commands))}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const out: Series = [];
  let last = "";
  run(c, seed, commands, {
    onTick: ({ state }) => {
      const f = harmOf(state.casualties);
      const k = `${f.deaths}|${f.seriousInjuries}|${f.injured}|${f.trapped}`;
      if (k !== last) out.push({ tMs: state.tMs, f });
      last = k;
    },
  });
  // a bounded memo: a long-running server or Monte-Carlo run sees many seeds
  if (memo.size >= MEMO_MAX) memo.delete(memo.keys().next().value!);
  memo.set(key, out);
  return out;
}

/**
 * The figures a play (`commands`) reaches by the state time `tMs` (DrillState.tMs: the drill's
 * state after its last tick), with this scenario and seed. Zeros before the first change.
 */
export function referenceAt(c: Compiled, seed: number, commands: readonly Command[], tMs: SimMs): HarmFigures {
  let at: HarmFigures = { deaths: 0, seriousInjuries: 0, injured: 0, trapped: 0 };
  for (const p of series(c, seed, commands)) {
    if (p.tMs > tMs) break;
    at = p.f;
  }
  return at;
}
