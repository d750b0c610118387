/**
 * Cross-reference checks for the building-fire block: a malformed floor plan (a door of zero
 * width, a door to an unknown room, a room with no exit path, stairs to a missing floor …) is a
 * validation error with its YAML path, never a crash or a silent dead end in the model.
 */
import type { Finding } from "./check-hazard.ts";
import type { PathSegment } from "./problems.ts";
import type { Scenario } from "./schema.ts";
import type { BuildingFireParams } from "./hazard-building-fire.ts";

type Params = BuildingFireParams;
const H: PathSegment[] = ["hazard"];

/** Boundary layers (SFPE): door jambs 0.15 m, corridors 0.20 m, stair sides 0.15 m per side. */
export const JAMB_M = 0.15;
export const OPENING_SIDE_M = 0.2;
export const STAIR_SIDE_M = 0.15;

export function checkBuildingFire(s: Scenario): Finding[] {
  const h = s.hazard;
  if (h.model !== "building-fire") return [];
  const out: Finding[] = [];
  const add = (path: PathSegment[], message: string, expected?: string) => out.push({ path: [...H, ...path], message, ...(expected ? { expected } : {}) });

  if (!s.map.places.some((p) => p.id === h.place)) add(["place"], `no place "${h.place}"`, "a place id from map.places");

  const levels = new Set<number>();
  h.floors.forEach((f, i) => {
    if (levels.has(f.level)) add(["floors", i, "level"], `floor ${f.level} is listed twice`, "each level once");
    levels.add(f.level);
  });

  const spaces = new Map<string, { kind: "room" | "stair"; i: number }>();
  const claim = (id: string, kind: "room" | "stair", i: number, list: string) => {
    if (spaces.has(id)) add([list, i, "id"], `duplicate id "${id}"`, "room and stairwell ids unique");
    else spaces.set(id, { kind, i });
  };
  h.rooms.forEach((r, i) => {
    claim(r.id, "room", i, "rooms");
    if (!levels.has(r.floor)) add(["rooms", i, "floor"], `room "${r.id}" is on floor ${r.floor}, which is not in floors`, `one of: ${[...levels].join(", ")}`);
  });
  h.stairs.forEach((st, i) => {
    claim(st.id, "stair", i, "stairs");
    st.floors.forEach((f, j) => {
      if (!levels.has(f)) add(["stairs", i, "floors", j], `stairs "${st.id}" lead to floor ${f}, which is not in floors`, `one of: ${[...levels].join(", ")}`);
      if (st.floors.indexOf(f) !== j) add(["stairs", i, "floors", j], `floor ${f} is listed twice`, "each floor once");
    });
    if (st.widthM - 2 * STAIR_SIDE_M <= 0) add(["stairs", i, "widthM"], `stairs ${st.widthM} m wide have no effective width after ${STAIR_SIDE_M} m per side`, `more than ${2 * STAIR_SIDE_M} m`);
  });
  if (!h.rooms.some((r) => r.kind === "exit")) add(["rooms"], "the building has no exit", 'at least one room of kind "exit"');

  checkDoors(h, spaces, add);
  checkFireAndPeople(h, spaces, add);
  noExitPath(h, spaces).forEach(({ list, i, id }) =>
    add([list, i], `"${id}" has no path to an exit`, "doors or stairs linking it to a room of kind exit"),
  );
  const seen = new Set<string>();
  h.doors.forEach((d, i) => {
    if (seen.has(d.id)) add(["doors", i, "id"], `duplicate door id "${d.id}"`, "door ids unique");
    seen.add(d.id);
  });
  return out;
}

type Add = (path: PathSegment[], message: string, expected?: string) => void;
type Spaces = Map<string, { kind: "room" | "stair"; i: number }>;

