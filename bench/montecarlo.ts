/**
 * `npm run bench` (Monte-Carlo part): `drill montecarlo` of the 4-hour chemical drill with its
 * good play, 1,000 seeds (wind meander and the scenario's uncertain wind and hole area drawn per
 * seed), on this machine's cores, through the compiled bundle as a user runs it.
 * Target (issue 8): < 60 s on 2 cores, i.e. 240,000× real time in aggregate.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { buildCli } from "../cli/build.ts";
import { printTable } from "./table.ts";

// built afresh (a second or two, before the clock starts): a bundle left from older sources would be timed instead
await buildCli();

const SEEDS = Number(process.env.MC_SEEDS ?? 1000);
const WORKERS = Math.min(2, availableParallelism());
const SIM_S = 4 * 3600;
// CPU time (user + system of the process and its threads) from /usr/bin/time when present: other
// work on the machine stretches wall time, not CPU time
const hasTime = existsSync("/usr/bin/time");
// other work on the shared cores stretches wall time: the 1-min load average before and after says how much
const loadBefore = loadavg()[0]!;
const t0 = performance.now();
const r = spawnSync(hasTime ? "/usr/bin/time" : process.execPath, [...(hasTime ? ["-f", "%U %S", process.execPath] : []), "bin/drill.js", "montecarlo", "scenarios/chemical-leak.yaml", "--play", "scenarios/plays/chemical-leak.good.yaml", "--seeds", String(SEEDS), "--workers", String(WORKERS), "--json"], { encoding: "utf8", maxBuffer: 256 * 2 ** 20 });
const wallS = (performance.now() - t0) / 1000;
if (r.status !== 0) {
  console.error(r.stderr);
  process.exit(1);
}
const out = JSON.parse(r.stdout) as { score: { mean: number; p5: number; p95: number } };
const cpu = hasTime ? (r.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number) : [NaN, NaN];
const cpuS = (cpu[0] ?? NaN) + (cpu[1] ?? NaN);
printTable(["drill montecarlo", "seeds", "threads", "wall s", "CPU s", "CPU ms per seed", "seeds per s", "sim s per wall s (aggregate)", "score mean (p5–p95)", "load avg 1 min (before → after)", "target", "meets"], [
  [
    "chemical-leak 4 h, good play",
    String(SEEDS),
    String(WORKERS),
    wallS.toFixed(1),
    Number.isFinite(cpuS) ? cpuS.toFixed(1) : "—",
    Number.isFinite(cpuS) ? ((cpuS * 1000) / SEEDS).toFixed(0) : "—",
    (SEEDS / wallS).toFixed(1),
    Math.round((SEEDS * SIM_S) / wallS).toLocaleString("en-US"),
    `${out.score.mean.toFixed(1)} (${out.score.p5}–${out.score.p95})`,
    `${loadBefore.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`,
    `< ${(60 * SEEDS / 1000).toFixed(0)} s`,
    wallS < (60 * SEEDS) / 1000 ? "yes" : "NO",
  ],
]);
