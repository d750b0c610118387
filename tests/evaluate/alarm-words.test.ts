/**
 * The words that count as an alarm call's elements are the rules profile's (`alarmWords`, per hazard model and element,
 * zh and en; issue 10 §4, §13: a trainer adds a dialect word without code), read by evaluate/alarm-call.ts and
 * told-rescuers.ts. Which elements a call must give, and their basis, stay each alarm row's `alarmCheck`:
 *   - the mine's call to its rescue team (LNK-MINE-MRT: what happened, where, the trapped; 生产安全事故应急条例 第十七条,
 *     the elements set by this county after the 矿山救援规程 (2024) survey items). At 01:10, six trapped known since
 *     01:05:50, the call 「救护中队，兴隆煤矿1203运输顺槽冒水了，6人被困在1205掘进工作面，请立即增援。」 gives where (顺槽)
 *     and the trapped (被困), but 冒水 is no word of the shipped profile's mine-flood `what` (透水, 突水, 出水, 涌水, 溃水,
 *     水害, 淹; inrush, flood): one finding, 缺少报警要素：险情（透水情况）. With 冒水 added to the profile: no finding.
 *   - the chemical unit's 119 call (LNK-CHEM-FIRE: what, where, the substance, the people; 危化条例 第七十一、七十三条).
 *     At 00:12 the enterprise, told by its patrol of colleagues down (poor play), calls 「119，我们厂在临江路18号，液氯泄漏了，
 *     有人晕过去了，快来。」: leak, place (路) and substance (氯) given, but 晕过去 is no word of the profile's `people`:
 *     one finding, 报警遗漏已知情况 (the people down). With 晕过去 added to the profile's chemical-release people: none.
 *   - the school's 119 call (LNK-SCH-FIRE: unit, where, what, people, caller; 消防法 第四十四条, 报火警须知): at 00:07:30
 *     「119，这边着火了，具体位置我也不知道，我是值班老师王芳，电话13800001111。」 gives the fire (着火) and the caller (我是, the
 *     number), names no school and no place: 缺少报警要素：单位名称、地址. The 道 of 知道 was an address word before round 31
 *     (the one word found plainly wrong; the profile now reads 道 but not after 知), which would have left out 地址.
 * The profile refuses a missing or empty word list, and a word that is no regular expression, at its file, line and field.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Compiled } from "../../engine/compile.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import { parseRules } from "../../engine/scenario/load.ts";
import { problemMessage } from "../../i18n/problems.ts";
import { playFromText } from "../../cli/files.ts";
import { playCommands } from "../../engine/replay.ts";
import { cmd, compiled, playOf, runPlay, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";

const PROFILE = readFileSync(`${SCENARIOS}/rules/county-default.yaml`, "utf8");
const WORDS_AT = PROFILE.indexOf("\nalarmWords:");

/** The shipped profile with `from` replaced by `to` inside its `alarmWords` section (once: the edit must land). */
function editWords(from: string, to: string): string {
  const at = PROFILE.indexOf(from, WORDS_AT);
  if (at < 0) throw new Error(`no ${from} in alarmWords`);
  return PROFILE.slice(0, at) + to + PROFILE.slice(at + from.length);
}

/** Scenario `id` judged under the profile text `rules` (the shipped one when absent). */
function under(id: string, rules?: string): Compiled {
  const c = compiled(id);
  if (rules === undefined) return c;
  const p = parseRules(rules, "county-default.yaml");
  if (!p.ok) throw new Error(p.problems.map((q) => `${q.line} ${q.message}`).join("\n"));
  return { ...c, rules: p.value };
}

