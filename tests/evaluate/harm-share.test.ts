/**
 * The preventable harm is on its causes only as far as their corrections, replayed, avoid it (review12 school 2;
 * cause-reruns.ts). School fire, poor play, seed 7: the evacuation signal comes late (F2, the school's); the engine's
 * rerun with it corrected spares the 61 people only exposed to smoke (61 × 0.0095 = 0.5795 rubric points) but the pupil
 * in the third-floor toilet still dies at 00:20 (8 points; p2evac, the alarm at 00:01:40: deaths 1). So of the 8.5795
 * points, 0.5795 are the school's and 8 are on no single agency: the finding names no agency and says so.
 */
import { describe, expect, it } from "vitest";
import { schoolVariant } from "./school-variant.ts";

describe("school fire, poor play: the preventable harm follows the reruns", () => {
  const { report } = schoolVariant(undefined, [], true);
  const harm = report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;
  it("is on no single agency: the death survives every correction", () => {
    expect(harm.agency).toBeNull();
    expect(harm.message.zh).toContain("其余 8 分");
  });
  it("puts on its cause only the 0.5795 points (61 × 0.0095) its correction avoids", () => {
    expect(harm.causedPart).toBeCloseTo(0.5795, 4);
    expect(harm.causes?.length).toBeGreaterThan(0);
  });
});
