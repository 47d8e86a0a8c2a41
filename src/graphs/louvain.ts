import type { Adjacency } from './adjacency.js';
import { modularity } from './adjacency.js';
import { createRng, shuffle } from './rng.js';

export interface LouvainOptions {
  /** Resolution γ: above 1 gives more, smaller clusters (default 1). */
  resolution?: number;
  /** Seed of the node order (default 42). */
  seed?: number;
  /** A pass over the nodes that raises modularity by less than this ends the level (default 1e-7). */
  tolerance?: number;
  /** Most aggregation levels (default 100). */
  maxLevels?: number;
}

export interface LouvainResult {
  /** Cluster of each node, 0-based, numbered by decreasing size (ties: smallest node first). */
  membership: Int32Array;
  /** Number of clusters. */
  count: number;
  /** Modularity of the partition on the input graph, with the same resolution. */
  modularity: number;
  /** Number of aggregation levels that moved nodes. */
  levels: number;
}

/**
 * Moves single nodes to the neighbouring community with the best modularity gain, in a seeded
 * random order, until a pass gains less than `tolerance`. After the first pass only nodes next to a
 * node that moved are looked at again (their best community may have changed; the others' has not
 * much). Returns whether any node moved.
 */
function moveNodes(g: Adjacency, comm: Int32Array, order: Uint32Array, gamma: number, tolerance: number): boolean {
  const n = g.n;
  const { ptr, nbr, w, k, m2 } = g;
  const tot = new Float64Array(n);
  for (let i = 0; i < n; i++) tot[comm[i]!]! += k[i]!;
  // neighW[c] > 0 marks a community already listed: edge weights are strictly positive.
  const neighW = new Float64Array(n);
  const list = new Int32Array(n);
  const dirty = new Uint8Array(n).fill(1);
  let movedAny = false;
  for (;;) {
    let moved = 0;
    let gain = 0;
    for (let o = 0; o < n; o++) {
      const i = order[o]!;
      if (dirty[i] === 0) continue;
      dirty[i] = 0;
      const ci = comm[i]!;
      const ki = k[i]!;
      const start = ptr[i]!;
      const end = ptr[i + 1]!;
      let nl = 0;
      for (let p = start; p < end; p++) {
        const c = comm[nbr[p]!]!;
        const x = neighW[c]!;
        if (x === 0) list[nl++] = c;
        neighW[c] = x + w[p]!;
      }
      tot[ci]! -= ki;
      const scale = (gamma * ki) / m2;
      const stay = neighW[ci]! - tot[ci]! * scale;
      let best = ci;
      let bestGain = stay;
      for (let t = 0; t < nl; t++) {
        const c = list[t]!;
        const gc = neighW[c]! - tot[c]! * scale;
        if (gc > bestGain) {
          bestGain = gc;
          best = c;
        }
      }
      tot[best]! += ki;
      for (let t = 0; t < nl; t++) neighW[list[t]!] = 0;
      if (best !== ci) {
        comm[i] = best;
        moved++;
        gain += bestGain - stay;
        for (let p = start; p < end; p++) {
          const j = nbr[p]!;
          if (comm[j] !== best) dirty[j] = 1;
        }
      }
    }
    if (moved > 0) movedAny = true;
    if (moved === 0 || (2 * gain) / m2 < tolerance) break;
  }
  return movedAny;
}

/** Renumbers community labels 0..count-1 in order of first appearance by node index. */
function renumber(comm: Int32Array): number {
  const map = new Int32Array(comm.length).fill(-1);
  let count = 0;
  for (let i = 0; i < comm.length; i++) {
    const c = comm[i]!;
    if (map[c]! < 0) map[c] = count++;
    comm[i] = map[c]!;
  }
  return count;
}

