/**
 * Review19 mine A2: an answer to a spot question meets the question; it meets a report duty only when it is a report
 * (493号令 第十一条 report up, judged on 第十二条's elements: 时间、地点、现场情况、伤亡人数、已采取的措施). Mine-flood poor play,
 * seed 7: the city asks the county emergency bureau at 01:10 (inj-10, 随机提问) and the bureau never answers (F11) nor
 * reports to the city (漏报, due 03:10). B4 adds, at 01:15, the bureau's true answer 「…尚未收到矿方报告；井下人数、有无被困
 * 伤亡、救护队是否到矿正在向矿方核实，核实后立即报告」. Before: it met RPT-GOV-01:eb>city, the 漏报 vanished and B4 scored 8.6
 * with no 要素不全 although it states none of 第十二条. Now it answers the question (the 未答复 goes) and the 漏报 stays.
 * B4f answers with facts instead (a time, a measure taken): that is a report, and meets the duty.
 */
import { describe, expect, it } from "vitest";
import { reportsInWords } from "../../engine/rules/message-words.ts";
import { POOR, poor, variant } from "./mine-poor-variant.ts";

const AT = '  - at: "01:50:00"\n    by: eb\n';
const answer = (text: string) => POOR.replace(AT, `  - at: "01:15:00"\n    by: eb\n    type: message\n    to: city\n    channel: phone\n    text: ${text}\n${AT}`);
const EMPTY = "市局值班室：我局刚接到你们的询问才获知兴隆煤矿透水，尚未收到矿方报告；井下人数、有无被困伤亡、救护队是否到矿正在向矿方核实，核实后立即报告。";
const FACTS = "市局值班室：兴隆煤矿8时55分井下1203工作面透水，矿方已召请矿山救护队，井下人数正在核实。";

describe("review19 mine A2: the bureau's empty answer to the city's spot question is no report to the city", () => {
  const b4 = variant(answer(EMPTY));
  const b4f = variant(answer(FACTS));
  const missing = (r: typeof b4) => r.findings.filter((f) => f.code === "REPORT_MISSING" && f.opportunity === "rep:eb>city|first|any");
  const unanswered = (r: typeof b4) => r.findings.filter((f) => f.code === "SPOT_QUESTION_UNANSWERED" && f.agency === "eb");

  it("the words: the empty answer reports nothing of 第十二条; the factual one states a time and a measure taken", () => {
    expect(reportsInWords(EMPTY)).toBe(false);
    expect(reportsInWords(FACTS)).toBe(true);
  });

  it("B4 answers the question (no 未答复) but keeps the bureau's 漏报 to the city, due 03:10", () => {
    expect(POOR).toContain(AT);
    expect(unanswered(poor.report)).toHaveLength(1);
    expect(unanswered(b4)).toEqual([]);
    expect(missing(b4)).toHaveLength(1);
    expect(missing(b4)[0]!.message.zh).toContain("时限 03:10:00");
    // answering the question is still a correction of the poor play: it scores no lower
    expect(b4.score!).toBeGreaterThanOrEqual(poor.report.score!);
  });

  it("B4f, an answer that reports facts, is the bureau's report to the city: no 漏报", () => {
    expect(unanswered(b4f)).toEqual([]);
    expect(missing(b4f)).toEqual([]);
  });
});
