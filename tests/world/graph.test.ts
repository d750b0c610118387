/** Travel on the road graph: shortest time, deterministic ties, detours around a toxic cloud. */
import { describe, expect, it } from "vitest";
import type { Scenario } from "../../engine/scenario/schema.ts";
import { buildGraph, positionOnRoute, reachableFrom, shortestRoute } from "../../engine/world/graph.ts";
import { pathTo, shortestPaths } from "../../engine/world/search.ts";

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

describe("one edge-aware search (world/search.ts)", () => {
  it("breaks equal-cost ties by the lower predecessor index, whatever order edges are listed in", () => {
    // 0 → 1 → 3 and 0 → 2 → 3, each 2 units: node 3 is reached from 1 (the lower index) either way
    const edges = [[{ to: 1, edge: 0, cost: 1 }, { to: 2, edge: 1, cost: 1 }], [{ to: 3, edge: 2, cost: 1 }], [{ to: 3, edge: 3, cost: 1 }], []];
    const forward = shortestPaths(4, [{ node: 0, cost: 0 }], (u) => edges[u]!);
    const backward = shortestPaths(4, [{ node: 0, cost: 0 }], (u) => [...edges[u]!].reverse());
    expect(forward.prevNode[3]).toBe(1);
    expect(backward.prevNode[3]).toBe(1);
    expect(pathTo(backward, 3)).toEqual({ nodes: [1, 3], edges: [0, 2] });
  });

  it("prefers the lower-index predecessor even when the other one was settled first", () => {
    // 0→2 (1) →3 (2) and 0→1 (2) →3 (1): both 3; node 2 is settled first, but 1 < 2 wins the tie
    const edges = [[{ to: 1, edge: 0, cost: 2 }, { to: 2, edge: 1, cost: 1 }], [{ to: 3, edge: 2, cost: 1 }], [{ to: 3, edge: 3, cost: 2 }], []];
    expect(shortestPaths(4, [{ node: 0, cost: 0 }], (u) => edges[u]!).prevNode[3]).toBe(1);
  });

  it("between two parallel edges of equal cost, keeps the lower edge index", () => {
    const r = shortestPaths(2, [{ node: 0, cost: 0 }], () => [{ to: 1, edge: 7, cost: 5 }, { to: 1, edge: 4, cost: 5 }]);
    expect(r.prevEdge[1]).toBe(4);
  });

  it("gives the same road route whatever order the file lists places and roads in", () => {
    const g = (reversed: boolean) => {
      const places = [place("base", 0, 0), place("a", 1000, 0), place("b", 0, 1000), place("scene", 1000, 1000)];
      const roads = [road("base", "a", 50), road("a", "scene", 50), road("base", "b", 50), road("b", "scene", 50)];
      return buildGraph({ map: { places: reversed ? places.reverse() : places, roads: reversed ? roads.reverse() : roads } } as unknown as Scenario);
    };
    expect(shortestRoute(g(true), "base", "scene", 100)!.nodes).toEqual(["base", "a", "scene"]);
    expect(shortestRoute(g(false), "base", "scene", 100)!.nodes).toEqual(["base", "a", "scene"]);
  });

  it("two roads between the same places: travel takes the time of the road the route chose", () => {
    // an old 1 km lane at 20 km/h listed first, a new 1 km road at 60 km/h: 60 s, not 180 s
    const g = buildGraph({ map: { places: [place("base", 0, 0), place("scene", 1000, 0)], roads: [road("base", "scene", 20), road("base", "scene", 60)] } } as unknown as Scenario);
    expect(shortestRoute(g, "base", "scene", 100)!.arriveMs).toEqual([0, 60_000]);
    expect(shortestRoute(g, "scene", "base", 100)!.arriveMs).toEqual([0, 60_000]);
  });

  it("follows one-way roads only their way", () => {
    const g = buildGraph({ map: { places: [place("base", 0, 0), place("scene", 1000, 0), place("loop", 1000, 1000)], roads: [{ ...road("base", "scene", 60), oneway: true }, { ...road("scene", "loop", 60), oneway: true }, { ...road("loop", "base", 36), oneway: true }] } } as unknown as Scenario);
    expect(shortestRoute(g, "base", "scene", 100)!.nodes).toEqual(["base", "scene"]);
    // back by the loop: 1 km at 60 km/h, then √2 km at 36 km/h
    expect(shortestRoute(g, "scene", "base", 100)).toMatchObject({ nodes: ["scene", "loop", "base"], arriveMs: [0, 60_000, 60_000 + Math.round((Math.SQRT2 * 1000) / 10 * 1000)] });
    expect([...reachableFrom(g, "scene")].sort()).toEqual(["base", "loop", "scene"]);
  });
});
