/**
 * When the school's 120 call is due (issue 10 §5; review15 school 1, which replaces review8 school 7's clock from the
 * finding alone): the school calls 120 together with 119 in a fire where people are hurt (drill-scripts.md C2 step 2b:
 * 报警时同时拨打119和120; domain.md §5.3 school row "call 120 if injured"), so the 5 minutes ("立即" as this county counts
 * it) run from the later of the school finding the fire (00:01:30, inj-01) and the first injury: a duty to call the 120
 * cannot fall due before anyone is hurt. The poor play's first injury is at 00:10:00, so the call is due 00:15:00 (not
 * 00:06:30, before anyone was hurt). A call 4 minutes after the first injury is on time; one 6 minutes after is late, on
 * the school.
 */
import { describe, expect, it } from "vitest";
import type { EventOf } from "../../engine/model/events.ts";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;
const clock = (ms: number) => new Date(ms).toISOString().slice(11, 19);

describe("school fire, the poor play's slow school: when the 120 call was due", () => {
  // the poor play's school (drill-scripts.md: 先自救、迟报警): tries its extinguishers, alarm at 00:06:30, 119 at 00:07:30
  const opening: Array<[string, string, Record<string, unknown>]> = [
    ["00:05:30", "sch", { type: "dispatch", units: "sch-mini", place: "school", task: "suppression" }],
    ["00:06:30", "sch", { type: "evacuate", place: "school", destination: "playground" }],
    ["00:07:30", "sch", { type: "message", to: "fire", channel: "phone", text: "119，我们学校教学楼有个房间冒烟，自己灭不了，你们来看一下。" }],
  ];
  const firstInjury = (d: ReturnType<typeof small>) =>
    d.events.find((e): e is EventOf<"casualtiesChanged"> => e.type === "casualtiesChanged" && e.deaths + e.seriousInjuries + e.injured > 0)!.at;
  const base = small("school-fire", opening, 30 * MIN);
  const injured = firstInjury(base);
  // calls 4 and 6 minutes after the first injury, whole seconds
  const callAfter = (min: number) => {
    const at = Math.ceil((injured + min * MIN) / 1000) * 1000;
    return small("school-fire", [...opening, [clock(at), "sch", { type: "message", to: "ems", channel: "phone", text: "120，第二实验小学有学生被烟呛伤，请派车到操场。" }]], 30 * MIN);
  };
  const onTime = callAfter(4);
  const late = callAfter(6);
  const notice = (d: ReturnType<typeof small>) => d.report.findings.filter((x) => x.code === "LINKAGE_NOTIFIED_LATE" && x.opportunity === "link:LNK-SCH-EMS:ems");

  it("the first injury comes after the school's first 5 minutes (otherwise this play would not tell the two clocks apart)", () => {
    expect(injured).toBeGreaterThan(6 * MIN + 30_000);
    expect(firstInjury(onTime)).toBe(injured);
  });

  it("the 120 notice is due 5 minutes after the first injury, not 00:01:30 + 5 = 00:06:30 before anyone was hurt", () => {
    const opened = onTime.events.find((e): e is EventOf<"obligationOpened"> => e.type === "obligationOpened" && e.obligation.id === "LNK-SCH-EMS:notified:ems");
    expect(opened?.obligation.deadlineMs).toBe(injured + 5 * MIN);
    expect(opened?.obligation.deadlineMs).not.toBe(6 * MIN + 30_000);
  });

  it("a call 4 minutes after the first injury is on time; 6 minutes after is late: 通知迟延 on the school for 120", () => {
    expect(notice(onTime)).toEqual([]);
    const f = notice(late);
    expect(f.map((x) => x.agency)).toEqual(["sch"]);
    expect(f[0]!.message.zh).toContain(`时限 ${clock(injured + 5 * MIN)}`);
  });
});
