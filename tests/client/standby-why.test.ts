// @vitest-environment happy-dom
/**
 * Newcomer 21 item 1: a double-blind seat not yet told of the incident (standby) saw an empty 发往 box with no
 * choice and no word why, and a blank map saying 「点地点可向该处派遣力量」 with nothing to send. README ("Run a live
 * drill"): such a seat's console has, of the roster, its own seat only, no map and no units, and it may still name
 * the director. So every form with nothing to choose says why and what it can do (message the director), in zh
 * and en, the 消息 form offers the director, and the map's line says the map comes once told.
 */
import { h, render } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { setLang, t } from "../../client/i18n/index.ts";
import { mapHintKey, type ConsoleModel } from "../../client/model/console.ts";
import type { OutCommand } from "../../client/net/session.ts";
import { chem, panel, settle, state, type } from "./forms-dom.ts";

afterEach(() => setLang("zh"));

/** The fire seat as the README's standby console has it: its own seat only, no places, roads or units. */
function standby(): ConsoleModel {
  const m = consoleModel(chem, state, "fire");
  return { ...m, standby: true, agencies: m.agencies.filter((a) => a.id === "fire"), places: [], roads: [], units: [], messages: [], obligations: [] };
}

async function mount(file: string, name: string, model: ConsoleModel, sent: OutCommand[] = []): Promise<HTMLElement> {
  const C = await panel<Record<string, unknown>>(file, name);
  const root = document.createElement("div");
  render(h(C, { model, send: (c: OutCommand) => void sent.push(c) }), root);
  await settle();
  return root;
}

describe("a seat on standby", () => {
  it("is offered the director in 发往, told why it is the only one, and can send to it", async () => {
    const sent: OutCommand[] = [];
    const root = await mount("MessageForm.tsx", "MessageForm", standby(), sent);
    const boxes = [...root.querySelectorAll<HTMLInputElement>("input[name=to]")];
    expect(boxes.map((b) => b.value)).toEqual(["director"]);
    expect(root.querySelector("[data-testid=standby-why]")?.textContent).toContain("导调");
    boxes[0]!.checked = true;
    boxes[0]!.dispatchEvent(new Event("change", { bubbles: true }));
    await settle();
    type(root.querySelector<HTMLTextAreaElement>("textarea[name=text]")!, "本单位待命，请指示");
    await settle();
    root.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
    await settle();
    expect(sent).toMatchObject([{ type: "message", to: ["director"], text: "本单位待命，请指示" }]);
  });

  it("reads why in English too", async () => {
    setLang("en");
    const root = await mount("MessageForm.tsx", "MessageForm", standby());
    expect(root.querySelector("[data-testid=standby-why]")?.textContent).toMatch(/not been told.*director/);
  });

  // the kind: every panel whose lists are empty on standby says why, not "no units" (untrue) or nothing
  for (const [file, name, testid] of [["ReportForm.tsx", "ReportForm", "report-form"], ["MessageForm.tsx", "AckForm", "ack-form"], ["UnitsPanel.tsx", "UnitsPanel", undefined], ["ActionsPanel.tsx", "ActionsPanel", "actions"]] as const) {
    it(`${name} says why its lists are empty`, async () => {
      const root = await mount(file, name, standby());
      if (testid) expect(root.querySelector(`[data-testid=${testid}]`)).not.toBeNull();
      expect(root.querySelector("[data-testid=standby-why]")?.textContent).toBe(t("standby.why"));
      expect(root.textContent).not.toContain(t("units.none"));
    });
  }

  it("is told on the map that the map comes once told, never to tap a place to send units", () => {
    expect(mapHintKey(standby(), false)).toBe("standby.map");
    expect(mapHintKey(standby(), true)).toBe("standby.map");
  });

  // the kind: an observer (观摩) gets no map until any seat is told (README), and its empty map says so too
  it("an observer on standby is told the map comes once an agency is told", () => {
    expect(mapHintKey({ ...standby(), role: "observer" }, false)).toBe("standby.mapObserver");
    expect(t("standby.mapObserver")).toContain("参演单位");
  });

  it("once told, no note shows and the director is not offered unasked", async () => {
    const root = await mount("MessageForm.tsx", "MessageForm", consoleModel(chem, state, "fire"));
    expect(root.querySelector("[data-testid=standby-why]")).toBeNull();
    expect([...root.querySelectorAll<HTMLInputElement>("input[name=to]")].map((b) => b.value)).not.toContain("director");
    expect(mapHintKey(consoleModel(chem, state, "fire"), false)).toBe("units.tapToSend");
  });

  // a seat with no units of its own (told or not) is never asked to tap a place to send units there
  it("a seat without units is not asked to tap a place to send them", () => {
    expect(mapHintKey({ standby: false, units: [], role: "town" }, false)).toBeUndefined();
  });
});
