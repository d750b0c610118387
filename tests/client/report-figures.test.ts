// @vitest-environment happy-dom
/**
 * The report form never changes a casualty figure (review 8 item 2: -5 was sent as 0, 2.5 as 2,
 * 1e9 as a billion deaths). A figure is a whole number of people from 0 to 100 000 (the play
 * schema's MAX_REPORT_FIGURE) or ticked 未知; anything else is said beside that box, in Chinese
 * and English, and nothing is sent; a valid figure goes exactly as typed.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import { figureProblem } from "../../client/model/form-checks.ts";
import { reportContent } from "../../client/model/report.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { chem, panel, settle, state, type } from "./forms-dom.ts";

const ReportForm = await panel<Record<string, unknown>>("ReportForm.tsx", "ReportForm");
afterEach(() => setLang("zh"));

/** The enterprise's report form, rendered; what it sends is collected in `sent`. */
function enterpriseForm() {
  const sent: OutCommand[] = [];
  const root = document.createElement("div");
  render(h(ReportForm, { model: consoleModel(chem, state, "ent"), send: (c: OutCommand) => void sent.push(c) }), root);
  const form = root.querySelector<HTMLFormElement>("[data-testid=report-form]")!;
  const box = (k: string) => form.querySelector<HTMLInputElement>(`input[name=${k}]`)!;
  return { sent, root, form, box };
}

describe("a casualty figure as typed", () => {
  it("is a problem unless blank or a whole number 0…100000; never rounded or clamped", () => {
    for (const bad of ["-5", "2.5", "1e9", "100001", "-0.5"]) expect(figureProblem(bad), bad).toEqual({ key: "notCount", max: 100_000 });
    for (const ok of ["", "0", "3", "100000"]) expect(figureProblem(ok), ok).toBeUndefined();
    const none = { deaths: false, seriousInjuries: false, injured: false, missing: false };
    expect(reportContent({}, { deaths: "-5", seriousInjuries: "0", injured: "2.5", missing: "0" }, none).casualties)
      .toEqual({ deaths: -5, seriousInjuries: 0, injured: 2.5, missing: 0 }); // as typed; the form stops it, the room refuses it
    // a blank box is not 0: with one figure blank the element is not sent whole (the form says it beside the box)
    expect(reportContent({}, { deaths: "", seriousInjuries: "0", injured: "3", missing: "0" }, none).casualties).toBeUndefined();
  });

  for (const [lang, words] of [["zh", "请填写0到100000之间的整数（人），不知道时勾选“未知”"], ["en", 'Give a whole number from 0 to 100000 (people), or tick "unknown"']] as const) {
    it(`${lang}: -5, 1e9 and 2.5 are each said beside their box and nothing is sent, even with 仍然发送`, async () => {
      setLang(lang);
      const { sent, root, form, box } = enterpriseForm();
      type(box("injured"), "-5");
      type(box("deaths"), "1e9");
      type(box("seriousInjuries"), "2.5");
      type(box("missing"), "0");
      type(form.querySelector<HTMLTextAreaElement>("textarea[name=scene]")!, "现场");
      await settle();
      form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
      await settle();
      for (const k of ["injured", "deaths", "seriousInjuries"]) {
        const err = root.querySelector(`[data-testid=figure-error-${k}]`);
        expect(err?.textContent, k).toBe(words);
        expect(err!.closest(".figure")!.querySelector(`input[name=${k}]`)).not.toBeNull(); // beside its own box
      }
      expect(root.querySelector("[data-testid=figure-error-missing]")).toBeNull();
      expect(root.querySelector("[data-testid=report-incomplete]")).toBeNull(); // no 仍然发送 offered over a bad figure
      expect(sent).toEqual([]);
      // corrected, the figures go as typed
      type(box("injured"), "5");
      type(box("deaths"), "1");
      type(box("seriousInjuries"), "2");
      await settle();
      form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
      await settle();
      root.querySelector<HTMLButtonElement>("[data-testid=report-incomplete] button")?.click();
      await settle();
      expect(sent).toHaveLength(1);
      expect((sent[0] as unknown as { content: { casualties: unknown } }).content.casualties).toEqual({ deaths: 1, seriousInjuries: 2, injured: 5, missing: 0 });
    });
  }

  it("a box left blank beside filled ones is said beside that box and nothing is sent; ticked 未知 or typed 0 it goes (newcomer: blank deaths went as 死亡 0)", async () => {
    const { sent, root, form, box } = enterpriseForm();
    type(box("injured"), "3");
    type(form.querySelector<HTMLTextAreaElement>("textarea[name=scene]")!, "现场");
    await settle();
    const submit = async () => {
      form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
      await settle();
      root.querySelector<HTMLButtonElement>("[data-testid=report-incomplete] button")?.click();
      await settle();
    };
    await submit();
    for (const k of ["deaths", "seriousInjuries", "missing"]) expect(root.querySelector(`[data-testid=figure-error-${k}]`)?.textContent, k).toBe("请填写0到100000之间的整数（人），不知道时勾选“未知”");
    expect(root.querySelector("[data-testid=figure-error-injured]")).toBeNull();
    expect(sent).toEqual([]);
    type(box("deaths"), "0");
    type(box("seriousInjuries"), "1");
    const tick = form.querySelector<HTMLInputElement>("input[name=missing-unknown]")!;
    tick.checked = true;
    tick.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    await submit();
    expect(sent).toHaveLength(1);
    expect((sent[0] as unknown as { content: { casualties: unknown } }).content.casualties).toEqual({ deaths: 0, seriousInjuries: 1, injured: 3, missing: "unknown" });
  });
});
