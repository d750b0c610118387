// @vitest-environment happy-dom
/**
 * Round 22 wave 2, items 3 and 4 of the board's rows while the drill runs:
 *  - a row due this very second read 「○ 待办 剩余 0:00」; the deadline has come, and a duty done now is still on time
 *    (the engine misses a duty only once the clock is past its deadline and judges one met at it on time:
 *    rules/obligations.ts checkDeadlines `tx.t > deadline`, `late = atMs > deadline`; the report reads those events) —
 *    so it reads 时限已到 · 此刻完成仍算按时, neither a countdown nor overdue; a second later it is 已超时 0:01;
 *  - a requirement row kept on the board while its start moved ahead of now (seat-requirements.ts listedFromMs) is
 *    未到期, not 待办.
 */
import { describe, expect, it } from "vitest";
import { obligationState } from "../../client/i18n/describe.ts";
import type { Obligation } from "../../engine/model/state.ts";

const MIN = 60_000;
const duty = (deadlineMs: number, openedAtMs = 0): Obligation =>
  ({ id: "A", ruleId: "A", kind: "act", agency: "fire", openedAtMs, deadlineMs, status: "open", basis: "", text: { zh: "到场", en: "arrive" } }) as Obligation;
const at = (tMs: number) => ({ tMs, startIso: "2026-06-15T09:20:00+08:00", ended: false });

describe("the board's countdown at and around the deadline (drill running)", () => {
  it("a second before: 待办 剩余 0:01; at the deadline: 时限已到, done now on time; a second after: 已超时 0:01", () => {
    const due = 15 * MIN;
    expect(obligationState(duty(due), at(due - 1000))).toMatchObject({ word: "待办", left: "剩余 0:01", overdue: false, state: "open" });
    expect(obligationState(duty(due), at(due))).toEqual({ word: "时限已到", left: "此刻完成仍算按时", overdue: false, state: "due" });
    expect(obligationState(duty(due), at(due + 1000))).toMatchObject({ word: "未完成", left: "已超时 0:01", overdue: true, state: "overdue" });
  });

  it("a row whose start lies ahead of now is 未到期, its countdown kept", () => {
    // start 00:20, deadline 00:35, now 00:15: 20 min left, not yet counting
    expect(obligationState(duty(35 * MIN, 20 * MIN), at(15 * MIN))).toEqual({ word: "未到期", left: "剩余 20:00", overdue: false, state: "notDue" });
  });
});
