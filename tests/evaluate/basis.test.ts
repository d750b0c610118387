/**
 * Issue 10 §13, a basis a reader can look up: each finding cites a law, standard or local document
 * and its article in the report's language (AQ/T 9009-2015 §7: the report states the basis of each
 * problem) — never an internal file name ("hazards.md §1.7") or an English placeholder ("scenario
 * requirements", a unit-type id) — and its evidence points at the events that show the fault, not
 * at the drill's start.
 */
import { describe, expect, it } from "vitest";
import { drill, WITH_PLAYS } from "./fixtures.ts";

describe.each(WITH_PLAYS)("%s", (id) => {
  it("every basis is a citable document in Chinese, and no evidence is the drill's start", () => {
    for (const which of ["good", "poor"] as const) {
      const { report, events } = drill(id, which);
      for (const f of report.findings) {
        expect(f.basis, `${f.id} ${f.code}`).not.toMatch(/domain\.md|hazards\.md|§|scenario requirements|[a-z]{4,}[A-Z]/);
        expect(f.basis, `${f.id} ${f.code}`).toMatch(/[\u4e00-\u9fff]/);
        for (const i of f.evidence.events) expect(events[i]!.type, `${f.id} ${f.code}`).not.toBe("drillStarted");
      }
    }
  });
});