function checkDoors(h: Params, spaces: Spaces, add: Add): void {
  h.doors.forEach((d, i) => {
    const a = spaces.get(d.from);
    const b = spaces.get(d.to);
    if (!a) add(["doors", i, "from"], `door "${d.id}" leads from an unknown room "${d.from}"`, "a room or stairwell id");
    if (!b) add(["doors", i, "to"], `door "${d.id}" leads to an unknown room "${d.to}"`, "a room or stairwell id");
    const side = d.kind === "opening" ? OPENING_SIDE_M : JAMB_M;
    if (d.widthM - 2 * side <= 0) add(["doors", i, "widthM"], `door "${d.id}" ${d.widthM} m wide has no effective width after ${side} m per side: nobody can pass`, `more than ${2 * side} m`);
    if (!a || !b) return;
    if (d.from === d.to) return add(["doors", i, "to"], "a door from a room to itself", "two different spaces");
    if (a.kind === "stair" && b.kind === "stair") return add(["doors", i, "to"], "a door between two stairwells", "a room on one side");
    const ra = a.kind === "room" ? h.rooms[a.i]! : undefined;
    const rb = b.kind === "room" ? h.rooms[b.i]! : undefined;
    if (ra && rb && ra.floor !== rb.floor) add(["doors", i, "to"], `door "${d.id}" joins floor ${ra.floor} and floor ${rb.floor}`, "two spaces on the same floor (use stairs between floors)");
    const room = ra ?? rb!;
    const stair = a.kind === "stair" ? h.stairs[a.i]! : b.kind === "stair" ? h.stairs[b.i]! : undefined;
    if (stair && !stair.floors.includes(room.floor)) add(["doors", i, a.kind === "stair" ? "from" : "to"], `stairs "${stair.id}" do not serve floor ${room.floor}`, `a floor in [${stair.floors.join(", ")}]`);
    const near = (r: readonly [number, number, number, number]) =>
      d.at[0] >= r[0] - 1 && d.at[0] <= r[0] + r[2] && d.at[1] >= r[1] - 1 && d.at[1] <= r[1] + r[3];
    const rects = [ra?.rect ?? stair?.rect, rb?.rect ?? stair?.rect];
    if (rects.some((r) => r && !near(r))) add(["doors", i, "at"], `door "${d.id}" at [${d.at.join(", ")}] is not on the edge of both spaces`, "a cell inside or next to each space's rect");
  });
}

function checkFireAndPeople(h: Params, spaces: Spaces, add: Add): void {
  const origin = spaces.get(h.fire.origin);
  if (!origin || origin.kind !== "room") add(["fire", "origin"], `no room "${h.fire.origin}"`, "a room id");
  else {
    const r = h.rooms[origin.i]!;
    if (r.kind === "exit") add(["fire", "origin"], `the fire starts in exit "${r.id}"`, "a room inside the building");
    const at = h.fire.at;
    if (at && (at[0] < r.rect[0] || at[0] >= r.rect[0] + r.rect[2] || at[1] < r.rect[1] || at[1] >= r.rect[1] + r.rect[3])) {
      add(["fire", "at"], `cell [${at.join(", ")}] is outside room "${r.id}"`, `a cell within rect [${r.rect.join(", ")}]`);
    }
  }
  const ids = new Set<string>();
  h.occupants.forEach((o, i) => {
    if (ids.has(o.id)) add(["occupants", i, "id"], `duplicate id "${o.id}"`, "occupant group ids unique");
    ids.add(o.id);
    const sp = spaces.get(o.room);
    if (!sp || sp.kind !== "room") add(["occupants", i, "room"], `no room "${o.room}"`, "a room id");
    else if (h.rooms[sp.i]!.kind === "exit") add(["occupants", i, "room"], `occupants placed in exit "${o.room}"`, "a room inside the building");
    if (o.premovementS.p99 < o.premovementS.median) add(["occupants", i, "premovementS", "p99"], "the 99th percentile is below the median", `at least ${o.premovementS.median}`);
  });
}

/** Rooms and stairwells that no chain of doors and stairs links to an exit. */
function noExitPath(h: Params, spaces: Spaces): Array<{ list: "rooms" | "stairs"; i: number; id: string }> {
  const adj = new Map<string, string[]>();
  const link = (a: string, b: string) => adj.set(a, [...(adj.get(a) ?? []), b]);
  for (const d of h.doors) {
    if (spaces.has(d.from) && spaces.has(d.to)) (link(d.from, d.to), link(d.to, d.from));
  }
  const reached = new Set(h.rooms.filter((r) => r.kind === "exit").map((r) => r.id));
  const queue = [...reached];
  while (queue.length > 0) {
    for (const next of adj.get(queue.shift()!) ?? []) if (!reached.has(next)) (reached.add(next), queue.push(next));
  }
  // a stairwell counts as one space: reaching it on any floor reaches every floor it serves,
  // but a room is only reached through a door on its own floor, which the per-door link models
  return [
    ...h.rooms.flatMap((r, i) => (reached.has(r.id) ? [] : [{ list: "rooms" as const, i, id: r.id }])),
    ...h.stairs.flatMap((st, i) => (reached.has(st.id) ? [] : [{ list: "stairs" as const, i, id: st.id }])),
  ];
}
