/**
 * What-if (design.md: "same scenario + seed + log → same state"): because the engine is
 * deterministic, re-running a play with one change shows exactly what that decision changed —
 * in score, findings and outcomes. Changes name commands by their 1-based position in the play.
 *
 * @example
 *   const r = whatIf(compiled, 7, playCommands(play), [{ type: "shift", index: 12, atMs: 5 * 60_000 }], rubric);
 *   r.diff.score; // +14.5
 */
import type { Compiled } from "../compile.ts";
import type { Command } from "../model/commands.ts";
import type { DrillEvent } from "../model/events.ts";
import type { SimMs } from "../model/time.ts";
import type { Observations, RubricProfile } from "../scenario/rubric-schema.ts";
import { evaluate } from "./evaluate.ts";
import { runKeepingReference, type BestPlay } from "./references.ts";
import { droppedWhy, type DroppedNote } from "./whatif-why.ts";
import type { FindingCode, OutcomeFigures, ReportModel, SectionId } from "./report-model.ts";

export type Change =
  | { type: "shift"; index: number; atMs: SimMs }
  | { type: "drop"; index: number }
  | { type: "add"; command: Omit<Command, "seq"> };

/**
 * A change that cannot apply to the play: a code and its parameters, worded by the shells
 * (i18n/usage-errors.ts `whatif.<code>`), never a sentence from the engine.
 * - `noSuchCommand` { index, count }: no command at 1-based position `index` of a play of `count`
 * - `alreadyDropped` { index }: the command at `index` was dropped by an earlier change
 * - `shiftBeforeStart` { index }: a shift to a time that is not a drill time ≥ 0 ms
 */
export type WhatIfErrorCode = "noSuchCommand" | "alreadyDropped" | "shiftBeforeStart";

export class WhatIfError extends Error {
  constructor(readonly code: WhatIfErrorCode, readonly params: Readonly<Record<string, number>>) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}

/**
 * Apply changes to a command list. Indexes always refer to the ORIGINAL play's positions, so
 * `--drop 3 --shift 5=…` means the play's commands 3 and 5 whatever the order. Added commands
 * come after every existing one at the same time.
 */
export function applyChanges(commands: readonly Command[], changes: readonly Change[]): Command[] {
  const byPos = new Map<number, Command | undefined>(commands.map((c, i) => [i + 1, c]));
  let seq = commands.reduce((m, c) => Math.max(m, c.seq), 0);
  const added: Command[] = [];
  for (const ch of changes) {
    if (ch.type === "add") {
      added.push({ ...ch.command, seq: ++seq } as Command);
      continue;
    }
    if (!Number.isInteger(ch.index) || ch.index < 1 || ch.index > commands.length) {
      throw new WhatIfError("noSuchCommand", { index: ch.index, count: commands.length });
    }
    const cmd = byPos.get(ch.index);
    if (cmd === undefined) throw new WhatIfError("alreadyDropped", { index: ch.index });
    if (ch.type === "drop") byPos.set(ch.index, undefined);
    else {
      if (!Number.isInteger(ch.atMs) || ch.atMs < 0) throw new WhatIfError("shiftBeforeStart", { index: ch.index });
      byPos.set(ch.index, { ...cmd, at: ch.atMs });
    }
  }
  return [...[...byPos.values()].filter((c): c is Command => c !== undefined), ...added];
}

export interface VariantSummary {
  /** null when nothing was due (未评分) */
  score: number | null;
  /** each section's score rate (0–100) and the points it keeps of its weight (weight × score / 100; 0 when not judged, 未展示) */
  sections: Array<{ id: SectionId; score: number; weight: number; judged: boolean; points: number }>;
  outcome: OutcomeFigures;
  findings: Array<{ code: FindingCode; agency: string | null; atMs: SimMs }>;
}

export interface FindingDelta {
  code: FindingCode;
  agency: string | null;
  base: number;
  variant: number;
}

export interface WhatIfResult {
  changes: Change[];
  base: VariantSummary;
  variant: VariantSummary;
  diff: {
    /** null when either run has nothing due (未评分): no difference to state */
    score: number | null;
    /** per section: `delta` the change of its score rate (0–100), `points` the change of the points it keeps (of its weight) */
    sections: Array<{ id: SectionId; delta: number; points: number }>;
    outcome: Partial<Record<keyof OutcomeFigures, number>>;
    /** codes and agencies whose number of findings changed: gone (variant < base) or new */
    findings: FindingDelta[];
  };
  baseReport: ReportModel;
  variantReport: ReportModel;
  /** each dropped command's linkage duties and how each run met them (whatif-why.ts): why a drop moved nothing */
  dropped: DroppedNote[];
}

