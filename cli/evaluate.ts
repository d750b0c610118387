/**
 * `drill evaluate SCENARIO --play FILE …`: run a play, evaluate its log against a rubric and
 * write the 演练评估报告 as JSON, Markdown, HTML or PDF. Also the loaders `drill whatif` shares.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { Compiled } from "../engine/compile.ts";
import { evaluate } from "../engine/evaluate/evaluate.ts";
import { rubricRef } from "../engine/evaluate/rubric.ts";
import type { Command } from "../engine/model/commands.ts";
import { playCommands, run } from "../engine/replay.ts";
import { parseObservations, parseRubric, type Observations, type RubricProfile } from "../engine/scenario/rubric-schema.ts";
import { langOption, printProblems } from "./problems.ts";
import { parseArgv as parse, untilOption, UsageError, usageErrorLine, type Out } from "./args.ts";
import { loadBestPlay, loadPlay, loadScenario, profileCandidates, readText, type Loaded } from "./files.ts";
import { runKeepingReference, type BestPlay } from "../engine/evaluate/references.ts";
import { UNSCORED, wordReport } from "./report/worded.ts";
import { isNote } from "./report/text.ts";
import { usageBlock, type UsageCommand } from "./usage.ts";
import { argvLocale } from "../i18n/usage-errors.ts";



/** The rubric: --rubric FILE, else the scenario's `rubric:` (inline, or scenarios/rubrics/<id>.yaml), else default. */
export function loadRubric(scenarioFile: string, c: Compiled, file?: string): Loaded<RubricProfile> {
  if (file) {
    const text = readText(file);
    return text.ok ? parseRubric(text.value, file) : text;
  }
  const ref = rubricRef(c.scenario);
  if (ref.type === "profile") return { ok: true, value: ref.profile };
  const candidates = profileCandidates(scenarioFile, "rubrics", ref.id);
  const path = candidates.find((p) => existsSync(p));
  if (!path) return { ok: false, problems: [{ file: scenarioFile, line: 1, col: 1, path: ["rubric"], message: `no rubric profile "${ref.id}" (looked for ${candidates.join(", ")})` }] };
  return parseRubric(readFileSync(path, "utf8"), path);
}

export function loadObservations(file: string): Loaded<Observations> {
  const text = readText(file);
  return text.ok ? parseObservations(text.value, file) : text;
}

export interface Inputs {
  compiled: Compiled;
  seed: number;
  commands: Command[];
  rubric: RubricProfile;
  observations?: Observations;
  /** the scenario's best play (harm is graded against it and no response), when it names one */
  bestPlay?: BestPlay;
}

/** Scenario, play, seed, rubric and observations from the command line; problems, never stack traces. */
export function loadInputs(scenarioFile: string, values: Record<string, unknown>): Loaded<Inputs> {
  const loaded = loadScenario(scenarioFile);
  if (!loaded.ok) return loaded;
  if (typeof values.play !== "string") throw new UsageError("required", { option: "--play FILE" });
  const play = loadPlay(values.play, loaded.value.compiled);
  if (!play.ok) return play;
  const seedText = (values.seed as string | undefined) ?? String(play.value.seed);
  if (!/^\d+$/.test(seedText)) throw new UsageError("wholeNumber", { option: "--seed", value: seedText });
  const rubric = loadRubric(scenarioFile, loaded.value.compiled, values.rubric as string | undefined);
  if (!rubric.ok) return rubric;
  const best = loadBestPlay(scenarioFile, loaded.value.compiled);
  if (!best.ok) return best;
  let observations: Observations | undefined;
  if (typeof values.observations === "string") {
    const o = loadObservations(values.observations);
    if (!o.ok) return o;
    const unknown = o.value.observations.findIndex((x) => x.agency !== undefined && !loaded.value.compiled.agencies.has(x.agency));
    if (unknown >= 0) return { ok: false, problems: [{ file: values.observations, line: 1, col: 1, path: ["observations", unknown, "agency"], message: `no agency "${o.value.observations[unknown]!.agency}" in the scenario` }] };
    observations = o.value;
  }
  return { ok: true, value: { compiled: loaded.value.compiled, seed: Number(seedText), commands: playCommands(play.value), rubric: rubric.value, ...(observations ? { observations } : {}), ...(best.value ? { bestPlay: best.value } : {}) } };
}

