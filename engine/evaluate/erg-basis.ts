/**
 * The ERG 2024 citations a chemical finding carries, true to the scenario's own chemical and
 * container (issue 10 §13; review8 chemical 12):
 * - the guide: chlorine is Guide 124, anhydrous ammonia Guide 125 (domain.md §4.2); never "124/125";
 * - the Table 3 row: a fixed-plant tank has no ERG category (hazards.md §1.7 [R]); its distances are
 *   the row its inventory maps to (engine/hazards/chemical/erg.ts: ≥ 20 t → highway tank truck), cited
 *   as an analogy ("按储量20吨参照").
 * Shape: `ergGuide(x)` → "指南124" | undefined (no chemical hazard); `ergTable3(x)` → "表3 氯（公路槽车/拖车，按储量20吨参照）".
 */
import { ergDistances } from "../hazards/chemical/erg.ts";
import type { EvalContext } from "./context.ts";

type Chemical = "chlorine" | "ammonia";

const GUIDE: Record<Chemical, number> = { chlorine: 124, ammonia: 125 };
export const CHEMICAL_ZH: Record<Chemical, string> = { chlorine: "氯", ammonia: "液氨" };
/** ERG Table 3 container rows, zh (engine/hazards/chemical/erg.ts names them in English) */
export const CONTAINER_ZH: Readonly<Record<string, string>> = {
  "rail tank car": "铁路罐车",
  "highway tank truck or trailer": "公路槽车/拖车",
  "multiple ton cylinders": "多个吨级钢瓶",
  "multiple small cylinders or single ton cylinder": "多个小钢瓶或单个吨级钢瓶",
  "agricultural nurse tank": "农用储罐",
  "multiple small cylinders": "多个小钢瓶",
};

function chemicalOf(x: EvalContext): { chemical: Chemical; inventoryKg: number } | undefined {
  const h = x.c.scenario.hazard as { model?: string; chemical?: string; inventoryKg?: number };
  if (h.model !== "chemical-release" || (h.chemical !== "chlorine" && h.chemical !== "ammonia") || h.inventoryKg === undefined) return undefined;
  return { chemical: h.chemical, inventoryKg: h.inventoryKg };
}

/** "指南124" for chlorine, "指南125" for ammonia; undefined without a chemical release. */
export function ergGuide(x: EvalContext): string | undefined {
  const h = chemicalOf(x);
  return h ? `指南${GUIDE[h.chemical]}` : undefined;
}

/** "表3 氯（公路槽车/拖车，按储量20吨参照）": the Table 3 row a fixed tank's distances are read from, as an analogy. */
export function ergTable3(x: EvalContext): string {
  const h = chemicalOf(x);
  if (!h) return "表3";
  // the container row depends on the inventory alone (wind and daylight pick a column)
  const row = ergDistances(h.chemical, h.inventoryKg, 0, true).container;
  const tonnes = Math.round((h.inventoryKg / 1000) * 10) / 10;
  return `表3 ${CHEMICAL_ZH[h.chemical]}（${CONTAINER_ZH[row] ?? row}，按储量${tonnes}吨参照）`;
}
