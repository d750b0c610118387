/**
 * Issue 10 §4 and §2 (review6 A5, A6): a linkage duty is met by the command its text requires, not by any
 * message, and one late order is one fault.
 *  - 先撤人、后汇报 (domain.md §4.1, §5.1; 煤矿安全规程; drill-scripts.md: the dispatcher's first order is the
 *    withdrawal): the mine's duty LNK-MINE-MINE is met by the withdrawal order, its own or its dispatch room's;
 *    calling the rescue team is not a withdrawal. A late call is the mine's notice fault under the mine's own
 *    duty (生产安全事故应急条例 第十七条), not under the team's turn-out rule (矿山救援规程).
 *  - 493号令 第十条、第十一条 (domain.md §1.2 RPT-GOV-01/04, §5.1): the county bureau leads by reporting up,
 *    activating the response or going to the scene; a stand-by message ("请做好准备") to police and 120 is none.
 *  - LNK-SCH-EB coordination (domain.md §5.3 应急管理局: coordination; review8 school 11): the bureau's report to the
 *    county duty office is judged once, by the reporting rules (CTY-02); it is no coordination of the responders.
 */
import { describe, expect, it } from "vitest";
import type { EventOf } from "../../engine/model/events.ts";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;
const met = (d: ReturnType<typeof small>, id: string) => d.events.find((e): e is EventOf<"obligationMet"> => e.type === "obligationMet" && e.id === id);
const basisOf = (d: ReturnType<typeof small>, id: string) => d.c.rules.linkage[d.c.scenario.kind].find((r) => r.id === id)!.basis;

// the call is made at 00:40 here, after its deadline 00:35 (the inrush at 00:25 + 10 min: 应急条例 第十七条 binds once the
// accident has happened, review15 mine 3), so that it is late; the poor play's own 00:30 call is on time
describe("mine flood, the poor play's opening (review6 A6): the mine calls the team at 00:40, the dispatch room withdraws people at 00:52", () => {
  const d = small("mine-flood", [
    ["00:15:00", "dispatch", { type: "message", to: ["mine"], channel: "phone", text: "矿长，1203迎头有点出水，探放水钻孔水量也大了，我们让他们先观察着。" }],
    ["00:40:00", "mine", { type: "requestSupport", from: "mrt", unitType: "mineRescueTeam", count: 1, place: "mine" }],
    ["00:52:00", "dispatch", { type: "evacuate", place: "mine" }],
  ], 60 * MIN);

  it("the call to the rescue team does not meet 先撤人: the mine's duty is met by the 00:52 withdrawal order", () => {
    expect(met(d, "LNK-MINE-MINE:act:mine")).toMatchObject({ at: 52 * MIN, late: true, byEvent: "evacuate" });
  });

  it("the late call is one finding, 通知迟延 on the mine, citing the mine's duty to call the team (not the team's turn-out standard)", () => {
    const late = d.of("LINKAGE_NOTIFIED_LATE", "mine");
    expect(late).toHaveLength(1);
    // the mine's own duty to call the team (the profile's noticeBasis on the team's row), never the team's turn-out standard
    // 应急条例 第十七条 (call nearby rescue teams), its minutes 本县设定; no article-less 煤矿安全规程 (review8 mine 11)
    expect(late[0]!.basis).toContain("生产安全事故应急条例 第十七条（请求邻近的应急救援队伍参加救援）");
    expect(late[0]!.basis).not.toBe(basisOf(d, "LNK-MINE-MRT"));
    // no second finding on the mine for that same 00:40 call
    expect(d.report.findings.filter((f) => f.agency === "mine" && f.atMs === 40 * MIN)).toHaveLength(1);
  });

  // review18 mine A2 (reverses review6 A6's grouping): two posts, two duties. The room (told 00:02, due 00:07) and the mine
  // head (told 00:15, due 00:20) each had time to order the withdrawal; each is charged its own 响应迟缓 (2 rubric points)
  it("the late withdrawal order is each post's own fault: the dispatch room's and the mine head's 响应迟缓, neither 「随」 the other", () => {
    const dispatch = d.of("LINKAGE_SLOW", "dispatch");
    const mine = d.of("LINKAGE_SLOW", "mine");
    expect(dispatch).toHaveLength(1);
    expect(mine).toHaveLength(1);
    expect([mine[0]!.causedBy, dispatch[0]!.causedBy]).toEqual([undefined, undefined]);
  });
});

