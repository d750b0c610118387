/**
 * Review12 mine 4 (issue 10 §5: a deadline runs from when the agency knew or should have known). CTY-01 counts the
 * bureau's report to the county duty office 1 h from the event (县应急管理工作要点), but the bureau's notifier, the
 * mine, had its own legal hour to tell it (493号令 第九条: 1 h from the head's receipt of the accident, 00:27 + 60 =
 * 01:27). The occurrence clock (00:25 + 60 = 01:25) falls before anyone failing no duty had to tell the bureau, so it
 * runs from when the bureau knew or should have known: the earlier of its receipt (the city's question, 01:10) and
 * 01:27, i.e. 01:10 + 60 = 02:10. The poor play's 02:05 report is on time: only its content (要素不全) stands.
 * A bureau told on time with time to spare keeps the event's clock (review9 school 6; clock-incident.test.ts).
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

describe("mine-flood: the bureau's CTY-01 report runs from its receipt at 01:10, not from the inrush (review12 mine 4)", () => {
  it("the poor play's 02:05 report (due 01:10 + 60 = 02:10) is not late: only its content is charged", () => {
    const { report } = drill("mine-flood", "poor");
    expect(report.findings.filter((f) => f.ruleId === "CTY-01" && f.code === "REPORT_LATE")).toEqual([]);
    // the 02:05 report's content still lacks 简要经过 and 已采取的措施 (493号令 第十二条)
    expect(report.findings.filter((f) => f.agency === "eb" && f.code === "REPORT_INCOMPLETE")).toHaveLength(1);
  });

  it("a report at 02:15 is 5 min late against 02:10:00, counted from the bureau's receipt", () => {
    const late = reportAt("02:15:00").findings.filter((f) => f.code === "REPORT_LATE" && f.agency === "eb" && f.ruleId === "CTY-01");
    expect(late).toHaveLength(1);
    expect(late[0]!.message.zh).toContain("时限 02:10:00");
    expect(late[0]!.message.zh).toContain("超时 5分钟");
  });
});
