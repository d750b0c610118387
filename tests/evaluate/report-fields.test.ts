/**
 * Issue 10 §7, reports as evaluators read them. Sources: 493号令 第十二条 (the fields; a blank
 * answer gives none), the county phrase 快报事实、慎报原因、续报进展 (domain.md §1.3, §1.6: a first
 * report gives the facts known — "伤亡人数正在核实" is a fact), 493号令 第十三条 (补报 when the
 * numbers become known).
 */
import { describe, expect, it } from "vitest";
import type { EventOf } from "../../engine/model/events.ts";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;
const full = { unit: "临江化工", time: "9时20分", location: "液氯罐区", scene: "V-101法兰泄漏", sequence: "出料阀法兰垫片破损", measures: ["启动预案", "疏散员工"] };
const report = (at: string, content: Record<string, unknown>): [string, string, Record<string, unknown>] => [at, "ent", { type: "report", to: "eb", kind: "initial", mode: "oral", content }];

describe("blank fields are missing", () => {
  it("a whitespace-only sequence and a list of blank measures make the report incomplete on both", () => {
    const d = small("chemical-leak", [report("00:05:00", { ...full, sequence: "   ", measures: [" "], casualties: { deaths: 0 } })], 10 * MIN);
    const f = d.of("REPORT_INCOMPLETE", "ent");
    expect(f).toHaveLength(1);
    expect(f[0]!.message.zh).toContain("简要经过");
    expect(f[0]!.message.zh).toContain("已采取的措施");
    expect(f[0]!.message.zh).not.toContain("伤亡人数");
  });
});

describe("an explicit \"unknown so far\" meets the casualty field; the follow-up then asks for the number", () => {
  const unknown = { deaths: "unknown", seriousInjuries: "unknown", injured: "unknown" };
  const d = small("chemical-leak", [report("00:05:00", { ...full, casualties: unknown })], 50 * MIN);

  it("the first report is complete and honest (nobody yet knew a number)", () => {
    expect(d.of("REPORT_INCOMPLETE", "ent")).toEqual([]);
    expect(d.of("REPORT_CONCEALED", "ent")).toEqual([]);
  });

  it("once the enterprise learns of deaths (00:45), a follow-up report to the bureau falls due (RPT-FU-02)", () => {
    const fu = d.events.find((e): e is EventOf<"obligationOpened"> => e.type === "obligationOpened" && e.obligation.ruleId === "RPT-FU-02");
    expect(fu?.obligation).toMatchObject({ agency: "ent", to: "eb", openedAtMs: 45 * MIN });
  });
});

describe("each casualty figure may be given alone", () => {
  it("deaths alone meets the casualty field", () => {
    const d = small("chemical-leak", [report("00:05:00", { ...full, casualties: { deaths: 0 } })], 10 * MIN);
    expect(d.of("REPORT_INCOMPLETE", "ent")).toEqual([]);
  });
});
