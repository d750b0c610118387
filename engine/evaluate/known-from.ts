/**
 * Where a sender learnt the casualties it then concealed (review9 mine 10: the mine's 瞒报 cites its 01:20 report
 * AND the 01:05:50 inject that told it 6 were missing, the evidence of what it knew).
 *
 *   knownFrom(x, agency, cats, beforeIndex) → event indices, in order: for each category in `cats` (deaths, missing…),
 *   the first event before `beforeIndex` that told `agency` a figure above 0 in it — an inject delivered to it
 *   revealing casualties, or a report submitted to it stating them. Empty when none did (the figure was its own).
 */
import type { EvalContext } from "./context.ts";
import type { Category } from "./honesty.ts";

export function knownFrom(x: EvalContext, agency: string, cats: readonly Category[], beforeIndex: number): number[] {
  const out = new Set<number>();
  for (const k of cats) {
    const i = x.events.findIndex((e, j) => {
      if (j >= beforeIndex) return false;
      if (e.type === "injectDelivered" && e.to.includes(agency)) {
        const c = x.c.injects.get(e.inject)?.reveals?.casualties as Partial<Record<Category, number>> | undefined;
        return (c?.[k] ?? 0) > 0;
      }
      if (e.type === "reportSubmitted" && e.to === agency) {
        const v = (e.content.casualties as Partial<Record<Category, number | "unknown">> | undefined)?.[k];
        return typeof v === "number" && v > 0;
      }
      return false;
    });
    if (i >= 0) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}
