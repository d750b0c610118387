// @vitest-environment happy-dom
/**
 * Newcomer 17: the report form's "Report to" defaulted to the first agency (the bureau's report
 * went to the chemical company), and Dead = 2 alone was called an empty report. Now the form
 * defaults to the addressee the rules give the seat (the bureau → the county duty office; the
 * company → the bureau), has no default where the seat owes no report and asks for a choice, and
 * a typed casualty figure is never "empty": the set is said to be incomplete.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { chem, panel, settle, state, type } from "./forms-dom.ts";

const ReportForm = await panel<Record<string, unknown>>("ReportForm.tsx", "ReportForm");
afterEach(() => setLang("zh"));

function form(role: string) {
  const sent: OutCommand[] = [];
  const root = document.createElement("div");
  render(h(ReportForm, { model: consoleModel(chem, state, role), send: (c: OutCommand) => void sent.push(c) }), root);
  const el = root.querySelector<HTMLFormElement>("[data-testid=report-form]")!;
  const to = el.querySelector<HTMLSelectElement>("select[name=to]")!;
  const submit = async () => (el.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true })), await settle());
  return { sent, root, el, to, submit };
}
const shown = (sel: HTMLSelectElement) => sel.options[sel.selectedIndex]?.textContent;

describe("Report to", () => {
  it("defaults to the addressee the rules give the seat, not the first agency", async () => {
    setLang("en");
    const eb = form("eb");
    await settle();
    expect(eb.to.value).toBe("duty");
    expect(shown(eb.to)).toMatch(/duty office/i);
    const ent = form("ent");
    await settle();
    expect(ent.to.value).toBe("eb");
    type(ent.el.querySelector<HTMLTextAreaElement>("textarea[name=scene]")!, "Leak at tank 3");
    await settle();
    await ent.submit();
    ent.root.querySelector<HTMLButtonElement>("[data-testid=report-incomplete] button")?.click();
    await settle();
    expect(ent.sent.map((c) => (c as { to?: string }).to)).toEqual(["eb"]);
  });

  for (const [lang, choose, say] of [["zh", "— 请选择 —", "请选择报告对象"], ["en", "— choose —", "Choose whom to report to"]] as const) {
    it(`${lang}: a seat that owes no report gets no default and must choose`, async () => {
      setLang(lang);
      const fire = form("fire");
      await settle();
      expect(shown(fire.to)).toBe(choose);
      type(fire.el.querySelector<HTMLTextAreaElement>("textarea[name=scene]")!, "现场");
      await settle();
      await fire.submit();
      expect(fire.root.textContent).toContain(say);
      expect(fire.sent).toEqual([]);
    });
  }
});

describe("a casualty figure typed is not an empty report", () => {
  for (const [lang, empty, incomplete] of [["en", "The report is empty", "Casualties go as a set"], ["zh", "报告内容为空", "伤亡人数需整组填写"]] as const) {
    it(`${lang}: Dead = 2 alone says the casualties are incomplete, never "empty"`, async () => {
      setLang(lang);
      const eb = form("eb");
      type(eb.el.querySelector<HTMLInputElement>("input[name=deaths]")!, "2");
      await settle();
      await eb.submit();
      const bar = eb.root.querySelector("[data-testid=report-blank]")?.textContent ?? "";
      expect(bar).not.toContain(empty);
      expect(bar).toContain(incomplete);
      expect(eb.sent).toEqual([]);
    });
  }
});
