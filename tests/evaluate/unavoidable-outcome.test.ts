/**
 * An outcome no response could avoid names no agency (issue 10 §6; review 8 mine item 13): the mine's
 * water is not held within the drill by the best play either (control.mine-flood: pumping above the
 * inflow), so 危险源未控制 is stated free (quantity 0) and charged to nobody, in the poor play as in
 * the good one.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("an unavoidable outcome is on no agency", () => {
  it("mine flood, poor and good plays: 危险源未控制 at quantity 0, agency none, no causes", () => {
    for (const which of ["poor", "good"] as const) {
      const f = drill("mine-flood", which).report.findings.find((x) => x.code === "HAZARD_NOT_CONTROLLED")!;
      expect(f.quantity, which).toBe(0);
      expect(f.agency, which).toBeNull();
      expect(f.causes ?? [], which).toEqual([]);
    }
  });
});
