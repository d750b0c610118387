/**
 * `drill whatif SCENARIO --play FILE [--shift N=HH:MM:SS] [--drop N] [--add COMMAND] [--json]`:
 * re-run the play with changes and show what they change in score, findings and outcomes.
 * N is the 1-based position of a command in the play; --add takes one play command as YAML or JSON.
 */
import { parseYaml } from "../engine/scenario/yaml-source.ts";
import { PlayCommand, type Play, type PlayCommand as PlayCommandT } from "../engine/scenario/play-schema.ts";
import { checkPlay } from "../engine/scenario/check-play.ts";
import type { Problem } from "../engine/scenario/problems.ts";
import { zodProblems } from "../engine/scenario/zod-problems.ts";
import { problemMessage } from "../i18n/problems.ts";
import type { Locale } from "../i18n/index.ts";
import type { Compiled } from "../engine/compile.ts";
import type { Command } from "../engine/model/commands.ts";
import { formatClock, parseClock } from "../engine/model/time.ts";
import { whatIf, WhatIfError, type Change, type VariantSummary, type WhatIfResult } from "../engine/evaluate/whatif.ts";
import type { DroppedNote, DutyMet } from "../engine/evaluate/whatif-why.ts";
import { langOption, printProblems } from "./problems.ts";
import { parseArgv as parse, UsageError, type Out } from "./args.ts";
import { loadInputs, withUsage } from "./evaluate.ts";
import { CODE_TEXT } from "./report/text.ts";
import { SECTION_TEXT } from "../engine/evaluate/report-model.ts";
import { words, type Words } from "../i18n/describe.ts";
import { scoreChange, type ScoreFigures } from "./whatif-figures.ts";


function position(text: string, flag: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError("commandNumber", { option: flag, value: text });
  return Number(text);
}

/** What is wrong with an --add command, worded in both languages as `drill validate` words a play's problems. */
function addInvalid(problems: readonly Problem[]): UsageError {
  const both = (locale: Locale) => problems.map((p) => problemMessage(p, locale)).join(locale === "en" ? "; " : "；");
  return new UsageError("addInvalid", { detail: { zh: both("zh-CN"), en: both("en") } });
}

