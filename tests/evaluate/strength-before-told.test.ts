/**
 * 经验 for a duty met by an action taken before the agency was told (newcomer review 6): the sentence
 * says so (接报前已采取行动 … 接报时即已履行职责), never 「接报后于 … 履行职责（…（接报前已采取））」, and
 * its lead is in minutes (分钟), never a bare 「2分」 that reads as points. Fire dispatches hz-e1 and hz-e2 (the 2 engines the water curtain needs) to the
 * V-101 tank at 00:01:00 and is told at 00:02:00 (consumer 119 duty: 10 min, rules/county-default.yaml).
 */
import { describe, expect, it } from "vitest";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;

describe("chemical leak: fire acts before it is told", () => {
  const d = small("chemical-leak", [
    ["00:01:00", "fire", { type: "dispatch", units: ["hz-e1", "hz-e2"], place: "tank-v101", task: "waterCurtain" }],
    ["00:02:00", "ent", { type: "message", to: ["fire"], channel: "phone", text: "119，液氯泄漏" }],
  ], 30 * MIN);

  it("the strength says it acted before being told, and its lead reads in minutes", () => {
    const s = d.report.strengths.filter((x) => x.agency === "fire" && x.section === "linkage");
    expect(s).toHaveLength(1);
    const zh = s[0]!.message.zh;
    expect(zh).toMatch(/^临江县消防救援大队接报前已采取行动（调派），于 00:02:00 接报时即已履行职责，早于时限 /);
    expect(zh).not.toContain("接报后");
    expect(zh).not.toMatch(/\d分(?![钟\d])/);
  });
});

/** A good play's met event for `agency`'s linkage duty `rule`, and that agency's one linkage strength. */
async function goodPlayDuty(id: string, rule: string, agency: string) {
  const { drill } = await import("./fixtures.ts");
  const d = drill(id, "good");
  const met = d.events.find((e) => e.type === "obligationMet" && e.id === `${rule}:act:${agency}`);
  const s = d.report.strengths.filter((x) => x.agency === agency && x.section === "linkage");
  expect(s).toHaveLength(1);
  return { met, strength: s[0]!.message };
}

// review15 chemical 7: the 120 is told by the enterprise's report at 00:04:30 (event log) and sends its three ambulances
// at 00:05:30, the tick the first injury opens its treatment duty: it acted after being told, as any act on time is
// (the engine's openAct labelled it "acted before being told")
describe("chemical leak good play: the 120 told at 00:04:30 acts at 00:05:30", () => {
  it("its duty is met by the dispatch itself, and the strength never says it acted before being told", async () => {
    const { met, strength } = await goodPlayDuty("chemical-leak", "LNK-CHEM-HEALTH", "health");
    expect(met).toMatchObject({ at: 5.5 * MIN, byEvent: "dispatch treat" });
    expect(strength.zh).toMatch(/^临江县卫生健康局（县急救中心120）接报后于 00:05:30 履行职责（调派（医疗救治）），早于时限 /);
    expect(strength.zh).not.toContain("接报前");
  });
});

// The school good play's 120 is told at 00:02:10 and sends amb-1 to triage at 00:03:00 (scenarios/plays/school-fire.good.yaml);
// its triage duty (workWhen: casualties) arises with the first injury at 00:12:00. It acted after being told and before the
// duty arose: neither "接报前" (it had been told) nor "00:12:00 履行职责" (it acted at 00:03:00)
describe("school fire good play: the 120 told at 00:02:10 dispatches at 00:03:00, before anyone is hurt", () => {
  it("the duty is met by the earlier act, and the strength gives the notice, the act and the duty's times", async () => {
    const { met, strength } = await goodPlayDuty("school-fire", "LNK-SCH-EMS", "ems");
    expect(met).toMatchObject({ at: 12 * MIN, byEvent: "acted before the duty arose (dispatch triage)" });
    expect(strength.zh).toMatch(/^临江县急救中心（120）于 00:02:10 接报，00:03:00 已采取行动（调派（检伤分类）），于 00:12:00 职责产生时即已履行职责，早于时限 /);
    expect(strength.en).toContain("told at 00:02:10, had already acted at 00:03:00 (dispatch for triage); its duty was met when it arose at 00:12:00");
  });
});
