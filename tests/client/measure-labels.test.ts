// @vitest-environment happy-dom
/**
 * Round 23 ui item 1: every field of the measures form is labelled with what the command does with it. The 请求支援
 * form's place was labelled 中心位置 (a cordon's or an evacuation's centre, beside a radius): a request's place is where
 * the asked units are to go (engine/commands/communicate.ts applyRequestSupport: the request's `place` is the
 * 「前往 {{place}}」 of i18n request.textTo), so it reads 前往地点 / Destination. The asked agency (`from`, whom the
 * request goes to) read 请求单位 — the agency that requests, i.e. the sender — and now reads 请求对象（单位）; the
 * warning's colour level and the response's level say which level they are.
 */
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import { chem, mount, settle, state } from "./forms-dom.ts";

afterEach(() => setLang("zh"));

/** The labels of the measure `which`'s fields on `role`'s console, by the control's name: { place: "前往地点", … }. */
async function labels(role: string, which: string): Promise<Record<string, string>> {
  const root = await mount("ActionsPanel.tsx", "ActionsPanel", { model: consoleModel(chem, state, role), send: () => {} });
  root.querySelector<HTMLButtonElement>(`[data-testid=measure-${which}]`)!.click();
  await settle();
  const out: Record<string, string> = {};
  for (const f of root.querySelectorAll("label.field")) {
    const control = f.querySelector("select, input, textarea");
    out[control?.getAttribute("name") ?? "?"] = f.querySelector(".field-label")!.textContent!;
  }
  return out;
}

describe("the measures form's labels say what each field is for", () => {
  it("zh-CN: a support request goes to 前往地点, asked of 请求对象; a cordon's place is its 中心位置", async () => {
    expect(await labels("eb", "requestSupport")).toEqual({ from: "请求对象（单位）", unitType: "力量类型", count: "数量", place: "前往地点" });
    expect(await labels("police", "cordon")).toEqual({ place: "中心位置", radiusM: "半径（米）" });
  });

  it("English: Destination and Agency asked; the warning's and the response's levels are named", async () => {
    setLang("en");
    expect(await labels("eb", "requestSupport")).toEqual({ from: "Agency asked", unitType: "Unit type", count: "Count", place: "Destination" });
    const warning = await labels("eb", "warning");
    expect(warning.warn).toBe("Warning level");
    expect(warning.place).toBe("Centre");
    expect((await labels("eb", "activateResponse")).level).toBe("Response level");
  });
});
