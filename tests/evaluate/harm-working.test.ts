/**
 * A per-person harm cost a reader can derive from the report's own figures (review15 school 5). School fire poor play,
 * seed 7: no response 42 dead, the best play 0 dead and 1 injured, so S = (42 − 0) × 10 (harmWeights deaths 10,
 * scenarios/rubrics/default.yaml) = 420; an injury is 10 × 1 / 420 = 0.0238 (below its ceiling 2.5 × 1/3), and a person
 * only exposed 0.0238 × 0.02 / 0.05 (exposure item / gravest exposure item) = 0.0095; a death 10 × 10 / 420, floored at
 * the rubric's 8 (engine/evaluate/harm-costs.ts).
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("school fire poor play: the harm finding prints how each person's points are found", () => {
  const { report } = drill("school-fire", "poor");
  const harm = report.findings.find((f) => f.code === "OUTCOME_PREVENTABLE_HARM")!;

  it("gives S = 420 from the references' deaths, then the death, injury and exposure costs by hand", () => {
    expect(harm.message.zh).toContain("S = 无处置较最佳处置多出的伤亡按权重合计 = 死亡 (42 − 0) × 10 = 420");
    expect(harm.message.zh).toContain("死亡每人 = 10 × 10 / S，不低于 8、不高于 10 = 8");
    expect(harm.message.zh).toContain("受伤每人 = 10 × 1 / S 与 2.5 × 1 / 3 中较小者 = 0.0238");
    expect(harm.message.zh).toContain("仅受危害暴露每人 = 0.02 与 受伤每人 0.0238 × 0.02 / 0.05 中较小者 = 0.0095");
    expect(harm.message.en).toContain("each only exposed = min(0.02, each injured 0.0238 × 0.02 / 0.05) = 0.0095");
  });
});
