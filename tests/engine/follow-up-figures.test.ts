/**
 * A casualty follow-up (续报, RPT-FU-02: the accident unit to the county emergency bureau within 30 min of learning of a
 * change; 493号令 第十三条 伤亡人数发生变化的，应当及时补报) is owed for the figures, so any report to the bureau that states
 * them meets it (newcomer23 3, the live drill's log: the plant's first word by phone at 00:01:50, the director's
 * casualty inject at 00:05:35 — 3 dead, 12 severely poisoned — and the plant's written first report at 00:06:07 carrying
 * 3 / 12; the 续报 the inject opened was still owed and charged late at 00:40:35). A report stating fewer than the plant
 * knows meets nothing: the figures are still owed.
 */
import { describe, expect, it } from "vitest";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";

const c = compiled("chemical-leak");
const call = cmd("00:01:50", "ent", { type: "message", to: ["eb"], channel: "phone", text: "临江化工液氯罐区V-101储罐底部法兰泄漏氯气，罐区有人员倒地，请求立即救援！" }, 1);
const inject = cmd("00:05:35", "director", { type: "injectNow", inject: "inj-07-casualties" }, 2);
const written = (deaths: number, seriousInjuries: number) => cmd("00:06:07", "ent", {
  type: "report", to: "eb", kind: "initial", mode: "written",
  content: { unit: "临江化工有限公司", time: "09:20", location: "液氯罐区V-101", scene: "法兰泄漏", sequence: "巡检发现", casualties: { deaths, seriousInjuries, injured: 0, missing: 0 }, measures: ["启动本单位预案"] },
}, 3);
const followUp = (deaths: number, seriousInjuries: number) => {
  const r = runPlay(c, [call, inject, written(deaths, seriousInjuries)], 7, ms("00:10:00"));
  return r.state.obligations.find((o) => o.ruleId === "RPT-FU-02" && o.agency === "ent" && o.to === "eb")!;
};

describe("the plant's written report carrying the inject's figures is its casualty 续报", () => {
  it("3 dead, 12 seriously injured stated at 00:06:07: the follow-up opened at 00:05:35 is met then, on time (due 00:35:35)", () => {
    const o = followUp(3, 12);
    expect(o).toMatchObject({ openedAtMs: ms("00:05:35"), deadlineMs: ms("00:35:35"), status: "met", metAtMs: ms("00:06:07") });
  });

  it("a report still saying nobody is hurt meets nothing: the figures are still owed", () => {
    const o = followUp(0, 0);
    expect(o.metAtMs).toBeUndefined();
  });
});
