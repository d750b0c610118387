/**
 * Spot questions (随机提问; AQ/T 9009-2015 附录A 2.5; the rules profile's spotQuestions: answered within
 * 10 minutes): the director asks the county emergency bureau at 00:10:00, so the answer is due by
 * 00:20:00. No answer: SPOT_QUESTION_UNANSWERED on the bureau, dated 00:20:00, deducted. An answer at
 * 00:25:00: SPOT_QUESTION_LATE, 5 minutes over, half the points. An answer at 00:15:00: nothing.
 * Each poor play's description lists 随机提问答复超时 among its deliberate faults.
 */
import { describe, expect, it } from "vitest";
import { small } from "./verdicts-support.ts";

const MIN = 60_000;
const ask: [string, string, Record<string, unknown>] = ["00:10:00", "director", { type: "adHocInject", to: ["eb"], text: "县应急局，现场现在有多少人员受伤？请立即答复。", channel: "phone", spotQuestion: true }];
const answerAt = (at: string): [string, string, Record<string, unknown>] => [at, "eb", { type: "message", to: ["director"], channel: "phone", text: "目前掌握受伤3人，已送医" }];
const spot = (d: ReturnType<typeof small>) => d.report.findings.filter((f) => f.code.startsWith("SPOT_QUESTION"));

describe("a spot question to the county emergency bureau at 00:10:00", () => {
  it("unanswered: SPOT_QUESTION_UNANSWERED on the bureau at 00:20:00, with points", () => {
    const f = spot(small("chemical-leak", [ask], 40 * MIN));
    expect(f.map((x) => [x.code, x.agency, x.atMs])).toEqual([["SPOT_QUESTION_UNANSWERED", "eb", 20 * MIN]]);
    expect(f[0]!.points).toBeGreaterThan(0);
  });

  it("answered at 00:25:00: SPOT_QUESTION_LATE, 5 min over, costing half an unanswered one", () => {
    const none = spot(small("chemical-leak", [ask], 40 * MIN))[0]!;
    const f = spot(small("chemical-leak", [ask, answerAt("00:25:00")], 40 * MIN));
    expect(f.map((x) => [x.code, x.agency, x.atMs])).toEqual([["SPOT_QUESTION_LATE", "eb", 25 * MIN]]);
    expect(f[0]!.message.zh).toContain("5分");
    expect(f[0]!.quantity).toBe(0.5 * none.quantity);
  });

  it("answered at 00:15:00: no finding", () => {
    expect(spot(small("chemical-leak", [ask, answerAt("00:15:00")], 40 * MIN))).toEqual([]);
  });

  it("asked at 00:10:00 of a drill stopped at 00:15:00: not yet due, no finding", () => {
    const d = small("chemical-leak", [ask], 15 * MIN);
    expect(spot(d)).toEqual([]);
  });
});
