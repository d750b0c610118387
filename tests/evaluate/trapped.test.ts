/**
 * People the response never brought out (AQ/T 9009-2015 附录A 人员搜救): the mine flood cuts off
 * heading 1205 (scenario inj-08, crew-1205: 6 miners). With no response they are still trapped when
 * the drill ends, and the outcome says so once (OUTCOME_TRAPPED, 6 people, on the lead agency),
 * whether they are counted as trapped or as missing; the good play brings them out and has none.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { compiled, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { rubric } from "./fixtures.ts";

const c = compiled("mine-flood");
const report = (commands: ReturnType<typeof playOf>) => {
  const r = runPlay(c, commands);
  return evaluate(c, r.events, r.state, rubric());
};

describe("mine flood: miners still underground at the end", () => {
  it("no response: one OUTCOME_TRAPPED for the 6 miners of heading 1205, deducted, on the lead agency", () => {
    const f = report([]).findings.filter((x) => x.code === "OUTCOME_TRAPPED");
    expect(f.map((x) => [x.quantity, x.agency])).toEqual([[6, c.scenario.leadAgency]]);
    expect(f[0]!.points).toBeGreaterThan(0);
  });

  it("the good play brings everyone out: no OUTCOME_TRAPPED", () => {
    expect(report(playOf(c, `${SCENARIOS}/plays/mine-flood.good.yaml`)).findings.filter((x) => x.code === "OUTCOME_TRAPPED")).toEqual([]);
  });
});
