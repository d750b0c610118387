/** Travel on the road graph: shortest time, deterministic ties, detours around a toxic cloud. */
import { describe, expect, it } from "vitest";
import type { Scenario } from "../../engine/scenario/schema.ts";
import { buildGraph, positionOnRoute, shortestRoute } from "../../engine/world/graph.ts";

// A square: base (0,0) — a (1000,0) — scene (1000,1000), and base — b (0,1000) — scene. Both ways are 2 km.
const place = (id: string, x: number, y: number) => ({ id, x, y, kind: "junction" as const, name: { zh: id, en: id } });
const road = (from: string, to: string, speedKmh: number) => ({ from, to, speedKmh, oneway: false });
const square = (speedA: number, speedB: number) =>
  buildGraph({
    map: {
      places: [place("base", 0, 0), place("a", 1000, 0), place("b", 0, 1000), place("scene", 1000, 1000)],
      roads: [road("base", "a", speedA), road("a", "scene", speedA), road("base", "b", speedB), road("b", "scene", speedB)],
    },
  } as unknown as Scenario);

describe("shortest route", () => {
  it("takes the faster road and times it: 2 km at 60 km/h is 120 s", () => {
    const r = shortestRoute(square(60, 40), "base", "scene", 100)!;
    expect(r.nodes).toEqual(["base", "a", "scene"]);
    expect(r.arriveMs).toEqual([0, 60_000, 120_000]);
  });

  it("drives no faster than the vehicle: a 40 km/h bus on a 60 km/h road takes 180 s", () => {
    expect(shortestRoute(square(60, 40), "base", "scene", 40)!.arriveMs.at(-1)).toBe(180_000);
  });

  it("breaks exact ties by place id, the same way every time", () => {
    const routes = Array.from({ length: 5 }, () => shortestRoute(square(50, 50), "base", "scene", 100)!.nodes);
    expect(new Set(routes.map((r) => r.join(">")))).toEqual(new Set(["base>a>scene"]));
  });

  it("detours around a penalised road but reports true driving times", () => {
    const cloudOverA = (from: string, to: string) => (from === "a" || to === "a" ? 10 : 1);
    const r = shortestRoute(square(60, 40), "base", "scene", 100, cloudOverA)!;
    expect(r.nodes).toEqual(["base", "b", "scene"]);
    expect(r.arriveMs.at(-1)).toBe(180_000);
  });

  it("places a moving unit along its route", () => {
    const g = square(60, 40);
    const r = shortestRoute(g, "base", "scene", 100)!;
    expect(positionOnRoute(g, r, 30_000).pos).toEqual({ x: 500, y: 0 });
    expect(positionOnRoute(g, r, 90_000).pos).toEqual({ x: 1000, y: 500 });
  });

  it("has no route to a place off the network", () => {
    expect(shortestRoute(square(60, 40), "base", "nowhere", 100)).toBeUndefined();
  });
});
