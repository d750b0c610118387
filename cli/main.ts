/**
 * The `drill` command line: validate files, run a scenario headless, write the JSON Schema.
 * Bad input gets one line per problem and exit 1, never a stack trace.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SCHEMAS, schemaJson } from "./schema.ts";
import { parseClock, formatClock, wallClock } from "../engine/model/time.ts";
import { playCommands, run, stateHash, type Checkpoint } from "../engine/replay.ts";
import type { Compiled } from "../engine/compile.ts";
import { sniffKind } from "../engine/scenario/load.ts";
import { describeEvent, type Lang } from "../engine/timeline/describe.ts";
import { parseArgv as args, printProblems, UsageError, type Out } from "./args.ts";
import { loadPlay, loadRules, loadScenario, type LoadedScenario } from "./files.ts";
import { formatWarning } from "../engine/scenario/problems.ts";
import { parseObservations, parseRubric } from "../engine/scenario/rubric-schema.ts";
import { runSummary } from "./summary.ts";
import { EVALUATE_USAGE, evaluateCommand } from "./evaluate.ts";
import { WHATIF_USAGE, whatifCommand } from "./whatif.ts";

const USAGE = `usage:
  drill validate FILE...
  drill run SCENARIO [--seed N] [--play FILE] [--until HH:MM:SS] [--json] [--lang zh|en] [--checkpoints MIN]
  drill schema [--kind scenario|play|rules|rubric|observations] [--dir DIR]   (--dir writes them all)
${EVALUATE_USAGE}
${WHATIF_USAGE}`;

const stdio: Out = { log: (s) => process.stdout.write(`${s}\n`), err: (s) => process.stderr.write(`${s}\n`) };

export async function main(argv: string[], out: Out = stdio): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "validate":
        return validate(rest, out);
      case "run":
        return runCommand(rest, out);
      case "schema":
        return schema(rest, out);
      case "evaluate":
        return await evaluateCommand(rest, out);
      case "whatif":
        return await whatifCommand(rest, out);
      default:
        out.err(USAGE);
        return command === undefined || command === "help" || command === "--help" ? 0 : 2;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      out.err(`drill: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

function validate(argv: string[], out: Out): number {
  const { positionals } = args(argv, {});
  if (positionals.length === 0) throw new UsageError("validate needs at least one file");
  let bad = 0;
  // plays are checked against a scenario given on the same command line, as `run` checks them
  const scenarios = new Map<string, Compiled>();
  for (const file of positionals) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      out.err(`${file}:1:1 (root): file not found`);
      bad++;
      continue;
    }
    const kind = sniffKind(text);
    const result =
      kind === "play" ? loadPlay(file, (id) => scenarios.get(id))
      : kind === "rules" ? loadRules(file)
      : kind === "rubric" ? parseRubric(text, file)
      : kind === "observations" ? parseObservations(text, file)
      : loadScenario(file);
    if (result.ok && kind === "scenario") {
      const { compiled, warnings } = result.value as LoadedScenario;
      scenarios.set(compiled.scenario.id, compiled);
      out.log(`ok ${idOf(result.value)}`);
      // inputs outside a model's range: printed with their place, the exit code stays 0
      for (const w of warnings) out.err(formatWarning(w));
    } else if (result.ok) out.log(`ok ${idOf(result.value)}`);
    else {
      printProblems(result.problems, out);
      bad++;
    }
  }
  return bad === 0 ? 0 : 1;
}

function idOf(v: unknown): string {
  const o = v as { id?: string; scenario?: string | { id: string }; observations?: unknown[] };
  if (Array.isArray(o.observations)) return `observations (${o.observations.length})`;
  if (typeof o.scenario === "object") return o.scenario.id;
  if (o.id) return o.id;
  return `play for ${String(o.scenario)}`;
}

function runCommand(argv: string[], out: Out): number {
  const { positionals, values } = args(argv, {
    seed: { type: "string" },
    play: { type: "string" },
    until: { type: "string" },
    json: { type: "boolean", default: false },
    lang: { type: "string", default: "zh" },
    checkpoints: { type: "string" },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("run needs exactly one scenario file");
  const lang = values.lang === "en" ? "en" : values.lang === "zh" ? "zh" : undefined;
  if (!lang) throw new UsageError(`--lang must be zh or en, not ${String(values.lang)}`);
  const loaded = loadScenario(file);
  if (!loaded.ok) return printProblems(loaded.problems, out);
  const { compiled, scenario } = loaded.value;
  let play;
  if (values.play) {
    const p = loadPlay(values.play as string, compiled);
    if (!p.ok) return printProblems(p.problems, out);
    play = p.value;
  }
  const seedText = (values.seed as string | undefined) ?? String(play?.seed ?? scenario.seed);
  if (!/^\d+$/.test(seedText)) throw new UsageError(`--seed must be a whole number, not ${seedText}`);
  const seed = Number(seedText);
  let untilMs: number | undefined;
  if (values.until !== undefined) {
    untilMs = parseClock(values.until as string);
    if (untilMs === undefined) throw new UsageError(`--until must be HH:MM:SS, not ${String(values.until)}`);
  }
  let everyMs: number | undefined;
  if (values.checkpoints !== undefined) {
    if (!/^\d+$/.test(values.checkpoints as string) || Number(values.checkpoints) === 0) throw new UsageError(`--checkpoints takes whole minutes, not ${String(values.checkpoints)}`);
    everyMs = Number(values.checkpoints) * 60_000;
  }
  const hashes: Checkpoint[] = [];
  const result = run(compiled, seed, play ? playCommands(play) : [], {
    ...(untilMs !== undefined ? { untilMs } : {}),
    ...(everyMs !== undefined ? { onTick: ({ state }) => void ((state.tMs % everyMs! === 0 || state.ended) && hashes.push({ tMs: state.tMs, hash: stateHash(compiled, state) })) } : {}),
  });
  const summary = { ...runSummary(compiled, seed, result.state, result.events), ...(everyMs !== undefined ? { checkpoints: hashes } : {}) };
  if (values.json) {
    out.log(JSON.stringify(summary, null, 2));
    return 0;
  }
  printTimeline(compiled, result.events, lang as Lang, out);
  printOutcome(summary, lang as Lang, out);
  return 0;
}

const QUIET = new Set(["obligationOpened", "unitDeparted", "unitReturned", "taskStarted"]);

function printTimeline(compiled: Parameters<typeof describeEvent>[0], events: Parameters<typeof runSummary>[3], lang: Lang, out: Out): void {
  for (const e of events) {
    if (QUIET.has(e.type)) continue;
    const line = describeEvent(compiled, e, lang);
    if (line) out.log(`${formatClock(e.at)}  ${wallClock(compiled.scenario.clock.start, e.at)}  ${line}`);
  }
}

function printOutcome(s: ReturnType<typeof runSummary>, lang: Lang, out: Out): void {
  const zh = lang === "zh";
  const counts = { met: 0, late: 0, missed: 0, open: 0 };
  for (const o of s.obligations) counts[o.status]++;
  out.log("");
  out.log(zh ? `== 结果 ${s.scenario}（种子 ${s.seed}）==` : `== Outcome ${s.scenario} (seed ${s.seed}) ==`);
  out.log(zh
    ? `死亡 ${s.outcome.deaths}  重伤 ${s.outcome.seriousInjuries}  受伤 ${s.outcome.injured}  受危害暴露 ${s.outcome.exposed}  已疏散 ${s.outcome.evacuated}  被困 ${s.outcome.trapped}`
    : `dead ${s.outcome.deaths}  seriously injured ${s.outcome.seriousInjuries}  injured ${s.outcome.injured}  exposed to harm ${s.outcome.exposed}  evacuated ${s.outcome.evacuated}  trapped ${s.outcome.trapped}`);
  out.log(`${zh ? "态势" : "hazard"}: ${s.hazard.status[lang]}`);
  out.log(zh
    ? `义务 ${s.obligations.length} 项：按时 ${counts.met}，迟延 ${counts.late}，超时未完成 ${counts.missed}，未到期 ${counts.open}`
    : `obligations ${s.obligations.length}: met ${counts.met}, late ${counts.late}, missed ${counts.missed}, open ${counts.open}`);
  for (const o of s.obligations.filter((x) => x.status === "late" || x.status === "missed")) {
    out.log(`  ${o.status === "late" ? "LATE  " : "MISSED"} ${o.id}  ${zh ? "时限" : "due"} ${formatClock(o.deadlineMs)}${o.metAtMs !== undefined ? `  ${zh ? "完成" : "met"} ${formatClock(o.metAtMs)}` : ""}  [${o.basis}]`);
  }
  out.log(`stateHash ${s.stateHash}`);
}

function schema(argv: string[], out: Out): number {
  const { values } = args(argv, { kind: { type: "string", default: "scenario" }, dir: { type: "string" } });
  if (values.dir) {
    for (const kind of Object.keys(SCHEMAS)) writeFileSync(join(values.dir as string, SCHEMAS[kind]!.file), schemaJson(kind));
    return 0;
  }
  if (!SCHEMAS[values.kind as string]) throw new UsageError(`--kind is one of ${Object.keys(SCHEMAS).join(", ")}`);
  out.log(schemaJson(values.kind as string).trimEnd());
  return 0;
}

// Run when invoked directly (tsx cli/main.ts …); bin/drill.js imports main() instead.
if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
