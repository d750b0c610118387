/**
 * Review20 school 3: a request for help is answered only by a message that reaches the party that asked (rules profile
 * `helpRequests.requesterOnly`; scenario request `party`). The chemical leak's neighbour, 华宇 (played by the director),
 * asks the enterprise at 00:06 whether it leaked and whether to move its people (生产安全事故应急条例 第十七条（三）);
 * the enterprise's word to the director about something else (「导调：收到，我们正在处置。」 at 00:08) answered it before,
 * so the 求助未响应 of the poor play vanished. Now only a message naming 华宇 (the good play's 00:07 「华宇公司：…」) does.
 * Independent values: the request's 15 min limit (本县设定) from its 00:06 delivery = 00:21:00.
 */
import { describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { runKeepingReference } from "../../engine/evaluate/references.ts";
import type { ReportModel } from "../../engine/evaluate/report-model.ts";
import { cmd, compiled, playOf, SCENARIOS } from "../helpers.ts";
import { bestPlay, rubric } from "./fixtures.ts";

function poorWith(text: string): ReportModel {
  const c = compiled("chemical-leak");
  const commands = [...playOf(c, `${SCENARIOS}/plays/chemical-leak.poor.yaml`), cmd("00:08:00", "ent", { type: "message", to: ["director"], channel: "phone", text }, 1000)];
  const best = bestPlay("chemical-leak", c);
  const r = runKeepingReference(c, 7, commands, best);
  return evaluate(c, r.events, r.state, rubric(), undefined, best, { commands });
}
const neighbour = (r: ReportModel) => r.findings.find((f) => f.agency === "ent" && f.code.startsWith("HELP_REQUEST") && f.opportunity === "help:inj-03-neighbour:ent");

describe("a request for help is answered only by a message to the party that asked", () => {
  it("the enterprise's word to the director about something else leaves 华宇's request unanswered by 00:21:00", () => {
    const f = neighbour(poorWith("导调：收到，我们正在处置。"));
    expect(f?.code).toBe("HELP_REQUEST_UNANSWERED");
    expect(f?.atMs).toBe(21 * 60_000);
  });

  it("a word to the director naming 华宇 answers it", () => {
    expect(neighbour(poorWith("华宇公司：我厂液氯储罐泄漏，氯气向东扩散，请立即组织东侧人员向上风向撤离。"))).toBeUndefined();
  });
});
