/**
 * A casualty figure reported as unknown (尚不清楚) is 不详, never 0, and never 瞒报 (newcomer review 7;
 * issue 10 §7: 快报事实 — a first report may say a number is not yet known, the follow-up owes it;
 * 493号令 第四条 condemns understating a number one gives, not declining to guess one). The chemical
 * leak's 00:45 inject tells the enterprise of 3 dead and 12 seriously injured (scenarios/chemical-leak.yaml);
 * its 00:50 report gives 3 dead and the seriously injured as unknown.
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

  it("is no 瞒报: the report row reads 如实 with 重伤 unknown", () => {
    expect(row.senderKnew.seriousInjuries).toBe(12);
    expect(row.reported?.seriousInjuries).toBe("unknown");
    expect(row.honesty).toBe("ok");
    expect(d.of("REPORT_CONCEALED", "ent")).toHaveLength(0);
  });

  it("the JSON says unknown and the reports table 不详, never 0", () => {
    expect(JSON.parse(renderJson(d.report)).reporting.reports.find((p: { from: string; to: string }) => p.from === "ent" && p.to === "eb").reported.seriousInjuries).toBe("unknown");
    const html = renderHtml(wordReport(d.c, d.report, rubric()), "zh");
    expect(html).toMatch(/3\/不详\/0/);
  });
});
