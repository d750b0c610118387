/**
 * Review16 mine A2 (replacing review12 mine 4's receipt clock for this case; issue 10 §5). CTY-01 counts the bureau's
 * report to the county duty office 1 h from the event (县应急管理工作要点): 00:25 + 60 = 01:25. The mine, its notifier,
 * had its own legal hour to tell it (493号令 第九条: 00:27 + 60 = 01:27), so nobody failed to tell it; but the bureau
 * heard at 01:10 from the city's duty room, 15 min before 01:25, time enough to report at once (立即 = 10 min,
 * 本县设定). The rule's deadline stands: the poor play's 02:05 report is 40 min late (one verdict with the engine's
 * late mark, the headline and `drill run`), its late hearing named as mitigation; a report at 01:20 is on time.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { run } from "../../engine/replay.ts";
import { compiled, ms, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, drill, rubric } from "./fixtures.ts";

/** The mine poor play with the bureau's report to the duty office moved to `at`. */
function reportAt(at: string) {
  const c = compiled("mine-flood");
  const commands: Command[] = playOf(c, `${SCENARIOS}/plays/mine-flood.poor.yaml`).map((x) => (x.type === "report" && x.by === "eb" && x.to === "duty" ? { ...x, at: ms(at) } as Command : x));
  const r = run(c, 7, commands);
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("mine-flood", c));
}

describe("mine-flood: the bureau's CTY-01 report is due 01:25 (事发后1小时); told at 01:10 it could report at once (review16 mine A2)", () => {
  it("the poor play's 02:05 report is 40 min late against 01:25:00, its 01:10 hearing named; its content is charged as well", () => {
    const { report } = drill("mine-flood", "poor");
    const late = report.findings.filter((f) => f.ruleId === "CTY-01" && f.code === "REPORT_LATE");
    expect(late.map((f) => f.agency)).toEqual(["eb"]);
    expect(late[0]!.message.zh).toContain("时限 01:25:00");
    expect(late[0]!.message.zh).toContain("01:10:00 经青山市应急管理局值班室告知才获知事故信息，距时限尚有 15分钟");
    expect(late[0]!.message.zh).toContain("超时 40分钟");
    // the 02:05 report's content still lacks 简要经过 and 已采取的措施 (493号令 第十二条)
    expect(report.findings.filter((f) => f.agency === "eb" && f.code === "REPORT_INCOMPLETE")).toHaveLength(1);
  });

  it("a report at 01:20, within 01:25, is on time (review16 mine V4)", () => {
    expect(reportAt("01:20:00").findings.filter((f) => f.code === "REPORT_LATE" && f.agency === "eb" && f.ruleId === "CTY-01")).toEqual([]);
  });
});
