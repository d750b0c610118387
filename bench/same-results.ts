/**
 * A check for speed work: the state hash and the events of every shipped play (good, poor, no
 * action; seeds 1 and 7; every scenario) and a few Monte-Carlo seeds, printed as one table.
 * `node --import tsx bench/same-results.ts > before.txt`, change, run again, `diff`.
 */
import { readdirSync } from "node:fs";
import { loadPlay, loadScenario } from "../cli/files.ts";
import { loadRubric } from "../cli/evaluate.ts";
import { canonicalJson, sha256Hex } from "../engine/model/hash.ts";
import { runSeed } from "../engine/montecarlo/seed-run.ts";
import { playCommands, run, stateHash } from "../engine/replay.ts";

for (const f of readdirSync("scenarios").filter((x) => x.endsWith(".yaml")).sort()) {
  const id = f.replace(/\.yaml$/, "");
  const s = loadScenario(`scenarios/${f}`);
  if (!s.ok) throw new Error(`${f} does not load`);
  const c = s.value.compiled;
  for (const kind of ["good", "poor", "none"]) {
    let commands: ReturnType<typeof playCommands> = [];
    if (kind !== "none") {
      const p = loadPlay(`scenarios/plays/${id}.${kind}.yaml`, c);
      if (!p.ok) throw new Error(`${id}.${kind} does not load`);
      commands = playCommands(p.value);
    }
    for (const seed of [1, 7]) {
      const r = run(c, seed, commands);
      console.log(`${id} ${kind} seed ${seed} state ${stateHash(c, r.state)} events ${sha256Hex(canonicalJson(r.events)).slice(0, 16)} n ${r.events.length}`);
    }
  }
  const p = loadPlay(`scenarios/plays/${id}.good.yaml`, c);
  const rubric = loadRubric(`scenarios/${f}`, c);
  if (!p.ok || !rubric.ok) throw new Error(`${id} play or rubric does not load`);
  for (const seed of [1, 2, 3]) console.log(`${id} montecarlo seed ${seed} ${JSON.stringify(runSeed(c, playCommands(p.value), rubric.value, seed))}`);
}
