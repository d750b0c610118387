/**
 * Deadline boundaries as an evaluator counts them: a 30-minute oral report (CTY-02, sensitive
 * event) at 29:59 or 30:00 is on time, at 30:01 it is 1 second late; an obligation whose
 * deadline the drill never reached is no finding; a first report without a cause is fine.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../engine/compile.ts";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import type { Command } from "../../engine/model/commands.ts";
import { cmd, compiled, runPlay } from "../helpers.ts";
import { rubric } from "./fixtures.ts";

const base = compiled("chemical-leak");
/** The chemical leak treated as sensitive (so CTY-02's 30-minute oral report applies from 00:00), 40 minutes long. */
const c = compile({ ...base.scenario, sensitive: true, clock: { ...base.scenario.clock, duration: "00:40:00" } }, base.rules);

const oral = (at: string, extra: Record<string, unknown> = {}): Command =>
  cmd(at, "eb", { type: "report", to: "duty", kind: "initial", mode: "oral", content: { unit: "临江化工", time: "9时20分", location: "罐区", scene: "液氯泄漏", sequence: "法兰泄漏", casualties: { deaths: 0, seriousInjuries: 0, injured: 0, missing: 0 }, measures: ["启动响应"], ...extra } }, 1);

/** the enterprise tells the bureau at once, so the bureau answers for its own deadlines (issue 10 §1) */
const told = cmd("00:00:00", "ent", { type: "message", to: ["eb"], channel: "phone", text: "液氯泄漏" }, 0);

function findingsFor(commands: Command[]) {
  const r = runPlay(c, [told, ...commands]);
  return evaluate(c, r.events, r.state, rubric()).findings.filter((f) => f.section === "reporting");
}

describe("the 30-minute oral report to the county duty office", () => {
  it("is on time at 00:29:59 and at 00:30:00", () => {
    for (const at of ["00:29:59", "00:30:00"]) {
      const late = findingsFor([oral(at)]).filter((f) => f.ruleId === "CTY-02-oral");
      expect(late, at).toEqual([]);
    }
  });

  it("is late by 1 second at 00:30:01, with the time, the rule and its basis", () => {
    const late = findingsFor([oral("00:30:01")]).filter((f) => f.ruleId === "CTY-02-oral");
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ code: "REPORT_LATE", agency: "eb", atMs: 30 * 60_000 + 1000 });
    expect(late[0]!.message.zh).toContain("超时 1秒");
    expect(late[0]!.message.en).toContain("1 s late");
    expect(late[0]!.basis).toContain("30分钟");
  });

  it("is missing (漏报) at its deadline when never made", () => {
    const missing = findingsFor([]).filter((f) => f.ruleId === "CTY-02-oral");
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ code: "REPORT_MISSING", agency: "eb", atMs: 30 * 60_000 });
  });

  it("raises no finding for an obligation whose deadline the drill never reached (the written report due at 01:00)", () => {
    expect(findingsFor([oral("00:10:00")]).filter((f) => f.ruleId === "CTY-02-written")).toEqual([]);
  });

  it("does not mark down a first report that gives no cause (快报事实、慎报原因), but does one without casualties", () => {
    expect(findingsFor([oral("00:10:00")]).filter((f) => f.code === "REPORT_INCOMPLETE")).toEqual([]);
    const incomplete = findingsFor([oral("00:10:00", { casualties: undefined })]).filter((f) => f.code === "REPORT_INCOMPLETE");
    expect(incomplete).toHaveLength(1);
    expect(incomplete[0]!.message.zh).toContain("伤亡人数");
  });
});
