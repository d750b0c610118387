/**
 * `npm run bench` (CLI part): the `drill` command as a user starts it, process start included,
 * from the compiled bundle (dist/cli, built by `prepare`; built here if missing).
 * Targets (issue 8): `drill --help` < 0.3 s; `drill run` of the 4-hour chemical drill with its
 * good play ≥ 20,000× real time end to end (the first run of a file also parses and checks it;
 * later runs take the checked file from the cache, cli/file-cache.ts). Wall time is best of N; CPU time (user + system, from
 * the child's resource usage) is shown too, since other work on the machine stretches wall time.
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { buildCli } from "../cli/build.ts";
import { printTable } from "./table.ts";

if (!existsSync("dist/cli/drill.js")) await buildCli();

interface Timing {
  wallS: number;
  cpuS: number;
  status: number | null;
}

/** One `node bin/drill.js …` process; CPU time from /usr/bin/time when present. */
function time(args: string[]): Timing {
  const hasTime = existsSync("/usr/bin/time");
  const cmd = hasTime ? "/usr/bin/time" : process.execPath;
  const argv = hasTime ? ["-f", "%U %S", process.execPath, "bin/drill.js", ...args] : ["bin/drill.js", ...args];
  const t0 = performance.now();
  const r = spawnSync(cmd, argv, { encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  const wallS = (performance.now() - t0) / 1000;
  const times = hasTime ? (r.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number) : [NaN, NaN];
  return { wallS, cpuS: (times[0] ?? NaN) + (times[1] ?? NaN), status: r.status };
}

function best(n: number, args: string[]): Timing {
  const all = Array.from({ length: n }, () => time(args));
  return { wallS: Math.min(...all.map((t) => t.wallS)), cpuS: Math.min(...all.map((t) => t.cpuS)), status: all[0]!.status };
}

const SIM_S = 4 * 3600;
const help = best(5, ["--help"]);
const none = time([]);
const RUN = ["run", "scenarios/chemical-leak.yaml", "--play", "scenarios/plays/chemical-leak.good.yaml", "--json"];
// the first run of these files parses and checks them; later runs take them from dist/cli/.cache (cli/file-cache.ts)
rmSync("dist/cli/.cache", { recursive: true, force: true });
const first = time(RUN);
const run = best(3, RUN);
const f = (s: number) => (Number.isFinite(s) ? s.toFixed(2) : "—");
const x = (s: number) => (Number.isFinite(s) ? Math.round(SIM_S / s).toLocaleString("en-US") : "—");

printTable(["drill command", "exit", "wall s (best)", "CPU s (best)", "sim s per wall s", "sim s per CPU s", "target", "meets (wall)"], [
  ["--help", String(help.status), f(help.wallS), f(help.cpuS), "", "", "< 0.3 s", help.wallS < 0.3 ? "yes" : "NO"],
  ["(no arguments)", String(none.status), f(none.wallS), f(none.cpuS), "", "", "exit 2", none.status === 2 ? "yes" : "NO"],
  ["run chemical-leak 4 h, good play, --json, first run", String(first.status), f(first.wallS), f(first.cpuS), x(first.wallS), x(first.cpuS), "", ""],
  ["run chemical-leak 4 h, good play, --json", String(run.status), f(run.wallS), f(run.cpuS), x(run.wallS), x(run.cpuS), "≥ 20,000×", SIM_S / run.wallS >= 20_000 ? "yes" : "NO"],
]);
