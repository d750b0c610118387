/**
 * Evaluation speed: evaluating a whole drill's log (every scenario with plays, good and poor,
 * 4-hour drills) into the report model, and rendering it to HTML. Target: < 1 s per evaluation.
 * The drill itself is run once, untimed; only evaluate() (and the HTML renderer) are timed. Harm is
 * graded against the scenario's best play as the shells do: the first call replays the two
 * references (no response, best play; "first ms"), later calls find them memoised. "reruns ms": one evaluation with
 * the play's commands, as the CLI makes it after runKeepingReference: the cause reruns replay each fault's correction.
 * "whatif ms": `drill whatif --drop 1` (whatif.ts: both runs kept as their own references, so the cause reruns do not
 * replay the play and its variant again; after "reruns ms", so the play's own corrections are memoised, as a second
 * what-if of the same play finds them).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { renderHtml } from "../cli/report/html.ts";
import { wordReport } from "../cli/report/worded.ts";
import { loadBestPlay, loadPlay, loadScenario } from "../cli/files.ts";
import { evaluate } from "../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../engine/evaluate/references.ts";
import { whatIf } from "../engine/evaluate/whatif.ts";
import { playCommands, run } from "../engine/replay.ts";
import { parseRubric } from "../engine/scenario/rubric-schema.ts";

const REPEATS = 20;
const TARGET_MS = 1000;
const rubricFile = "scenarios/rubrics/default.yaml";
const parsed = parseRubric(readFileSync(rubricFile, "utf8"), rubricFile);
if (!parsed.ok) throw new Error(`${rubricFile} does not validate`);
const rubric = parsed.value;

const rows: string[][] = [];
for (const id of readdirSync("scenarios").filter((f) => f.endsWith(".yaml")).map((f) => f.replace(/\.yaml$/, ""))) {
  const loaded = loadScenario(`scenarios/${id}.yaml`);
  if (!loaded.ok) throw new Error(`scenarios/${id}.yaml does not validate`);
  const c = loaded.value.compiled;
  for (const which of ["good", "poor"]) {
    const file = `scenarios/plays/${id}.${which}.yaml`;
    if (!existsSync(file)) continue;
    const play = loadPlay(file, c);
    if (!play.ok) throw new Error(`${file} does not validate`);
    const bestPlay = loadBestPlay(`scenarios/${id}.yaml`, c);
    if (!bestPlay.ok) throw new Error(`scenarios/${id}.yaml: its best play does not load`);
    const commands = playCommands(play.value);
    const { events, state } = run(c, play.value.seed, commands);
    const f0 = performance.now();
    evaluate(c, events, state, rubric, undefined, bestPlay.value); // the references replayed once; also the JIT warm-up
    const firstMs = performance.now() - f0;
    let best = Infinity;
    let total = 0;
    let report = evaluate(c, events, state, rubric, undefined, bestPlay.value);
    for (let i = 0; i < REPEATS; i++) {
      const t0 = performance.now();
      report = evaluate(c, events, state, rubric, undefined, bestPlay.value);
      const ms = performance.now() - t0;
      best = Math.min(best, ms);
      total += ms;
    }
    // the CLI's and the report's evaluation, with the play's commands: the cause reruns replay its corrections (cause-reruns.ts)
    const kept = runKeepingReference(c, play.value.seed, commands, bestPlay.value);
    const r0 = performance.now();
    evaluate(c, kept.events, kept.state, rubric, undefined, bestPlay.value, { commands });
    const rerunMs = performance.now() - r0;
    const w0 = performance.now();
    whatIf(c, play.value.seed, commands, [{ type: "drop", index: 1 }], rubric, undefined, bestPlay.value);
    const whatifMs = performance.now() - w0;
    const h0 = performance.now();
    renderHtml(wordReport(c, report));
    const htmlMs = performance.now() - h0;
    const mean = total / REPEATS;
    rows.push([id, which, c.scenario.clock.duration, String(events.length), firstMs.toFixed(0), best.toFixed(1), mean.toFixed(1), rerunMs.toFixed(0), whatifMs.toFixed(0), htmlMs.toFixed(0), String(report.score), mean < TARGET_MS ? "yes" : "NO"]);
  }
}

const head = ["scenario", "play", "drill", "events", "first ms", "best ms", "mean ms", "reruns ms", "whatif ms", "html ms", "score", `< ${TARGET_MS} ms`];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
console.log(`evaluate(): ${REPEATS} runs each, after a first call that replays the no-response and best-play references`);
console.log(line(head));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
if (rows.some((r) => r[r.length - 1] === "NO")) process.exitCode = 1;
