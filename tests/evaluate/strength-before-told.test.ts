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

// review15 chemical 7: the 120 is told by the enterprise's report at 00:04:30 (event log) and sends its three ambulances
// at 00:05:30, when the first person is hurt and its treatment duty opens: it acted after being told, a minute later
describe("chemical leak good play: the 120 told at 00:04:30 acts at 00:05:30", () => {
  it("the strength gives both times and never says it acted before being told", async () => {
    const { drill } = await import("./fixtures.ts");
    const s = drill("chemical-leak", "good").report.strengths.filter((x) => x.agency === "health" && x.section === "linkage");
    expect(s).toHaveLength(1);
    expect(s[0]!.message.zh).toMatch(/^临江县卫生健康局（县急救中心120）于 00:04:30 接报，00:05:30 履行职责（调派（医疗救治）），早于时限 /);
    expect(s[0]!.message.zh).not.toContain("接报前");
    expect(s[0]!.message.en).toContain("told at 00:04:30, acted at 00:05:30");
  });
});
