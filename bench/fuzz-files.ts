/**
 * `npm run bench` (file fuzzing): 1,000 mutated scenario files and 1,000 mutated plays (seeded,
 * spread over the three shipped scenarios and their good plays); each valid mutant is run for the
 * first 30 simulated minutes. Targets: 0 crashes, 0 cases over 20 s, 0 messages without field and expectation.
 */
import { compiled, text } from "../tests/helpers.ts";
import { fuzzPlay, fuzzScenario } from "../tests/support/fuzz-run.ts";
import type { FuzzResult } from "../tests/support/mutate.ts";
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
