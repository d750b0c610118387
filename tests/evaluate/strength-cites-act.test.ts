/**
 * A linkage strength cites the command it describes (review16 item: strengths cited the last matching command before
 * the duty was met). In the mine good play the rescue team sends mrt-sq1 to 侦察 (survey) and mrt-sq2 to 救人 (rescue)
 * in the same tick, 00:04:30; the duty is met by "dispatch survey" (the engine's obligationMet), so the 经验 line
 * 「…履行职责（调派（侦察））」 must cite the survey dispatch, not the rescue one. Same for the police at 00:14:00
 * (交通管制: pol-traffic, not pol-post's cordonGuard) and in the chemical good play at 00:06:00 (pol-1, not pol-2).
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

function cited(id: string, agency: string) {
  const d = drill(id, "good");
  const s = d.report.strengths.find((x) => x.agency === agency && x.section === "linkage")!;
  const cmds = s.evidence.events.map((i) => d.events[i]!).filter((e) => e.type === "unitDispatched");
  return { zh: s.message.zh, cmds };
}

describe("a linkage strength cites the act it names", () => {
  it("mine good: the rescue team's 侦察 cites mrt-sq1's survey dispatch (00:04:30), not mrt-sq2's rescue", () => {
    const { zh, cmds } = cited("mine-flood", "mrt");
    expect(zh).toContain("调派（侦察）");
    expect(cmds.map((e) => e.type === "unitDispatched" && `${e.unit}:${e.task}`)).toEqual(["mrt-sq1:survey"]);
  });
  it("mine and chemical good: the police's 交通管制 cites the traffic dispatch, not the cordon guard sent with it", () => {
    for (const id of ["mine-flood", "chemical-leak"]) {
      const { zh, cmds } = cited(id, "police");
      expect(zh).toContain("调派（交通管制）");
      expect(cmds.map((e) => e.type === "unitDispatched" && e.task)).toEqual(["traffic"]);
    }
  });
});
