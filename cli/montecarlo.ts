/**
 * `drill montecarlo SCENARIO --play FILE --seeds N [--workers W] [--first-seed S] [--worst K]
 * [--rubric FILE] [--json] [--lang zh|en]`: run the play over N seeds (wind meander, sampled
 * casualties, the scenario's uncertain parameters: every seeded stream) in worker threads, and
 * print the distribution of each outcome figure and of the score, how often each obligation is
 * late or missed, and the worst seeds with the command that replays each.
 */
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import Tinypool from "tinypool";
import { FIGURES, type SeedResult } from "../engine/montecarlo/seed-run.ts";
import { summarise, type MonteCarloSummary, type Stats } from "../engine/montecarlo/summary.ts";
import { formatClock } from "../engine/model/time.ts";
import { words, type Words } from "../i18n/describe.ts";
import { langOption, printProblems } from "./problems.ts";
import { parseArgv, UsageError, type Out } from "./args.ts";
import { loadRubric, withUsage } from "./evaluate.ts";
import { loadBestPlay, loadPlay, loadScenario } from "./files.ts";
import type { SeedTask } from "./montecarlo-worker.ts";

/** Seeds per task at most: enough to keep message passing negligible, few enough to balance the threads. */
const BATCH = 8;

/**
 * Seeds first…first+n−1 cut into tasks for `workers` threads: at most BATCH seeds each, and never fewer tasks than
 * threads while there are seeds enough (3 seeds on 2 threads are [[s, s+1], [s+2]], not one task of 3 on one thread).
 */
export function seedBatches(first: number, n: number, workers: number): number[][] {
  const size = Math.max(1, Math.min(BATCH, Math.ceil(n / Math.max(1, workers))));
  const out: number[][] = [];
  for (let s = first; s < first + n; s += size) out.push(Array.from({ length: Math.min(size, first + n - s) }, (_, i) => s + i));
  return out;
}

function whole(v: unknown, flag: string, min: number): number {
  const s = String(v);
  if (!/^\d+$/.test(s) || Number(s) < min) throw new UsageError("wholeNumberMin", { option: flag, min, value: s });
  return Number(s);
}

export function montecarloCommand(argv: string[], out: Out): Promise<number> {
  return withUsage("montecarlo", out, () => montecarlo(argv, out), argv);
}

/** The worker module beside this one: TypeScript through tsx from the sources, JavaScript in the bundle. */
function workerFile(): string {
  const fromSources = import.meta.url.endsWith(".ts");
  return new URL(fromSources ? "./montecarlo-worker.dev.mjs" : "./montecarlo-worker.js", import.meta.url).href;
}

/** Run seeds first…first+n−1 on `workers` threads; results in seed order. */
export async function runSeeds(task: Omit<SeedTask, "seeds">, first: number, n: number, workers: number): Promise<SeedResult[]> {
  const pool = new Tinypool({ filename: workerFile(), minThreads: workers, maxThreads: workers });
  try {
    const batches = seedBatches(first, n, workers);
    const results = await Promise.all(batches.map((seeds) => pool.run({ ...task, seeds } satisfies SeedTask) as Promise<SeedResult[]>));
    return results.flat();
  } finally {
    await pool.destroy();
  }
}