export function summarise(r: ReportModel): VariantSummary {
  return {
    score: r.score,
    sections: r.sections.map((s) => ({ id: s.id, score: s.score, weight: s.weight, judged: s.judged !== false, points: s.judged === false ? 0 : round2((s.weight * s.score) / 100) })),
    outcome: r.outcomes.figures,
    findings: r.findings.map((f) => ({ code: f.code, agency: f.agency, atMs: f.atMs })),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;
/** the points a section keeps, as printed (two decimals): a change in points is the difference of the printed figures */
const kept = (s: ReportModel["sections"][number]) => (s.judged === false ? 0 : round2((s.weight * s.score) / 100));

export function diffReports(base: ReportModel, variant: ReportModel): WhatIfResult["diff"] {
  const count = (r: ReportModel) => {
    const m = new Map<string, FindingDelta>();
    for (const f of r.findings) {
      const k = `${f.code}|${f.agency ?? ""}`;
      const d = m.get(k) ?? { code: f.code, agency: f.agency, base: 0, variant: 0 };
      d.base++;
      m.set(k, d);
    }
    return m;
  };
  const b = count(base);
  const v = count(variant);
  const keys = [...new Set([...b.keys(), ...v.keys()])].sort();
  const findings = keys
    .map((k) => {
      const x = b.get(k) ?? v.get(k)!;
      return { code: x.code, agency: x.agency, base: b.get(k)?.base ?? 0, variant: v.get(k)?.base ?? 0 };
    })
    .filter((d) => d.base !== d.variant);
  const outcome: Partial<Record<keyof OutcomeFigures, number>> = {};
  for (const key of Object.keys(base.outcomes.figures) as Array<keyof OutcomeFigures>) {
    const a = base.outcomes.figures[key];
    const z = variant.outcomes.figures[key];
    if (typeof a === "number" && typeof z === "number" && a !== z) outcome[key] = z - a;
    if (typeof a === "boolean" && a !== z) outcome[key] = z ? 1 : -1;
  }
  if (base.outcomes.figures.controlledAtMs !== undefined && variant.outcomes.figures.controlledAtMs === undefined) delete outcome.controlledAtMs;
  return {
    score: variant.score === null || base.score === null ? null : round(variant.score - base.score),
    sections: variant.sections.map((s) => {
      const b = base.sections.find((x) => x.id === s.id);
      return { id: s.id, delta: round(s.score - (b?.score ?? 0)), points: round2(kept(s) - (b ? kept(b) : 0)) };
    }),
    outcome,
    findings,
  };
}

/**
 * Run the play as given and with the changes, evaluate both (harm against `bestPlay`, evaluate.ts), and diff them.
 * Each run is kept as its own log's reference (references.ts runKeepingReference): the cause reruns measure the play
 * itself before its corrections, and would otherwise replay both whole drills a second time. `options.base`: the play's
 * run's events and own report when the caller has them already, the report exactly as `evaluate(c, events, state, rubric, observations, bestPlay,
 * { commands })` gives it for the run of `commands` at `seed` (a test's shared fixture, several changes tried on one
 * play): the play is then neither replayed nor evaluated again. Throws WhatIfError for a change that cannot apply.
 */
export function whatIf(c: Compiled, seed: number, commands: readonly Command[], changes: readonly Change[], rubric: RubricProfile, observations?: Observations, bestPlay?: BestPlay, options: { base?: { events: readonly DrillEvent[]; report: ReportModel } } = {}): WhatIfResult {
  const variantCommands = applyChanges(commands, changes);
  const played = (cmds: readonly Command[]) => {
    const r = runKeepingReference(c, seed, cmds, bestPlay);
    return { events: r.events, report: evaluate(c, r.events, r.state, rubric, observations, bestPlay, { commands: cmds }) };
  };
  const a = options.base ?? played(commands);
  const z = played(variantCommands);
  const dropped = droppedWhy(c, commands, changes, a.events, z.events);
  return { changes: [...changes], base: summarise(a.report), variant: summarise(z.report), diff: diffReports(a.report, z.report), baseReport: a.report, variantReport: z.report, dropped };
}
