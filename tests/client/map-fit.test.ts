/**
 * The fitted map holds the plume (newcomer 22 #13, V/50: on the director's map the plume ran off the right edge; the
 * fit took the places only). The chemical-leak poor play at 00:30:00 on the director's console (omniscient: it sees the
 * chemical model's zones and puffs): every zone cell above 0 and every puff circle lies in the box the map fits, and
 * the plume reaches beyond the places' own box (else this would prove nothing). A seat without eyes on the model fits
 * the places alone.
 */
import { describe, expect, it } from "vitest";
import { fitBox, plumeBox, within } from "../../client/map/fit.ts";
import { consoleModel } from "../../client/local/model.ts";
import { compiled, ms, playOf, runPlay } from "../helpers.ts";

const chem = compiled("chemical-leak");
const r = runPlay(chem, playOf(chem, "scenarios/plays/chemical-leak.poor.yaml"), 7, ms("00:30:00"));

describe("what the map fits", () => {
  it("the director's map: the places and the whole plume", () => {
    const m = consoleModel(chem, r.state, "director", { paused: true, speed: 1 }, r.events);
    const plume = plumeBox(m)!;
    expect(plume).toBeDefined();
    const xs = m.places.map((p) => p.x), ys = m.places.map((p) => -p.y);
    const places = { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    expect(within(plume, places)).toBe(false);
    const fitted = fitBox(m)!;
    expect(within(plume, fitted)).toBe(true);
    expect(within(places, fitted)).toBe(true);
  });
  it("a seat without eyes on the chemical model: the places alone", () => {
    const m = consoleModel(chem, r.state, "police", { paused: true, speed: 1 }, r.events);
    expect(plumeBox(m)).toBeUndefined();
    const xs = m.places.map((p) => p.x);
    expect([fitBox(m)!.x0, fitBox(m)!.x1]).toEqual([Math.min(...xs), Math.max(...xs)]);
  });
});
