/**
 * `npm run bench` (tick lengths): every shipped scenario with its good and poor play at tickS 1, 2,
 * 5, 10, 15, 20, 30 and 60; outcome figures must match tickS 1 within 5 % (one person either way).
 */
import { existsSync, readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { run } from "../engine/replay.ts";
import { compiled, playOf } from "../tests/helpers.ts";
import { atTick, outcomeWithin } from "../tests/support/tick-length.ts";
import { printTable } from "./table.ts";

const TICKS = [1, 2, 5, 10, 15, 20, 30, 60];
const rows: string[][] = [];
let failures = 0;
for (const id of readdirSync("scenarios").filter((f) => f.endsWith(".yaml")).map((f) => f.replace(/\.yaml$/, ""))) {
  const base = compiled(id);
  for (const kind of ["good", "poor"]) {
    const file = `scenarios/plays/${id}.${kind}.yaml`;
    if (!existsSync(file)) continue;
    const play = playOf(base, file);
    let ref: ReturnType<typeof run>["state"]["casualties"] | undefined;
    for (const tickS of TICKS) {
      const t0 = performance.now();
      const out = run(atTick(base, tickS), 7, play).state.casualties;
      const wall = performance.now() - t0;
      ref ??= out;
      const off = outcomeWithin(ref, out, 0.05);
      failures += off.length > 0 ? 1 : 0;
      rows.push([id, kind, String(tickS), String(out.deaths), String(out.seriousInjuries), String(out.injured), String(out.exposed), String(out.evacuated), String(out.trapped), wall.toFixed(0), off.length === 0 ? "yes" : `NO: ${off.join("; ")}`]);
    }
  }
}
const head = ["scenario", "play", "tickS", "deaths", "serious", "injured", "exposed", "evacuated", "trapped", "wall ms", "within 5 % of tickS 1"];
printTable(head, rows);
console.log(`\n${failures === 0 ? "every tick length within 5 %" : `${failures} runs outside 5 %`}`);