const MRT_PLAY = readFileSync(new URL("./plays/mine-r29-mrt-call-unsaid.yaml", import.meta.url), "utf8");
const DIALECT_INRUSH = "救护中队，兴隆煤矿1203运输顺槽冒水了，6人被困在1205掘进工作面，请立即增援。";
function mineAlarm(rules?: string) {
  const c = under("mine-flood", rules);
  const play = playFromText(MRT_PLAY.replace("救护中队，矿上排水能力不足，请再调两台潜水泵来。", DIALECT_INRUSH), "variant.yaml", c);
  if (!play.ok) throw new Error(play.problems.map((p) => p.message).join("\n"));
  const r = runPlay(c, playCommands(play.value), 7);
  return evaluate(c, r.events, r.state, rubric(), undefined, bestPlay("mine-flood", c)).findings.filter((f) => f.code === "ALARM_INACCURATE" && f.agency === "mine");
}

const CHEM_CALL = "119，我们厂在临江路18号，液氯泄漏了，有人晕过去了，快来。";
function chemAlarm(rules?: string) {
  const c = under("chemical-leak", rules);
  const commands = [
    ...playOf(c, `${SCENARIOS}/plays/chemical-leak.poor.yaml`).filter((x) => !(x.type === "message" && x.by === "ent" && x.at === 12 * 60_000)),
    cmd("00:12:00", "ent", { type: "message", to: ["fire"], text: CHEM_CALL }, 1000),
  ];
  const best = bestPlay("chemical-leak", c);
  const r = runKeepingReference(c, 7, commands, best);
  return evaluate(c, r.events, r.state, rubric(), undefined, best).findings.filter((f) => f.code === "ALARM_INACCURATE" && f.opportunity === "alarm:fire");
}

describe("an alarm call's element words are the rules profile's, per hazard model (issue 10 §4; elements: 本县设定)", () => {
  it("mine (应急条例 第十七条): 冒水 is no inrush word of the shipped profile — one finding, 缺少报警要素：险情（透水情况） only", () => {
    const f = mineAlarm();
    expect(f.map((x) => [x.atMs, x.opportunity])).toEqual([[70 * 60_000, "alarm:mrt"]]);
    // 报警要素不全, not 报警遗漏已知情况: the trapped are said (被困)
    expect(f[0]!.message.zh).toMatch(/^报警要素不全.*缺少报警要素：险情（透水情况）$/);
    expect(f[0]!.message.zh).not.toContain("未说明人员");
  });
  it("mine: with 冒水 added to the profile's mine-flood `what`, the same call draws nothing", () => {
    expect(mineAlarm(editWords("zh: [透水, 突水,", "zh: [冒水, 透水, 突水,"))).toEqual([]);
  });
  it("chemical (危化条例 第七十一、七十三条): 有人晕过去了 is no people word of the shipped profile — the people down are withheld, nothing else", () => {
    const f = chemAlarm();
    expect(f).toHaveLength(1);
    expect(f[0]!.message.zh).toMatch(/^报警遗漏已知情况/);
    expect(f[0]!.message.zh).not.toContain("缺少报警要素");
  });
  it("chemical: with 晕过去 added to the profile's chemical-release `people`, the same call draws nothing", () => {
    const at = PROFILE.indexOf("  chemical-release:", WORDS_AT);
    const rules = `${PROFILE.slice(0, at)}${PROFILE.slice(at).replace("    people: *people\n", "    people:\n      zh: [晕过去, 倒地, 被困, 受伤, 中毒, 昏迷]\n      en: [are down]\n")}`;
    expect(chemAlarm(rules)).toEqual([]);
  });
});

const DONT_KNOW = "119，这边着火了，具体位置我也不知道，我是值班老师王芳，电话13800001111。";
function schoolAlarm(text: string) {
  const c = under("school-fire");
  const commands = [
    ...playOf(c, `${SCENARIOS}/plays/school-fire.poor.yaml`).filter((x) => !(x.type === "message" && x.by === "sch" && x.at === 7.5 * 60_000)),
    cmd("00:07:30", "sch", { type: "message", to: ["fire"], text }, 1000),
  ];
  const best = bestPlay("school-fire", c);
  const r = runKeepingReference(c, 7, commands, best);
  return evaluate(c, r.events, r.state, rubric(), undefined, best).findings.filter((f) => f.code === "ALARM_INACCURATE" && f.opportunity === "alarm:fire");
}

