/**
 * Review19 chemical A4 (rubric report-accurate: 未核实的注明“正在核实”，不以无据数字作确定报告; 突发事件应对法 第六十一条;
 * 493号令 第十二条（四）): a report stating 「受伤 0」 after its sender heard 「罐区有同事倒地」 (the 00:00 inject), with no word
 * that the figures are being checked, is judged by what the sender was told, not by the engine's hidden count. Before: the
 * enterprise's report to the police at 00:09 was 报告失实 but the identical one at 00:04 was not (the first injury is counted
 * at 00:05:30), and the good play's strength praised it. The good play now says 「伤亡人数正在核实」 and stays 100.
 */
import { describe, expect, it } from "vitest";
import type { Command } from "../../engine/model/commands.ts";
import { SCENARIOS, playOf } from "../helpers.ts";
import { chem, judge } from "./chem-variant.ts";

const good = (): Command[] => playOf(chem, `${SCENARIOS}/plays/chemical-leak.good.yaml`);
type Rep = Command & { by?: string; to?: string; content?: { other?: string } };
/** the good play with the enterprise's first report to the police saying nothing of checking (as shipped before review19) */
const unchecked = (): Command[] => good().map((k) => {
  const r = k as Rep;
  return r.type === "report" && r.by === "ent" && r.to === "police" && r.content?.other
    ? ({ ...r, content: { ...r.content, other: r.content.other.replace("罐区有员工倒地，伤亡人数正在核实；", "") } } as Command)
    : k;
});

describe("「受伤 0」 after 「倒地」 with no 正在核实: the same fault at 00:04 as at 00:09", () => {
  it("the 00:04 report to the police (no injury counted yet) is 报告失实 on the enterprise, quoting the words it heard", () => {
    const r = judge(unchecked());
    const f = r.findings.filter((g) => g.code === "REPORT_UNVERIFIED" && g.agency === "ent");
    expect(f).toHaveLength(1);
    expect(f[0]!.message.zh).toContain("00:04:00");
    expect(f[0]!.message.zh).toContain("罐区有同事倒地");
    expect(r.score).toBeLessThan(100);
  });
  it("the good play, saying 「伤亡人数正在核实」, has no such finding and scores 100", () => {
    const r = judge(good());
    expect(r.findings.filter((g) => g.code === "REPORT_UNVERIFIED")).toEqual([]);
    expect(r.score).toBe(100);
  });
});
