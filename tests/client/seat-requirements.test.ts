// @vitest-environment happy-dom
/**
 * A seat's own resource requirements (力量需求) are on its deadlines tab (newcomer 20 item 7): the school-fire's
 * req-mini (scenarios/school-fire.yaml: owner sch, its mini fire station on scene within 3 min, after the mini fire
 * station standard's 「3分钟到场」) is judged by the evaluator (report dispatch.requirements) but was not on the
 * school's tab, though its other judged duties were. The tab (live: server seatProjection; replay: consoleModel) now
 * has it, with the status the evaluator gives it, and the fire brigade's own requirements on its tab, not the school's.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { evaluate } from "../../engine/evaluate/evaluate.ts";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import { seatProjection } from "../../server/live/views.ts";
import { compiled, ms, playOf, runPlay } from "../helpers.ts";
import { rubric } from "../evaluate/fixtures.ts";
import { panel } from "./forms-dom.ts";

const DutiesPanel = await panel<Record<string, unknown>>("DutiesPanel.tsx", "DutiesPanel");
const school = compiled("school-fire");
const poor = playOf(school, "scenarios/plays/school-fire.poor.yaml");
afterEach(() => setLang("zh"));

describe("a seat's own 力量需求 on its deadlines tab", () => {
  const r = runPlay(school, poor, 7);
  const judged = evaluate(school, r.events, r.state, rubric()).dispatch.requirements;
  const mini = judged.find((q) => q.id === "req-mini")!;

  it("the school's mini fire station duty is on the school's tab, live and replayed, as the evaluator judged it", () => {
    expect(mini).toBeDefined();
    const live = seatProjection(school, r.state, "sch", "NONE", r.events).obligations.find((o) => o.id === "REQ:req-mini");
    const local = consoleModel(school, r.state, "sch", { paused: true, speed: 1 }, r.events).obligations.find((o) => o.id === "REQ:req-mini");
    expect(live?.deadlineMs).toBe(mini.deadlineMs);
    expect(local?.deadlineMs).toBe(mini.deadlineMs);
    // the evaluator's met / late / insufficient is the tab's met / late / missed (the drill has ended)
    const want = mini.status === "insufficient" ? "missed" : mini.status;
    expect(live?.status).toBe(want);
    expect(local?.status).toBe(want);
  });

  it("the tab shows it in words (zh, en)", () => {
    for (const lang of ["zh", "en"] as const) {
      setLang(lang);
      const at = runPlay(school, poor, 7, ms("00:10:00"));
      const root = document.createElement("div");
      render(h(DutiesPanel, { model: consoleModel(school, at.state, "sch", { paused: true, speed: 1 }, at.events) }), root);
      expect(root.textContent).toContain(lang === "zh" ? "学校微型消防站发现火情后3分钟内到场" : "The school's mini fire station on scene within 3 min");
    }
  });

  it("each requirement is on its owner's tab only: the water tenders' on the brigade's, not the school's", () => {
    const sch = seatProjection(school, r.state, "sch", "NONE", r.events).obligations.map((o) => o.id).filter((id) => id.startsWith("REQ:"));
    const fire = seatProjection(school, r.state, "fire", "NONE", r.events).obligations.map((o) => o.id).filter((id) => id.startsWith("REQ:"));
    expect(sch).toEqual(["REQ:req-mini"]);
    expect(fire).toContain("REQ:req-engines");
    expect(fire).not.toContain("REQ:req-mini");
  });
});
