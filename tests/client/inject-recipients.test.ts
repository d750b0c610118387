// @vitest-environment happy-dom
/**
 * The director's free inject and 随机提问 (one form) start each inject with no seat ticked (newcomer 23 item 14: the
 * last recipients stayed ticked, so the next inject went to them unasked). A refused one still comes back whole
 * (tests/client/keep-input.test.ts).
 */
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { chem, mount, settle, state, tick, type } from "./forms-dom.ts";

describe("the free inject's recipients after a send", () => {
  it("a spot question to the bureau is sent to it; then no seat is ticked", async () => {
    const sent: OutCommand[] = [];
    const root = await mount("DirectorPanels.tsx", "InjectPanel", { model: consoleModel(chem, state, "director"), send: (c: OutCommand) => void sent.push(c) });
    const form = root.querySelector<HTMLFormElement>("[data-testid=free-inject]")!;
    await tick(form, "input[name=to][value=eb]");
    await tick(form, "[data-testid=inject-spot]");
    type(form.querySelector<HTMLTextAreaElement>("textarea[name=text]")!, "导调：请报告当前响应级别。");
    await settle();
    form.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    await settle();
    expect(sent).toEqual([expect.objectContaining({ type: "adHocInject", to: ["eb"], spotQuestion: true })]);
    expect([...form.querySelectorAll<HTMLInputElement>("input[name=to]")].filter((b) => b.checked)).toEqual([]);
  });
});
