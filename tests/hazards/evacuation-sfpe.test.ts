/**
 * Evacuation against the SFPE hydraulic model (hazards.md §2.5, issue 8 item 9): a single room
 * with one or two exits empties in about pre-movement + max(walking, door flow) time, within
 * 15 %. People start spread over the room and pick exits with the queues in mind; a lecture
 * hall holds more than the old per-class limit of 200.
 */
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { buildingFire } from "../../engine/hazards/building-fire.ts";
import { parseScenario } from "../../engine/scenario/load.ts";
import type { Scenario } from "../../engine/scenario/schema.ts";

const PUPILS = 300;
const PRE_S = 60;

/** A 24 × 16 m lecture hall (cells of 1 m) with 1.2-m doors at the given cells of its east wall, into the open air. */
function hall(doorCells: Array<[number, number]>): Scenario {
  const rooms = [
    { id: "hall", name: { zh: "报告厅", en: "Lecture hall" }, floor: 1, kind: "classroom", rect: [0, 0, 24, 16] },
    { id: "out", name: { zh: "室外", en: "Outside" }, floor: 1, kind: "exit", rect: [24, 0, 4, 16] },
  ];
  const doors = doorCells.map((at, i) => ({ id: `d${i}`, from: "hall", to: "out", widthM: 1.2, at }));
  const hazard = {
    model: "building-fire", place: "school",
    floors: [{ level: 1, name: { zh: "一层", en: "First floor" }, heightM: 4 }],
    rooms, doors,
    occupants: [{ id: "k", name: { zh: "全年级", en: "Whole year" }, room: "hall", pupils: PUPILS, staff: 0, premovementS: { median: PRE_S, p99: PRE_S } }],
    fire: { origin: "hall", startAt: "00:50:00", growth: "medium" },
  };
  const doc = {
    id: "hall", title: { zh: "报告厅", en: "Hall" }, kind: "school-fire", eventClass: "ACCIDENT_DISASTER", blindness: "NONE",
    rules: "county-default", clock: { start: "2026-05-12T10:00:00+08:00", tickS: 1, duration: "01:00:00" },
    incidentPlace: "school", incidentAgency: "sch", leadAgency: "sch",
    map: { places: [{ id: "school", name: { zh: "学校", en: "School" }, kind: "school", x: 0, y: 0 }, { id: "st", name: { zh: "站", en: "Station" }, kind: "fireStation", x: 2000, y: 0 }], roads: [{ from: "school", to: "st", speedKmh: 40 }] },
    agencies: [{ id: "sch", name: { zh: "学校", en: "School" }, kind: "school" }],
    units: [], populations: [], hazard,
    weather: [{ at: "00:00:00", windFromDeg: 90, windSpeedMs: 2, stability: "D" }], injects: [],
  };
  const r = parseScenario(stringify(doc), "hall.yaml");
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.line}:${p.col} ${p.path.join(".")} ${p.message}`).join("\n"));
  return r.value;
}

/** Alarm at 0, 1-s ticks until everyone is out: the time the last person leaves. */
function emptiesAfterS(s: Scenario): number {
  let st = buildingFire.order!(buildingFire.init(s), { type: "evacuate", by: "sch", place: "school", tMs: 0 }).state;
  let rng = {};
  for (let t = 0; t < 1200_000; t += 1000) {
    const r = buildingFire.tick(st, { scenario: s, tMs: t, dtMs: 1000, weather: s.weather[0]!, workers: [], seed: 7, rng });
    st = r.state;
    if (r.rng) rng = r.rng;
    if (st.counts.evacuated === PUPILS) return (t + 1000) / 1000;
  }
  return Infinity;
}

// SFPE hydraulic hand values: a 1.2-m door has 1.2 − 2 × 0.15 = 0.90 m effective width × 1.32 p/(s·m) = 1.188 p/s.
const DOOR_FLOW = (1.2 - 2 * 0.15) * 1.32;
// Walking: the farthest person (a corner, ~24 + 8 m Manhattan from a mid-wall door) at ≤ 1.19 m/s ≈ 27 s,
// far below the flow time, so the door controls: t = pre-movement + 1 s to the door + N / flow.
describe("a single room empties in pre-movement + max(walking, door flow) (SFPE hydraulic model)", () => {
  it(`${PUPILS} people, one door: 60 + 300 / 1.188 ≈ 313 s, within 15 %`, () => {
    const hand = PRE_S + 1 + PUPILS / DOOR_FLOW;
    expect(hand).toBeCloseTo(313.5, 0);
    const t = emptiesAfterS(hall([[23, 8]]));
    expect(Math.abs(t / hand - 1), `model ${t} s, hand ${hand.toFixed(1)} s`).toBeLessThan(0.15);
  });

  it("two doors, one mid-wall and one in a corner: people split by the queues, 60 + 300 / 2.376 ≈ 187 s, within 15 %", () => {
    // by distance alone only the quarter of the hall nearest the corner door would use it (≈ 60 + 225 / 1.188 = 249 s)
    const hand = PRE_S + 1 + PUPILS / (2 * DOOR_FLOW);
    expect(hand).toBeCloseTo(187.3, 0);
    const t = emptiesAfterS(hall([[23, 8], [23, 0]]));
    expect(Math.abs(t / hand - 1), `model ${t} s, hand ${hand.toFixed(1)} s`).toBeLessThan(0.15);
  });
});
