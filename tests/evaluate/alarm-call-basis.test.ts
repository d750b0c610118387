/**
 * Review9 chem 6: the enterprise's 119 call ("我们厂里有点漏气…") is 报警, judged under the chemical unit's own duties
 * (危险化学品安全管理条例 第七十一、七十三条; 生产安全事故应急条例 第十七条: call the rescuers in and help them), not
 * 493号令 第四条 (accident reports to the authorities); a leak is no fire, so not 消防法 第四十四条 either (review16 chem F6). Its text says what the caller had heard — the patrol's "罐区有同事倒地" (inj-01, 00:00) — and never adds
 * 被困 or 下落不明, which nobody had said by 00:12.
 */
import { describe, expect, it } from "vitest";
import { drill } from "./fixtures.ts";

describe("chemical leak, poor play: the concealing 119 call", () => {
  const d = drill("chemical-leak", "poor");
  const call = d.report.findings.filter((f) => f.ruleId === "TELL-RESCUERS" && f.message.zh.startsWith("报警遗漏已知情况") && f.message.zh.includes("消防救援大队"));
  it("is one finding citing 危化条例 第七十三条 and 应急条例 第十七条, not 493号令 nor 消防法", () => {
    expect(call).toHaveLength(1);
    expect(call[0]!.basis.replace(/ /g, "")).toContain("生产安全事故应急条例第十七条");
    expect(call[0]!.basis).not.toContain("消防法");
    expect(call[0]!.basis).toContain("第七十三条");
    expect(call[0]!.basis).not.toMatch(/493|第六十一条/);
  });
  it("names the people down it had heard of, and adds no 被困 or 下落不明", () => {
    expect(call[0]!.message.zh).toContain("人员倒地");
    expect(call[0]!.message.zh).not.toMatch(/被困|下落不明/);
  });
});
