/**
 * Newcomer 19: the school called 119 at 00:18:43 and the brigade sent 城关站水罐消防车1 and the 32 m ladder to 灭火 at
 * 00:19:18, 25 s inside its 1-minute turn-out (消防法 第四十四条第四款; 建标152). The ladder cannot fight fire, so that
 * part of the order was condemned (派错力量), and with it the whole order: the brigade was judged 联而不动 「至演练结束
 * 未履行职责」 while its own deadline board said met. One order's sound part meets the duty; its unsound part is its own
 * fault, once.
 */
import { describe, expect, it } from "vitest";
import { small } from "./verdicts-support.ts";

const call: [string, string, Record<string, unknown>] = ["00:18:43", "sch", { type: "message", to: ["fire"], channel: "phone", text: "119吗？第二实验小学教学楼二层实验准备室着火，有学生可能被困" }];
const send = (units: string[]): [string, string, Record<string, unknown>] => ["00:19:18", "fire", { type: "dispatch", units, place: "school", task: "suppression" }];

describe("a tender and a ladder sent to 灭火 in one order, in time", () => {
  const d = small("school-fire", [call, send(["cg-e1", "cg-ladder"])], 40 * 60_000);

  it("the brigade turned out in time: no 联而不动 or 响应迟缓 on it", () => {
    expect([...d.of("LINKAGE_IDLE", "fire"), ...d.of("LINKAGE_SLOW", "fire")]).toEqual([]);
    expect(d.report.linkage.rows.find((r) => r.agency === "fire")?.status).toBe("prompt");
  });

  it("the ladder sent to a task it cannot do is its own 派错力量, once", () => {
    const wrong = d.of("DISPATCH_WRONG_TYPE", "fire");
    expect(wrong).toHaveLength(1);
    expect(wrong[0]!.message.zh).toContain("云梯");
  });

  it("the ladder alone (nothing sound in the order) still leaves the duty undone", () => {
    const alone = small("school-fire", [call, send(["cg-ladder"])], 40 * 60_000);
    expect(alone.of("LINKAGE_IDLE", "fire")).toHaveLength(1);
  });
});
