// @vitest-environment happy-dom
/**
 * The director's forecast panel after the end (newcomer 23 item 16, 59-dir-forecast.png → 60: the old forecast still
 * showed once the drill had ended). A forecast run while the drill runs shows; the same panel once the model says
 * ended shows none.
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { chem, panel, settle, state } from "./forms-dom.ts";

const forecast = { fromMs: 300_000, toMs: 2_100_000, casualties: { deaths: 0, seriousInjuries: 2, injured: 5, missing: 0 }, grade: 4, injects: [], missed: [], ended: false };

describe("the forecast panel", () => {
  it("shows a forecast while the drill runs, and none once it has ended", async () => {
    const ForecastPanel = await panel<Record<string, unknown>>("DirectorPanels.tsx", "ForecastPanel");
    const running = consoleModel(chem, state, "director");
    const root = document.createElement("div");
    const control = async () => forecast;
    render(h(ForecastPanel, { model: running, control }), root);
    await settle();
    [...root.querySelectorAll("button")].at(-1)!.click();
    await settle();
    expect(root.querySelector("[data-testid=forecast-result]")).not.toBeNull();
    render(h(ForecastPanel, { model: { ...running, ended: true }, control }), root);
    await settle();
    expect(root.querySelector("[data-testid=forecast-result]")).toBeNull();
  });
});
