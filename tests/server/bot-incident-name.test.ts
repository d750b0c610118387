/**
 * A scripted seat (bot) names the incident as the incident, never by the drill's title, and its words appear in the
 * reader's language in the event list and the report (review19, an emergency-office evaluator: the bot bureau's notice
 * read 「临江县第二实验小学教学楼火灾多部门联动应急（地点：…）」 — 多部门联动应急 is the exercise's name — and the English
 * report quoted it in Chinese). The name is the scenario's `incident` field (临江县第二实验小学教学楼火灾), checked for
 * all three shipped scenarios with every seat played by a bot for the first hour.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LiveDrill } from "../../server/live/drill.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import { describeEvent, words } from "../../i18n/describe.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { renderMarkdown } from "../../cli/report/markdown.ts";
import { rubric } from "../evaluate/fixtures.ts";

const CASES = [
  ["school-fire", "临江县第二实验小学教学楼火灾", "Teaching-building fire at Linjiang No. 2 Experimental Primary School"],
  ["chemical-leak", "临江化工有限公司液氯储罐泄漏事故", "Liquid-chlorine tank leak at Linjiang Chemical Co."],
  ["mine-flood", "兴隆煤矿1203掘进工作面老窑透水事故", "Old-workings water inrush at heading 1203, Xinglong Coal Mine"],
] as const;

describe.each(CASES)("%s: bots name the incident, in the reader's language", (id, zh, en) => {
  const store = openSqliteStore(":memory:");
  const yaml = readFileSync(`scenarios/${id}.yaml`, "utf8");
  const probe = LiveDrill.create(store, { scenarioYaml: yaml, file: `${id}.yaml`, seed: 7, settings: { blindness: "NONE", speed: 1, bots: [] } }).drill;
  const bots = probe.c.scenario.agencies.filter((a) => !a.simulated).map((a) => a.id);
  const drill = LiveDrill.create(store, { scenarioYaml: yaml, file: `${id}.yaml`, seed: 7, settings: { blindness: "NONE", speed: 1, bots } }).drill;
  while (!drill.state.ended && drill.state.tMs < 60 * 60_000) drill.tick(600);
  const sent = drill.events.filter((e) => e.type === "messageSent" && bots.includes(e.from)) as Array<Extract<(typeof drill.events)[number], { type: "messageSent" }>>;

  it("their messages name the incident (the scenario's incident name), never the drill (演练, 联动应急, drill)", () => {
    const naming = sent.filter((e) => e.text.includes("地点："));
    expect(naming.length).toBeGreaterThan(0);
    for (const e of naming) {
      expect(e.text).toContain(`${zh}（地点：`);
      expect(e.localText?.en).toContain(`${en} (at `);
    }
    for (const e of sent) {
      expect(e.text).not.toMatch(/演练|联动应急/);
      expect(e.localText?.en ?? "").not.toMatch(/drill/i);
    }
  });

  it("the English event list shows their words in English, the Chinese in Chinese", () => {
    const wEn = words(drill.c, "en");
    const wZh = words(drill.c, "zh-CN");
    for (const e of sent) {
      const line = describeEvent(drill.c, wEn, e)!;
      expect(line, line).not.toMatch(/[\u4e00-\u9fff]/);
      expect(describeEvent(drill.c, wZh, e)).toContain(e.text.replace(/\s/g, "").slice(0, 8));
    }
  });

  it("the English report (event list and findings) quotes no bot's Chinese words; the Chinese report keeps them", () => {
    const rb = rubric();
    const worded = wordReport(drill.c, evaluate(drill.c, drill.events, drill.state, rb), rb);
    const en = renderMarkdown(worded, "en");
    const zhMd = renderMarkdown(worded, "zh");
    for (const e of sent) {
      expect(en).not.toContain(e.text.slice(0, 12));
      expect(en).toContain(e.localText!.en.slice(0, 24));
    }
    expect(sent.some((e) => zhMd.includes(e.text.slice(0, 12)))).toBe(true);
  });
});
