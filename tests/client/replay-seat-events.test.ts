/**
 * The replay with one seat chosen lists only what that seat saw (newcomer 22 #14, V/62: with the fire seat chosen the
 * list led with other agencies' events and injects, and it was the drill's last twelve whatever the slider said).
 * The chemical-leak poor play (scenarios/plays/chemical-leak.poor.yaml) to its end: the fire seat's list holds its own
 * units' events and what reached it, never an inject to the county bureau alone nor the police's cordon; the director's
 * is every event; both stop at the scrubbed time.
 */
import { describe, expect, it } from "vitest";
import { seenEvents } from "../../client/local/seat-events.ts";
import { compiled, ms, playOf, runPlay } from "../helpers.ts";

const chem = compiled("chemical-leak");
const r = runPlay(chem, playOf(chem, "scenarios/plays/chemical-leak.poor.yaml"), 7);
const fireUnits = new Set(chem.scenario.units.filter((u) => u.agency === "fire").map((u) => u.id));

describe("the replay's recent events, as the chosen role saw them", () => {
  it("the fire seat at the end: only its own units' events and what reached it or it did", () => {
    const seen = seenEvents(chem, "fire", r.events, r.state.tMs, 1_000);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((e) => e.type === "unitDispatched" && fireUnits.has(e.unit))).toBe(true);
    for (const e of seen) {
      const x = e as { by?: string; from?: string; to?: string | string[]; agency?: string; unit?: string; obligation?: { agency: string } };
      const about = x.by === "fire" || x.from === "fire" || x.agency === "fire" || (Array.isArray(x.to) ? x.to.includes("fire") : x.to === "fire") || (x.unit !== undefined && fireUnits.has(x.unit)) || x.obligation?.agency === "fire";
      expect(about, JSON.stringify(e)).toBe(true);
    }
    // what it never saw: an inject that went to others only, another seat's cordon
    expect(seen.some((e) => e.type === "injectDelivered" && !e.to.includes("fire"))).toBe(false);
    expect(seen.some((e) => e.type === "cordonSet" && e.by !== "fire")).toBe(false);
    expect(r.events.some((e) => e.type === "injectDelivered" && !e.to.includes("fire"))).toBe(true);
  });
  it("stops at the scrubbed time (00:30:00), for the director too; the director's list is every event to then", () => {
    const t = ms("00:30:00");
    expect(seenEvents(chem, "fire", r.events, t, 1_000).every((e) => e.at <= t)).toBe(true);
    expect(seenEvents(chem, "director", r.events, t, 100_000)).toEqual(r.events.filter((e) => e.at <= t));
    expect(seenEvents(chem, "director", r.events, t)).toHaveLength(12);
  });
});