/** Usage mistakes print the subcommand's usage and exit 2, like the rest of `drill`. */
export async function withUsage(command: UsageCommand, out: Out, f: () => Promise<number>, argv: readonly string[]): Promise<number> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof UsageError) {
      out.err(`drill: ${usageErrorLine(e, argv)}\n${usageBlock(argvLocale(argv), command)}`);
      return 2;
    }
    throw e;
  }
}

export function evaluateCommand(argv: string[], out: Out): Promise<number> {
  return withUsage("evaluate", out, () => evaluateRun(argv, out), argv);
}

async function evaluateRun(argv: string[], out: Out): Promise<number> {
  const { positionals, values } = parse(argv, {
    play: { type: "string" },
    seed: { type: "string" },
    format: { type: "string", default: "json" },
    out: { type: "string" },
    rubric: { type: "string" },
    observations: { type: "string" },
    lang: { type: "string", default: "zh" },
    until: { type: "string" },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("oneScenario", { command: "evaluate" });
  // --until: judge the drill as if stopped at T (later deadlines are 未到期), as the live findings do
  let untilMs = untilOption(values.until);
  const format = String(values.format);
  if (!["json", "md", "html", "pdf"].includes(format)) throw new UsageError("oneOf", { option: "--format", allowed: "json, md, html, pdf", value: format });
  const locale = langOption(values.lang);
  if (format === "pdf" && !values.out) throw new UsageError("pdfNeedsOut");
  const inputs = loadInputs(file, values);
  if (!inputs.ok) return printProblems(inputs.problems, out, locale);
  const { compiled, seed, commands, rubric, observations, bestPlay } = inputs.value;
  untilMs = untilOption(values.until, compiled);
  // stopped at T exactly, as when the director ends the drill at T (the live report): the tick at T runs too
  const result = untilMs !== undefined ? run(compiled, seed, commands, { untilMs: untilMs + compiled.tickMs }) : runKeepingReference(compiled, seed, commands, bestPlay);
  const report = wordReport(compiled, evaluate(compiled, result.events, result.state, rubric, observations, bestPlay, { commands }), rubric);
  const lang = locale === "en" ? "en" : "zh";
  // the renderers (ECharts, Chromium) load only for the format asked for
  if (format === "pdf") {
    const [{ renderHtml }, { renderPdf }] = await Promise.all([import("./report/html.ts"), import("./report/pdf.ts")]);
    writeFileSync(values.out as string, await renderPdf(renderHtml(report, lang)));
  } else {
    const text =
      format === "json" ? (await import("./report/json.ts")).renderJson(report)
      : format === "md" ? (await import("./report/markdown.ts")).renderMarkdown(report, lang)
      : (await import("./report/html.ts")).renderHtml(report, lang);
    if (values.out) writeFileSync(values.out as string, text);
    else out.log(text.replace(/\n$/, ""));
  }
  // the findings counted as the report's cover counts them (html.ts): its notes (no deduction, not charged) said apart
  const notes = report.findings.filter((f) => isNote(f)).length;
  const problems = report.findings.length - notes;
  const counted = lang === "zh" ? `，问题 ${problems} 条${notes ? `（另有说明 ${notes} 条）` : ""}` : `, ${problems} findings${notes ? ` (and ${notes} notes)` : ""}`;
  if (values.out) out.err(`${report.unscored || report.score === null || report.band === null ? (report.unscored ?? UNSCORED)[lang] : (lang === "zh" ? `综合得分 ${report.score}（${report.band.zh}）` : `score ${report.score} (${report.band.en})`)}${counted} → ${String(values.out)}`);
  return 0;
}
