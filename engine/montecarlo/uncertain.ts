/**
 * Uncertain parameters (issue 8, item 12): a scenario may say a number is only known within a
 * spread — wind direction ±20°, the leak's hole area ±30 % — and each Monte-Carlo seed draws its
 * own value, uniformly within the spread, from the named stream "uncertain" (seeded by the run
 * seed, so `drill run --seed S --uncertain` replays exactly the values seed S drew). Paths are
 * dotted into the scenario file; `*` takes every element of a list with one shared draw (every
 * weather entry's wind turns by the same angle). Angles (a last key ending in "Deg") wrap into
 * [0, 360). Pure: no I/O, no clock.
 */
import { draw } from "../model/rng.ts";
import type { Scenario } from "../scenario/schema.ts";
import { resolvePath, varied } from "../scenario/uncertain.ts";

type Json = unknown;

function setAt(root: Json, keys: Array<string | number>, v: number): Json {
  if (keys.length === 0) return v;
  const [k, ...rest] = keys;
  if (Array.isArray(root)) return root.map((x, i) => (i === k ? setAt(x, rest, v) : x));
  const o = root as Record<string, Json>;
  return { ...o, [k!]: setAt(o[k!], rest, v) };
}

/**
 * The scenario as seed `seed` draws it: each uncertain parameter moved within its spread.
 * Returns the scenario unchanged when it declares none.
 */
export function drawScenario(s: Scenario, seed: number): Scenario {
  const params = s.uncertain ?? [];
  if (params.length === 0) return s;
  const u = draw(seed, {}, "uncertain", params.length).values;
  let out: Json = s;
  params.forEach((p, i) => {
    const angle = /Deg$/.test(p.path.split(".").pop() ?? "");
    for (const { keys, value } of resolvePath(out, p.path)) if (typeof value === "number") out = setAt(out, keys, varied(value, p, u[i]!, angle));
  });
  return out as Scenario;
}