/** One play command given on the command line, as YAML or JSON, checked against the play format. */
function parsePlayCommand(text: string): PlayCommandT {
  const y = parseYaml(text, "--add");
  if (!y.ok) throw addInvalid(y.problems);
  const r = PlayCommand.safeParse(y.source.data);
  if (!r.success) throw addInvalid(zodProblems(y.source, r.error));
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
export function unknownNames(added: readonly string[], c: Compiled, locale: Locale): string[] {
  return added.flatMap((text, i) =>
    checkPlay({ commands: [parsePlayCommand(text)] } as Play, c).map((p) => `--add ${added.length > 1 ? `${i + 1} ` : ""}${problemMessage({ ...p, path: p.path.slice(2) }, locale)}`),
  );
}

export function changesFrom(values: Record<string, unknown>): Change[] {
  const changes: Change[] = [];
  for (const s of (values.shift as string[] | undefined) ?? []) {
    const m = /^(\d+)=(.+)$/.exec(s);
    if (!m) throw new UsageError("shiftFormat", { value: s });
    const atMs = parseClock(m[2]!);
    if (atMs === undefined) throw new UsageError("shiftTime", { value: s });
    changes.push({ type: "shift", index: position(m[1]!, "--shift"), atMs });
  }
  for (const d of (values.drop as string[] | undefined) ?? []) changes.push({ type: "drop", index: position(d, "--drop") });
  for (const a of (values.add as string[] | undefined) ?? []) changes.push({ type: "add", command: parseAddedCommand(a) });
  if (changes.length === 0) throw new UsageError("noChange");
  return changes;
}

/** A shifted or added command must fall inside the drill, as a play's own commands must. */
export function withinDrill(changes: readonly Change[], durationMs: number, duration: string): void {
  for (const c of changes) {
    const atMs = c.type === "shift" ? c.atMs : c.type === "add" ? c.command.at : undefined;
    if (atMs !== undefined && atMs >= durationMs) {
      throw c.type === "shift"
        ? new UsageError("shiftAfterEnd", { index: c.index, at: formatClock(atMs), end: duration })
        : new UsageError("addAfterEnd", { at: formatClock(atMs), end: duration });
    }
  }
}

/**
 * `--json`: the changes, both runs' summaries and the diff; `diff.score` the change of the total with its parts
 * (whatif-figures.ts), each section's `points` the change of its 应得分 − 扣分 as the reports print them; `dropped` why
 * each drop moved what it moved (whatif-why.ts).
 */
export function whatIfJson(r: WhatIfResult) {
  const ch = scoreChange(r.baseReport, r.variantReport);
  const kept = (f: ScoreFigures, id: string) => f.sections.find((s) => s.id === id)?.kept ?? 0;
  const sections = r.diff.sections.map((s) => ({ ...s, points: Math.round((kept(ch.variant, s.id) - kept(ch.base, s.id)) * 100) / 100 }));
  // a run's section keeps its 应得分 − 扣分 (the report's figures), not weight × rounded rate
  const withKept = (x: VariantSummary, f: ScoreFigures): VariantSummary => ({ ...x, sections: x.sections.map((s) => ({ ...s, points: kept(f, s.id) })) });
  return {
    changes: r.changes, base: withKept(r.base, ch.base), variant: withKept(r.variant, ch.variant),
    diff: { ...r.diff, sections, scoring: { base: ch.base, variant: ch.variant, parts: ch.parts, sum: ch.sum, floored: ch.floored } },
    // each dropped command's duties and how each run met them (engine/evaluate/whatif-why.ts)
    dropped: r.dropped,
  };
}

export function whatifCommand(argv: string[], out: Out): Promise<number> {
  return withUsage("whatif", out, () => whatifRun(argv, out), argv);
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
  if (!file || positionals.length > 1) throw new UsageError("oneScenario", { command: "whatif" });
  const locale = langOption(values.lang);
  const changes = changesFrom(values);
  const inputs = loadInputs(file, values);
  if (!inputs.ok) return printProblems(inputs.problems, out, locale);
  const { compiled, seed, commands, rubric, observations, bestPlay } = inputs.value;
  withinDrill(changes, compiled.durationMs, compiled.scenario.clock.duration);
  // an unknown name in an added command is the user's mistake, said with the names that exist; nothing runs
  const unknown = unknownNames((values.add as string[] | undefined) ?? [], compiled, locale);
  if (unknown.length > 0) {
    for (const line of unknown) out.err(`drill: ${line}`);
    return 1;
  }
  let result: WhatIfResult;
  try {
    result = whatIf(compiled, seed, commands, changes, rubric, observations, bestPlay);
  } catch (e) {
    if (e instanceof WhatIfError) throw new UsageError(`whatif.${e.code}`, e.params);
    throw e;
  }
  if (values.json) out.log(JSON.stringify(whatIfJson(result), null, 2));
  else printDiff(result, commands, words(compiled, locale), out);
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
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");

/**
 * The change of the score as the reports compute it (whatif-figures.ts): the two workings, then each part that
 * moved — a section's 应得分 − 扣分, the unplanned faults' 扣分, the 应得分 — with the points of the total it moved;
 * the parts add up to the change (newcomer 21: weight × rate was neither report's figure and did not add up).
 */
function scoreLines(r: WhatIfResult, zh: boolean): string[] {
  const ch = scoreChange(r.baseReport, r.variantReport);
  const unscored = zh ? "未评分" : "not scored";
  const total = ch.total === null ? "" : ` (${signed(ch.total)} ${zh ? "分" : "points"})`;
  const lines = [`${zh ? "综合得分" : "score"}: ${r.base.score ?? unscored} → ${r.variant.score ?? unscored}${total}`];
  if (ch.total === null) return lines;
  const working = (f: ScoreFigures) => `100 × (${f.attainable} − ${f.deducted}) / ${f.attainable}`;
  lines.push(zh
    ? `  计分：100 ×（应得分 − 扣分）/ 应得分，${working(ch.base)} → ${working(ch.variant)}`
    : `  working: 100 × (attainable − deducted) / attainable, ${working(ch.base)} → ${working(ch.variant)}`);
  for (const p of ch.parts) {
    const moved = zh ? `折合综合得分 ${signed(p.score)}` : `${signed(p.score)} on the score`;
    if (p.id === "outside") {
      lines.push(zh
        ? `  情景未设定的问题（扣分）: ${p.before} → ${p.after} (${signed(p.delta)} 分，${moved})`
        : `  faults the scenario did not plan (deducted): ${p.before} → ${p.after} (${signed(p.delta)}; ${moved})`);
    } else if (p.id === "attainable") {
      lines.push(zh
        ? `  应得分: ${p.before} → ${p.after} (${signed(p.delta)} 分；原实得分 ${ch.base.kept} 按新应得分折算，${moved})`
        : `  points attainable: ${p.before} → ${p.after} (${signed(p.delta)}; the kept ${ch.base.kept} over the new total, ${moved})`);
    } else {
      const b = ch.base.sections.find((x) => x.id === p.id);
      const v = ch.variant.sections.find((x) => x.id === p.id)!;
      const rate = b && b.judged && v.judged ? (zh ? `；得分率 ${b.score} → ${v.score}` : `; section score ${b.score} → ${v.score}`) : "";
      lines.push(zh
        ? `  ${SECTION_TEXT[p.id].zh}（应得分 − 扣分）: ${p.before} → ${p.after} (${signed(p.delta)} 分，${moved}${rate})`
        : `  ${SECTION_TEXT[p.id].en} (attainable − deducted): ${p.before} → ${p.after} (${signed(p.delta)}; ${moved}${rate})`);
    }
  }
  if (ch.parts.length > 0) {
    const sum = ch.parts.map((p, i) => (i === 0 ? signed(p.score) : p.score < 0 ? `− ${-p.score}` : `+ ${p.score}`)).join(" ");
    const note = ch.floored ? (zh ? "（综合得分低于 0 按 0 计，各部分不再相加）" : " (a score below 0 counts as 0: the parts no longer add up)") : "";
    lines.push(zh ? `  合计 ${sum} = ${signed(ch.sum)} ≈ ${signed(ch.total)} 分${note}` : `  in all ${sum} = ${signed(ch.sum)} ≈ ${signed(ch.total)} points${note}`);
  }
  return lines;
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
  for (const line of scoreLines(r, zh)) out.log(line);
  const o = r.diff.outcome;
  const keys = Object.keys(o) as Array<keyof typeof o>;
  const fig = (k: string) => FIGURE_TEXT[k]?.[w.k] ?? k;
  if (keys.length > 0) out.log(`${zh ? "结果变化" : "outcome"}: ${keys.map((k) => `${fig(k)} ${k === "controlledAtMs" ? `${sign(Math.round(o[k]! / 60000))} ${zh ? "分钟" : "min"}` : sign(o[k]!)}`).join(zh ? "，" : ", ")}`);
  for (const f of r.diff.findings) {
    const name = CODE_TEXT[f.code][w.k];
    out.log(`  ${f.variant < f.base ? "−" : "+"} ${name} (${f.code}) ${f.agency ? w.agency(f.agency) : "—"}: ${f.base} → ${f.variant}`);
  }
  if (r.diff.findings.length === 0) for (const line of droppedLines(r.dropped, commands, order, zh)) out.log(line);
}

/**
 * Why a drop moved no finding (engine/evaluate/whatif-why.ts), from the rules profile's duties and the runs' obligation
 * events only: the duty the command is a way of meeting and how each run met it, or that no duty judges it.
 */
export function droppedLines(dropped: readonly DroppedNote[], commands: readonly Command[], order: (c: { by: string; type: string }) => string, zh: boolean): string[] {
  const head = zh ? "  无问题增减" : "  no finding appeared or disappeared";
  const cmd = (i: number | undefined) => (i === undefined ? (zh ? "另一事件" : "another event") : `#${i} ${formatClock(commands[i - 1]!.at)} ${order(commands[i - 1]!)}`);
  const how = (m: DutyMet["met"]) => (!m ? (zh ? "未履行" : "not met") : zh ? `于 ${formatClock(m.at)} 由 ${cmd(m.by)} 履行${m.late ? "（迟）" : ""}` : `met at ${formatClock(m.at)} by ${cmd(m.by)}${m.late ? " (late)" : ""}`);
  return dropped.flatMap((n) => {
    if (n.duties.length === 0 && n.moved.length === 0) {
      return [zh ? `${head}：#${n.index} 不是规则库中任何联动职责的履行方式，删除后也没有任何限时职责（报告、通知、联动、调派）的履行随之改变（本指令不履行任何受评判的职责）` : `${head}: #${n.index} is no way of meeting any linkage duty of the rules profile, and no timed duty (report, notice, linkage, dispatch) is met otherwise without it (the command meets no judged duty)`];
    }
    return [
      ...n.duties.map((d) => zh
        ? `${head}：#${n.index} 可履行职责「${d.text.zh}」，该职责原${how(d.met)}，删除后${how(d.variantMet)}`
        : `${head}: #${n.index} is a way of meeting “${d.text.en}”, which was ${how(d.met)}, and once it is dropped ${how(d.variantMet)}`),
      ...n.moved.map((d) => zh
        ? `${head}：删除 #${n.index} 后，「${d.text.zh}」原${how(d.met)}，现${how(d.variantMet)}（问题的种类和单位不变）`
        : `${head}: without #${n.index}, “${d.text.en}”, ${how(d.met)} before, is now ${how(d.variantMet)} (the same kinds of finding on the same agencies)`),
    ];
  });
}