describe("school (消防法 第四十四条; 报火警须知, 本县设定): 不知道 is no address — the one word found plainly wrong in the move", () => {
  it("a 119 call saying 着火, the caller and 「具体位置我也不知道」 lacks the school's name and its address (道 in 知道 is no road)", () => {
    const f = schoolAlarm(DONT_KNOW);
    expect(f).toHaveLength(1);
    expect(f[0]!.message.zh).toMatch(/缺少报警要素：单位名称、地址$/);
  });
});

describe("the profile's alarm words are checked when it loads (file, line, field, expected)", () => {
  const lineOf = (text: string, at: number) => text.slice(0, at).split("\n").length;
  const refused = (bad: string) => {
    const p = parseRules(bad, "county-default.yaml");
    expect(p.ok).toBe(false);
    return p.ok ? [] : p.problems;
  };
  it("a word list left out is refused at the element's mapping: alarmWords.mine-flood.caller, required", () => {
    const mf = PROFILE.indexOf("  mine-flood:", WORDS_AT);
    const bad = PROFILE.slice(0, mf) + PROFILE.slice(mf).replace("    caller: *caller\n", "");
    const [q, ...rest] = refused(bad);
    expect(rest).toEqual([]);
    expect([q!.file, q!.path.join("."), q!.message]).toEqual(["county-default.yaml", "alarmWords.mine-flood.caller", "required field is missing"]);
    // the mapping that lacks it starts at its first key, `what:` (after the comment under `mine-flood:`)
    expect(q!.line).toBe(lineOf(bad, bad.indexOf("    what:", mf)));
    expect(problemMessage({ ...q!, path: [] }, "zh-CN")).toContain("缺少必填字段");
  });
  it("an empty list is refused at its line: alarmWords.building-fire.what.zh, ≥ 1 items", () => {
    const bad = editWords("zh: [着火, 起火, 失火, 火灾, 燃烧, 冒烟, 浓烟, 黑烟, 烟]", "zh: []");
    const [q, ...rest] = refused(bad);
    expect(rest).toEqual([]);
    expect([q!.path.join("."), q!.expected]).toEqual(["alarmWords.building-fire.what.zh", "≥ 1 items"]);
    expect(q!.line).toBe(lineOf(bad, bad.indexOf("zh: []", WORDS_AT)));
  });
  it("a chemical without its substance words is refused: alarmWords.chemical-release.substance.ammonia, required", () => {
    const [q, ...rest] = refused(editWords("      ammonia: { zh: [氨], en: [ammonia] }\n", ""));
    expect(rest).toEqual([]);
    expect([q!.path.join("."), q!.message]).toEqual(["alarmWords.chemical-release.substance.ammonia", "required field is missing"]);
  });
  it("a word that is no regular expression is refused at its line, in both languages", () => {
    const bad = editWords("zh: [透水, 突水", "zh: ['透水(', 突水");
    const [q, ...rest] = refused(bad);
    expect(rest).toEqual([]);
    expect(q!.path.join(".")).toBe("alarmWords.mine-flood.what.zh.0");
    expect(q!.line).toBe(lineOf(bad, bad.indexOf("zh: ['透水(", WORDS_AT)));
    expect(q!.message).toContain("not valid (write a word, or a pattern such as \\d+号)");
    expect(problemMessage({ ...q!, path: [] }, "zh-CN")).toContain("报警要素词按正则表达式读取");
  });
  it("a profile without `alarmWords` is refused: required", () => {
    const [q] = refused(PROFILE.slice(0, PROFILE.lastIndexOf("\n# The words that count")));
    expect([q!.path.join("."), q!.message]).toEqual(["alarmWords", "required field is missing"]);
  });
});