describe("mine flood: the county bureau's duty (LNK-MINE-EB, 493号令 第十、十一、十五条) starts with any act it names, its notice to the police among them (review11 mine 2)", () => {
  const told: Array<[string, string, Record<string, unknown>]> = [
    ["00:05:00", "mine", { type: "message", to: ["eb"], channel: "phone", text: "兴隆煤矿1203工作面透水，井下有人员被困" }],
  ];
  const standBy: [string, string, Record<string, unknown>] = ["00:10:00", "eb", { type: "message", to: ["police", "ems"], channel: "phone", text: "兴隆煤矿井下出水，请做好准备。" }];

  it("its message telling the police (通知公安) at 00:10 starts it in time (told 00:05, due 00:20): no 联而不动", () => {
    const d = small("mine-flood", [...told, standBy], 40 * MIN);
    expect(met(d, "LNK-MINE-EB:act:eb")).toMatchObject({ at: 10 * MIN, late: false, byEvent: "message" });
    expect(d.of("LINKAGE_IDLE", "eb")).toEqual([]);
  });

  it("without it, its report to the county duty office (逐级上报) meets it", () => {
    const d = small("mine-flood", [...told, ["00:15:00", "eb", { type: "report", to: "duty", kind: "initial", mode: "oral", content: { unit: "兴隆煤矿", location: "1203工作面", scene: "透水" } }]], 40 * MIN);
    expect(met(d, "LNK-MINE-EB:act:eb")).toMatchObject({ late: false, byEvent: "report" });
    expect(d.of("LINKAGE_IDLE", "eb")).toEqual([]);
  });

  it("nothing it names, nothing met: 联而不动", () => {
    const d = small("mine-flood", told, 40 * MIN);
    expect(met(d, "LNK-MINE-EB:act:eb")).toBeUndefined();
    expect(d.of("LINKAGE_IDLE", "eb")).toHaveLength(1);
  });
});

describe("school fire: the county bureau's coordination (LNK-SCH-EB) is not met by its own report to the county duty office (review8 school 11)", () => {
  const told: Array<[string, string, Record<string, unknown>]> = [
    ["00:02:00", "sch", { type: "message", to: ["eb"], channel: "phone", text: "学校教学楼起火，正在疏散" }],
  ];

  it("an on-time report to the duty office alone: 联而不动 on the bureau (told at 00:02, due 00:32, nothing coordinated by 00:35)", () => {
    const d = small("school-fire", [...told, ["00:20:00", "eb", { type: "report", to: "duty", kind: "initial", mode: "oral", content: { unit: "临江县第二实验小学", location: "教学楼", scene: "火灾" } }]], 35 * MIN);
    expect(met(d, "LNK-SCH-EB:act:eb")).toBeUndefined();
    expect(d.of("LINKAGE_IDLE", "eb")).toHaveLength(1);
  });

  it("a notice to the fire brigade coordinating the response meets it", () => {
    const d = small("school-fire", [...told, ["00:10:00", "eb", { type: "message", to: ["fire"], channel: "phone", text: "第二实验小学教学楼起火，请全力救援，应急局工作组正赶赴现场" }]], 35 * MIN);
    expect(met(d, "LNK-SCH-EB:act:eb")).toMatchObject({ late: false });
    expect(d.of("LINKAGE_IDLE", "eb")).toEqual([]);
  });

  it("no report and no coordination: 联而不动", () => {
    const d = small("school-fire", told, 35 * MIN);
    expect(d.of("LINKAGE_IDLE", "eb")).toHaveLength(1);
  });
});
