/**
 * The threat-zone memo (engine/hazards/chemical/zone-memo.ts): the evaluator's reruns meet the same cloud again and
 * must get the same zones without recomputing them, and a cloud that differs in any bit must get its own zones.
 * Reference values: zones.ts splat + classify computed afresh on the same inputs (the memo must be invisible).
 */
import { describe, expect, it } from "vitest";
import { threatZones } from "../../engine/hazards/chemical/zone-memo.ts";
import { classify, makeGrid, splat } from "../../engine/hazards/chemical/zones.ts";

const g = makeGrid(0, 0, 50, 1000);
// chlorine AEGL-1 0.5 ppm in kg/m³ (mw 70.9, 24.45 L/mol at 25 °C): the LOCs only need to be crossed somewhere
const loc1 = (0.5 * 70.9) / 24.45 / 1e6;
const locs: [number, number, number] = [loc1, loc1 * 4, loc1 * 40];
const cloud = () => Array.from({ length: 6 }, (_, k) => ({ x: 200 + 40 * k, y: 10 * k, m: 5 + k, s: 300, sy: 30 + k, sz: 20 }));

describe("threat zones memoised by their exact inputs", () => {
  it("a rerun's equal cloud at the same moment gets the very zones kept from the first run (not recomputed)", () => {
    const first = threatZones(g, cloud(), 0, 800, locs, undefined, 777_000);
    const again = threatZones(g, cloud(), 0, 800, locs, undefined, 777_000);
    expect(again).toBe(first);
    expect(first).toEqual(classify(g, splat(g, cloud(), 0, 800), locs, undefined, 777_000));
  });

  it("a cloud one puff-metre away, another moment or another previous raster gets its own zones, as computed afresh", () => {
    const base = threatZones(g, cloud(), 0, 800, locs, undefined, 778_000);
    const moved = cloud();
    moved[0] = { ...moved[0]!, x: moved[0]!.x + 1 };
    const other = threatZones(g, moved, 0, 800, locs, undefined, 778_000);
    expect(other).not.toBe(base);
    expect(other).toEqual(classify(g, splat(g, moved, 0, 800), locs, undefined, 778_000));
    const later = threatZones(g, cloud(), 0, 800, locs, undefined, 779_000);
    expect(later.atMs).toBe(779_000);
    const onTop = threatZones(g, [], 0, 800, locs, base, 780_000);
    expect(onTop).toEqual(classify(g, splat(g, [], 0, 800), locs, base, 780_000));
    // an empty cloud on top of the first update keeps its "ever" raster (ALOHA: exceeded at some time)
    expect(onTop.ever).toBe(base.ever);
    expect(threatZones(g, [], 0, 800, locs, undefined, 780_000).ever).not.toBe(base.ever);
  });
});
