/**
 * What a best-possible response achieves in this building (issue 10 §6): the hazard model run on
 * its own, with the evacuation signal given at `signalMs` (the moment the school learnt of the fire)
 * and nobody else acting, until everyone who can walk out is out. The evaluator never condemns a
 * school for an evacuation time its building cannot beat: the 2-minute principle of 教基一厅〔2014〕2号
 * holds for "楼层较低（4层以下）、安全出口合理、通道通畅" schools, and otherwise the school sets its own
 * target "从学校实际出发" (domain.md §4.3). Pure and deterministic: same seed, same draws as the drill.
 */
import type { Compiled } from "../compile.ts";
import { weatherAt } from "../compile.ts";
import type { SimMs } from "../model/time.ts";

/** 1-s steps: the building-fire model substeps at ≤ 1 s whatever the drill's tick (hazards.md §2) */
const STEP_MS = 1000;
/** give up after two hours: a building nobody can leave has no best time */
const CAP_MS = 2 * 3_600_000;

const memo = new WeakMap<Compiled, Map<string, SimMs | undefined>>();

/**
 * The simulated time (ms) the last person walks out (figure `lastOutAtS`) with the signal at
 * `signalMs`, or undefined when the model tracks no evacuation or it never finishes within 2 h.
 */
export function bestLastOutMs(c: Compiled, seed: number, signalMs: SimMs): SimMs | undefined {
  const key = `${seed}:${signalMs}`;
  let cache = memo.get(c);
  if (!cache) memo.set(c, (cache = new Map()));
  if (cache.has(key)) return cache.get(key);
  const result = simulate(c, seed, signalMs);
  cache.set(key, result);
  return result;
}

function simulate(c: Compiled, seed: number, signalMs: SimMs): SimMs | undefined {
  const h = c.hazard;
  if (!h.order) return undefined;
  const s = c.scenario;
  let st = h.init(s);
  let rng = {};
  let ordered = false;
  for (let t = 0; t < CAP_MS; t += STEP_MS) {
    if (!ordered && t + STEP_MS > signalMs) {
      st = h.order(st, { type: "evacuate", by: s.incidentAgency, place: s.incidentPlace, tMs: signalMs }).state;
      ordered = true;
    }
    const r = h.tick(st, { scenario: s, tMs: t, dtMs: STEP_MS, weather: weatherAt(c, t), workers: [], seed, rng });
    st = r.state;
    if (r.rng) rng = r.rng;
    const out = h.summary(st, t + STEP_MS, s).figures.lastOutAtS;
    if (out !== undefined) return Math.round(out * 1000);
  }
  return undefined;
}
