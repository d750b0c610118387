/**
 * A casualty figure reported as unknown (尚不清楚) is 不详, never 0 (newcomer review 7; issue 10 §7: 快报事实 —
 * a first report may say a number is not yet known, the follow-up owes it). A number the sender already
 * knew is no "not yet known": "unknown" there leaves out what it knew, 漏报伤亡 (review8 school item 8, the
 * same kind as a blank figure). The chemical leak's 00:45 inject tells the enterprise of 3 dead and 12
 * seriously injured (scenarios/chemical-leak.yaml); its 00:50 report gives 3 dead and the seriously injured
 * as unknown; at 00:05 it knew of none.
 */
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../cli/report/html.ts";
import { renderJson } from "../../cli/report/json.ts";
import { wordReport } from "../../cli/report/worded.ts";
import { small } from "./verdicts-support.ts";
import { rubric } from "./fixtures.ts";

const MIN = 60_000;
const full = { unit: "临江化工", time: "9时20分", location: "液氯罐区", scene: "V-101法兰泄漏", sequence: "出料阀法兰垫片破损", measures: ["启动预案", "疏散员工"] };

describe("chemical leak: 重伤 reported as unknown after the sender knew of 12", () => {
  const d = small("chemical-leak", [["00:50:00", "ent", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { ...full, casualties: { deaths: 3, seriousInjuries: "unknown", injured: 0 } } }]], 55 * MIN);
  const row = d.report.reporting.reports.find((p) => p.from === "ent" && p.to === "eb")!;

  it("leaves out the 12 it knew: 谎报 of 重伤 (不详 against 12), the row keeps 重伤 unknown", () => {
    expect(row.senderKnew.seriousInjuries).toBe(12);
    expect(row.reported?.seriousInjuries).toBe("unknown");
    expect(row.honesty).toBe("false");
    expect(d.of("REPORT_FALSE", "ent").map((f) => f.message.zh)).toEqual([expect.stringContaining("报告重伤 不详，而其当时已知重伤 12")]);
  });

  it("“unknown” before the sender knew of anyone (00:05) is honest", () => {
    const early = small("chemical-leak", [["00:05:00", "ent", { type: "report", to: "eb", kind: "initial", mode: "oral", content: { ...full, casualties: { deaths: "unknown", seriousInjuries: "unknown", injured: "unknown" } } }]], 10 * MIN);
    expect(early.report.reporting.reports.find((p) => p.from === "ent")?.honesty).toBe("ok");
    expect(early.of("REPORT_FALSE", "ent")).toEqual([]);
  });

  it("the JSON says unknown and the reports table 不详, never 0", () => {
    expect(JSON.parse(renderJson(d.report)).reporting.reports.find((p: { from: string; to: string }) => p.from === "ent" && p.to === "eb").reported.seriousInjuries).toBe("unknown");
    const html = renderHtml(wordReport(d.c, d.report, rubric()), "zh");
    expect(html).toMatch(/3\/不详\/0/);
  });
});
