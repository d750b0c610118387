/**
 * What the incident's own unit must tell the rescuers it calls (engine/evaluate/told-rescuers.ts):
 *
 * - review8 chemical item 14: the enterprise's 00:12 call to 119 "我们厂里有点漏气…" leaves out the medium
 *   and the people down it knew of since the patrol's 00:00 alarm (inj-01: "液氯罐区V-101…黄绿色气体…
 *   罐区有同事倒地"). 危险化学品安全管理条例 第七十一条 (报告), 第七十三条 (technical data for the rescue):
 *   a report-content finding on the enterprise; the brigade's wrong-type dispatch keeps its own weight
 *   (it should still send hazmat to a chemical park).
 * - review8 school item 8: the school heard of the trapped class (inj-03, 00:12:54) and the missing pupil
 *   (inj-05, 00:13:24) and never told the fire brigade it had called where they were (drill-scripts.md C3
 *   steps 7–8: head count, then report). review9 school 7: the brigade's own reconnaissance found the class,
 *   so the news withheld is the pupil's last place (inj-05, 00:13:24), owed 立即 — counted as 5 min (本县设定):
 *   a finding on the school, dated at its deadline 00:13:24 + 5 min = 00:18:24.
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../engine/evaluate/report-model.ts";
import { TELL_RESCUERS_RULE } from "../../engine/evaluate/told-rescuers.ts";
import { drill, MIN, rubric } from "./fixtures.ts";
import { small } from "./verdicts-support.ts";

type Cmd = [string, string, Record<string, unknown>];
const call = (text: string): Cmd => ["00:12:00", "ent", { type: "message", to: "fire", channel: "phone", text }];
const told = (d: { report: { findings: Finding[] } }, agency: string): Finding[] => d.report.findings.filter((f) => f.ruleId === TELL_RESCUERS_RULE && f.agency === agency);

describe("chemical leak: the enterprise's 119 call conceals the medium and the people down", () => {
  const d = small("chemical-leak", [call("119，我们厂里有点漏气，自己处理不了，你们派个车来看看。")], 20 * MIN);

  // review9 chem 6: a 119 call is 报警 (消防法 第四十四条), not an accident report to the authorities (493号令 第四条
  // governs those): it is 报警遗漏已知情况, never 瞒报, and weighs no more than a 漏报 (the rubric's 8 per missing report)
  // review16 C (da7d22b): a leak is no fire, so the call is judged on 危化条例 第七十一、七十三条 and 应急条例 第十七条,
  // no longer on 消防法 第四十四条
  it("one ALARM_INACCURATE (报警遗漏已知情况, not 瞒报) on the enterprise at 00:12, naming 氯气 and the people down, on 危化条例 第七十一条, 第七十三条 and 应急条例 第十七条", () => {
    const f = told(d, "ent");
    expect(f).toHaveLength(1);
    expect(f[0]!.code).toBe("ALARM_INACCURATE");
    expect(f[0]!.message.zh).toMatch(/^报警遗漏已知情况：/);
    expect(f[0]!.message.zh).not.toContain("瞒");
    expect(f[0]!.basis).toContain("危险化学品安全管理条例 第七十一条");
    expect(f[0]!.basis).toContain("第七十三条");
    expect(f[0]!.basis).toContain("生产安全事故应急条例 第十七条");
    expect(f[0]!.basis).not.toContain("消防法");
    expect(f[0]!.basis).not.toContain("第493号");
    const missing = rubric().sections.flatMap((s) => s.items).find((i) => i.codes.includes("REPORT_MISSING"))!.points;
    expect(f[0]!.rubricPoints).toBeLessThanOrEqual(missing);
    expect(f[0]!.atMs).toBe(12 * MIN);
    expect(f[0]!.message.zh).toContain("泄漏介质（氯气）");
    expect(f[0]!.message.zh).toContain("人员倒地");
    expect(f[0]!.basis).toContain("第七十一条");
    expect(f[0]!.basis).toContain("第七十三条");
  });

  it("a call naming the chlorine and the people down is no concealment", () => {
    const full = small("chemical-leak", [call("119，临江化工液氯罐区V-101储罐泄漏，氯气向东扩散，罐区有员工倒地，请派防化救援力量！")], 20 * MIN);
    expect(told(full, "ent")).toEqual([]);
  });

  it("a call naming the chlorine but saying “无人员伤亡” still withholds the people down", () => {
    const denied = small("chemical-leak", [call("119，临江化工液氯储罐泄漏，无人员伤亡，请派车。")], 20 * MIN);
    const f = told(denied, "ent");
    expect(f).toHaveLength(1);
    expect(f[0]!.message.zh).not.toContain("泄漏介质");
  });
});

describe("chemical leak, poor play: the concealing call is charged and the wrong-type dispatch keeps its weight", () => {
  const d = drill("chemical-leak", "poor");
  it("ALARM_INACCURATE (TELL-RESCUERS) on the enterprise, and DISPATCH_WRONG_TYPE on the brigade still costs points", () => {
    expect(told(d, "ent")).toHaveLength(1);
    const wrong = d.report.findings.filter((f) => f.code === "DISPATCH_WRONG_TYPE" && f.agency === "fire");
    expect(wrong.length).toBeGreaterThan(0);
    expect(wrong[0]!.points).toBeGreaterThan(0);
  });
});

describe("school fire: the trapped class and the missing pupil never passed to the fire brigade", () => {
  const poor = drill("school-fire", "poor");

  it("the poor play: one finding on the school, dated at the deadline of the missing pupil's news (00:13:24 + 5 min = 00:18:24), naming the fire brigade", () => {
    // the 00:25 call to 120 naming only the hurt is a call of its own (ALARM_INACCURATE, alarm-trapped.test.ts): not this passing-on
    const f = told(poor, "sch").filter((x) => x.code !== "ALARM_INACCURATE");
    expect(f).toHaveLength(1);
    expect(f[0]!.code).toBe("TRAPPED_NOT_PASSED_ON");
    expect(f[0]!.atMs).toBe(18 * MIN + 24_000);
    expect(f[0]!.message.zh).toMatch(/^未告知被困人员：.* 00:13:24 获知.*临江县消防救援大队/);
  });

  it("the good play passes both on (00:09 and 00:14): no such finding", () => {
    expect(told(drill("school-fire", "good"), "sch")).toEqual([]);
  });

  it("the poor school telling the brigade at 00:14 where the class and the pupil are: no such finding", () => {
    const fix = small("school-fire", [
      ["00:06:30", "sch", { type: "evacuate", place: "school", destination: "playground" }],
      ["00:07:30", "sch", { type: "message", to: "fire", channel: "phone", text: "119，我们学校教学楼有个房间冒烟，自己灭不了，你们来看一下。" }],
      ["00:14:00", "sch", { type: "message", to: "fire", channel: "inPerson", text: "三年级一班40名学生被困在三楼西头音乐教室；三年级二班王小明下落不明，最后在三楼卫生间。" }],
    ], 30 * MIN);
    // (its 119 call names no school, address or caller: 报警要素不全, a fault of the call itself, review15 school 3; since
    // review16 C (b88ea9e) the same call speaking only of smoke after the 00:05:45 flashover reads 报警不准确：…低报了火情；
    // 另缺少报警要素 — still the 00:07:30 call's own fault, not the class and the pupil told at 00:14; and this play never
    // calls the 120 at all: 未报警 on its alarm row (alarm-never.ts, variant v1c), nothing about the class or the pupil)
    expect(told(fix, "sch").filter((f) => !f.message.zh.startsWith("报警要素不全") && !f.message.zh.startsWith("未报警：") && !(f.message.zh.startsWith("报警不准确：00:07:30") && f.message.zh.includes("只称冒烟")))).toEqual([]);
    expect(told(fix, "sch").some((f) => /三年级|王小明|被困|下落不明/.test(f.message.zh))).toBe(false);
  });
});
