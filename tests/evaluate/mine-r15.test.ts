/**
 * Review r15 mine (issue 10 §1, §2, §5, §11), on the mine-flood poor play, seed 7 (scenarios/plays/mine-flood.poor.yaml):
 *
 * 1. A told agency's idleness is a linkage fault on that agency, inside its section. The township (LNK-MINE-TOWN, its
 *    work: miners trapped) and the 120 (LNK-MINE-EMS) are duties the scenario gives rise to: with no response the same
 *    six miners are cut off (the no-response replay traps 6), so their duties are in W, not "本次处置自身引起" (X) because
 *    the best play withdrew everyone in time. W for 部门联动 is then the 8 duties as before (71) + the 120's and the
 *    township's notice 5 + act 6 each = 71 + 22 = 93, + the mine's rescue of the trapped (LNK-MINE-RESCUE, review15 mine
 *    3: its act 6, no notice part, the work arising in the mine's own accident) = 99, the same for no response, the
 *    poor and the good play.
 * 2. A notice nobody owed (the bureau, told 下落不明 0 by the mine's 瞒报, never knew of the trapped miners: township-notice
 *    .test.ts) has no deadline: the timeline marks neither "超时未获知（时限 01:13:50）" nor "迟于时限获知" for the township
 *    (01:13:50 = the cut-off at 01:03:50 + 10 min, a deadline no one held).
 */
import { describe, expect, it } from "vitest";
import { drill, noResponse } from "./fixtures.ts";

const linkageItems = (r: ReturnType<typeof drill>["report"]) => r.sections.find((s) => s.id === "linkage")!.scoring!;

describe("mine flood poor play: the township's and the 120's duties are the scenario's (in W), judged on the agency", () => {
  const poor = drill("mine-flood", "poor");

  // review21 mine 1 (r22): the county energy bureau's going to the scene is timed (LNK-MINE-COALSUP, 15 min), so its duty is
  // worth notice 5 + act 6 = 11, not its notice 5 alone: 99 − 5 + 11 = 105; r23-mine-a: + the manager starting the mine's own
  // plan (LNK-MINE-PLAN), its act 6 with no notice part (his notice is timed once, by LNK-MINE-MINE): 111
  it("部门联动 W = 111 (71 + the 120's and the township's 11 each + the mine's rescue duty's act 6 + the energy bureau's act 6 + the mine's own plan's act 6), the same for no response and the good play", () => {
    expect(linkageItems(poor.report).planned ?? linkageItems(poor.report).worth).toBe(111);
    expect(linkageItems(noResponse("mine-flood").report).planned ?? linkageItems(noResponse("mine-flood").report).worth).toBe(111);
    expect(linkageItems(drill("mine-flood", "good").report).planned ?? linkageItems(drill("mine-flood", "good").report).worth).toBe(111);
  });

  it("no linkage duty of the 120 or the township is 'arising' (本次处置自身引起): both are opportunities in W", () => {
    const items = linkageItems(poor.report).items ?? [];
    for (const id of ["link:LNK-MINE-EMS:ems", "link:LNK-MINE-TOWN:town"]) expect(items.find((o) => o.id === id)?.inW, id).toBe(true);
    expect(items.filter((o) => o.kind === "arising")).toEqual([]);
  });

  it("the township's 联而不动 (told 01:40, due 02:40) takes its 6 points inside 部门联动", () => {
    const f = poor.report.findings.filter((x) => x.code === "LINKAGE_IDLE" && x.agency === "town");
    expect(f).toHaveLength(1);
    expect(f[0]!.opportunity).toBe("link:LNK-MINE-TOWN:town");
    expect(f[0]!.rubricPoints).toBe(6);
  });

  it("the timeline has no notice deadline for the township (01:13:50 was nobody's)", () => {
    const townNotice = poor.report.timeline.filter((t) => (t.event.type === "obligationMissed" || t.event.type === "obligationMet") && JSON.stringify(t.event).includes("LNK-MINE-TOWN:notified"));
    expect(townNotice).toEqual([]);
  });
});

