/**
 * A bot's 119 call gives every element of a fire alarm (r19-words: with every seat of the school fire played by
 * bots, the evaluator found 「报警不完整 … 未说明报警人姓名电话」 on the bot school: its call named the school, the
 * place and the fire, not who called). The elements are the county's 报警要素 after 报火警须知 (alarm-call.ts:
 * 单位名称、详细地址、起火部位和火情、有无人员被困、报警人姓名和电话); a scripted seat must not commit the fault
 * it is there to model the absence of.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LiveDrill } from "../../server/live/drill.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { rubric } from "../evaluate/fixtures.ts";

describe("a bot school's 119 call", () => {
  it("is complete: no 报警不完整 (ALARM_INACCURATE) on any bot", () => {
    const store = openSqliteStore(":memory:");
    const yaml = readFileSync("scenarios/school-fire.yaml", "utf8");
    const probe = LiveDrill.create(store, { scenarioYaml: yaml, file: "school-fire.yaml", seed: 7, settings: { blindness: "NONE", speed: 1, bots: [] } }).drill;
    const bots = probe.c.scenario.agencies.filter((a) => !a.simulated).map((a) => a.id);
    const drill = LiveDrill.create(store, { scenarioYaml: yaml, file: "school-fire.yaml", seed: 7, settings: { blindness: "NONE", speed: 1, bots } }).drill;
    while (!drill.state.ended && drill.state.tMs < 30 * 60_000) drill.tick(600);
    const call = drill.state.messages.find((m) => m.from === drill.c.scenario.incidentAgency && m.text?.startsWith("119报警"));
    expect(call?.text).toMatch(/报警人/);
    const r = evaluate(drill.c, drill.events, drill.state, rubric());
    expect(r.findings.filter((f) => f.code === "ALARM_INACCURATE").map((f) => JSON.stringify(f))).toEqual([]);
  });
});
