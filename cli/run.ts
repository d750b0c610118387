/** `drill run SCENARIO …`: run a drill headless and print its timeline and outcome (or --json). */
import { compile } from "../engine/compile.ts";
import { cadence, formatClock, wallClock } from "../engine/model/time.ts";
import { drawScenario } from "../engine/montecarlo/uncertain.ts";
import { playCommands, run, stateHash, type Checkpoint } from "../engine/replay.ts";
import { describeEvent, statusText, words, type Words } from "../i18n/describe.ts";
import { langOption, printProblems } from "./problems.ts";
import { parseArgv as args, untilOption, UsageError, type Out } from "./args.ts";
import { loadPlay, loadScenario } from "./files.ts";
import { runSummary } from "./summary.ts";
import { basisCatalogue, basisText } from "./report/basis.ts";
import { plainCitation } from "./report/standards.ts";

export function runCommand(argv: string[], out: Out): number {
  const { positionals, values } = args(argv, {
    seed: { type: "string" },
    play: { type: "string" },
    until: { type: "string" },
    json: { type: "boolean", default: false },
    lang: { type: "string", default: "zh" },
    checkpoints: { type: "string" },
    uncertain: { type: "boolean", default: false },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new UsageError("oneScenario", { command: "run" });
  const locale = langOption(values.lang);
  const loaded = loadScenario(file);
  if (!loaded.ok) return printProblems(loaded.problems, out, locale);
  const { scenario } = loaded.value;
  let { compiled } = loaded.value;
  let play;
  if (values.play) {
    const p = loadPlay(values.play as string, compiled);
    if (!p.ok) return printProblems(p.problems, out, locale);
    play = p.value;
  }
  const seedText = (values.seed as string | undefined) ?? String(play?.seed ?? scenario.seed);
  if (!/^\d+$/.test(seedText)) throw new UsageError("wholeNumber", { option: "--seed", value: seedText });
  const seed = Number(seedText);
  // --uncertain: the scenario's uncertain parameters as this seed draws them (what drill montecarlo ran)
  if (values.uncertain) compiled = compile(drawScenario(scenario, seed), loaded.value.rules);
  const untilMs = untilOption(values.until, compiled);
  let everyMs: number | undefined;
  if (values.checkpoints !== undefined) {
    if (!/^\d+$/.test(values.checkpoints as string) || Number(values.checkpoints) === 0) throw new UsageError("wholeMinutes", { option: "--checkpoints", value: String(values.checkpoints) });
    everyMs = Number(values.checkpoints) * 60_000;
  }
  const hashes: Checkpoint[] = [];
  const result = run(compiled, seed, play ? playCommands(play) : [], {
    ...(untilMs !== undefined ? { untilMs } : {}),
    ...(everyMs !== undefined ? { onTick: ({ state }) => void ((cadence(state.tMs, compiled.tickMs, everyMs!) !== undefined || state.ended) && hashes.push({ tMs: state.tMs, hash: stateHash(compiled, state) })) } : {}),
  });
  const summary = { ...runSummary(compiled, seed, result.state, result.events), ...(everyMs !== undefined ? { checkpoints: hashes } : {}) };
  if (values.json) {
    out.log(JSON.stringify(summary, null, 2));
    return 0;
  }
  const w = words(compiled, locale);
  printTimeline(compiled, w, result.events, out);
  printOutcome(compiled, summary, w, out);
  // --checkpoints in the text output too: the hash at each checkpoint, where a replay shows two runs part
  for (const k of hashes) out.log(`${locale === "en" ? "checkpoint" : "检查点"} ${formatClock(k.tMs)} stateHash ${k.hash}`);
  return 0;
}

const QUIET = new Set(["obligationOpened", "unitDeparted", "unitReturned", "taskStarted"]);

function printTimeline(compiled: Parameters<typeof describeEvent>[0], w: Words, events: Parameters<typeof runSummary>[3], out: Out): void {
  for (const e of events) {
    if (QUIET.has(e.type)) continue;
    const line = describeEvent(compiled, w, e);
    if (line) out.log(`${formatClock(e.at)}  ${wallClock(compiled.scenario.clock.start, e.at)}  ${line}`);
  }
}

function printOutcome(compiled: Parameters<typeof describeEvent>[0], s: ReturnType<typeof runSummary>, w: Words, out: Out): void {
  const t = (key: string, p: Record<string, unknown> = {}) => w.t(`outcome.${key}`, p) as string;
  const list = duties(s.obligations);
  const counts = { met: 0, late: 0, missed: 0, open: 0 };
  for (const d of list) counts[d.status]++;
  out.log("");
  out.log(t("heading", { scenario: compiled.scenario.title[w.k], seed: s.seed }));
  out.log(t("figures", s.outcome));
  out.log(t("hazard", { status: statusText(w, s.hazard.status) }));
  out.log(t("obligations", { total: list.length, ...counts }));
  // the basis in the reader's language: the rules profile's basisEn, its Chinese titles left to the standards list (issue 10 §13)
  const cat = basisCatalogue(compiled);
  const basis = (zh: string) => (w.k === "en" ? plainCitation(basisText(zh, cat, compiled).en) : zh);
  for (const d of list.filter((x) => x.status === "late" || x.status === "missed")) {
    const [o, ...also] = d.rules;
    const more = also.map((a) => t("alsoRule", { text: a.text[w.k], due: formatClock(a.deadlineMs) })).join("");
    out.log(`  ${t(d.status)} ${t(`kind.${o!.kind}`)} ${w.agency(o!.agency)} — ${o!.text[w.k]}  ${t("due")} ${formatClock(o!.deadlineMs)}${o!.metAtMs !== undefined ? `  ${t("met")} ${formatClock(o!.metAtMs)}` : ""}${more}  [${basis(o!.basis)}]`);
  }
  out.log(`stateHash ${s.stateHash}`);
}

type SummaryObligation = ReturnType<typeof runSummary>["obligations"][number];
const WORST = ["missed", "late", "open", "met"] as const;

/**
 * The obligations as duties: one report owed by one agency to one addressee at one stage is one
 * duty, whatever number of rules ask for it (issue 10 §2; the report's headline counts so, headlines.ts
 * reportDuties). A duty's status is its worst rule's; its rules are listed worst first.
 */
function duties(obligations: readonly SummaryObligation[]): Array<{ status: SummaryObligation["status"]; rules: SummaryObligation[] }> {
  const by = new Map<string, SummaryObligation[]>();
  for (const o of obligations) by.set(o.duty, [...(by.get(o.duty) ?? []), o]);
  return [...by.values()].map((rules) => {
    const sorted = [...rules].sort((a, b) => WORST.indexOf(a.status) - WORST.indexOf(b.status) || a.deadlineMs - b.deadlineMs);
    return { status: sorted[0]!.status, rules: sorted };
  });
}
