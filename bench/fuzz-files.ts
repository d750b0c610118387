/**
 * `npm run bench` (file fuzzing): 1,000 mutated scenario files and 1,000 mutated plays (seeded,
 * spread over the three shipped scenarios and their good plays); each valid mutant is run for the
 * first 30 simulated minutes. Targets: 0 crashes, 0 cases over 20 s, 0 messages without field and expectation.
 */
import { compiled, text } from "../tests/helpers.ts";
import { fuzzPlay, fuzzScenario } from "../tests/support/fuzz-run.ts";
import type { FuzzResult } from "../tests/support/mutate.ts";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadPlay } from "../cli/files.ts";
import { printTable } from "./table.ts";

const TOTAL = Number(process.env.FUZZ_N ?? 1000);
const HORIZON_MS = 30 * 60_000;
const IDS = ["chemical-leak", "mine-flood", "school-fire"];
const rows: string[][] = [];
const examples: string[] = [];
for (const kind of ["scenario", "play"] as const) {
  const results: FuzzResult[] = [];
  for (let i = 0; i < TOTAL; i++) {
    const id = IDS[i % IDS.length]!;
    const r = kind === "scenario"
      ? fuzzScenario(text(`scenarios/${id}.yaml`), `scenarios/${id}.yaml`, i, HORIZON_MS)
      : fuzzPlay(text(`scenarios/plays/${id}.good.yaml`), compiled(id), i, HORIZON_MS);
    results.push(r);
    if (r.crash && examples.length < 10) examples.push(`${kind} ${id} #${i}: ${r.crash}`);
    for (const u of r.useless) if (examples.length < 10) examples.push(`${kind} ${id} #${i}: ${u}`);
  }
  const ms = results.map((r) => r.ms).sort((a, b) => a - b);
  rows.push([
    `${TOTAL} mutated ${kind}s`,
    String(results.filter((r) => r.valid).length),
    String(results.filter((r) => r.crash).length),
    String(results.filter((r) => r.ms > 20_000).length),
    String(results.filter((r) => r.useless.length > 0).length),
    ms[Math.floor(ms.length / 2)]!.toFixed(0),
    ms[ms.length - 1]!.toFixed(0),
  ]);
}
const head = ["files", "valid (run 30 min)", "crashes", "over 20 s", "with unclear messages", "median ms", "max ms"];
printTable(head, rows);
for (const e of examples) console.log(`  ${e}`);

// A long recorded drill: 5,000 commands, loaded and checked against its scenario as `drill validate` does.
const lines = ["scenario: chemical-leak", "seed: 7", "commands:"];
for (let i = 0; i < 5000; i++) {
  const s = i % 14_000;
  const at = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((n) => String(n).padStart(2, "0")).join(":");
  lines.push(`  - { at: "${at}", by: ent, type: message, to: eb, text: "update ${i}" }`);
}
const dir = mkdtempSync(join(tmpdir(), "bench-play-"));
writeFileSync(join(dir, "long.yaml"), lines.join("\n"));
const c = compiled("chemical-leak");
const t0 = performance.now();
const long = loadPlay(join(dir, "long.yaml"), c);
console.log(`\n5,000-command play: ${long.ok ? "valid" : "INVALID"}, loaded and checked in ${(performance.now() - t0).toFixed(0)} ms`);
