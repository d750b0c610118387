// @vitest-environment happy-dom
/**
 * Round 22 item 2: the 请求支援 form's unit-type field was free text (placeholder "hazmatTeam"): a person typing 救护车
 * or leaving it empty ("any") was refused as 没有这个名称, since the server accepts only the unit types the scenario
 * has (engine/scenario/check-play.ts). It is now a list (a native select: keyboard and phone pickers) of the kinds
 * the welcome names (protocol/unit-kinds.ts), worded from the catalogue in zh-CN and English with what each can do,
 * the asked agency's own kinds first. Chemical leak (scenarios/chemical-leak.yaml units): health holds the four
 * ambulances (treat, transport), so asking health offers 救护车（医疗救治、转运） first.
 */
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang } from "../../client/i18n/index.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { chem, mount, settle, state } from "./forms-dom.ts";

afterEach(() => setLang("zh"));

async function supportForm(sent: OutCommand[]): Promise<HTMLElement> {
  const root = await mount("ActionsPanel.tsx", "ActionsPanel", { model: consoleModel(chem, state, "eb"), send: (c: OutCommand) => void sent.push(c) });
  root.querySelector<HTMLButtonElement>("[data-testid=measure-requestSupport]")!.click();
  await settle();
  return root;
}

const pick = async (el: HTMLSelectElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event("change", { bubbles: true }));
  await settle();
};

describe("the support request's unit type", () => {
  it("is a list of the scenario's kinds in words, the asked agency's first, and sends the one picked", async () => {
    const sent: OutCommand[] = [];
    const root = await supportForm(sent);
    expect(root.querySelector("input[name=unitType]")).toBeNull();
    await pick(root.querySelector<HTMLSelectElement>("select[name=from]")!, "health");
    const kinds = root.querySelector<HTMLSelectElement>("[data-testid=unit-type]")!;
    expect(kinds.tagName).toBe("SELECT");
    const options = [...kinds.querySelectorAll("option")].map((o) => [o.value, o.textContent]);
    // the scenario's unit types, each once (chemical-leak.yaml units): 10 kinds
    expect(options.map(([v]) => v).sort()).toEqual(["ambulance", "bus", "commandVehicle", "enterpriseTeam", "fireEngine", "hazmatTeam", "monitoringVan", "policeCar", "townshipTeam", "weatherVan"].sort());
    expect(options[0]).toEqual(["ambulance", "救护车（医疗救治、转运）"]);
    expect(kinds.querySelector("optgroup")!.getAttribute("label")).toContain("的力量");
    expect(kinds.value).toBe("ambulance");
    await pick(kinds, "hazmatTeam");
    root.querySelector<HTMLFormElement>("[data-testid=actions]")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: "requestSupport", from: "health", unitType: "hazmatTeam", count: 1 });
  });

  it("reads in English in the English console", async () => {
    setLang("en");
    const root = await supportForm([]);
    await pick(root.querySelector<HTMLSelectElement>("select[name=from]")!, "police");
    const first = root.querySelector<HTMLSelectElement>("[data-testid=unit-type]")!.querySelector("option")!;
    expect(first.value).toBe("policeCar");
    expect(first.textContent).toBe("police car (traffic control, cordon guard, evacuation)");
  });
});
