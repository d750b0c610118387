/**
 * `npm run mutation:sample [-- LINES SEED CONCURRENCY]`: a mutation score for engine/rules and
 * engine/evaluate estimated from a random sample of their code lines, for machines where the full
 * `npm run mutation` (every mutant against the rules and evaluator tests, many hours on 2 cores)
 * does not fit. StrykerJS mutates only the sampled lines (its `file:line` ranges) with the same
 * config and tests as the full run, then this prints the score with a 95 % interval from a
 * bootstrap over the sampled lines (mutants on one line are not independent: the line is the
 * sampling unit), and every surviving mutant so it can be killed.
 * Score = (killed + timed out) / (killed + timed out + survived + no coverage), Stryker's own.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import seedrandom from "seedrandom";
import { printTable } from "./table.ts";

const [lines = "60", seed = "1", concurrency = "1"] = process.argv.slice(2);
const FOLDERS = ["engine/rules", "engine/evaluate"];

/** Lines that can hold a mutant: not blank, not a comment, not an import or a lone bracket. */
function codeLines(file: string): number[] {
  const out: number[] = [];
  let inComment = false;
  readFileSync(file, "utf8").split("\n").forEach((raw, i) => {
    const s = raw.trim();
    if (inComment) {
      if (s.includes("*/")) inComment = false;
      return;
    }
    if (s.startsWith("/*")) {
      inComment = !s.includes("*/");
      return;
    }
    if (s === "" || s.startsWith("//") || s.startsWith("import ") || /^[\]})>;,]+$/.test(s)) return;
    out.push(i + 1);
  });
  return out;
}

const all = FOLDERS.flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".ts")).sort().flatMap((f) => codeLines(join(d, f)).map((line) => ({ file: join(d, f), line }))));
const rng = seedrandom(`mutation-sample:${seed}`);
const pool = [...all];
const sample: typeof all = [];
while (sample.length < Number(lines) && pool.length > 0) sample.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]!);
sample.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
console.log(`sampled ${sample.length} of ${all.length} code lines in ${FOLDERS.join(", ")} (seed ${seed})`);

const ranges = sample.map((s) => `${s.file}:${s.line}-${s.line}`).join(",");
const run = spawnSync("npx", ["stryker", "run", "--mutate", ranges, "--concurrency", concurrency, "--reporters", "json,progress-append-only", "--ignoreStatic"], { stdio: "inherit" });
if (run.status !== 0) process.exit(run.status ?? 1);

interface Mutant { mutatorName: string; replacement?: string; status: string; location: { start: { line: number } } }
const report = JSON.parse(readFileSync("reports/mutation/mutation.json", "utf8")) as { files: Record<string, { mutants: Mutant[] }> };
const DETECTED = new Set(["Killed", "Timeout"]);
const UNDETECTED = new Set(["Survived", "NoCoverage"]);
/** per sampled line: detected and valid mutants */
const perLine = new Map<string, { detected: number; valid: number }>();
for (const s of sample) perLine.set(`${s.file}:${s.line}`, { detected: 0, valid: 0 });
const counts: Record<string, number> = {};
const survivors: string[] = [];
for (const [file, { mutants }] of Object.entries(report.files)) {
  for (const m of mutants) {
    counts[m.status] = (counts[m.status] ?? 0) + 1;
    const cell = perLine.get(`${file}:${m.location.start.line}`);
    if (!cell || !(DETECTED.has(m.status) || UNDETECTED.has(m.status))) continue;
    cell.valid++;
    if (DETECTED.has(m.status)) cell.detected++;
    if (UNDETECTED.has(m.status)) survivors.push(`${file}:${m.location.start.line} ${m.mutatorName} → ${(m.replacement ?? "").replace(/\s+/g, " ").slice(0, 70)} (${m.status})`);
  }
}
const cells = [...perLine.values()].filter((c) => c.valid > 0);
const ratio = (cs: typeof cells) => cs.reduce((a, c) => a + c.detected, 0) / Math.max(1, cs.reduce((a, c) => a + c.valid, 0));
const boot = seedrandom(`bootstrap:${seed}`);
const draws = Array.from({ length: 2000 }, () => ratio(cells.map(() => cells[Math.floor(boot() * cells.length)]!))).sort((a, b) => a - b);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

console.log("");
printTable(["mutation score (sampled lines)", "value"], [
  ["lines sampled / with mutants", `${sample.length} / ${cells.length}`],
  ["mutants killed / timed out", `${counts.Killed ?? 0} / ${counts.Timeout ?? 0}`],
  ["mutants survived / no coverage", `${counts.Survived ?? 0} / ${counts.NoCoverage ?? 0}`],
  ["static (ignored) / errors", `${counts.Ignored ?? 0} / ${(counts.CompileError ?? 0) + (counts.RuntimeError ?? 0)}`],
  ["score", pct(ratio(cells))],
  ["95 % interval (bootstrap over lines)", `${pct(draws[49]!)} – ${pct(draws[1949]!)}`],
]);
if (survivors.length > 0) console.log(`\nundetected mutants:\n${survivors.map((s) => `  ${s}`).join("\n")}`);
