import { CorpusLensError } from '../core/errors.js';
import type { LinkGraph } from './link-graph.js';

/**
 * Symmetric adjacency in compressed sparse rows with Float64 weights: the neighbours of i are
 * nbr[ptr[i] .. ptr[i+1]) with weights w[...]. Self-loops are kept apart in `self` (they appear when
 * Louvain aggregates communities: the weight inside a community, both directions counted).
 */
export interface Adjacency {
  n: number;
  ptr: Uint32Array;
  nbr: Int32Array;
  w: Float64Array;
  /** Self-loop weight of each node (A_ii). */
  self: Float64Array;
  /** Weighted degree of each node, self-loop included: the sum of its row of A. */
  k: Float64Array;
  /** Sum of all weighted degrees (2m). */
  m2: number;
}

/** Builds the symmetric adjacency of a LinkGraph (whose weights are all positive). */
export function symmetricAdjacency(g: LinkGraph): Adjacency {
  const n = g.n;
  const entries = 2 * g.edges;
  if (entries > 0xffffffff) {
    throw new CorpusLensError('graphs-too-many-pairs', `The graph has ${g.edges} links, more than clustering can hold; raise the thresholds.`);
  }
  const ptr = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) ptr[i + 1] = ptr[i]! + g.degree[i]!;
  const fill = ptr.slice(0, n);
  const nbr = new Int32Array(entries);
  const w = new Float64Array(entries);
  for (let i = 0; i < n; i++) {
    let a = fill[i]!;
    for (let e = g.ptr[i]!, end = g.ptr[i + 1]!; e < end; e++) {
      const x = g.weight[e]!;
      const j = g.dst[e]!;
      nbr[a] = j;
      w[a] = x;
      a++;
      const b = fill[j]!++;
      nbr[b] = i;
      w[b] = x;
    }
    fill[i] = a;
  }
  return { n, ptr, nbr, w, self: new Float64Array(n), k: g.strength.slice(), m2: g.totalStrength };
}

/**
 * Newman-Girvan modularity with resolution γ of a partition:
 * Q = Σ_c [ in_c / 2m − γ (tot_c / 2m)² ], in_c the weight inside c (both directions), tot_c its degree.
 */
export function modularity(adj: Adjacency, membership: Int32Array, resolution = 1): number {
  if (adj.m2 === 0) return 0;
  let count = 0;
  for (let i = 0; i < adj.n; i++) count = Math.max(count, membership[i]! + 1);
  const inside = new Float64Array(count);
  const tot = new Float64Array(count);
  for (let i = 0; i < adj.n; i++) {
    const c = membership[i]!;
    tot[c]! += adj.k[i]!;
    let s = adj.self[i]!;
    for (let p = adj.ptr[i]!, end = adj.ptr[i + 1]!; p < end; p++) if (membership[adj.nbr[p]!] === c) s += adj.w[p]!;
    inside[c]! += s;
  }
  let q = 0;
  for (let c = 0; c < count; c++) {
    const t = tot[c]! / adj.m2;
    q += inside[c]! / adj.m2 - resolution * t * t;
  }
  return q;
}
