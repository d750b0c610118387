// @vitest-environment happy-dom
/**
 * Round 22 item 3, the console's side: a requirement row on the director's board says 暂定 and why while its deadline
 * can still move, and what it counts from once fixed (engine/evaluate/requirement-why.ts, synced as ObligationRow.why).
 * School fire (start 10:10): the triage need at T+5 of the poor play, provisional until the school owes 120 its call;
 * at T+15 counted from when 120 should have been told, 00:15 → 10:25.
 */
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import { compiled, runPlay } from "../helpers.ts";
import { mount } from "./forms-dom.ts";

afterEach(() => setLang("zh"));
const school = compiled("school-fire");
const state = runPlay(school, [], 7, 5 * 60_000).state;
const row = (why: object) => ({ id: "REQ:req-ems-triage", ruleId: "req-ems-triage", kind: "act" as const, agency: "ems", openedAtMs: 0, deadlineMs: 15 * 60_000, status: "open" as const, basis: "", text: { zh: "救护车15分钟内到操场检伤分类", en: "An ambulance at the playground for triage within 15 min" }, why });
const board = (why: object) => mount("DutiesPanel.tsx", "DutiesPanel", { model: { ...consoleModel(school, state, "director"), obligations: [row(why)] }, showOwner: true });

describe("a requirement's deadline on the board says what it rests on", () => {
  it("暂定 while the notice to 120 is not yet due", async () => {
    const why = (await board({ from: "incident", startMs: 0, pending: { what: "notice", agency: "ems", rule: "LNK-SCH-EMS" } })).querySelector('[data-testid="duty-why"]')!;
    expect(why.getAttribute("data-pending")).toBe("true");
    expect(why.textContent).toMatch(/^；暂定：.+的通知时限尚未触发/);
  });

  it("counted from when 120 should have been told, once fixed; in English too", async () => {
    const fixed = { from: "notice", owner: "ems", notifier: "sch", rule: "LNK-SCH-EMS", startMs: 15 * 60_000 };
    const zh = (await board(fixed)).querySelector('[data-testid="duty-why"]')!;
    expect(zh.getAttribute("data-pending")).toBe("false");
    expect(zh.textContent).toContain("之时（10:25");
    setLang("en");
    const en = (await board(fixed)).querySelector('[data-testid="duty-why"]')!;
    expect(en.textContent).toMatch(/counted from when .+ should have been told \(10:25/);
  });
});
