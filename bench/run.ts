/**
 * `npm run bench`: how fast each scenario runs with its good play (a 4-hour drill at its
 * tick length), as simulated seconds per wall-clock second and milliseconds per tick, with
 * peak memory. Targets: ≥ 10,000× real time (school fire ≥ 5,000×), peak RSS < 300 MB.
 */
import { existsSync, readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { loadPlay, loadScenario } from "../cli/files.ts";
import { playCommands, run, stateHash } from "../engine/replay.ts";
import { printTable } from "./table.ts";

const REPEATS = 3;
const rows: string[][] = [];
const scenarios = readdirSync("scenarios").filter((f) => f.endsWith(".yaml")).map((f) => f.replace(/\.yaml$/, ""));

for (const id of scenarios) {
  const playFile = `scenarios/plays/${id}.good.yaml`;
  if (!existsSync(playFile)) continue;
  const loaded = loadScenario(`scenarios/${id}.yaml`);
  if (!loaded.ok) throw new Error(`scenarios/${id}.yaml does not validate`);
  const c = loaded.value.compiled;
  const play = loadPlay(playFile, c);
  if (!play.ok) throw new Error(`${playFile} does not validate`);
  const commands = playCommands(play.value);
  run(c, play.value.seed, commands); // warm-up: JIT
  let best = Infinity;
  let peakRss = process.memoryUsage().rss;
  let ticks = 0;
  let simMs = 0;
  let hash = "";
  for (let i = 0; i < REPEATS; i++) {
    global.gc?.();
    const t0 = performance.now();
    let n = 0;
    const r = run(c, play.value.seed, commands, {
      onTick: () => {
        if (++n % 500 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
      },
    });
    const wall = performance.now() - t0;
    best = Math.min(best, wall);
    ticks = r.state.tick;
    simMs = r.state.tMs;
    hash = stateHash(c, r.state).slice(0, 12);
  }
  const target = c.scenario.kind === "school-fire" ? 5000 : 10000;
  const speed = simMs / best;
  rows.push([
    id,
    `${c.scenario.clock.duration} @ ${c.scenario.clock.tickS} s`,
    String(ticks),
    best.toFixed(0),
    (best / ticks).toFixed(4),
    Math.round(speed).toLocaleString("en-US"),
    `${target.toLocaleString("en-US")}×`,
    speed >= target ? "yes" : "NO",
    (peakRss / 2 ** 20).toFixed(0),
    hash,
  ]);
}

printTable(["scenario", "drill", "ticks", "wall ms (best of 3)", "ms/tick", "sim s per wall s", "target", "meets", "peak RSS MB", "state hash"], rows);
