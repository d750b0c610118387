/**
 * What the replay viewer and "as seen by" show a seat (client/local/model.ts): in a double-blind
 * drill nothing about the incident before the seat is told; only the powers its agency kind has
 * (engine/rules/powers.ts, after 消防法 第四十五条 and 应对法 第六十三条); a site view only where its
 * own units stand on the site, and never the plume of an airborne release.
 */
import { describe, expect, it } from "vitest";
import { consoleModel } from "../../client/local/model.ts";
import { compiled, playOf, runPlay, SCENARIOS } from "../helpers.ts";

describe("a seat's console model", () => {
  const chem = compiled("chemical-leak");
  const chemPlay = playOf(chem, `${SCENARIOS}/plays/chemical-leak.good.yaml`);

  it("shows the fire brigade nothing of the incident before the enterprise's 119 call (00:01:00), then the title and the place", () => {
    const before = consoleModel(chem, runPlay(chem, chemPlay, 7, 50_000).state, "fire");
    expect(before.title).toBeUndefined();
    expect(before.incidentPlace).toBeUndefined();
    expect(before.messages).toEqual([]);
    const after = consoleModel(chem, runPlay(chem, chemPlay, 7, 90_000).state, "fire");
    expect(after.title?.zh).toContain("液氯");
    expect(after.incidentPlace).toBe("tank-v101");
    expect(after.messages.map((m) => m.from)).toContain("ent");
  });

  it("never hands a seat another agency's units, injects or ground truth", () => {
    const m = consoleModel(chem, runPlay(chem, chemPlay, 7, 30 * 60_000).state, "fire");
    expect(new Set(m.units.map((u) => u.info.agency))).toEqual(new Set(["fire"]));
    expect(m.injects).toBeUndefined();
    expect(m.truth).toBeUndefined();
    expect(m.messages.every((x) => x.from === "fire" || x.to.includes("fire"))).toBe(true);
  });

  it("offers each agency only the measures its kind may order", () => {
    const state = runPlay(chem, chemPlay, 7, 60_000).state;
    const powers = (role: string) => consoleModel(chem, state, role).powers;
    // fire and rescue: cordon, evacuate, shelter, activate its response; no public warning
    expect(powers("fire")).toEqual(expect.arrayContaining(["cordon", "evacuate", "shelter", "activateResponse"]));
    expect(powers("fire")).not.toContain("warning");
    // the meteorological bureau warns; it sets no cordon and moves nobody
    expect(powers("met")).toContain("warning");
    expect(powers("met")).not.toContain("cordon");
    expect(powers("met")).not.toContain("evacuate");
    // nobody but the director fires injects or ends the drill
    for (const a of ["ent", "eb", "fire", "police", "met"]) expect(powers(a)).not.toContain("injectNow");
    expect(consoleModel(chem, state, "director").powers).toEqual(expect.arrayContaining(["injectNow", "end"]));
  });

  it("gives no seat the chemical plume, even with its own crews at the tank; the director sees it", () => {
    const state = runPlay(chem, chemPlay, 7, 40 * 60_000).state;
    const fire = consoleModel(chem, state, "fire");
    expect(fire.units.some((u) => u.at === "tank-v101" && ["settingUp", "working", "onScene"].includes(u.status))).toBe(true);
    expect(fire.overlay).toBeUndefined();
    expect(consoleModel(chem, state, "director").overlay).toBeDefined();
  });

  it("opens the school floor plan to the fire brigade once its crews are at the school, not before", () => {
    const school = compiled("school-fire");
    const play = playOf(school, `${SCENARIOS}/plays/school-fire.good.yaml`);
    const early = consoleModel(school, runPlay(school, play, 7, 60_000).state, "fire");
    expect(early.site).toBeUndefined();
    const late = consoleModel(school, runPlay(school, play, 7, 20 * 60_000).state, "fire");
    expect(late.units.some((u) => u.at === "school" && ["settingUp", "working", "onScene"].includes(u.status))).toBe(true);
    expect(late.site?.model).toBe("building-fire");
    expect(late.overlay).toBeDefined();
  });
});
