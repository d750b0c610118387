/**
 * A director's free inject (临机导调) tells no one of the incident unless the director plays the
 * alarm call (`notifies: true`), as a scenario inject tells only when marked so (issue 10 §3; README
 * "Plays"). The newcomer's drill: nobody calls 119 in the chlorine leak, and at 00:02:35 the director
 * asks the fire brigade and the bureau 「请报告现场风向和已出动力量。」 as a 随机提问. The brigade
 * still has not been told of the leak: its notice (LNK-CHEM-FIRE, within 10 min of the incident)
 * is missed, on the enterprise that had to call 119, and no credit is earned for it.
 */
import { describe, expect, it } from "vitest";
import { small } from "./verdicts-support.ts";

const ask = (notifies?: boolean): [string, string, Record<string, unknown>] =>
  ["00:02:35", "director", { type: "adHocInject", to: ["fire", "eb"], text: "导调：请报告现场风向和已出动力量。", channel: "phone", spotQuestion: true, ...(notifies ? { notifies } : {}) }];
const AT = (2 * 60 + 35) * 1000;

describe("a director's question is no notice of the incident", () => {
  const d = small("chemical-leak", [ask()], 60 * 60_000);
  it("the engine does not count the brigade as told (no knowledge of the incident, notice duty unmet)", () => {
    expect(d.state.knowledge.find((k) => k.agency === "fire")?.notifiedAtMs).toBeUndefined();
    expect(d.state.obligations.find((o) => o.id === "LNK-CHEM-FIRE:notified:fire")?.metAtMs).toBeUndefined();
  });
  it("the report: the brigade never told, charged to the enterprise (未通知), not 按时获知", () => {
    const row = d.report.linkage.rows.find((r) => r.agency === "fire")!;
    expect(row.notifiedAtMs).toBeUndefined();
    expect(row.status).toBe("notNotified");
    const f = d.of("LINKAGE_NOT_NOTIFIED").filter((x) => x.message.zh.includes("消防"));
    expect(f.map((x) => x.agency)).toEqual(["ent"]);
  });
});

describe("the director playing the alarm call (notifies: true) tells its recipients", () => {
  const d = small("chemical-leak", [ask(true)], 60 * 60_000);
  it("the brigade is told at 00:02:35, in time for its 10-minute notice", () => {
    expect(d.state.knowledge.find((k) => k.agency === "fire")?.notifiedAtMs).toBe(AT);
    expect(d.report.linkage.rows.find((r) => r.agency === "fire")!.notifiedAtMs).toBe(AT);
    expect(d.of("LINKAGE_NOT_NOTIFIED").filter((x) => x.message.zh.includes("消防"))).toEqual([]);
  });
});
