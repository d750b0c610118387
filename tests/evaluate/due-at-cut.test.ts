/**
 * A duty due at the very instant the drill stops is not due yet (not-due.ts: the engine marks it missed after), in the
 * section's W as in the findings (review9 mine 4, review8 mine 8). Mine flood cut at 01:00:00: the only reporting duty
 * by then is the provincial bureau's spot question put at 00:50, due 00:50 + 10 = 01:00:00 (10 min, 本县设定). The
 * report lists it as 未到期; the 信息报告 section has nothing decided, so it is 未展示 and left out of the total, for the
 * poor play and for no action alike (issue 10 §11), never 0 of 30.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { compiled, ms, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";

const c = compiled("mine-flood");
const at0100 = (commands: ReturnType<typeof playOf>) => {
  // as `drill evaluate --until 01:00:00` runs it: through the tick that ends at 01:00:00 (cli/evaluate.ts)
  const r = runPlay(c, commands.filter((k) => k.at <= ms("01:00:00")), 7, ms("01:00:00") + c.tickMs);
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("mine-flood", c));
};

describe.each([
  ["the poor play", () => playOf(c, `${SCENARIOS}/plays/mine-flood.poor.yaml`)],
  ["no action", () => []],
] as const)("mine flood cut at 01:00:00, %s", (_, play) => {
  const report = at0100(play());
  it("信息报告 is 未展示: the spot question due 01:00:00 is not yet due", () => {
    expect(report.endMs).toBe(ms("01:00:00"));
    const s = report.sections.find((x) => x.id === "reporting")!;
    expect(s.judged).toBe(false);
    expect(report.findings.filter((f) => f.section === "reporting")).toEqual([]);
  });
});
