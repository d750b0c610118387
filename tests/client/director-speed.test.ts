// @vitest-environment happy-dom
/**
 * Newcomer 17 (v02): a drill created at 3× showed a blank speed box on the director's console,
 * 3 being none of its presets. The box shows the drill's actual speed, whatever it is.
 */
import { h, render } from "preact";
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { chem, panel, settle, state } from "./forms-dom.ts";

const ClockControls = await panel<Record<string, unknown>>("DirectorPanels.tsx", "ClockControls");

describe("the director's speed box", () => {
  for (const speed of [3, 7, 1, 0.5]) {
    it(`shows ${speed}× when the drill runs at ${speed}×`, async () => {
      const root = document.createElement("div");
      const model = { ...consoleModel(chem, state, "director"), speed, ended: false };
      render(h(ClockControls, { model, control: () => Promise.resolve({}) }), root);
      await settle();
      const box = root.querySelector<HTMLSelectElement>("[data-testid=speed]")!;
      expect(box.options[box.selectedIndex]?.textContent).toBe(`${speed}×`);
      const values = [...box.options].map((o) => Number(o.value));
      expect(values).toEqual([...values].sort((a, b) => a - b)); // in order, the drill's own among the presets
    });
  }
});
