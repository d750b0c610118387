/**
 * Round 22 item 2, the server's side: the welcome names the unit kinds a support request may ask for
 * (protocol/unit-kinds.ts), and the intake accepts exactly those. A seat told of the incident gets the scenario's
 * unit types (chemical-leak.yaml: ambulance held by health, with treat and transport); a double-blind seat not yet
 * told gets the county catalogue's kinds (engine/evaluate/glossary.ts unitType, all but `other`), the same in every
 * scenario (which kinds this scenario has would tell it); a complete welcome follows once it is told. The intake still
 * refuses any kind not on the list (the form can no longer send one, but another client can).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GLOSSARY } from "../../engine/evaluate/glossary.ts";
import { LiveDrill } from "../../server/live/drill.ts";
import { welcome } from "../../server/live/views.ts";
import { openSqliteStore } from "../../server/store/sqlite.ts";
import type { SeatCode } from "../../server/store/store.ts";

const YAML = readFileSync("scenarios/chemical-leak.yaml", "utf8");
const newDrill = (blindness: "NONE" | "DOUBLE_BLIND") => LiveDrill.create(openSqliteStore(":memory:"), { scenarioYaml: YAML, file: "chemical-leak.yaml", seed: 7, settings: { blindness, speed: 1, bots: [] } }).drill;
const seat = (d: LiveDrill, agency: string): SeatCode => ({ drillId: d.id, kind: "seat", seat: agency });

describe("the unit kinds a support request may ask for", () => {
  it("are the scenario's for a seat that knows it, and the catalogue's for one not yet told", () => {
    const open = newDrill("NONE");
    const w = welcome(open.c, { id: open.id, blindness: "NONE" }, seat(open, "eb"), "值班员", "eb");
    expect(w.unitKinds.map((k) => k.type)).toEqual(["ambulance", "bus", "commandVehicle", "enterpriseTeam", "fireEngine", "hazmatTeam", "monitoringVan", "policeCar", "townshipTeam", "weatherVan"]);
    expect(w.unitKinds.find((k) => k.type === "ambulance")).toEqual({ type: "ambulance", agencies: ["health"], capabilities: ["treat", "transport"] });

    const blind = newDrill("DOUBLE_BLIND");
    const b = welcome(blind.c, { id: blind.id, blindness: "DOUBLE_BLIND" }, seat(blind, "health"), "值班员", "health", true);
    const catalogue = Object.keys(GLOSSARY.unitType).filter((t) => t !== "other").sort();
    expect(b.unitKinds.map((k) => k.type)).toEqual(catalogue);
    expect(b.unitKinds.every((k) => k.agencies.length === 0 && k.capabilities.length === 0)).toBe(true);
  });

  it("the intake takes a listed kind and refuses one the scenario lacks, with a reason in words", async () => {
    const open = newDrill("NONE");
    const ask = (unitType: string, id: string) => open.offer(seat(open, "eb"), "p", id, { type: "requestSupport", from: "health", unitType, count: 1 });
    expect((await ask("ambulance", "o-1")).ok).toBe(true);
    const notHere = await ask("mineRescueTeam", "o-2");
    expect(notHere.ok ? "accepted" : notHere.rejection.code).toBe("unknownName");
    expect(notHere.ok ? "" : notHere.rejection.reason).toContain("力量类型");
  });
});
