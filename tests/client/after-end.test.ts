/**
 * After 结束演练 nothing counts down (newcomer run 6, item 10: the director's board still read
 * 「○ 待办 剩余 8:57」 after the end). The board's row is the report's verdict: a duty whose
 * deadline lies after the end is 未到期 (README: "listed as 未到期 (not yet due) with its deadline"),
 * one whose deadline passed unmet is 未完成 with how late it stood at the end; met duties keep their time.
 */
import { describe, expect, it } from "vitest";
import { obligationState } from "../../client/i18n/describe.ts";
import type { Obligation } from "../../engine/model/state.ts";

const MIN = 60_000;
const duty = (deadlineMs: number, status: Obligation["status"] = "open", metAtMs?: number): Obligation =>
  ({ id: "RPT-X", ruleId: "RPT-X", kind: "report", agency: "eb", openedAtMs: 0, deadlineMs, status, ...(metAtMs !== undefined ? { metAtMs } : {}), basis: "", text: { zh: "报告", en: "Report" } }) as Obligation;
// ended at T+01:06:03, as in the newcomer's drill; the 30-min report was due at T+01:15:00
const endMs = 66 * MIN + 3_000;
const at = (ended: boolean) => ({ tMs: endMs, startIso: "2026-06-15T09:20:00+08:00", ended });

describe("the deadline board after the end", () => {
  it("a duty due after the end reads 未到期 with no time left, while the drill ran it counted down 8:57", () => {
    const o = duty(75 * MIN);
    const running = obligationState(o, at(false));
    expect(running.word).toBe("待办");
    expect(running.left).toBe("剩余 8:57");
    const after = obligationState(o, at(true));
    expect(after).toEqual({ word: "未到期", left: "", overdue: false, state: "notDue" });
  });

  it("a duty due before the end and still open is 未完成, late by 6:03 at the end (no countdown)", () => {
    const after = obligationState(duty(60 * MIN), at(true));
    expect(after.word).toBe("未完成");
    expect(after.left).toBe("已超时 6:03");
    expect(after.overdue).toBe(true);
    expect(after.left).not.toContain("剩余");
  });

  it("a met duty keeps its time of meeting", () => {
    const after = obligationState(duty(75 * MIN, "met", 10 * MIN), at(true));
    expect(after.word).toBe("已完成");
    expect(after.left).toContain("09:30:00");
  });
});
