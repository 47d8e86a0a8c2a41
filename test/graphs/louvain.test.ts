import { describe, expect, it } from 'vitest';
import louvainModule from 'graphology-communities-louvain';
import modularityModule from 'graphology-metrics/graph/modularity.js';
import { modularity, symmetricAdjacency } from '../../src/graphs/adjacency.js';
import { Graph, unwrap } from '../../src/graphs/graphology.js';
import { linkGraph } from '../../src/graphs/link-graph.js';
import { louvain } from '../../src/graphs/louvain.js';
import { createRng } from '../../src/graphs/rng.js';

const graphologyLouvain = unwrap(louvainModule) as unknown as (g: unknown, o: object) => Record<string, number>;
const graphologyModularity = unwrap(modularityModule) as unknown as (g: unknown, o: object) => number;

/** An upper-triangle LinkGraph from a list of weighted edges. */
function fromEdges(n: number, edges: [number, number, number][]) {
  const sorted = edges.map(([a, b, w]) => [Math.min(a, b), Math.max(a, b), w] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const ptr = new Uint32Array(n + 1);
  for (const [a] of sorted) ptr[a + 1]!++;
  for (let i = 0; i < n; i++) ptr[i + 1] = ptr[i + 1]! + ptr[i]!;
  return linkGraph(n, ptr, Uint32Array.from(sorted.map((e) => e[1])), Float64Array.from(sorted.map((e) => e[2])), new Uint8Array(n).fill(1));
}

function twoCliques(): [number, number, number][] {
  const edges: [number, number, number][] = [];
  for (const base of [0, 5]) for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) edges.push([base + i, base + j, 1]);
  edges.push([4, 5, 1]);
  return edges;
}

function randomGraph(n: number, p: number, groups: number, seed: number): [number, number, number][] {
  const rng = createRng(seed);
  const edges: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const same = i % groups === j % groups;
      if (rng() < (same ? p : p / 6)) edges.push([i, j, 1 + Math.floor(rng() * 3)]);
    }
  }
  return edges;
}

function toGraphology(n: number, edges: [number, number, number][]) {
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (const [a, b, w] of edges) g.addEdge(String(a), String(b), { weight: w });
  return g;
}

describe('louvain', () => {
  it('finds the two cliques joined by one edge', () => {
    const adj = symmetricAdjacency(fromEdges(10, twoCliques()));
    const r = louvain(adj, { seed: 1 });
    expect(r.count).toBe(2);
    expect(Array.from(r.membership)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    // Q = 2 * (20/42 - (21/42)^2) with 21 edges, each clique 10 edges + half the bridge's degree
    expect(r.modularity).toBeCloseTo(2 * (20 / 42 - (21 / 42) ** 2), 12);
  });

  it('is deterministic for a seed', () => {
    const adj = symmetricAdjacency(fromEdges(120, randomGraph(120, 0.2, 4, 5)));
    const a = louvain(adj, { seed: 7 });
    const b = louvain(adj, { seed: 7 });
    expect(Array.from(a.membership)).toEqual(Array.from(b.membership));
    expect(a.modularity).toBe(b.modularity);
  });

  it('reaches the modularity of graphology-communities-louvain on small graphs (mean of 10 seeds)', () => {
    // Single runs of either implementation scatter by about 0.02 on these noisy graphs; the means agree.
    let ours = 0;
    let theirs = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const edges = randomGraph(150, 0.15, 5, seed);
      const adj = symmetricAdjacency(fromEdges(150, edges));
      ours += louvain(adj, { seed }).modularity / 10;
      const found = graphologyLouvain(toGraphology(150, edges), { rng: createRng(seed), getEdgeWeight: 'weight' });
      theirs += modularity(adj, Int32Array.from({ length: 150 }, (_, i) => found[String(i)]!)) / 10;
    }
    expect(Math.abs(ours - theirs)).toBeLessThan(0.005);
  });

  it('finds the same planted groups as graphology-communities-louvain when they are clear', () => {
    const edges = randomGraph(100, 0.6, 4, 4);
    const adj = symmetricAdjacency(fromEdges(100, edges));
    const ours = louvain(adj, { seed: 4 });
    const found = graphologyLouvain(toGraphology(100, edges), { rng: createRng(4), getEdgeWeight: 'weight' });
    expect(ours.count).toBe(4);
    for (let i = 0; i < 100; i++) expect(ours.membership[i]).toBe(ours.membership[i % 4]);
    expect(ours.modularity).toBeCloseTo(modularity(adj, Int32Array.from({ length: 100 }, (_, i) => found[String(i)]!)), 12);
  });

  it('computes modularity as graphology-metrics does, with a resolution', () => {
    const edges = randomGraph(60, 0.2, 3, 9);
    const adj = symmetricAdjacency(fromEdges(60, edges));
    const membership = Int32Array.from({ length: 60 }, (_, i) => i % 3);
    const g = toGraphology(60, edges);
    for (const resolution of [1, 0.5, 2]) {
      const theirs = graphologyModularity(g, { getNodeCommunity: (node: string) => Number(node) % 3, getEdgeWeight: 'weight', resolution });
      expect(modularity(adj, membership, resolution)).toBeCloseTo(theirs, 12);
    }
  });

  it('gives more clusters at a higher resolution', () => {
    const adj = symmetricAdjacency(fromEdges(120, randomGraph(120, 0.2, 4, 5)));
    expect(louvain(adj, { seed: 3, resolution: 3 }).count).toBeGreaterThan(louvain(adj, { seed: 3, resolution: 0.3 }).count);
  });

  it('leaves a graph without links as singletons', () => {
    const adj = symmetricAdjacency(fromEdges(3, []));
    const r = louvain(adj);
    expect(r.count).toBe(3);
    expect(r.modularity).toBe(0);
  });
});
