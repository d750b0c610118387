// @vitest-environment happy-dom
/**
 * Round 23 ui item 4: the deadline board repeated 「UTC+08:00」 on every row (each deadline, each met time, each
 * 自…起算 line): the zone is now said once, above the rows (以下时间均为 UTC+08:00 / All times below are UTC+08:00),
 * and the rows show times only. The chemical leak starts 2026-05-14T09:20:00+08:00 (scenarios/chemical-leak.yaml
 * clock.start); its good play at 00:30 has rows met and open, each with its deadline, on the director's board.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import { compiled, ms, playOf, runPlay } from "../helpers.ts";
import { panel, settle } from "./forms-dom.ts";

const DutiesPanel = await panel<Record<string, unknown>>("DutiesPanel.tsx", "DutiesPanel");
const chem = compiled("chemical-leak");
const r = runPlay(chem, playOf(chem, "scenarios/plays/chemical-leak.good.yaml"), 7, ms("00:30:00"));
afterEach(() => setLang("zh"));

async function board(): Promise<HTMLElement> {
  const root = document.createElement("div");
  render(h(DutiesPanel, { model: consoleModel(chem, r.state, "director", { paused: true, speed: 1 }, r.events), showOwner: true, testid: "deadline-board" }), root);
  await settle();
  return root;
}

describe("the board says its zone once", () => {
  it("zh-CN: one 以下时间均为 UTC+08:00 above the rows; each row's deadline a time alone", async () => {
    const root = await board();
    const rows = [...root.querySelectorAll("tr.duty")];
    expect(rows.length).toBeGreaterThan(3);
    expect(root.textContent!.split("UTC+08:00").length - 1).toBe(1);
    expect(root.querySelector("[data-testid=duties-zone]")!.textContent).toBe("以下时间均为 UTC+08:00");
    // every row still has its deadline, as a wall time (09:20 + its minutes): 时限 HH:MM:SS and nothing after the seconds
    for (const row of rows) expect(row.textContent).toMatch(/时限 (D\d+ )?\d\d:\d\d:\d\d(?! UTC)/);
  });

  it("English: All times below are UTC+08:00, once", async () => {
    setLang("en");
    const root = await board();
    expect(root.textContent!.split("UTC+08:00").length - 1).toBe(1);
    expect(root.querySelector("[data-testid=duties-zone]")!.textContent).toBe("All times below are UTC+08:00");
  });
});
