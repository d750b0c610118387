// @vitest-environment happy-dom
/**
 * The deadline board once the drill has ended (newcomer review 7): every overdue row comes before
 * the 未到期 ones (P4: 未到期 rows sat between overdue ones), and a duty due at the end instant
 * itself is 未到期, not 已超时 0:00 (P3; the evaluator's rule in evaluate/not-due.ts: a deadline
 * equal to the stop time is not yet missed).
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import type { ConsoleModel } from "../../client/model/console.ts";
import { obligationState } from "../../client/i18n/describe.ts";
import type { Obligation } from "../../engine/model/state.ts";
import { panel, settle } from "./forms-dom.ts";

const MIN = 60_000;
const duty = (id: string, deadlineMs: number, status: Obligation["status"] = "open"): Obligation =>
  ({ id, ruleId: id, kind: "report", agency: "eb", openedAtMs: 0, deadlineMs, status, basis: "", text: { zh: `报告${id}`, en: id } }) as Obligation;
const endMs = 30 * MIN; // ended at T+00:30:00 (09:50:00)
const clock = { tMs: endMs, startIso: "2026-06-15T09:20:00+08:00", ended: true };

describe("the board after the end", () => {
  it("a duty due at the end instant is 未到期, one due a second before is 未完成 已超时 0:01", () => {
    expect(obligationState(duty("A", endMs), clock)).toEqual({ word: "未到期", left: "", overdue: false, state: "notDue" });
    const before = obligationState(duty("B", endMs - 1000), clock);
    expect([before.word, before.left]).toEqual(["未完成", "已超时 0:01"]);
  });

  it("lists every overdue row (left open or missed) before the not-yet-due ones", async () => {
    const DutiesPanel = await panel<{ model: ConsoleModel }>("DutiesPanel.tsx", "DutiesPanel");
    // as in the review: missed 09:25–09:35, open past due 09:45, not due 10:01, 10:08, 10:20, due at the end 09:50
    const obligations = [duty("M1", 5 * MIN, "missed"), duty("M2", 15 * MIN, "missed"), duty("O1", 25 * MIN), duty("N1", 41 * MIN), duty("N2", 48 * MIN), duty("N3", 60 * MIN), duty("E", endMs)];
    const root = document.createElement("div");
    render(h(DutiesPanel, { model: { ...clock, obligations, agencies: [] } as unknown as ConsoleModel }), root);
    await settle();
    const states = [...root.querySelectorAll("tr")].map((r) => r.getAttribute("data-status"));
    expect(states).toEqual(["overdue", "missed", "missed", "notDue", "notDue", "notDue", "notDue"]);
    const firstNotDue = states.indexOf("notDue");
    expect(states.slice(firstNotDue).every((s) => s === "notDue")).toBe(true);
  });
});
