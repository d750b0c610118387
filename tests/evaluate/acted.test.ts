/**
 * Issue 10 §4, what "acted" means: each linkage duty lists the commands that meet it, as data in the
 * rules profile. Sources: 先撤人、后汇报 (domain.md §4.1; 大贤煤矿水灾演练方案, drill-scripts.md B1:
 * the dispatcher's first order is the withdrawal); the township organises the threatened people and
 * goes to the scene (domain.md §5.2, 斗门区液氨泄漏演练脚本 step 8: the 街道办 is told to go to the scene).
 */
import { describe, expect, it } from "vitest";
import type { EventOf } from "../../engine/model/events.ts";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;
const met = (d: ReturnType<typeof small>, id: string) => d.events.find((e): e is EventOf<"obligationMet"> => e.type === "obligationMet" && e.id === id);

describe("mine flood: the dispatcher's duty is the withdrawal order, not any message", () => {
  const call: [string, string, Record<string, unknown>] = ["00:03:00", "dispatch", { type: "message", to: ["mine"], channel: "phone", text: "矿长，1203迎头出现透水征兆，请到调度室" }];

  it("a message to the mine head alone leaves the duty unmet: 联而不动 on the dispatch room", () => {
    const d = small("mine-flood", [call], 30 * MIN);
    expect(met(d, "LNK-MINE-DISPATCH:act:dispatch")).toBeUndefined();
    expect(d.of("LINKAGE_IDLE", "dispatch")).toHaveLength(1);
  });

  it("the withdrawal order meets it", () => {
    const d = small("mine-flood", [call, ["00:04:00", "dispatch", { type: "evacuate", place: "mine" }]], 30 * MIN);
    expect(met(d, "LNK-MINE-DISPATCH:act:dispatch")).toMatchObject({ late: false, byEvent: "evacuate" });
    expect(d.report.findings.filter((f) => f.agency === "dispatch" && f.code.startsWith("LINKAGE_"))).toEqual([]);
  });
});

describe("chemical leak: a township that sends its team to the scene has acted", () => {
  const d = small("chemical-leak", [
    ["00:02:00", "ent", { type: "message", to: ["eb"], channel: "phone", text: "液氯泄漏" }],
    ["00:05:00", "eb", { type: "message", to: ["town"], channel: "phone", text: "化工厂液氯泄漏，请组织群众防护" }],
    ["00:10:00", "town", { type: "dispatch", units: ["town-team"], place: "village", task: "evacuate" }],
  ], 45 * MIN);

  it("meets LNK-CHEM-TOWN by the dispatch and is neither idle nor slow", () => {
    expect(met(d, "LNK-CHEM-TOWN:act:town")?.late).toBe(false);
    expect(d.report.findings.filter((f) => f.agency === "town" && (f.code === "LINKAGE_IDLE" || f.code === "LINKAGE_SLOW"))).toEqual([]);
  });
});

describe("chemical leak: the police meet their duty by setting the cordon (LNK-CHEM-PSB lists cordon first: 危险化学品安全管理条例 第七十一条, 公安机关设置警戒)", () => {
  const told: Array<[string, string, Record<string, unknown>]> = [
    ["00:02:00", "ent", { type: "message", to: ["eb"], channel: "phone", text: "液氯泄漏" }],
    ["00:05:00", "eb", { type: "message", to: ["police"], channel: "phone", text: "化工厂液氯泄漏，请设置警戒、管控交通" }],
  ];

  it("a cordon 10 minutes after the notice meets it in time", () => {
    const d = small("chemical-leak", [...told, ["00:15:00", "police", { type: "cordon", place: "tank-v101", radiusM: 600 }]], 45 * MIN);
    expect(met(d, "LNK-CHEM-PSB:act:police")).toMatchObject({ late: false, byEvent: "cordon" });
    expect(d.of("LINKAGE_IDLE", "police")).toEqual([]);
  });

  it("without it the police were told and did nothing: 联而不动", () => {
    const d = small("chemical-leak", told, 45 * MIN);
    expect(met(d, "LNK-CHEM-PSB:act:police")).toBeUndefined();
    expect(d.of("LINKAGE_IDLE", "police")).toHaveLength(1);
  });
});

describe("school fire: the 120 centre meets its duty by sending an ambulance to triage (LNK-SCH-EMS: 派车检伤分类、救治转运; 医疗救护 = 检伤分类、现场救治、转运)", () => {
  const told: Array<[string, string, Record<string, unknown>]> = [["00:02:10", "sch", { type: "message", to: ["ems"], channel: "phone", text: "学校着火，可能有学生吸入烟气，请派救护车到操场" }]];

  it("an ambulance sent to triage at the assembly point meets it in time: not 联而不动", () => {
    const d = small("school-fire", [...told, ["00:03:00", "ems", { type: "dispatch", units: ["amb-1"], place: "playground", task: "triage" }]], 30 * MIN);
    // sent before anyone was hurt: the duty (workWhen: casualties) is met as soon as its work arises
    expect(met(d, "LNK-SCH-EMS:act:ems")).toMatchObject({ late: false });
    expect(met(d, "LNK-SCH-EMS:act:ems")!.byEvent).toContain("dispatch triage");
    expect(d.of("LINKAGE_IDLE", "ems")).toEqual([]);
  });
});

// LNK-SCH-EDU (domain.md §5.3; 突发事件应对法 第四十三条; 乡镇学校安全事故应急预案示例): the education bureau
// reports up its line, tells the township and parents, and places the pupils. A question to the school
// ("情况怎么样了？", as in the school-fire poor play) does none of these.
describe("school fire: the education bureau's duty is not met by a question to the school", () => {
  const told: Array<[string, string, Record<string, unknown>]> = [
    ["00:03:00", "sch", { type: "report", to: "edu", kind: "initial", mode: "oral", content: { unit: "第二实验小学", location: "教学楼", scene: "教学楼着火" } }],
    ["00:10:00", "edu", { type: "message", to: ["sch"], channel: "phone", text: "情况怎么样了？处理完了报个情况。" }],
  ];

  // the duty is unverified (domain.md §5.3 [U], review15 school 5): judged, never scored, so no 联而不动 finding
  it("the question alone leaves LNK-SCH-EDU unmet, not met late: the bureau's act is never credited to the question", () => {
    const d = small("school-fire", told, 40 * MIN);
    expect(met(d, "LNK-SCH-EDU:act:edu")).toBeUndefined();
    expect(d.of("LINKAGE_SLOW", "edu")).toEqual([]);
  });

  type Cmd = [string, string, Record<string, unknown>];
  it.each<[string, Cmd, string]>([
    ["a notice to the township", ["00:12:00", "edu", { type: "message", to: ["town"], channel: "phone", text: "第二实验小学着火，请镇里到校门口接待家长、安置学生" }], "message"],
    ["its working group sent to the school", ["00:12:00", "edu", { type: "dispatch", units: ["edu-team"], place: "playground", task: "command" }], "dispatch command"],
  ])("%s meets it in time", (_what, command, by) => {
    const d = small("school-fire", [...told, command], 40 * MIN);
    expect(met(d, "LNK-SCH-EDU:act:edu")).toMatchObject({ late: false, byEvent: by });
    expect(d.of("LINKAGE_IDLE", "edu")).toEqual([]);
  });
});
