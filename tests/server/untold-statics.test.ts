/**
 * What a double-blind seat receives before it is told (newcomer 17 item 2): the scenario's id and
 * title never reached it, but its `welcome` told the incident anyway — the hazard's task list
 * (plugLeak, closeValve, waterCurtain; suppression, triage), the incident unit among the agencies
 * (临江县第二实验小学) and the scenario's own places on the map ("School playground"). For each
 * shipped scenario, run double-blind and paused at T+0 (nobody told), every seat and the observer
 * join, and every byte each socket receives (welcome, state and patches) is searched for the
 * incident unit's names, the hazard's own task ids and the names of places that are not the
 * county's standing bases. Once the seat is told, the complete welcome arrives.
 */
import type { Room as SDKRoom } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GENERIC_TASKS } from "../../engine/compile.ts";
import { hazardModel } from "../../engine/hazards/index.ts";
import type { WelcomeMessage } from "../../protocol/messages.ts";
import { shippedScenarios } from "../../server/live/scenario.ts";
import { collect, createDrill, join, joinAll, loadShipped, received, requestId, startServer, until, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startServer();
});
afterAll(async () => {
  await h.close();
});

const text = (room: SDKRoom) => (received.get(room) ?? []).map((c) => c.bytes.toString("utf8")).join("\n");

describe("an untold seat in a double-blind drill", () => {
  for (const shipped of shippedScenarios()) {
    it(`learns neither the incident unit, the hazard's tasks nor the scenario's places: ${shipped.id}`, async () => {
      const s = loadShipped(shipped.file).scenario;
      const unit = new Set([s.incidentAgency, ...s.agencies.filter((a) => a.reportsTo === s.incidentAgency).map((a) => a.id)]);
      const tasks = Object.keys(hazardModel(s.hazard.model).tasks).filter((t) => !(GENERIC_TASKS as readonly string[]).includes(t));
      expect(tasks.length).toBeGreaterThan(0);
      // the county's standing places: the bases of the agencies and units outside the incident unit
      const basesOf = (agencies: Set<string>) => new Set([
        ...s.agencies.filter((a) => agencies.has(a.id) && a.base).map((a) => a.base!),
        ...s.units.filter((u) => agencies.has(u.agency)).map((u) => u.base),
      ]);
      const county = basesOf(new Set(s.agencies.filter((a) => !unit.has(a.id)).map((a) => a.id)));
      county.delete(s.incidentPlace);
      const d = await createDrill(h, { scenario: shipped.id, seed: 7, blindness: "DOUBLE_BLIND", speed: 1, paused: true });
      const drill = h.ctx.drills.get(d.id)!;
      const rooms = await joinAll(h, d);
      await until(() => rooms.every((r) => r.welcomes.length === 1), 8000, "welcomes");
      await new Promise((r) => setTimeout(r, 300)); // the first state patches too
      expect(drill.state.knowledge.every((k) => k.notifiedAtMs === undefined)).toBe(true);

      const leaks: string[] = [];
      for (const { who, room, welcomes } of rooms) {
        const mine = unit.has(who) ? new Set([who]) : new Set<string>();
        const places = new Set([...county, ...basesOf(mine)]);
        places.delete(s.incidentPlace);
        const secrets = [
          ...s.agencies.filter((a) => unit.has(a.id) && a.id !== who).flatMap((a) => [a.name.zh, a.name.en]),
          ...tasks,
          ...s.map.places.filter((p) => !places.has(p.id)).flatMap((p) => [p.name.zh, p.name.en]),
        ];
        const bytes = text(room);
        for (const x of secrets) if (bytes.includes(x)) leaks.push(`${who} got "${x}"`);
        expect(welcomes[0]!.map.complete).toBe(false);
        // on standby: its own seat, named by its kind; its units and bases are the scenario's, and come with the complete welcome (review 19 item 2)
        if (who !== "observer") {
          expect(welcomes[0]!.agencies.map((a) => a.id)).toEqual([who]);
          expect(welcomes[0]!.units).toEqual([]);
          expect(welcomes[0]!.map.places).toEqual([]);
        }
      }
      expect(leaks).toEqual([]);
      for (const { room } of rooms) await room.leave();
    });
  }

  it("gets the incident unit, the hazard's tasks and the whole map in the welcome once it is told, and another seat not before", async () => {
    const d = await createDrill(h, { scenario: "school-fire", seed: 7, blindness: "DOUBLE_BLIND", speed: 1, paused: true });
    const drill = h.ctx.drills.get(d.id)!;
    const fire = await join(h, d.id, d.codes.seats.fire!, "消防");
    const welcomes = collect<WelcomeMessage>(fire, "welcome");
    await until(() => welcomes.length === 1, 5000, "first welcome");
    expect(welcomes[0]!.tasks).not.toContain("suppression");
    expect(welcomes[0]!.agencies.some((a) => a.id === "sch")).toBe(false);
    expect(welcomes[0]!.map.places.some((p) => p.id === "playground")).toBe(false);
    expect(welcomes[0]!.units).toEqual([]);
    // the school's police post hears of it at 00:05 (inj: the passer-by's 110 call); the fire seat is told later
    const police = await join(h, d.id, d.codes.seats.police!, "公安");
    const policeWelcomes = collect<WelcomeMessage>(police, "welcome");
    await until(() => policeWelcomes.length === 1, 5000, "police's first welcome");
    expect(policeWelcomes[0]!.tasks).not.toContain("triage");
    const director = await join(h, d.id, d.codes.director, "导调");
    director.send("clock", { id: requestId(), action: "jump", value: 6 });
    await until(() => policeWelcomes.length === 2, 8000, "complete welcome");
    expect(drill.state.knowledge.find((k) => k.agency === "police")?.notifiedAtMs).toBeDefined();
    const w = policeWelcomes[1]!;
    expect(w.map.complete).toBe(true);
    expect(w.tasks).toEqual(expect.arrayContaining(["suppression", "triage", "search"]));
    expect(w.agencies.some((a) => a.id === "sch")).toBe(true);
    expect(w.map.places.some((p) => p.id === "playground")).toBe(true);
    expect(w.map.places.length).toBeGreaterThan(policeWelcomes[0]!.map.places.length);
    expect(w.units.map((u) => u.id).sort()).toEqual(drill.c.scenario.units.filter((u) => u.agency === "police").map((u) => u.id).sort());
    expect(welcomes.length).toBe(1); // the fire seat is not told yet: still the partial welcome
  });
});
