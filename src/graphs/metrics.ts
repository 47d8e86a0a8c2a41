import type { Adjacency } from './adjacency.js';

export interface PagerankOptions {
  /** Probability of following a link rather than jumping (default 0.85). */
  damping?: number;
  /** Stop when the ranks change by less than this in total (L1 norm; default 1e-8). */
  tolerance?: number;
  /** Most iterations (default 200). */
  maxIterations?: number;
}

/**
 * Weighted PageRank of the member nodes of an undirected graph (power iteration). A walker follows
 * a link with probability proportional to its weight; nodes without links spread their rank evenly.
 * Non-members get 0. Ranks of members sum to 1.
 */
export function pagerank(adj: Adjacency, member: Uint8Array, options: PagerankOptions = {}): Float64Array {
  const d = options.damping ?? 0.85;
  const tolerance = options.tolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 200;
  const n = adj.n;
  let count = 0;
  for (let i = 0; i < n; i++) count += member[i]!;
  let x = new Float64Array(n);
  let next = new Float64Array(n);
  if (count === 0) return x;
  const share = new Float64Array(n);
  // Start near the answer: on an undirected graph the walk alone would settle in proportion to the
  // weighted degree; mixing in the uniform jump gives a start a few dozen iterations closer.
  let total = 0;
  for (let i = 0; i < n; i++) if (member[i] === 1) total += adj.k[i]! - adj.self[i]!;
  for (let i = 0; i < n; i++) {
    if (member[i] === 0) continue;
    x[i] = total > 0 ? (1 - d) / count + (d * (adj.k[i]! - adj.self[i]!)) / total : 1 / count;
  }
  for (let it = 0; it < maxIterations; it++) {
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      if (member[i] === 0) continue;
      const k = adj.k[i]! - adj.self[i]!;
      if (k > 0) share[i] = x[i]! / k;
      else dangling += x[i]!;
    }
    const base = (1 - d) / count + (d * dangling) / count;
    let change = 0;
    for (let i = 0; i < n; i++) {
      if (member[i] === 0) continue;
      let s = 0;
      for (let p = adj.ptr[i]!, end = adj.ptr[i + 1]!; p < end; p++) s += share[adj.nbr[p]!]! * adj.w[p]!;
      const v = base + d * s;
      next[i] = v;
      change += Math.abs(v - x[i]!);
    }
    const t = x;
    x = next;
    next = t;
    if (change < tolerance) break;
  }
  return x;
}

/**
 * Betweenness centrality of the member nodes, links unweighted (Brandes 2001): for each node, the
 * number of shortest paths between other nodes that pass through it, each unordered pair counted
 * once (paths split evenly when there are several). Not normalised.
 */
export function betweenness(adj: Adjacency, member: Uint8Array): Float64Array {
  const n = adj.n;
  const result = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const stack = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (member[s] === 0) continue;
    let top = 0;
    let head = 0;
    let tail = 0;
    dist[s] = 0;
    sigma[s] = 1;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      stack[top++] = v;
      const dv = dist[v]! + 1;
      for (let p = adj.ptr[v]!, end = adj.ptr[v + 1]!; p < end; p++) {
        const u = adj.nbr[p]!;
        if (dist[u]! < 0) {
          dist[u] = dv;
          queue[tail++] = u;
        }
        if (dist[u] === dv) sigma[u]! += sigma[v]!;
      }
    }
    while (top > 0) {
      const u = stack[--top]!;
      const du = dist[u]! - 1;
      for (let p = adj.ptr[u]!, end = adj.ptr[u + 1]!; p < end; p++) {
        const v = adj.nbr[p]!;
        if (dist[v] === du) delta[v]! += (sigma[v]! / sigma[u]!) * (1 + delta[u]!);
      }
      if (u !== s) result[u]! += delta[u]!;
    }
    for (let t = 0; t < tail; t++) {
      const v = queue[t]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  for (let i = 0; i < n; i++) result[i] = result[i]! / 2;
  return result;
}
