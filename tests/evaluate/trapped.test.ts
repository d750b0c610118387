/**
 * People the response never brought out (AQ/T 9009-2015 附录A 人员搜救): the mine flood cuts off
 * heading 1205 (scenario inj-08, crew-1205: 6 miners). With no response they are still trapped when
 * the drill ends, and the outcome says so once (OUTCOME_TRAPPED, 6 people), whether they are counted
 * as trapped or as missing; the good play brings them out and has none. It is charged to the agency
 * whose failure left them there (issue 10 §1): the mine dispatch room, whose withdrawal order
 * (先撤人后汇报, domain.md §5.1; rules profile LNK-MINE-DISPATCH, met only by the withdrawal order)
 * never came, not the lead agency.
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
  it("no response: one OUTCOME_TRAPPED for the 6 miners of heading 1205, deducted, on the mine dispatch room that never ordered the withdrawal", () => {
    const r = report([]);
    const f = r.findings.filter((x) => x.code === "OUTCOME_TRAPPED");
    const dispatchRoom = c.scenario.agencies.find((a) => a.kind === "mineDispatch")!.id;
    // two agencies' faults: the withdrawal never ordered (first) and the rescue team never called (its rescue
    // requirement unmet for want of the notice): both named (review9 chemical 1, a KIND), and charged to the dispatch
    // room, which owed the miners' protection (the withdrawal: causes.ts, r19-chem: a harm is on the agency that owed
    // the people's protection, never on no agency)
    expect(f.map((x) => [x.quantity, x.agency])).toEqual([[6, dispatchRoom]]);
    expect(dispatchRoom).not.toBe(c.scenario.leadAgency);
    const idle = r.findings.find((x) => x.code === "LINKAGE_IDLE" && x.agency === dispatchRoom)!;
    expect(f[0]!.causes?.[0]).toBe(idle.id);
    expect(f[0]!.message.zh).toContain(`多因共同所致：兴隆煤矿调度室（${idle.id}）`);
    expect(f[0]!.points).toBeGreaterThan(0);
  });

  it("the good play brings everyone out: no OUTCOME_TRAPPED", () => {
    expect(report(playOf(c, `${SCENARIOS}/plays/mine-flood.good.yaml`)).findings.filter((x) => x.code === "OUTCOME_TRAPPED")).toEqual([]);
  });
});
