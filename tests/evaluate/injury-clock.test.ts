/**
 * Review6 B16, issue 10 §5: a duty whose text is conditional is timed from when its condition holds. The school
 * must call 120 "学校发现有人受伤立即拨打120" (LNK-SCH-EMS basis; domain.md §5.3 school row: "call 120 if
 * injured"): the 5 minutes ("立即" as this county counts it) run from the first injury, not from the fire, and a
 * call 4 minutes after the first injury is on time, whenever the fire started.
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
  // the call 4 minutes after the first injury, whole seconds
  const callAt = Math.ceil((injured + 4 * MIN) / 1000) * 1000;
  const d = small("school-fire", [...opening, [clock(callAt), "sch", { type: "message", to: "ems", channel: "phone", text: "120，第二实验小学有学生被烟呛伤，请派车到操场。" }]], 30 * MIN);

  it("the first injury comes after the school's first 5 minutes (otherwise this play would not tell the two clocks apart)", () => {
    expect(injured).toBeGreaterThan(5 * MIN);
    expect(firstInjury(d)).toBe(injured);
  });

  it("the 120 notice is due 5 minutes after the first injury", () => {
    const opened = d.events.find((e): e is EventOf<"obligationOpened"> => e.type === "obligationOpened" && e.obligation.id === "LNK-SCH-EMS:notified:ems");
    expect(opened?.obligation.deadlineMs).toBe(injured + 5 * MIN);
  });

  it("a call 4 minutes after the first injury is on time: no 通知迟延 on the school for 120", () => {
    expect(d.report.findings.filter((f) => (f.code === "LINKAGE_NOTIFIED_LATE" || f.code === "LINKAGE_NOT_NOTIFIED") && f.opportunity === "link:LNK-SCH-EMS:ems")).toEqual([]);
  });
});
