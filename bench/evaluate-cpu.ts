/**
 * `npm run bench` (evaluation CPU part): `drill evaluate` of each shipped play as a user runs it, one fresh process
 * each (so every memo starts empty: the cause reruns, joint shares and control reruns it replays, and the chemical
 * threat zones those reruns meet again, engine/hazards/chemical/zone-memo.ts). CPU seconds (user + system, from
 * /usr/bin/time) are shown besides wall time, since the other work on the machine stretches wall time. Printed as a
 * table; no target: it tells whether a change made the evaluator cheaper (round 27: chemical poor 16.5 → 12.2 CPU s).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { printTable } from "./table.ts";

const hasTime = existsSync("/usr/bin/time");
const body: string[][] = [];
for (const id of readdirSync("scenarios").filter((f) => f.endsWith(".yaml")).map((f) => f.replace(/\.yaml$/, ""))) {
  for (const which of ["poor", "good"]) {
    const play = `scenarios/plays/${id}.${which}.yaml`;
    if (!existsSync(play)) continue;
    const args = ["--import", "tsx", "cli/main.ts", "evaluate", `scenarios/${id}.yaml`, "--play", play, "--format", "json"];
    const cmd = hasTime ? "/usr/bin/time" : process.execPath;
    const argv = hasTime ? ["-f", "%U %S", process.execPath, ...args] : args;
    const t0 = performance.now();
    const r = spawnSync(cmd, argv, { encoding: "utf8", maxBuffer: 256 * 2 ** 20 });
    const wallS = (performance.now() - t0) / 1000;
    const [user, sys] = hasTime ? (r.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number) : [NaN, NaN];
    body.push([id, which, wallS.toFixed(1), ((user ?? NaN) + (sys ?? NaN)).toFixed(1), r.status === 0 ? "ok" : `exit ${r.status}`]);
  }
}
console.log("drill evaluate (CLI, --format json), one fresh process per play");
printTable(["scenario", "play", "wall s", "CPU s", "status"], body);
if (body.some((r) => r[4] !== "ok")) process.exitCode = 1;
