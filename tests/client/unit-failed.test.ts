// @vitest-environment happy-dom
/**
 * A seat is told when its unit arrives and cannot do the task (newcomer 20 item 3). The chemical leak's
 * fire seat sends the water tender hz-e1 (capabilities waterCurtain, rescue, cordonGuard:
 * scenarios/chemical-leak.yaml) to plug the leak: on arrival the engine emits taskFailed noCapability
 * (units/advance.ts). The seat's console, live (server/live/views.ts seatProjection) or replayed
 * (client/local/model.ts), carries it as codes, and its units panel words it in the seat's language
 * (i18n event.taskFailed + taskFailed.noCapability) beside the unit, until the unit gets another order.
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { setLang } from "../../client/i18n/index.ts";
import { consoleModel } from "../../client/local/model.ts";
import type { ConsoleModel } from "../../client/model/console.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { seatProjection } from "../../server/live/views.ts";
import type { SeatInfo } from "../../protocol/views.ts";
import { cmd, compiled, ms, runPlay } from "../helpers.ts";
import { panel, settle } from "./forms-dom.ts";

const chem = compiled("chemical-leak");
const wrong = cmd("00:05:00", "fire", { type: "dispatch", units: ["hz-e1"], place: "tank-v101", task: "plugLeak" }, 1);
const at40 = runPlay(chem, [wrong], 7, ms("00:40:00"));
// the same unit given another order (a water curtain) at 00:41: the failure no longer stands
const redone = runPlay(chem, [wrong, cmd("00:41:00", "fire", { type: "dispatch", units: ["hz-e1"], place: "tank-v101", task: "waterCurtain" }, 2)], 7, ms("00:50:00"));

async function units(m: ConsoleModel): Promise<HTMLElement> {
  const UnitsPanel = await panel<Record<string, unknown>>("UnitsPanel.tsx", "UnitsPanel");
  const root = document.createElement("div");
  render(h(UnitsPanel, { model: m, send: (_: OutCommand) => undefined }), root);
  await settle();
  return root;
}

describe("the seat is told its unit cannot do the task", () => {
  it("the engine failed it (noCapability) and the live seat view carries it as codes", () => {
    expect(at40.events.some((e) => e.type === "taskFailed" && e.unit === "hz-e1" && e.code === "noCapability")).toBe(true);
    const info = seatProjection(chem, at40.state, "fire", "NONE", at40.events).info as SeatInfo;
    expect(info.unitFailures).toEqual([expect.objectContaining({ unit: "hz-e1", task: "plugLeak", code: "noCapability", params: expect.objectContaining({ capabilities: "waterCurtain,rescue,cordonGuard" }) })]);
    // another seat's view has none of the fire brigade's
    expect((seatProjection(chem, at40.state, "police", "NONE", at40.events).info as SeatInfo).unitFailures).toBeUndefined();
  });

  it("beside the unit, in Chinese and in English", async () => {
    setLang("zh");
    const zh = await units(consoleModel(chem, at40.state, "fire", undefined, at40.events));
    expect(zh.querySelector("[data-testid=unit-failed-hz-e1]")!.textContent).toMatch(/无法执行「堵漏」.*能力：水幕.*搜救/);
    setLang("en");
    const en = await units(consoleModel(chem, at40.state, "fire", undefined, at40.events));
    expect(en.querySelector("[data-testid=unit-failed-hz-e1]")!.textContent).toMatch(/cannot carry out .*plug.*capabilities: water curtain/i);
    setLang("zh");
  });

  it("no longer once the unit is given another order", async () => {
    expect((await units(consoleModel(chem, at40.state, "fire", undefined, at40.events))).querySelector("[data-testid=unit-failed-hz-e1]")).not.toBeNull();
    const root = await units(consoleModel(chem, redone.state, "fire", undefined, redone.events));
    expect(root.querySelector("[data-testid=unit-failed-hz-e1]")).toBeNull();
  });
});
