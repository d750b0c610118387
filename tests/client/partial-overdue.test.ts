// @vitest-environment happy-dom
/**
 * A duty partly done past its deadline is overdue on the director's and evaluator's board (newcomer 22 #4: 「◐ 部分完成
 * …尚缺：由负责人赶赴事故现场 时限 09:36:29」 stayed unmarked at 09:39, 10:41 and after the end, while the report
 * charges it as 职责未完成). The chemical-leak poor play: the bureau is told at 00:40:00 and LNK-CHEM-EB gives it
 * actWithinMin 15 (scenarios/rules/county-default.yaml), so the deadline is 00:55:00; it activates the response at
 * 00:58:00 but never sends its head to the scene (the part 由负责人赶赴事故现场, 生产安全事故报告和调查处理条例 第十五条).
 * At 01:00:00 the row reads 部分完成·超时, 已超时 5:00 (01:00:00 − 00:55:00); with the drill ended by the director
 * at 01:30:00 it reads 未完成, 已超时 35:01 (the ended state's clock stands at the end of the 1-s tick that applied the
 * end, 01:30:01; 01:30:01 − 00:55:00 = 35:01), like the report's LINKAGE_PART_UNDONE.
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { cmd, compiled, ms, playOf, runPlay } from "../helpers.ts";
import { panel } from "./forms-dom.ts";

const DutiesPanel = await panel<Record<string, unknown>>("DutiesPanel.tsx", "DutiesPanel");
const chem = compiled("chemical-leak");
const poor = playOf(chem, "scenarios/plays/chemical-leak.poor.yaml");

/** LNK-CHEM-EB's row on `role`'s board at `at` (the play ended by the director at `end` when given) */
function row(role: string, at: string, end?: string): { state: string; word: string; left: string } {
  const play = end ? [...poor, cmd(end, "director", { type: "end" }, 999)] : poor;
  const r = runPlay(chem, play, 7, ms(at));
  const root = document.createElement("div");
  render(h(DutiesPanel, { model: consoleModel(chem, r.state, role, { paused: true, speed: 1 }, r.events), showOwner: true }), root);
  const tr = [...root.querySelectorAll("tr")].find((x) => x.textContent!.includes("由负责人赶赴事故现场"))!;
  return { state: tr.getAttribute("data-status")!, word: tr.querySelector(".duty-state")!.textContent!.trim(), left: tr.querySelector(".duty-left")!.textContent! };
}

describe("a partly done duty past its deadline", () => {
  it("during the drill (01:00:00): 部分完成·超时, 已超时 5:00, on the director's and the evaluator's board", () => {
    for (const role of ["director", "evaluator"]) {
      expect(row(role, "01:00:00"), role).toEqual({ state: "partialOverdue", word: "✖ 部分完成·超时", left: "已超时 5:00" });
    }
  });
  it("after the end (ended 01:30:00): 未完成, 已超时 35:01, as the report charges it", () => {
    expect(row("director", "01:31:00", "01:30:00")).toEqual({ state: "partialOverdue", word: "✖ 未完成", left: "已超时 35:01" });
  });
});
