// @vitest-environment happy-dom
/**
 * Newcomer 23 item 16: the report form's four casualty number boxes had no label associated with them, and the compose
 * sub-tabs 报告/消息/签收/处置措施 were plain buttons in a tablist, not role=tab. Each box is now named by its label
 * (label[for] → input id), and each sub-tab is a tab with aria-selected.
 */
import { h, render } from "preact";
import { describe, expect, it, vi } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { chem, mount, settle, state } from "./forms-dom.ts";

vi.mock("../../client/map/MapView.tsx", () => ({ MapView: () => null }));
vi.mock("../../client/map/SiteView.tsx", () => ({ SiteView: () => null }));

describe("the compose pane, for assistive technology", () => {
  it("each casualty box has its label", async () => {
    const root = await mount("ReportForm.tsx", "ReportForm", { model: consoleModel(chem, state, "ent"), send: () => undefined });
    const named = ["deaths", "seriousInjuries", "injured", "missing"].map((k) => {
      const input = root.querySelector<HTMLInputElement>(`input[name=${k}]`)!;
      const label = root.querySelector<HTMLLabelElement>(`label[for="${input.id}"]`);
      return [k, input.id !== "" && label !== null ? label.textContent : null];
    });
    for (const [k, text] of named) expect(text, String(k)).toMatch(/\S/);
  });

  it("the sub-tabs 报告/消息/签收/处置措施 are tabs", async () => {
    const page = "AgencyConsole.tsx";
    const { AgencyConsole } = (await import(/* @vite-ignore */ `../../client/pages/${page}`)) as { AgencyConsole: (p: object) => never };
    const root = document.createElement("div");
    render(h(AgencyConsole, { model: consoleModel(chem, state, "ent"), drillId: "d1", person: "值班长", commands: [], connection: "open", outbox: 0, send: () => undefined }), root);
    await settle();
    root.querySelector<HTMLButtonElement>("[data-testid=tab-compose]")!.click();
    await settle();
    const subs = ["report", "message", "ack", "measures"].map((k) => root.querySelector(`[data-testid=compose-${k}]`)!);
    expect(subs.map((b) => b.getAttribute("role"))).toEqual(["tab", "tab", "tab", "tab"]);
    expect(subs.map((b) => b.getAttribute("aria-selected"))).toEqual(["true", "false", "false", "false"]);
  });
});
