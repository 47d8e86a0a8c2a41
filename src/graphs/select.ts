import type { LinkGraph } from './link-graph.js';

export interface SelectOptions {
  /** Most nodes in the exported graph: those with the greatest total link strength (default 2,000). */
  maxNodes?: number;
  /** Most edges in the exported graph: the strongest among the kept nodes (default 50,000). */
  maxEdges?: number;
}

/** The part of a graph that goes into the graph files and the drawing. */
export interface Selection {
  /** Node indices, ascending. */
  nodes: Uint32Array;
  /** Edges: index into the LinkGraph's edge list, and both ends as positions in `nodes`. */
  edges: Uint32Array;
  source: Uint32Array;
  target: Uint32Array;
}

/**
 * Picks what is exported and drawn: the `maxNodes` member nodes with the greatest total link
 * strength (VOSviewer's rule; ties by node order), then the `maxEdges` strongest edges among them
 * (ties by edge order). Nodes and edges come out in a fixed order: nodes ascending, edges by source
 * then target.
 */
export function selectForExport(g: LinkGraph, options: SelectOptions = {}): Selection {
  const maxNodes = options.maxNodes ?? 2000;
  const maxEdges = options.maxEdges ?? 50000;
  const candidates: number[] = [];
  for (let i = 0; i < g.n; i++) if (g.member[i] === 1) candidates.push(i);
  if (candidates.length > maxNodes) {
    candidates.sort((a, b) => g.strength[b]! - g.strength[a]! || a - b);
    candidates.length = maxNodes;
    candidates.sort((a, b) => a - b);
  }
  const nodes = Uint32Array.from(candidates);
  const position = new Int32Array(g.n).fill(-1);
  nodes.forEach((v, p) => (position[v] = p));
  const keptEdge: number[] = [];
  const keptSource: number[] = [];
  for (const i of nodes) {
    for (let e = g.ptr[i]!, end = g.ptr[i + 1]!; e < end; e++) {
      if (position[g.dst[e]!]! < 0) continue;
      keptEdge.push(e);
      keptSource.push(i);
    }
  }
  let order = keptEdge.map((_, t) => t);
  if (order.length > maxEdges) {
    order.sort((a, b) => g.weight[keptEdge[b]!]! - g.weight[keptEdge[a]!]! || keptEdge[a]! - keptEdge[b]!);
    order = order.slice(0, maxEdges);
  }
  const ends = order.map((t) => {
    const a = position[keptSource[t]!]!;
    const b = position[g.dst[keptEdge[t]!]!]!;
    return { t, a, b };
  });
  ends.sort((x, y) => x.a - y.a || x.b - y.b);
  const edges = Uint32Array.from(ends, (x) => keptEdge[x.t]!);
  const source = Uint32Array.from(ends, (x) => x.a);
  const target = Uint32Array.from(ends, (x) => x.b);
  return { nodes, edges, source, target };
}
