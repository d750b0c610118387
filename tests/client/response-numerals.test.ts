// @vitest-environment happy-dom
/**
 * Response levels in zh-CN read with the numerals 事故等级 uses (newcomer 22 #14): the bureau's
 * 启动应急响应 form offers Ⅰ级响应…Ⅳ级响应 (Ⅰ highest, as 特别重大（Ⅰ级）…一般（Ⅳ级）), not 1级响应…4级响应,
 * and the event line the feed and the report print says 启动Ⅳ级应急响应 (was 四级). English keeps Level 1…4.
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { describeEvent, words } from "../../i18n/describe.ts";
import { cmd, ms, runPlay } from "../helpers.ts";
import { chem, panel, settle, state } from "./forms-dom.ts";

describe("response level numerals", () => {
  it("the 启动应急响应 form lists Ⅰ级响应 … Ⅳ级响应", async () => {
    const ActionsPanel = await panel<Record<string, unknown>>("ActionsPanel.tsx", "ActionsPanel");
    const root = document.createElement("div");
    render(h(ActionsPanel, { model: consoleModel(chem, state, "eb"), send: () => undefined }), root);
    await settle();
    root.querySelector<HTMLButtonElement>("[data-testid=measure-activateResponse]")!.click();
    await settle();
    const labels = [...root.querySelectorAll<HTMLOptionElement>("select[name=level] option")].map((o) => o.textContent);
    expect(labels).toEqual(["Ⅰ级响应", "Ⅱ级响应", "Ⅲ级响应", "Ⅳ级响应"]);
  });

  it("the event line: 启动Ⅳ级应急响应 in zh-CN, Level 4 in English", () => {
    const r = runPlay(chem, [cmd("00:20:00", "eb", { type: "activateResponse", level: 4 }, 1)], 7, ms("00:21:00"));
    const e = r.events.find((x) => x.type === "responseActivated")!;
    expect(describeEvent(chem, words(chem, "zh-CN"), e)).toContain("启动Ⅳ级应急响应");
    expect(describeEvent(chem, words(chem, "en"), e)).toContain("Level 4");
  });
});
