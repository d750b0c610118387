/**
 * Cross-reference checks for the mine-flood block: a malformed roadway network (a segment whose
 * ends are not nodes, a roadway that connects to nothing, a node with no way out to a portal, a
 * pump room that is not a node …) is a validation error with its YAML path, never a crash or a
 * silent dead end in the model.
 */
import { parseClock } from "../model/time.ts";
import type { Finding } from "./check-hazard.ts";
import type { MineFloodParams } from "./hazard-mine-flood.ts";
import type { PathSegment } from "./problems.ts";
import type { Scenario } from "./schema.ts";

type Add = (path: PathSegment[], message: string, expected?: string) => void;

export function checkMineFlood(s: Scenario): Finding[] {
  const h = s.hazard;
  if (h.model !== "mine-flood") return [];
  const out: Finding[] = [];
  const add: Add = (path, message, expected) => out.push({ path: ["hazard", ...path], message, ...(expected ? { expected } : {}) });

  if (!s.map.places.some((p) => p.id === h.site)) add(["site"], `no place "${h.site}"`, "a place id from map.places (the mine)");
  const nodes = new Map(h.nodes.map((n, i) => [n.id, { n, i }]));
  unique(h.nodes.map((n) => n.id), ["nodes"], add);
  unique(h.segments.map((e) => e.id), ["segments"], add);
  unique(h.miners.map((m) => m.id), ["miners"], add);
  unique(h.pumpRooms.flatMap((r) => r.pumps.map((p) => p.id)), ["pumpRooms"], add, "pump");
  const levels = new Set(h.levels.map((l) => l.id));
  h.nodes.forEach((n, i) => {
    if (n.level !== undefined && !levels.has(n.level)) add(["nodes", i, "level"], `no level "${n.level}"`, "a level id from hazard.levels");
  });
  checkSegments(h, nodes, add);
  const need = (id: string, path: PathSegment[], kind?: string) => {
    const found = nodes.get(id);
    if (!found) add(path, `no node "${id}"`, "a node id from hazard.nodes");
    else if (kind && found.n.kind !== kind) add(path, `node "${id}" is a ${found.n.kind}`, `a node of kind ${kind}`);
  };
  h.pumpRooms.forEach((r, i) => {
    need(r.node, ["pumpRooms", i, "node"], "pumpRoom");
    need(r.suction, ["pumpRooms", i, "suction"]);
  });
  h.refuges.forEach((r, i) => need(r.node, ["refuges", i, "node"], "refuge"));
  h.sources.forEach((src, i) => need(src.node, ["sources", i, "node"]));
  h.miners.forEach((m, i) => need(m.node, ["miners", i, "node"]));
  need(h.tasks.installPumps.node, ["tasks", "installPumps", "node"]);
  const segs = new Set(h.segments.map((e) => e.id));
  h.tasks.buildWall?.segments.forEach((id, j) => {
    if (!segs.has(id)) add(["tasks", "buildWall", "segments", j], `no segment "${id}"`, "a segment id from hazard.segments");
  });
  h.sources.forEach((src, i) => {
    let last = -1;
    src.schedule?.forEach((p, j) => {
      const t = parseClock(p.at) ?? 0;
      if (t <= last) add(["sources", i, "schedule", j, "at"], `${p.at} is not after the previous entry`, "entries in increasing time order");
      last = t;
    });
  });
  if (!h.nodes.some((n) => n.kind === "portal")) add(["nodes"], "the mine has no exit", 'at least one node of kind "portal" (a shaft mouth or adit)');
  else noWayOut(h).forEach((i) => add(["nodes", i], `node "${h.nodes[i]!.id}" has no roadway path to a portal`, "segments linking it to a node of kind portal"));
  return out;
}

function checkSegments(h: MineFloodParams, nodes: Map<string, unknown>, add: Add): void {
  const used = new Set<string>();
  h.segments.forEach((e, i) => {
    for (const end of ["from", "to"] as const) {
      if (!nodes.has(e[end])) add(["segments", i, end], `no node "${e[end]}"`, "a node id from hazard.nodes");
      used.add(e[end]);
    }
    if (e.from === e.to) add(["segments", i, "to"], "a roadway from a node to itself", "two different nodes");
    if (e.storage) {
      e.storage.forEach((p, j) => {
        const prev = e.storage![j - 1];
        if (prev && (p.elevationM <= prev.elevationM || p.m3 < prev.m3)) {
          add(["segments", i, "storage", j], "the storage table must rise", "elevations increasing and volumes not decreasing");
        }
      });
    }
  });
  h.nodes.forEach((n, i) => {
    if (!used.has(n.id)) add(["nodes", i], `node "${n.id}" connects to nothing`, "at least one segment from or to it");
  });
}

/** Indexes of nodes from which no segment path (either direction) leads to a portal. */
function noWayOut(h: MineFloodParams): number[] {
  const adj = new Map<string, string[]>();
  for (const e of h.segments) {
    adj.set(e.from, [...(adj.get(e.from) ?? []), e.to]);
    adj.set(e.to, [...(adj.get(e.to) ?? []), e.from]);
  }
  const seen = new Set(h.nodes.filter((n) => n.kind === "portal").map((n) => n.id));
  const queue = [...seen];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const next of adj.get(id) ?? []) if (!seen.has(next)) (seen.add(next), queue.push(next));
  }
  // nodes with no segment at all are already reported as "connects to nothing"
  return h.nodes.flatMap((n, i) => (seen.has(n.id) || !adj.has(n.id) ? [] : [i]));
}

function unique(ids: string[], path: PathSegment[], add: Add, what = "id"): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) add(what === "id" ? [...path, i, "id"] : path, `duplicate ${what} id "${id}"`, "ids unique within the list");
    seen.add(id);
  });
}
