/**
 * The mine's call to its rescue team (救护队) as an alarm (issue 10 §4; round 29 decision). The mine calls the team in by a
 * support request (requestSupport), which carries a unit type, a count and a place and no words: it cannot say what
 * happened or how many are trapped, so it is not an alarm whose words are judged. The profile's alarm rows list only the
 * commands that carry words (rules-schema.ts ALARM_WORDS: a call, a report), and the mine's call to the team by phone is
 * judged on what it knew (told-rescuers.ts; 生产安全事故应急条例 第十七条: 向参加救援的应急救援队伍提供相关技术资料、信息).
 * Play tests/evaluate/plays/mine-r29-mrt-call-unsaid.yaml, seed 7: six trapped, known to the mine at 01:05:50; at 01:10
 * the mine phones the team "排水能力不足，请再调两台潜水泵来", saying nobody is trapped.
 * Expected by hand: one ALARM_INACCURATE (报警遗漏已知情况) at 01:10 on the mine, opportunity alarm:mrt, worth the
 * rubric's ALARM_INACCURATE points; none for the 00:04 support request (no words, nothing known yet of anyone trapped).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRules } from "../../engine/scenario/load.ts";
import { problemMessage } from "../../i18n/problems.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { compiled, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "../evaluate/fixtures.ts";

const text = readFileSync(`${SCENARIOS}/rules/county-default.yaml`, "utf8");

describe("an alarm row lists only commands that carry words", () => {
  it("the shipped profile's rescue-team row lists the call and the report, not the support request", () => {
    const p = parseRules(text, "county-default.yaml");
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    const mrt = p.value.linkage["mine-flood"].find((r) => r.id === "LNK-MINE-MRT")!;
    expect(mrt.alarm!.map((a) => a.type)).toEqual(["message", "report"]);
  });

  it("a support request listed as the rescue team's alarm is refused at its line, in both languages", () => {
    const at = text.indexOf("- id: LNK-MINE-MRT");
    const row = text.indexOf("        - { type: report }", at);
    const bad = `${text.slice(0, row)}        - { type: requestSupport }\n${text.slice(row)}`;
    const p = parseRules(bad, "county-default.yaml");
    expect(p.ok).toBe(false);
    if (p.ok) return;
    const q = p.problems.find((x) => x.message.includes("requestSupport"))!;
    expect(q.message).toBe("an alarm is judged by its words: `requestSupport` carries none (list `message` or `report`)");
    expect(problemMessage({ ...q, path: [] }, "zh-CN")).toContain("报警按其内容评判：`requestSupport` 不带任何内容（请列 `message` 或 `report`）");
  });
});

describe("the mine's call to its rescue team is judged by its words", () => {
  const mine = compiled("mine-flood");
  const commands = playOf(mine, "tests/evaluate/plays/mine-r29-mrt-call-unsaid.yaml");
  const run = runPlay(mine, commands, 7);
  const r = evaluate(mine, run.events, run.state, rubric(), undefined, bestPlay("mine-flood", mine), { commands });
  const calls = r.findings.filter((f) => f.code === "ALARM_INACCURATE" && f.agency === "mine");

  it("the 01:10 call that leaves out the six trapped is 报警遗漏已知情况; the wordless 00:04 request is not judged", () => {
    expect(calls.map((f) => f.atMs)).toEqual([70 * 60_000]);
    expect(calls[0]!.opportunity).toBe("alarm:mrt");
    expect(calls[0]!.message.zh).toContain("未说明人员倒地、被困或下落不明的情况");
  });
});
