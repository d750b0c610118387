/**
 * Map labels at a zoom (client/map/declutter.ts): overlapping labels are thinned in priority
 * order (the incident before a junction), labels apart all show, and units at one spot share
 * one label with their count, while units apart keep their own.
 */
import { describe, expect, it } from "vitest";
import { declutter, stackByPosition, stackLabel } from "../../client/map/declutter.ts";

describe("declutter", () => {
  it("of two overlapping labels the higher priority shows, whatever the order; labels apart both show", () => {
    const town = { x: 100, y: 100, w: 120, h: 16, priority: 1 };
    const incident = { x: 150, y: 108, w: 160, h: 16, priority: 4 };
    const far = { x: 100, y: 300, w: 120, h: 16, priority: 0 };
    expect(declutter([town, incident, far])).toEqual([false, true, true]);
    expect(declutter([incident, town, far])).toEqual([true, false, true]);
  });

  it("a county-town cluster of five stacked names keeps only those that fit", () => {
    const names = [0, 6, 12, 18, 40].map((dy, i) => ({ x: 50, y: 200 + dy, w: 140, h: 16, priority: 1 + (i === 0 ? 1 : 0) }));
    // 16 px tall with a 2 px gap: the first (higher) shows, those within 18 px of a shown one hide
    expect(declutter(names)).toEqual([true, false, false, true, true]);
  });
});

describe("units at one spot", () => {
  const at = (id: string, x: number, y: number) => ({ id, pos: { x, y } });

  it("share one label with their count at the tank; a unit 300 m away keeps its own", () => {
    const units = [at("hz-chem1", 1000, 1000), at("hz-chem2", 1002, 1001), at("hz-e1", 1000, 1000), at("amb-1", 1300, 1000)];
    const groups = stackByPosition(units, 0.1); // 0.1 px a metre: 2 m apart is 0.2 px, 300 m is 30 px
    expect(groups.map((g) => g.map((u) => u.id))).toEqual([["hz-chem1", "hz-chem2", "hz-e1"], ["amb-1"]]);
    expect(stackLabel(groups[0]!.map((u) => u.id))).toBe("hz-chem1 +2");
    expect(stackLabel(["amb-1"])).toBe("amb-1");
  });

  it("zoomed in far enough, units a few metres apart are labelled apart", () => {
    expect(stackByPosition([at("a", 0, 0), at("b", 20, 0)], 1).length).toBe(2);
  });
});
