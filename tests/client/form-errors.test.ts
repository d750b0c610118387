// @vitest-environment happy-dom
/**
 * No form in the consoles does nothing silently (newcomer report: an evaluator's observation of
 * spaces alone was dropped without a word): an empty or whitespace-only required field, a message
 * without a recipient, a report with nothing in it each say what is wrong beside the field, in
 * Chinese and in English, and nothing is sent. The server's refusal, when one comes, is shown
 * beside the form in the reader's language.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import { joinProblems, reportProblems } from "../../client/model/form-checks.ts";
import { Outbox, waitsForAnswer } from "../../client/net/outbox.ts";
import { keptFor } from "../../client/net/kept.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { chem, cordonForm, panel, settle, state, type } from "./forms-dom.ts";

type Props = Record<string, unknown>;
const ObservationForm = await panel<Props>("ObservationForm.tsx", "ObservationForm");
const MessageForm = await panel<Props>("MessageForm.tsx", "MessageForm");
const ReportForm = await panel<Props>("ReportForm.tsx", "ReportForm");
const UnitsPanel = await panel<Props>("UnitsPanel.tsx", "UnitsPanel");

async function submit(form: HTMLFormElement) {
  form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  await settle();
}
const shown = (root: HTMLElement, testid: string) => root.querySelector(`[data-testid=${testid}]`)?.textContent ?? null;

afterEach(() => setLang("zh"));

describe("an evaluator's observation of spaces alone", () => {
  for (const [lang, blank] of [["zh", "此项不能为空（只有空格也不算填写）"], ["en", "This cannot be empty (spaces alone do not count)"]] as const) {
    it(`${lang}: says so under each empty field and sends nothing`, async () => {
      setLang(lang);
      const sent: unknown[] = [];
      const root = document.createElement("div");
      render(h(ObservationForm, { model: consoleModel(chem, state, "evaluator"), control: (ty: string, b: unknown) => (sent.push([ty, b]), Promise.resolve({})) }), root);
      const form = root.querySelector<HTMLFormElement>("[data-testid=observation-form]")!;
      type(form.querySelector<HTMLTextAreaElement>("textarea[name=text]")!, "   \n  ");
      await settle();
      await submit(form);
      expect(shown(root, "observation-seen-error")).toBe(blank);
      expect(shown(root, "observation-why-error")).toBe(blank);
      // the message sits inside the field it is about
      expect(root.querySelector("[data-testid=observation-seen-error]")!.closest("label")!.querySelector("textarea[name=text]")).not.toBeNull();
      expect(sent).toEqual([]);
      // filled in, it goes, and the problems go with it
      type(form.querySelector<HTMLTextAreaElement>("textarea[name=text]")!, "消防到场后未设警戒");
      type(form.querySelector<HTMLTextAreaElement>("textarea[name=justification]")!, "联而不动");
      await settle();
      await submit(form);
      expect(sent).toHaveLength(1);
      expect(shown(root, "observation-seen-error")).toBeNull();
    });
  }

  it("the server's refusal is shown beside the form, the text kept", async () => {
    setLang("en");
    const root = document.createElement("div");
    render(h(ObservationForm, { model: consoleModel(chem, state, "evaluator"), control: () => Promise.reject(new Error("The time is outside the drill")) }), root);
    const form = root.querySelector<HTMLFormElement>("[data-testid=observation-form]")!;
    type(form.querySelector<HTMLTextAreaElement>("textarea[name=text]")!, "seen");
    type(form.querySelector<HTMLTextAreaElement>("textarea[name=justification]")!, "why");
    await settle();
    await submit(form);
    expect(shown(root, "observation-refused")).toBe("Not accepted: The time is outside the drill");
    expect(form.querySelector<HTMLTextAreaElement>("textarea[name=text]")!.value).toBe("seen");
  });
});

describe("a seat's message and report", () => {
  it("a message with no recipient and blank text: both said, nothing sent; a refusal from the server is said in English", async () => {
    setLang("en");
    const outbox = new Outbox(keptFor("outbox", "test", "form-errors", waitsForAnswer));
    const sent: OutCommand[] = [];
    const send = (c: OutCommand) => (sent.push(c), outbox.add(c).id);
    const root = document.createElement("div");
    render(h(MessageForm, { model: consoleModel(chem, state, "ent"), send }), root);
    const form = root.querySelector<HTMLFormElement>("[data-testid=message-form]")!;
    type(form.querySelector<HTMLTextAreaElement>("textarea[name=text]")!, "  ");
    await settle();
    await submit(form);
    expect(shown(root, "message-to-error")).toBe("Choose at least one recipient");
    expect(shown(root, "message-text-error")).toBe("This cannot be empty (spaces alone do not count)");
    expect(sent).toEqual([]);

    const box = form.querySelector<HTMLInputElement>("input[name=to]")!;
    box.checked = true;
    box.dispatchEvent(new Event("change", { bubbles: true }));
    type(form.querySelector<HTMLTextAreaElement>("textarea[name=text]")!, "请求支援");
    await settle();
    await submit(form);
    expect(sent).toHaveLength(1);
    outbox.set(outbox.entries.get().at(-1)!.id, { state: "rejected", code: "drillEnded", reason: "演练已结束" });
    await settle();
    expect(shown(root, "message-refused")).toBe("Not accepted: The drill has ended");
  });

  it("a report with nothing in it: said above the send button (never the 'send anyway' question), nothing sent", async () => {
    setLang("zh");
    const sent: OutCommand[] = [];
    const root = document.createElement("div");
    render(h(ReportForm, { model: consoleModel(chem, state, "ent"), send: (c: OutCommand) => void sent.push(c) }), root);
    const form = root.querySelector<HTMLFormElement>("[data-testid=report-form]")!;
    type(form.querySelector<HTMLTextAreaElement>("textarea[name=scene]")!, "   ");
    await settle();
    await submit(form);
    expect(shown(root, "report-blank")).toContain("报告内容为空");
    expect(root.querySelector("[data-testid=report-incomplete]")).toBeNull();
    expect(sent).toEqual([]);
  });
});

describe("a seat's dispatch, recall and measures", () => {
  it("调派 or 召回 with no unit ticked says so beside the list; nothing sent", async () => {
    setLang("zh");
    const sent: OutCommand[] = [];
    const root = document.createElement("div");
    render(h(UnitsPanel, { model: consoleModel(chem, state, "fire"), send: (c: OutCommand) => void sent.push(c) }), root);
    root.querySelector<HTMLButtonElement>("[data-testid=dispatch]")!.click();
    await settle();
    expect(shown(root, "units-error")).toBe("请先勾选要调派或召回的力量");
    root.querySelector<HTMLButtonElement>("[data-testid=recall]")!.click();
    await settle();
    expect(shown(root, "units-error")).toBe("请先勾选要调派或召回的力量");
    expect(sent).toEqual([]);
  });

  it("a cordon with its radius left empty is not sent as 1 m: said beside the radius", async () => {
    setLang("en");
    const sent: OutCommand[] = [];
    const form = await cordonForm(sent);
    type(form.querySelector<HTMLInputElement>("input[name=radiusM]")!, "");
    await settle();
    await submit(form);
    expect(form.querySelector("input[name=radiusM]")!.closest("label")!.querySelector("[data-testid=field-error]")!.textContent).toBe("Give a number above 0");
    expect(sent).toEqual([]);
    type(form.querySelector<HTMLInputElement>("input[name=radiusM]")!, "800");
    await settle();
    await submit(form);
    expect(sent).toEqual([{ type: "cordon", place: expect.any(String), radiusM: 800 }]);
  });
});

describe("the checks themselves", () => {
  it("join: a code and a name of 1–40 characters", () => {
    expect(joinProblems(" ", " ")).toEqual({ code: { key: "noCode" }, name: { key: "noName" } });
    expect(joinProblems("ABCD-EFGH", "值".repeat(41))).toEqual({ name: { key: "tooLong", max: 40, length: 41 } });
    expect(joinProblems("ABCD-EFGH", "  消防值班员 ")).toEqual({});
    // newcomer trial 14: a name of zero-width spaces drew nothing in the seat list
    expect(joinProblems("ABCD-EFGH", "\u200b\u200b")).toEqual({ name: { key: "noName" } });
  });

  it("report: empty, a field over 2000 characters, more than 30 lines of measures", () => {
    expect(reportProblems({})).toEqual({ form: { key: "blankReport" } });
    expect(reportProblems({ scene: "x".repeat(2001) })).toEqual({ scene: { key: "tooLong", max: 2000, length: 2001 } });
    expect(reportProblems({ measures: Array.from({ length: 31 }, (_, i) => `措施${i}`) })).toEqual({ measures: { key: "tooManyLines", max: 30, length: 31 } });
    expect(reportProblems({ casualties: { deaths: "unknown" } })).toEqual({});
  });
});
