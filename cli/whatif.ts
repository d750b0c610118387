/**
 * `drill whatif SCENARIO --play FILE [--shift N=HH:MM:SS] [--drop N] [--add COMMAND] [--json]`:
 * re-run the play with changes and show what they change in score, findings and outcomes.
 * N is the 1-based position of a command in the play; --add takes one play command as YAML or JSON.
 */
import { parseYaml } from "../engine/scenario/yaml-source.ts";
import { PlayCommand, type Play, type PlayCommand as PlayCommandT } from "../engine/scenario/play-schema.ts";
import { checkPlay } from "../engine/scenario/check-play.ts";
import { formatPath } from "../engine/scenario/problems.ts";
import type { Compiled } from "../engine/compile.ts";
import type { Command } from "../engine/model/commands.ts";
import { formatClock, parseClock } from "../engine/model/time.ts";
import { whatIf, WhatIfError, type Change, type VariantSummary, type WhatIfResult } from "../engine/evaluate/whatif.ts";
import { langOption, printProblems } from "./problems.ts";
import { parseArgv as parse, UsageError, type Out } from "./args.ts";
import { loadInputs, withUsage } from "./evaluate.ts";
import { CODE_TEXT } from "./report/text.ts";
import { SECTION_TEXT } from "../engine/evaluate/report-model.ts";
import { words, type Words } from "../i18n/describe.ts";
import { WHATIF_USAGE } from "./usage.ts";


function position(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} needs a command number (1-based), not ${text}`);
  return Number(text);
}

/** One play command given on the command line, as YAML or JSON, checked against the play format. */
function parsePlayCommand(text: string): PlayCommandT {
  const y = parseYaml(text, "--add");
  if (!y.ok) throw new UsageError(`--add: ${y.problems[0]?.message ?? "not YAML or JSON"}`);
  const r = PlayCommand.safeParse(y.source.data);
  if (!r.success) throw new UsageError(`--add: ${r.error.issues.map((i) => `${i.path.join(".") || "(command)"}: ${i.message}`).join("; ")}`);
  return r.data;
}

/** One play command given on the command line, as YAML or JSON → an engine command (without seq). */
export function parseAddedCommand(text: string): Omit<Command, "seq"> {
  const { at, note: _note, ...rest } = parsePlayCommand(text) as PlayCommandT & { note?: string };
  return { ...rest, at: parseClock(at)! } as Omit<Command, "seq">;
}

/**
 * The names the added commands use (agencies, units, places, people groups, targets, tasks…)
 * checked against the scenario as `drill validate` checks a play (check-play.ts): one line per
 * unknown name, with the names that exist; empty when all are known.
 */
export function unknownNames(added: readonly string[], c: Compiled): string[] {
  return added.flatMap((text, i) =>
    checkPlay({ commands: [parsePlayCommand(text)] } as Play, c).map((p) => {
      const where = formatPath(p.path.slice(2));
      return `--add ${added.length > 1 ? `${i + 1} ` : ""}${where ? `${where}: ` : ""}${p.message}${p.expected ? ` (expected ${p.expected})` : ""}`;
    }),
  );
}

export function changesFrom(values: Record<string, unknown>): Change[] {
  const changes: Change[] = [];
  for (const s of (values.shift as string[] | undefined) ?? []) {
    const m = /^(\d+)=(.+)$/.exec(s);
    if (!m) throw new UsageError(`--shift takes N=HH:MM:SS, not ${s}`);
    const atMs = parseClock(m[2]!);
    if (atMs === undefined) throw new UsageError(`--shift ${s}: the time must be HH:MM:SS`);
    changes.push({ type: "shift", index: position(m[1]!, "--shift"), atMs });
  }
  for (const d of (values.drop as string[] | undefined) ?? []) changes.push({ type: "drop", index: position(d, "--drop") });
  for (const a of (values.add as string[] | undefined) ?? []) changes.push({ type: "add", command: parseAddedCommand(a) });
  if (changes.length === 0) throw new UsageError("whatif needs at least one --shift, --drop or --add");
  return changes;
}

/** A shifted or added command must fall inside the drill, as a play's own commands must. */
export function withinDrill(changes: readonly Change[], durationMs: number, duration: string): void {
  for (const c of changes) {
    const atMs = c.type === "shift" ? c.atMs : c.type === "add" ? c.command.at : undefined;
    if (atMs !== undefined && atMs >= durationMs) {
      const what = c.type === "shift" ? `--shift ${c.index}=${formatClock(atMs)}` : `--add at ${formatClock(atMs)}`;
      throw new UsageError(`${what} is at or after the drill's end (${duration}); give a time before ${duration}`);
    }
  }
}

export function whatIfJson(r: WhatIfResult) {
  return { changes: r.changes, base: r.base, variant: r.variant, diff: r.diff };
}

export function whatifCommand(argv: string[], out: Out): Promise<number> {
  return withUsage(WHATIF_USAGE, out, () => whatifRun(argv, out));
}

