/**
 * A notice is owed only when its duty has work (domain.md §5, the "Trigger" column: 卫生健康局 / 120 on
 * casualties — "医疗救护和防疫组: triage and transport", example district coal plan [S2 S49]; the township's
 * aftermath group on casualties; resettlement on evacuation). The profile says so as data (`workWhen`,
 * rules/duty-work.ts): until the work arises no notice is owed and no idleness is charged; once it
 * arises the duty's clock starts then (the later of the agency's notice and the work, as a re-grade's).
 *
 * Mine flood (scenarios/mine-flood.yaml, poor play): nobody is killed or hurt (the report's 伤亡 0 / 0 / 0),
 * six miners are cut off from 01:03:50 (casualtiesChanged: trapped 6), the 120 is told at 01:50.
 */
import { describe, expect, it } from "vitest";
import type { DrillEvent, EventOf } from "../../engine/model/events.ts";
import { drill, MIN } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

const opened = (events: readonly DrillEvent[], id: string): EventOf<"obligationOpened"> | undefined =>
  events.find((e): e is EventOf<"obligationOpened"> => e.type === "obligationOpened" && e.obligation.id === id);

describe("mine flood, poor play: no one hurt, so the health bureau's medical group has no work (session report F10)", () => {
  const d = drill("mine-flood", "poor");

  it("the county bureau is not charged 未通知 or 联而不动 for the health bureau, and the bureau is not an expected linkage row", () => {
    const onHealth = d.report.findings.filter((f) => f.message.zh.includes("卫生健康局"));
    expect(onHealth).toEqual([]);
    expect(d.report.linkage.rows.some((r) => r.agency === "health")).toBe(false);
  });

  it("the 120, told by EB's '请做好准备' at 01:50, owes its stand-by from then (review r15 mine 1: 救护车到矿待命 is owed from the inrush, the drill plan's req-ems; told-of-work.test.ts)", () => {
    // LNK-MINE-EMS: 10 min to act from 01:50 = 02:00 (as the chemical and school 120, 本县设定: r19-chem)
    expect(opened(d.events, "LNK-MINE-EMS:act:ems")?.obligation.deadlineMs).toBe((110 + 10) * MIN);
    expect(d.report.findings.filter((f) => f.code === "LINKAGE_IDLE" && f.agency === "ems")).toHaveLength(1);
  });
});

describe("mine flood: the 120 told at 00:20 owes its stand-by from then, before anyone is trapped (review r15 mine 1)", () => {
  // the withdrawal order never comes in time: heading 1205 is cut off at 01:03:50, as in the poor play
  const d = small("mine-flood", [
    ["00:52:00", "dispatch", { type: "evacuate", place: "mine" }],
    ["00:20:00", "mine", { type: "message", to: ["ems", "health"], channel: "phone", text: "兴隆煤矿井下透水，请派救护车到矿待命。" }],
    ["01:10:00", "mine", { type: "message", to: ["ems"], channel: "phone", text: "1205掘进队6人被困井下，请救护车到矿待命。" }],
  ], 150 * MIN);

  it("no duty for the health bureau (nobody hurt: its triage and transport wait for casualties), though it was told", () => {
    expect(d.state.knowledge.find((k) => k.agency === "health")?.notifiedAtMs).toBe(20 * MIN);
    expect(opened(d.events, "LNK-MINE-HEALTH:act:health")).toBeUndefined();
    expect(d.of("LINKAGE_IDLE", "health")).toEqual([]);
  });

  it("the 120's stand-by opens when it is told of the inrush (00:20), not when miners are later cut off: due 00:20 + 10 min", () => {
    const ems = opened(d.events, "LNK-MINE-EMS:act:ems")!;
    expect(ems.at).toBe(20 * MIN);
    expect(ems.obligation.deadlineMs).toBe(20 * MIN + 10 * MIN);
  });
});

describe("chemical leak, poor play: people are hurt, so the health bureau's duty is owed and judged", () => {
  const { report } = drill("chemical-leak", "poor");
  it("the health bureau is an expected linkage row", () => {
    expect(report.linkage.rows.some((r) => r.agency === "health")).toBe(true);
  });
});