async function montecarlo(argv: string[], out: Out): Promise<number> {
  const { positionals, values } = parseArgv(argv, {
    play: { type: "string" },
    seeds: { type: "string" },
    workers: { type: "string" },
    "first-seed": { type: "string", default: "1" },
    worst: { type: "string", default: "5" },
    rubric: { type: "string" },
    json: { type: "boolean", default: false },
    lang: { type: "string", default: "zh" },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("oneScenario", { command: "montecarlo" });
  if (typeof values.play !== "string") throw new UsageError("required", { option: "--play FILE" });
  if (values.seeds === undefined) throw new UsageError("required", { option: "--seeds N" });
  const n = whole(values.seeds, "--seeds", 1);
  const workers = values.workers === undefined ? Math.min(availableParallelism(), n) : whole(values.workers, "--workers", 1);
  const first = whole(values["first-seed"], "--first-seed", 0);
  const worst = whole(values.worst, "--worst", 0);
  const locale = langOption(values.lang);

  const loaded = loadScenario(file);
  if (!loaded.ok) return printProblems(loaded.problems, out, locale);
  const play = loadPlay(values.play, loaded.value.compiled);
  if (!play.ok) return printProblems(play.problems, out, locale);
  const rubricFile = typeof values.rubric === "string" ? values.rubric : undefined;
  const rubric = loadRubric(file, loaded.value.compiled, rubricFile);
  if (!rubric.ok) return printProblems(rubric.problems, out, locale);
  // the workers load it again; checked here so a broken reference is a problem, not a crash
  const best = loadBestPlay(file, loaded.value.compiled);
  if (!best.ok) return printProblems(best.problems, out, locale);

  const t0 = performance.now();
  const results = await runSeeds({ scenarioFile: file, playFile: values.play, ...(rubricFile ? { rubricFile } : {}) }, first, n, workers);
  const elapsedS = (performance.now() - t0) / 1000;
  const summary = summarise(results, worst);
  const uncertain = loaded.value.scenario.uncertain.length > 0;
  const replay = (seed: number) => `drill run ${file} --play ${values.play} --seed ${seed}${uncertain ? " --uncertain" : ""}`;
  if (values.json) {
    // 12 significant digits (37.72, not 37.720000000000006): the sums' float noise is not a result; 1/3 stays 0.333333333333
    const tidy = (_k: string, v: unknown) => (typeof v === "number" && Number.isFinite(v) && !Number.isInteger(v) ? Number(v.toPrecision(12)) : v);
    out.log(JSON.stringify({ scenario: loaded.value.scenario.id, firstSeed: first, workers, elapsedS, ...summary, worst: summary.worst.map((r) => ({ ...r, replay: replay(r.seed) })) }, tidy, 2));
    return 0;
  }
  print(summary, words(loaded.value.compiled, locale), { title: loaded.value.scenario.title, first, workers, elapsedS, replay }, out);
  return 0;
}

interface Context {
  title: { zh: string; en: string };
  first: number;
  workers: number;
  elapsedS: number;
  replay: (seed: number) => string;
}

/** Pad to a display width: a Chinese character takes two columns in a terminal. */
function pad(s: string, width: number, left = false): string {
  const cols = [...s].reduce((a, ch) => a + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const fill = " ".repeat(Math.max(0, width - cols));
  return left ? fill + s : s + fill;
}

function print(s: MonteCarloSummary, w: Words, x: Context, out: Out): void {
  const t = (key: string, p: Record<string, unknown> = {}) => w.t(`montecarlo.${key}`, p) as string;
  const num = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
  const row = (label: string, st: Stats) => `  ${pad(label, 18)}${[st.mean, st.p5, st.p50, st.p95].map((v) => num(v).padStart(9)).join("")}`;
  const pct = (v: number) => `${Math.round(v * 100)}%`.padStart(5);
  out.log(t("heading", { title: x.title[w.k], seeds: s.seeds, first: x.first, last: x.first + s.seeds - 1, workers: x.workers, seconds: x.elapsedS.toFixed(1) }));
  out.log(`  ${pad("", 18)}${["mean", "p5", "p50", "p95"].map((k) => pad(t(k), 9, true)).join("")}`);
  for (const f of FIGURES) out.log(row(t(`figure.${f}`), s.figures[f]));
  out.log(row(t("figure.score"), s.score));
  out.log("");
  out.log(t("obligations"));
  if (s.obligations.length === 0) out.log(`  ${t("noneFailed")}`);
  if (s.obligations.length > 0) out.log(`  ${pad(t("late"), 5, true)} ${pad(t("missed"), 5, true)}  ${t("duty")}`);
  // two duties of one agency under one rule (two spot questions) read apart by when each began
  for (const o of s.obligations) out.log(`  ${pct(o.late)} ${pct(o.missed)}  ${w.agency(o.agency)} — ${o.text[w.k]}${t("opened", { at: formatClock(o.openedAtMs) })}`);
  out.log("");
  out.log(t("worst"));
  for (const r of s.worst) out.log(`  ${t("worstSeed", { seed: r.seed, score: r.score === null ? "—" : num(r.score), deaths: r.outcome.deaths, trapped: r.outcome.trapped, exposed: r.outcome.exposed })}\n    ${x.replay(r.seed)}`);
}
