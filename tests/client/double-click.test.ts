// @vitest-environment happy-dom
/**
 * A double click on a seat's send button sent the command twice where the form keeps its input after sending
 * (newcomer round 28, seen in the chemical leak's log: 签收 as seq 2 with 收到 and seq 3 with no text, both to the
 * duty office, from one double click): the 签收 form (its recipient stays, its text is cleared, and a 签收 without
 * text is valid) and the measures form (place, radius, unit kind and count stay: a double click on 请求支援 asked for
 * twice the units, on 警戒 set the cordon twice). Now the same command again within a second is the double click's
 * second click and is not sent; a changed command, or the same one after a second, is.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { chem, mount, settle, state, type } from "./forms-dom.ts";

afterEach(() => vi.restoreAllMocks());

/** the double click's window, "within a second" (client/panels/fields.tsx DOUBLE_CLICK_MS; not imported: the root tsc does not read .tsx) */
const DOUBLE_CLICK_MS = 1000;

/** One click on a form's send button, as the browser delivers it: the form's submit event, then Preact's redraw. */
async function click(button: HTMLButtonElement) {
  button.closest("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  await settle();
}

/** A double click: two clicks on the send button, Preact redrawing between them. */
async function doubleClick(button: HTMLButtonElement) {
  await click(button);
  await click(button);
}

describe("a double click on send sends one command", () => {
  it("签收: one acknowledgement, with its text; a second 签收 a second later goes", async () => {
    let clock = 1_000_000;
    vi.spyOn(Date, "now").mockImplementation(() => clock);
    const sent: OutCommand[] = [];
    const root = await mount("MessageForm.tsx", "AckForm", { model: consoleModel(chem, state, "ent"), send: (c: OutCommand) => (sent.push(c), `id${sent.length}`) });
    type(root.querySelector<HTMLInputElement>("input[name=text]")!, "收到");
    await settle();
    await doubleClick(root.querySelector<HTMLButtonElement>("[data-testid=send-ack]")!);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: "acknowledge", text: "收到" });
    clock += DOUBLE_CLICK_MS;
    await click(root.querySelector<HTMLButtonElement>("[data-testid=send-ack]")!);
    expect(sent).toHaveLength(2);
  });

  it("a measure (警戒): sent once; the same form with another radius goes at once", async () => {
    vi.spyOn(Date, "now").mockImplementation(() => 5_000_000);
    const sent: OutCommand[] = [];
    const root = await mount("ActionsPanel.tsx", "ActionsPanel", { model: consoleModel(chem, state, "police"), send: (c: OutCommand) => (sent.push(c), `id${sent.length}`) });
    root.querySelector<HTMLButtonElement>("[data-testid=measure-cordon]")!.click();
    await settle();
    type(root.querySelector<HTMLInputElement>("input[name=radiusM]")!, "800");
    await settle();
    await doubleClick(root.querySelector<HTMLButtonElement>("[data-testid=send-measure]")!);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: "cordon", radiusM: 800 });
    type(root.querySelector<HTMLInputElement>("input[name=radiusM]")!, "1000");
    await settle();
    await click(root.querySelector<HTMLButtonElement>("[data-testid=send-measure]")!);
    expect(sent).toHaveLength(2);
    expect(sent[1]).toMatchObject({ type: "cordon", radiusM: 1000 });
  });

  // a form emptied by its send: the double click's second click finds it empty and is ignored; a click a second later is
  // a real try and says what is missing (the form's own words for no recipient)
  const emptied = [
    { name: "a message", file: "MessageForm.tsx", panel: "MessageForm", role: "ent", send: "send-message", type: "message", text: "已出警，途中", missing: "请至少选择一个接收单位" },
    { name: "the director's free inject (or spot question)", file: "DirectorPanels.tsx", panel: "InjectPanel", role: "director", send: "send-inject", type: "adHocInject", text: "县政府值班室：请报告目前掌握的伤亡情况", missing: "请至少选择一个接收席位" },
  ] as const;
  for (const c of emptied) {
    it(`${c.name}: sent once, and the emptied form's second click says no ${c.missing} under it`, async () => {
      let clock = 9_000_000;
      vi.spyOn(Date, "now").mockImplementation(() => clock);
      const sent: OutCommand[] = [];
      const root = await mount(c.file, c.panel, { model: consoleModel(chem, state, c.role), send: (k: OutCommand) => (sent.push(k), `id${sent.length}`) });
      const form = root.querySelector<HTMLButtonElement>(`[data-testid=${c.send}]`)!.closest("form")!;
      const box = form.querySelector<HTMLInputElement>("input[name=to]")!;
      box.checked = true;
      box.dispatchEvent(new Event("change", { bubbles: true }));
      type(form.querySelector<HTMLTextAreaElement>("textarea[name=text]")!, c.text);
      await settle();
      await doubleClick(root.querySelector<HTMLButtonElement>(`[data-testid=${c.send}]`)!);
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ type: c.type, text: c.text });
      expect(form.querySelectorAll(".error, [role=alert]").length).toBe(0);
      expect(form.textContent).not.toContain(c.missing);
      clock += DOUBLE_CLICK_MS;
      await click(root.querySelector<HTMLButtonElement>(`[data-testid=${c.send}]`)!);
      expect(form.textContent).toContain(c.missing);
      expect(sent).toHaveLength(1);
    });
  }

  // newcomer trial r29: a report sent (all its fields, or 仍然发送) and its button clicked again at once said
  // 报告内容为空 in red under the report just sent
  it("a report: sent once, and the emptied form's second click says no 报告内容为空 under it; a click a second later does", async () => {
    let clock = 12_000_000;
    vi.spyOn(Date, "now").mockImplementation(() => clock);
    const sent: OutCommand[] = [];
    const root = await mount("ReportForm.tsx", "ReportForm", { model: consoleModel(chem, state, "ent"), send: (k: OutCommand) => (sent.push(k), `id${sent.length}`) });
    const form = root.querySelector<HTMLFormElement>("[data-testid=report-form]")!;
    type(form.querySelector<HTMLTextAreaElement>("textarea")!, "储罐区液氯泄漏，已启动企业应急预案");
    await settle();
    const send = form.querySelector<HTMLButtonElement>("[data-testid=send-report]")!;
    await click(send);
    // the fields left out are asked about first; 仍然发送 sends, and the second click of that double click lands on send
    form.querySelector<HTMLButtonElement>("[data-testid=report-incomplete] button")!.click();
    await settle();
    await click(send);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: "report" });
    expect(form.textContent).not.toContain("报告内容为空");
    clock += DOUBLE_CLICK_MS;
    await click(send);
    expect(form.textContent).toContain("报告内容为空");
    expect(sent).toHaveLength(1);
  });
});
