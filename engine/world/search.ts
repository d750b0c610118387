/**
 * One shortest-path search for every network in the engine: the road map, the mine's roadways and
 * the school's doors and stairs (Dijkstra 1959 on small graphs: a linear scan for the minimum,
 * O(N²), faster than a heap below a few thousand nodes).
 *
 * Edge-aware: it records the edge each node was reached by, so two roads between the same places
 * are two edges and a route keeps the one it chose. Deterministic tie-break, whatever the order
 * edges are listed in: among nodes at equal cost the lower index is settled first; among equal-
 * cost ways into a node the one from the lower-index predecessor wins, then the lower edge index.
 */

export interface SearchEdge {
  to: number;
  /** the edge's own index (a road, a roadway segment, a door): recorded in `prevEdge` */
  edge: number;
  /** cost ≥ 0; Infinity means impassable */
  cost: number;
}

export interface SearchResult {
  /** cost from the nearest source; Infinity where unreachable */
  cost: number[];
  /** predecessor node on the best path (−1 at a source or unreachable) */
  prevNode: number[];
  /** edge taken into the node (−1 at a source or unreachable) */
  prevEdge: number[];
}

/**
 * Costs from `sources` (node → starting cost) to every node of a graph of `n` nodes. `stopAt`
 * ends the search once that node is settled (its cost and path are then final).
 */
export function shortestPaths(n: number, sources: ReadonlyArray<{ node: number; cost: number }>, edgesOf: (u: number) => Iterable<SearchEdge>, stopAt = -1): SearchResult {
  const cost = new Array<number>(n).fill(Infinity);
  const prevNode = new Array<number>(n).fill(-1);
  const prevEdge = new Array<number>(n).fill(-1);
  const done = new Array<boolean>(n).fill(false);
  for (const s of sources) if (s.cost < cost[s.node]!) cost[s.node] = s.cost;
  for (;;) {
    let u = -1;
    for (let i = 0; i < n; i++) if (!done[i] && cost[i]! < Infinity && (u < 0 || cost[i]! < cost[u]!)) u = i;
    if (u < 0) break;
    done[u] = true;
    if (u === stopAt) break;
    for (const e of edgesOf(u)) {
      if (done[e.to] || !(e.cost < Infinity)) continue;
      const c = cost[u]! + e.cost;
      const old = cost[e.to]!;
      if (c < old || (c === old && (u < prevNode[e.to]! || (u === prevNode[e.to]! && e.edge < prevEdge[e.to]!)))) {
        cost[e.to] = c;
        prevNode[e.to] = u;
        prevEdge[e.to] = e.edge;
      }
    }
  }
  return { cost, prevNode, prevEdge };
}

/** Nodes and edges from a source to `to` (empty when `to` is a source or unreachable). */
export function pathTo(r: SearchResult, to: number): { nodes: number[]; edges: number[] } {
  const nodes: number[] = [];
  const edges: number[] = [];
  for (let v = to; r.prevNode[v]! >= 0; v = r.prevNode[v]!) {
    nodes.push(v);
    edges.push(r.prevEdge[v]!);
  }
  return { nodes: nodes.reverse(), edges: edges.reverse() };
}