/**
 * 3. The flooded central pump room (OUTCOME_INSTALLATION_LOST) names the measures whose correction, replayed, saves it
 *    (矿山救援规程（2024）“矿井透水事故救援”：排、疏、堵、截，构筑挡水墙，排水能力小于涌水量时增设水泵). The poor play builds no
 *    wall and adds no pumps; `drill whatif … --add` a wall ordered at 00:30 (or any time to 02:00) or the pumps at 00:30 each
 *    keeps the pump room dry at 03:13. So the missing wall is a finding of its own (req-wall, 90 min from the inrush at
 *    00:25 = 01:55, like the pumps) and the loss names both missing measures, each by its finding.
 */
describe("mine flood poor play: the missing water wall, and the lost pump room naming both missing measures", () => {
  const poor = drill("mine-flood", "poor");
  const wall = poor.report.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-wall");
  const pumps = poor.report.findings.find((f) => f.code === "DISPATCH_INSUFFICIENT" && f.ruleId === "req-pumps");
  const loss = poor.report.findings.find((f) => f.code === "OUTCOME_INSTALLATION_LOST");

  it("the wall not built by 01:55 (00:25 + 90 min) is a shortfall on the mine", () => {
    expect(wall?.agency).toBe("mine");
    expect(wall?.message.zh).toContain("时限 01:55:00");
  });

  it("the pump room's loss is caused by both (each corrected in a replay saves it), and says which measures were missing", () => {
    expect(loss?.causes).toEqual([pumps!.id, wall!.id]);
    expect(loss?.agency).toBe("mine");
    expect(loss?.message.zh).toContain(`构筑挡水墙截水、保护中央水泵房（${wall!.id}）`);
    expect(loss?.message.zh).toContain(`增设排水泵、加大排水能力（${pumps!.id}）`);
  });
});

// review16 mine A2 (replacing review15 mine 2's receipt clock): the bureau first heard of the inrush from the city's
// duty room at 01:10, 15 min before CTY-01's "事发后1小时" deadline (00:25 + 60 min = 01:25), time enough to report at
// once (立即 = 10 min, 本县设定). One verdict everywhere, as the engine's obligation (late, 40 min) says: 迟报 40 min,
// one started hour × 4 rubric pts × 30 / 84 = 1.43 (W 84 since a 续报 weighs 4: review18 mine C), its late hearing named as
// the mitigation; the mark is ✗, not ✓.
describe("review16 mine A2: the bureau's 02:05 report to the duty office is one 迟报 of 40 min in every output", () => {
  it("F: 迟报 due 01:25:00, 40 min late, heard at 01:10 from the city's duty room; 1.43 points", () => {
    const { report } = drill("mine-flood", "poor");
    const late = report.findings.filter((f) => f.code === "REPORT_LATE" && f.evidence.obligations.includes("CTY-01:eb>duty"));
    expect(late.map((f) => f.agency)).toEqual(["eb"]);
    expect(late[0]!.message.zh).toContain("时限 01:25:00（岭北县应急管理局 01:10:00 经青山市应急管理局值班室告知才获知事故信息，距时限尚有 15分钟），实际 02:05:00 报告，超时 40分钟");
    expect(late[0]!.points).toBeCloseTo((4 * 30) / 84, 2);
  });

  it("the timeline marks it ✗ late against 01:25:00, as the engine's obligation (status late) does", () => {
    const { report } = drill("mine-flood", "poor");
    const marks = report.timeline.filter((r) => r.event.type === "obligationMet" && r.event.agency === "eb" && r.event.at === 125 * 60_000);
    const met = marks.map((r) => r.event as Extract<typeof r.event, { type: "obligationMet" }>).find((e) => e.text.zh.includes("报告县委县政府总值班室"))!;
    expect(met.late).toBe(true);
    expect(met.deadlineMs).toBe(85 * 60_000);
    expect(met.text.zh).not.toContain("自获知起算");
    expect(report.reporting.obligations.find((o) => o.id === "CTY-01:eb>duty")?.status).toBe("late");
  });
});