/** Builds the graph of communities: one node per community, weights summed, inner weight as self-loop. */
function aggregate(g: Adjacency, comm: Int32Array, count: number): Adjacency {
  const n = g.n;
  const memberPtr = new Uint32Array(count + 1);
  for (let i = 0; i < n; i++) memberPtr[comm[i]! + 1]!++;
  for (let c = 0; c < count; c++) memberPtr[c + 1] = memberPtr[c + 1]! + memberPtr[c]!;
  const fill = memberPtr.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[comm[i]!]!++] = i;

  const ptr = new Uint32Array(count + 1);
  const nbr = new Int32Array(g.nbr.length);
  const w = new Float64Array(g.nbr.length);
  const self = new Float64Array(count);
  const k = new Float64Array(count);
  const acc = new Float64Array(count);
  const seen = new Uint8Array(count);
  const list = new Int32Array(count);
  let len = 0;
  for (let c = 0; c < count; c++) {
    let nl = 0;
    let inner = 0;
    let degree = 0;
    for (let m = memberPtr[c]!, mEnd = memberPtr[c + 1]!; m < mEnd; m++) {
      const i = members[m]!;
      inner += g.self[i]!;
      degree += g.k[i]!;
      for (let p = g.ptr[i]!, end = g.ptr[i + 1]!; p < end; p++) {
        const d = comm[g.nbr[p]!]!;
        if (d === c) {
          inner += g.w[p]!;
          continue;
        }
        if (seen[d] === 0) {
          seen[d] = 1;
          list[nl++] = d;
        }
        acc[d]! += g.w[p]!;
      }
    }
    for (let t = 0; t < nl; t++) {
      const d = list[t]!;
      nbr[len] = d;
      w[len] = acc[d]!;
      len++;
      acc[d] = 0;
      seen[d] = 0;
    }
    ptr[c + 1] = len;
    self[c] = inner;
    k[c] = degree;
  }
  return { n: count, ptr, nbr: nbr.subarray(0, len), w: w.subarray(0, len), self, k, m2: g.m2 };
}

/** Numbers clusters by decreasing size, ties by their smallest node; returns the count. */
export function numberBySize(membership: Int32Array): number {
  const n = membership.length;
  let count = 0;
  for (let i = 0; i < n; i++) count = Math.max(count, membership[i]! + 1);
  const size = new Uint32Array(count);
  const first = new Int32Array(count).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = membership[i]!;
    size[c]!++;
    if (first[c]! < 0) first[c] = i;
  }
  const used: number[] = [];
  for (let c = 0; c < count; c++) if (size[c]! > 0) used.push(c);
  used.sort((a, b) => size[b]! - size[a]! || first[a]! - first[b]!);
  const rank = new Int32Array(count);
  used.forEach((c, r) => (rank[c] = r));
  for (let i = 0; i < n; i++) membership[i] = rank[membership[i]!]!;
  return used.length;
}

/**
 * Louvain community detection (Blondel et al. 2008) on a compact adjacency: local moving in a
 * seeded random order, then aggregation of communities into nodes, repeated until nothing moves.
 * Same graph, seed and resolution give the same clusters on every run.
 */
export function louvain(adj: Adjacency, options: LouvainOptions = {}): LouvainResult {
  const gamma = options.resolution ?? 1;
  const tolerance = options.tolerance ?? 1e-7;
  const maxLevels = options.maxLevels ?? 100;
  const rng = createRng(options.seed ?? 42);
  const n = adj.n;
  const membership = new Int32Array(n);
  for (let i = 0; i < n; i++) membership[i] = i;
  let g = adj;
  let levels = 0;
  if (adj.m2 > 0) {
    while (levels < maxLevels) {
      const comm = new Int32Array(g.n);
      for (let i = 0; i < g.n; i++) comm[i] = i;
      const order = new Uint32Array(g.n);
      for (let i = 0; i < g.n; i++) order[i] = i;
      shuffle(order, rng);
      if (!moveNodes(g, comm, order, gamma, tolerance)) break;
      const count = renumber(comm);
      for (let i = 0; i < n; i++) membership[i] = comm[membership[i]!]!;
      levels++;
      if (count === g.n) break;
      g = aggregate(g, comm, count);
    }
  }
  const count = numberBySize(membership);
  return { membership, count, modularity: modularity(adj, membership, gamma), levels };
}
