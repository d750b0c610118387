/**
 * The county roster (scenarios/roster/county.yaml, server/live/roster.ts): a double-blind seat not yet told shows its
 * agency by the county's real name for its kind — the emergency bureau's seat reads 青石县应急管理局, as the roster
 * says, not the bare kind 应急管理局 — and the same name in every shipped scenario (chemical-leak and school-fire are
 * set in 临江县, mine-flood in 岭北县: the scenario's own name would tell which will run). A kind without an entry
 * keeps the kind's word; a roster naming an incident's own agency (an enterprise, a school) is refused.
 */
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { countyRoster, readRoster } from "../../server/live/roster.ts";
import { shippedScenarios } from "../../server/live/scenario.ts";
import { welcome } from "../../server/live/views.ts";
import type { WelcomeMessage } from "../../protocol/messages.ts";
import { createDrill, decoded, join, loadShipped, startServer, until } from "./harness.ts";

/** the standby welcome's agencies for seat `seat` of shipped scenario `file` (double-blind, not yet told) */
function standbyAgencies(file: string, seat: string) {
  return welcome(loadShipped(file), { id: "x", blindness: "DOUBLE_BLIND" }, { drillId: "x", kind: "seat", seat }, "值班员", seat, true, countyRoster()).agencies;
}

describe("a standby seat is named from the county roster", () => {
  it("the emergency bureau's seat (eb) reads 青石县应急管理局 in all three shipped scenarios", () => {
    const files = shippedScenarios().map((s) => s.file);
    expect(files).toEqual(["chemical-leak.yaml", "mine-flood.yaml", "school-fire.yaml"]);
    for (const f of files) {
      expect(standbyAgencies(f, "eb")).toEqual([{ id: "eb", kind: "emergencyBureau", name: { zh: "青石县应急管理局", en: "Qingshi County Emergency Management Bureau" }, simulated: false }]);
    }
    // the scenario's own names differ (临江县 / 岭北县): the roster's is the county's, not the scenario's
    expect(new Set(files.map((f) => loadShipped(f).scenario.agencies.find((a) => a.id === "eb")!.name.zh)).size).toBe(2);
  });

  it("a kind the roster does not list (the enterprise, 企业) keeps its kind's word; a told seat keeps the scenario's name", () => {
    expect(standbyAgencies("chemical-leak.yaml", "ent")[0]!.name).toEqual({ zh: "企业", en: expect.any(String) });
    const c = loadShipped("chemical-leak.yaml");
    const told = welcome(c, { id: "x", blindness: "DOUBLE_BLIND" }, { drillId: "x", kind: "seat", seat: "eb" }, "值班员", "eb", false, countyRoster());
    expect(told.agencies.find((a) => a.id === "eb")!.name.zh).toBe("临江县应急管理局");
  });

  it("a roster naming an incident's own agency or an unknown kind is refused, naming the entry", () => {
    expect(() => readRoster("agencies:\n  enterprise: { zh: 某化工公司, en: A chemical company }\n", "county.yaml")).toThrow(/enterprise.*would name the scenario/);
    expect(() => readRoster("agencies:\n  school: { zh: 第二小学, en: No. 2 School }\n", "county.yaml")).toThrow(/school/);
    expect(() => readRoster("agencies:\n  fireRescue: { zh: 消防 }\n", "county.yaml")).toThrow(/agencies\.fireRescue\.en/);
    expect(readRoster(readFileSync("scenarios/roster/county.yaml", "utf8"), "county.yaml").agencies.fireRescue?.zh).toBe("青石县消防救援大队");
  });
});

describe("through the room", () => {
  const closing: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of closing) await c();
  });
  it("a double-blind mine-flood drill's eb seat is welcomed as 青石县应急管理局, not 岭北县应急管理局", async () => {
    const h = await startServer();
    closing.push(h.close);
    const d = await createDrill(h, { scenario: "mine-flood", seed: 7, blindness: "DOUBLE_BLIND", paused: true });
    const room = await join(h, d.id, d.codes.seats.eb!, "值班员");
    const welcomeOf = () => (decoded.get(room) ?? []).filter((f) => f.code === 13).map((f) => JSON.parse(f.text) as { type: string; message: WelcomeMessage }).find((m) => m.type === "welcome")?.message;
    await until(() => welcomeOf() !== undefined, 5000, "the welcome");
    expect(welcomeOf()!.agencies.map((a) => a.name.zh)).toEqual(["青石县应急管理局"]);
  });
});
