/**
 * Review18 school 5: a report saying 「伤亡和被困人数正在核实」 was charged 要素不全 「缺少伤亡人数」, while the report's own
 * F35 and recommendation 3 tell a reporter that does not know the casualties to say just that (快报事实; the rubric's
 * 「未核实的注明“正在核实”」). Casualties said to be under checking give the element as 不详: no 要素不全 for it. The same
 * report with nothing said of casualties still lacks them (493号令 第十二条（四）).
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";
import { rubric } from "./fixtures.ts";

const c = compiled("chemical-leak");
const report = (other?: string) =>
  cmd("00:09:00", "ent", { type: "report", to: "eb", kind: "initial", mode: "written", content: { unit: "临江化工", time: "9时20分", location: "罐区", scene: "液氯泄漏", sequence: "法兰泄漏", measures: ["撤离"], ...(other ? { other } : {}) } }, 1);
const incomplete = (other?: string) => {
  const r = runPlay(c, [report(other)], 7, ms("00:09:01"));
  return evaluate(c, r.events, r.state, rubric()).findings.filter((f) => f.agency === "ent" && f.code === "REPORT_INCOMPLETE").map((f) => f.message.zh);
};

describe("casualties said to be under checking", () => {
  it("「伤亡和被困人数正在核实，核实后立即续报」: no 要素不全 for the casualties", () => {
    expect(incomplete("伤亡和被困人数正在核实，核实后立即续报").filter((m) => m.includes("伤亡"))).toEqual([]);
  });

  it("nothing said of casualties: the report lacks them", () => {
    expect(incomplete().some((m) => m.includes("伤亡"))).toBe(true);
  });
});