async function whatifRun(argv: string[], out: Out): Promise<number> {
  const { positionals, values } = parse(argv, {
    play: { type: "string" },
    seed: { type: "string" },
    shift: { type: "string", multiple: true },
    drop: { type: "string", multiple: true },
    add: { type: "string", multiple: true },
    rubric: { type: "string" },
    json: { type: "boolean", default: false },
    lang: { type: "string", default: "zh" },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("whatif needs exactly one scenario file");
  if (values.lang !== "zh" && values.lang !== "en") throw new UsageError(`--lang must be zh or en, not ${String(values.lang)}`);
  const locale = langOption(values.lang);
  const changes = changesFrom(values);
  const inputs = loadInputs(file, values);
  if (!inputs.ok) return printProblems(inputs.problems, out, locale);
  const { compiled, seed, commands, rubric, observations, bestPlay } = inputs.value;
  withinDrill(changes, compiled.durationMs, compiled.scenario.clock.duration);
  // an unknown name in an added command is the user's mistake, said with the names that exist; nothing runs
  const unknown = unknownNames((values.add as string[] | undefined) ?? [], compiled);
  if (unknown.length > 0) {
    for (const line of unknown) out.err(`drill: ${line}`);
    return 1;
  }
  let result: WhatIfResult;
  try {
    result = whatIf(compiled, seed, commands, changes, rubric, observations, bestPlay);
  } catch (e) {
    if (e instanceof WhatIfError) throw new UsageError(e.message);
    throw e;
  }
  if (values.json) out.log(JSON.stringify(whatIfJson(result), null, 2));
  else printDiff(result, commands, words(compiled, values.lang === "zh" ? "zh-CN" : "en"), out);
  return 0;
}

/** Outcome figures in words (the report's own headings). */
const FIGURE_TEXT: Record<string, { zh: string; en: string }> = {
  deaths: { zh: "死亡", en: "deaths" }, seriousInjuries: { zh: "重伤", en: "serious injuries" }, injured: { zh: "受伤", en: "injured" },
  missing: { zh: "下落不明", en: "missing" }, exposedAegl2: { zh: "超过AEGL-2/伤害阈值", en: "above AEGL-2 / harm threshold" },
  exposedAegl3: { zh: "超过AEGL-3", en: "above AEGL-3" }, trapped: { zh: "被困", en: "trapped" }, evacuated: { zh: "已疏散", en: "evacuated" },
  controlledAtMs: { zh: "控制时间", en: "under control at" }, controlled: { zh: "得到控制", en: "under control" }, grade: { zh: "事故等级", en: "grade" },
};

/** "3 分" / "3 points" (1 point). */
const points = (n: number, zh: boolean) => `${n} ${zh ? "分" : Math.abs(n) === 1 ? "point" : "points"}`;

/**
 * A section's change in points of its weight, with its score rate: "-0.48 分（本项 30 分，得分率 50 → 48.4）";
 * a section with nothing to judge on either side says 未展示 / not shown.
 */
function sectionChange(b: VariantSummary["sections"][number], v: VariantSummary["sections"][number], delta: number, zh: boolean): string {
  const shown = (x: typeof b) => (x.judged ? points(x.points, zh) : zh ? "未展示" : "not shown");
  if (b.judged !== v.judged) return `${shown(b)} → ${shown(v)}`;
  const signed = `${delta > 0 ? "+" : ""}${points(delta, zh)}`;
  return zh ? `${signed}（本项 ${v.weight} 分，得分率 ${b.score} → ${v.score}）` : `${signed} (of its ${v.weight}; section score ${b.score} → ${v.score} of 100)`;
}

/** The changes and their effect, with sections, agencies and commands named in the reader's language. */
function printDiff(r: WhatIfResult, commands: readonly Command[], w: Words, out: Out): void {
  const zh = w.k === "zh";
  const sign = (n: number) => (n > 0 ? `+${n}` : String(n));
  const order = (c: { by: string; type: string }) => `${w.agency(c.by)} ${w.label("command", c.type)}`;
  // one label form in each language: 删除：/改时：/增加： (full-width colon), drop: / shift: / add:
  const label = (k: "drop" | "shift" | "add") => (zh ? `${{ drop: "删除", shift: "改时", add: "增加" }[k]}：` : `${k}: `);
  for (const c of r.changes) {
    if (c.type === "add") out.log(`${label("add")}${formatClock(c.command.at)} ${order(c.command)}`);
    else {
      const cmd = commands[c.index - 1]!;
      const what = `#${c.index} ${formatClock(cmd.at)} ${order(cmd)}`;
      out.log(c.type === "drop" ? `${label("drop")}${what}` : `${label("shift")}${what} → ${formatClock(c.atMs)}`);
    }
  }
  const unscored = zh ? "未评分" : "not scored";
  // points of 100 for the total, points of the section's weight for a section: the same unit, named
  const total = r.diff.score === null ? "" : ` (${r.diff.score > 0 ? "+" : ""}${points(r.diff.score, zh)})`;
  out.log(`${zh ? "综合得分" : "score"}: ${r.base.score ?? unscored} → ${r.variant.score ?? unscored}${total}`);
  for (const s of r.diff.sections) {
    const b = r.base.sections.find((x) => x.id === s.id);
    const v = r.variant.sections.find((x) => x.id === s.id);
    if (!b || !v || (s.delta === 0 && s.points === 0 && b.judged === v.judged)) continue;
    out.log(`  ${SECTION_TEXT[s.id][w.k]}: ${sectionChange(b, v, s.points, zh)}`);
  }
  const o = r.diff.outcome;
  const keys = Object.keys(o) as Array<keyof typeof o>;
  const fig = (k: string) => FIGURE_TEXT[k]?.[w.k] ?? k;
  if (keys.length > 0) out.log(`${zh ? "结果变化" : "outcome"}: ${keys.map((k) => `${fig(k)} ${k === "controlledAtMs" ? `${sign(Math.round(o[k]! / 60000))} ${zh ? "分钟" : "min"}` : sign(o[k]!)}`).join(zh ? "，" : ", ")}`);
  for (const f of r.diff.findings) {
    const name = CODE_TEXT[f.code][w.k];
    out.log(`  ${f.variant < f.base ? "−" : "+"} ${name} (${f.code}) ${f.agency ? w.agency(f.agency) : "—"}: ${f.base} → ${f.variant}`);
  }
}
