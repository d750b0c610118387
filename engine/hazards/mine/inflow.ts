/**
 * Inflow at each inrush source (hazards.md §3.2): a step-wise schedule, or the aquifer shape
 * Q = Qs + (Qpeak − Qs)·e^(−t/τ); a finite reservoir (老空水) stops once it has drained.
 */
import { dexp } from "../../model/detmath.ts";
import { parseClock, type SimMs } from "../../model/time.ts";
import type { MineFloodParams } from "../../scenario/hazard-mine-flood.ts";

type Source = MineFloodParams["sources"][number];

/** m³/h at time t, before the reservoir limit. */
export function scheduledM3h(src: Source, tMs: SimMs): number {
  if (src.schedule) {
    let q = 0;
    for (const p of src.schedule) if ((parseClock(p.at) ?? 0) <= tMs) q = p.m3h;
    return q;
  }
  const d = src.decay!;
  const start = parseClock(d.startAt) ?? 0;
  if (tMs < start) return 0;
  const minutes = (tMs - start) / 60_000;
  return d.steadyM3h + (d.peakM3h - d.steadyM3h) * dexp(-minutes / d.tauMin);
}

/** Litres that enter over one step from t, given what has already drained from the reservoir. */
export function stepLitres(src: Source, tMs: SimMs, dtS: number, drainedL: number): number {
  const litres = Math.round((scheduledM3h(src, tMs) * dtS) / 3.6);
  if (src.reservoirM3 === undefined) return litres;
  return Math.max(0, Math.min(litres, Math.round(src.reservoirM3 * 1000) - drainedL));
}
