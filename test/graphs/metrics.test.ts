import { describe, expect, it } from 'vitest';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { symmetricAdjacency } from '../../src/graphs/adjacency.js';
import { Graph, unwrap } from '../../src/graphs/graphology.js';
import { forceAtlasLayout } from '../../src/graphs/layout.js';
import { linkGraph } from '../../src/graphs/link-graph.js';
import { betweenness, pagerank } from '../../src/graphs/metrics.js';
import { createRng } from '../../src/graphs/rng.js';
import { selectForExport } from '../../src/graphs/select.js';

const graphologyPagerank = unwrap(pagerankModule) as unknown as (g: unknown, o: object) => Record<string, number>;
const graphologyBetweenness = unwrap(betweennessModule) as unknown as (g: unknown, o?: object) => Record<string, number>;

function randomEdges(n: number, p: number, seed: number): [number, number, number][] {
  const rng = createRng(seed);
  const edges: [number, number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rng() < p) edges.push([i, j, 1 + Math.floor(rng() * 4)]);
  return edges;
}

function build(n: number, edges: [number, number, number][], member?: Uint8Array) {
  const ptr = new Uint32Array(n + 1);
  for (const [a] of edges) ptr[a + 1]!++;
  for (let i = 0; i < n; i++) ptr[i + 1] = ptr[i + 1]! + ptr[i]!;
  const lg = linkGraph(n, ptr, Uint32Array.from(edges.map((e) => e[1])), Float64Array.from(edges.map((e) => e[2])), member ?? new Uint8Array(n).fill(1));
  const g = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (const [a, b, w] of edges) g.addEdge(String(a), String(b), { weight: w });
  return { lg, g };
}

describe('node metrics', () => {
  it('PageRank equals graphology-metrics (weighted)', () => {
    const { lg, g } = build(40, randomEdges(40, 0.15, 3));
    const ours = pagerank(symmetricAdjacency(lg), lg.member, { tolerance: 1e-13 });
    const theirs = graphologyPagerank(g, { getEdgeWeight: 'weight', tolerance: 1e-13, maxIterations: 1000 });
    for (let i = 0; i < 40; i++) expect(ours[i]).toBeCloseTo(theirs[String(i)]!, 9);
    expect(ours.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('betweenness equals graphology-metrics (unweighted, not normalised)', () => {
    const { lg, g } = build(35, randomEdges(35, 0.12, 8));
    const ours = betweenness(symmetricAdjacency(lg), lg.member);
    const theirs = graphologyBetweenness(g, { getEdgeWeight: null, normalized: false });
    for (let i = 0; i < 35; i++) expect(ours[i]).toBeCloseTo(theirs[String(i)]!, 9);
  });

  it('betweenness of a path: the middle carries every path', () => {
    const { lg } = build(3, [[0, 1, 1], [1, 2, 1]]);
    expect(Array.from(betweenness(symmetricAdjacency(lg), lg.member))).toEqual([0, 1, 0]);
  });
});

describe('selection and layout', () => {
  it('keeps the top-N nodes by total link strength and the strongest edges among them', () => {
    // star around 0 (strong), plus a weak pair 3-4
    const { lg } = build(5, [[0, 1, 5], [0, 2, 4], [1, 2, 1], [3, 4, 1]]);
    const sel = selectForExport(lg, { maxNodes: 3, maxEdges: 2 });
    expect(Array.from(sel.nodes)).toEqual([0, 1, 2]);
    expect(Array.from(sel.edges).map((e) => lg.weight[e])).toEqual([5, 4]);
    expect(Array.from(sel.source)).toEqual([0, 0]);
    expect(Array.from(sel.target)).toEqual([1, 2]);
  });

  it('lays out the same graph the same way for a seed, and differently for another', () => {
    const source = Uint32Array.from([0, 0, 1, 2, 3]);
    const target = Uint32Array.from([1, 2, 2, 3, 4]);
    const weight = [1, 2, 1, 3, 1];
    const a = forceAtlasLayout(5, source, target, weight, { seed: 5, iterations: 50 });
    const b = forceAtlasLayout(5, source, target, weight, { seed: 5, iterations: 50 });
    const c = forceAtlasLayout(5, source, target, weight, { seed: 6, iterations: 50 });
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    expect(Array.from(a.x)).not.toEqual(Array.from(c.x));
    expect(a.x.every(Number.isFinite)).toBe(true);
  });
});
