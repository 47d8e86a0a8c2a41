import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { Graph, unwrap } from './graphology.js';
import { createRng } from './rng.js';

const forceAtlas2 = unwrap(forceAtlas2Module);

export interface LayoutOptions {
  /** Seed of the initial positions (default 42). */
  seed?: number;
  /** ForceAtlas2 iterations (default 100). */
  iterations?: number;
  /** Cluster of each node (1-based, 0 for none): nodes start near their cluster's place on a circle. */
  groups?: ArrayLike<number>;
}

/** Positions of the nodes of a drawn graph. */
export interface Positions {
  x: Float64Array;
  y: Float64Array;
}

/**
 * Lays out a graph with ForceAtlas2 (graphology-layout-forceatlas2): seeded initial positions (each
 * cluster's nodes scattered around a point of a circle, so fewer iterations are needed), a fixed
 * number of iterations, Barnes-Hut above 500 nodes, so the same graph and seed give the same
 * coordinates. Nodes are 0..n-1; edges join source[t] and target[t] with weight[t].
 * This is the only place the graphs build a graphology object, and only for what is drawn.
 */
export function forceAtlasLayout(n: number, source: Uint32Array, target: Uint32Array, weight: ArrayLike<number>, options: LayoutOptions = {}): Positions {
  const rng = createRng(options.seed ?? 42);
  const iterations = options.iterations ?? 100;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  if (n === 0) return { x, y };
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const side = 10 * Math.sqrt(n);
  const groups = options.groups;
  let count = 0;
  const sizes: number[] = [];
  if (groups) {
    for (let i = 0; i < n; i++) {
      const c = groups[i]!;
      count = Math.max(count, c);
      sizes[c] = (sizes[c] ?? 0) + 1;
    }
  }
  for (let i = 0; i < n; i++) {
    const c = groups ? groups[i]! : 0;
    if (c > 0) {
      const angle = (2 * Math.PI * (c - 1)) / count;
      const spread = 10 * Math.sqrt(sizes[c] ?? 1);
      graph.addNode(String(i), { x: (side / 2) * Math.cos(angle) + (rng() - 0.5) * spread, y: (side / 2) * Math.sin(angle) + (rng() - 0.5) * spread });
    } else {
      graph.addNode(String(i), { x: (rng() - 0.5) * side, y: (rng() - 0.5) * side });
    }
  }
  for (let t = 0; t < source.length; t++) graph.addEdge(String(source[t]), String(target[t]), { weight: weight[t]! });
  if (source.length > 0 && iterations > 0) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: n > 500 };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: 'weight' });
  }
  graph.forEachNode((key, attributes) => {
    const i = Number(key);
    x[i] = attributes['x'] as number;
    y[i] = attributes['y'] as number;
  });
  return { x, y };
}
