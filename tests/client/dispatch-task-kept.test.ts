// @vitest-environment happy-dom
/**
 * The dispatch form never swaps the task the person chose (newcomer 20 item 2: ticking a unit that
 * could not do 堵漏 silently turned the task into 水幕). The chemical leak's fire seat
 * (scenarios/chemical-leak.yaml): 防化一组 hz-chem1 can plugLeak, closeValve, detect, rescue; the
 * water tender hz-e1 only waterCurtain, rescue, cordonGuard. With 堵漏 chosen and hz-e1 ticked the task
 * stays 堵漏, hz-e1 is named beside itself as unable (the check engine/units/capability.ts makes), and
 * the person may choose one of its tasks there or send as chosen.
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { setLang } from "../../client/i18n/index.ts";
import { consoleModel } from "../../client/local/model.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { chem, panel, settle, state } from "./forms-dom.ts";

async function fireUnits(sent: OutCommand[]): Promise<HTMLElement> {
  const UnitsPanel = await panel<Record<string, unknown>>("UnitsPanel.tsx", "UnitsPanel");
  const root = document.createElement("div");
  render(h(UnitsPanel, { model: consoleModel(chem, state, "fire"), send: (c: OutCommand) => void sent.push(c) }), root);
  await settle();
  return root;
}
const task = (root: HTMLElement) => root.querySelector<HTMLSelectElement>("[data-testid=dispatch-task]")!;
async function choose(root: HTMLElement, value: string) {
  task(root).value = value;
  task(root).dispatchEvent(new Event("change", { bubbles: true }));
  await settle();
}
async function tick(root: HTMLElement, id: string) {
  const box = root.querySelector<HTMLInputElement>(`input[name=unit][value=${id}]`)!;
  box.checked = !box.checked;
  box.dispatchEvent(new Event("change", { bubbles: true }));
  await settle();
}
const unitRow = (root: HTMLElement, id: string) => root.querySelector(`input[name=unit][value=${id}]`)!.closest("li")!;

describe("the dispatch task is the person's", () => {
  it("堵漏 chosen, then a water tender ticked: the task stays 堵漏 and the tender is named unable beside itself", async () => {
    setLang("zh");
    const sent: OutCommand[] = [];
    const root = await fireUnits(sent);
    await choose(root, "plugLeak");
    await tick(root, "hz-e1");
    expect(task(root).value).toBe("plugLeak");
    const warn = unitRow(root, "hz-e1").querySelector("[data-testid=dispatch-warn]");
    expect(warn?.textContent).toContain("不能执行“堵漏”");
    // the other unit's row carries no warning
    await tick(root, "hz-chem1");
    expect(unitRow(root, "hz-chem1").querySelector("[data-testid=dispatch-warn]")).toBeNull();
    expect(task(root).value).toBe("plugLeak");
    root.querySelector<HTMLButtonElement>("[data-testid=dispatch]")!.click();
    await settle();
    expect(sent).toEqual([expect.objectContaining({ type: "dispatch", units: ["hz-e1", "hz-chem1"], task: "plugLeak" })]);
  });

  it("the warning offers the unit's own tasks; choosing one there is the person's choice", async () => {
    setLang("en");
    const root = await fireUnits([]);
    await choose(root, "plugLeak");
    await tick(root, "hz-e1");
    expect(unitRow(root, "hz-e1").querySelector("[data-testid=dispatch-warn]")!.textContent).toContain("cannot do");
    unitRow(root, "hz-e1").querySelector<HTMLButtonElement>("[data-testid=warn-task-waterCurtain]")!.click();
    await settle();
    expect(task(root).value).toBe("waterCurtain");
    expect(root.querySelector("[data-testid=dispatch-warn]")).toBeNull();
  });

  it("no task chosen yet: the preset from the ticked unit is said to be a preset", async () => {
    setLang("zh");
    const root = await fireUnits([]);
    expect(root.querySelector("[data-testid=task-default]")).toBeNull();
    await tick(root, "hz-e1");
    expect(task(root).value).toBe("waterCurtain");
    expect(root.querySelector("[data-testid=task-default]")!.textContent).toContain("预选");
    await choose(root, "waterCurtain");
    expect(root.querySelector("[data-testid=task-default]")).toBeNull();
  });
});
