import { describe, expect, it } from 'vitest';
import type { TermMatrix } from '../../src/graphs/citation-input.js';
import { createRng } from '../../src/graphs/rng.js';
import { buildTextSimilarity } from '../../src/graphs/text-similarity.js';
import { termMatrixFrom } from './fixtures.js';

/**
 * A seeded term matrix with topic structure: common terms in most documents (small weights), topic
 * terms shared within a topic, rare terms; some documents repeated exactly (ties), one empty.
 */
function clusteredMatrix(docs: number, seed: number): TermMatrix {
  const rng = createRng(seed);
  const terms = 120;
  const topics = 4;
  const rows: Map<number, number>[] = [];
  for (let i = 0; i < docs; i++) {
    if (i > 0 && i % 17 === 0) {
      rows.push(new Map(rows[i - 1]!)); // an exact copy: equal cosines
      continue;
    }
    const row = new Map<number, number>();
    if (i === 5) {
      rows.push(row); // no term at all
      continue;
    }
    const topic = Math.floor(rng() * topics);
    for (let t = 0; t < 10; t++) if (rng() < 0.8) row.set(t, Math.round(rng() * 20) / 100 + 0.01); // common
    for (let c = 0; c < 6; c++) row.set(10 + topic * 15 + Math.floor(rng() * 15), Math.round(rng() * 300) / 100 + 0.5); // topic
    for (let c = 0; c < 3; c++) row.set(70 + Math.floor(rng() * 50), Math.round(rng() * 200) / 100 + 0.2); // rare
    rows.push(row);
  }
  // terms listed in a scrambled order within rows, as the matrix allows
  return termMatrixFrom(
    rows.map((row) => [...row].sort((a, b) => ((a[0] * 37) % 101) - ((b[0] * 37) % 101))),
    terms,
  );
}

/**
 * The rule written out over all pairs: cosine of every pair (dot summed over shared terms in
 * ascending term order), kept when > 0 and >= minSimilarity, as min(1, cosine); then a link stays
 * when its weight is at least the k-th largest weight of either end (k = 0: all stay).
 */
function bruteForce(m: TermMatrix, minSimilarity: number, k: number): { ptr: number[]; dst: number[]; w: number[] } {
  const n = m.docs.length;
  const rows = Array.from({ length: n }, (_, i) => {
    const entries: [number, number][] = [];
    for (let p = m.docPtr[i]!; p < m.docPtr[i + 1]!; p++) entries.push([m.termIdx[p]!, m.values[p]!]);
    return entries.sort((a, b) => a[0] - b[0]);
  });
  const norms = rows.map((r) => Math.sqrt(r.reduce((s, [, v]) => s + v * v, 0)));
  const links: [number, number, number][] = [];
  for (let i = 0; i < n; i++) {
    const dense = new Map(rows[i]!);
    for (let j = i + 1; j < n; j++) {
      let dot = 0;
      let shared = false;
      for (const [t, v] of rows[j]!) {
        const a = dense.get(t);
        if (a !== undefined) {
          dot += a * v;
          shared = true;
        }
      }
      const denominator = norms[i]! * norms[j]!;
      const cosine = denominator > 0 ? dot / denominator : 0;
      if (shared && cosine > 0 && cosine >= minSimilarity) links.push([i, j, Math.min(1, cosine)]);
    }
  }
  const incident: number[][] = Array.from({ length: n }, () => []);
  for (const [i, j, w] of links) {
    incident[i]!.push(w);
    incident[j]!.push(w);
  }
  const kth = incident.map((ws) => (k > 0 && ws.length >= k ? [...ws].sort((a, b) => b - a)[k - 1]! : 0));
  const kept = links.filter(([i, j, w]) => w >= kth[i]! || w >= kth[j]!);
  const ptr = [0];
  for (let i = 0; i < n; i++) ptr.push(ptr[i]! + kept.filter((l) => l[0] === i).length);
  return { ptr, dst: kept.map((l) => l[1]), w: kept.map((l) => l[2]) };
}

describe('text similarity equals the all-pairs rule', () => {
  const cases: [number, number, number, number][] = [
    // docs, seed, minSimilarity, maxNeighbours
    [90, 1, 0.1, 10],
    [90, 2, 0.1, 3],
    [120, 3, 0.3, 5],
    [120, 4, 0, 10],
    [80, 5, 0.1, 0],
    [80, 6, 0.5, 1],
    [150, 7, 0.1, 10],
  ];
  for (const [docs, seed, minSimilarity, maxNeighbours] of cases) {
    it(`${docs} documents, seed ${seed}, minSimilarity ${minSimilarity}, maxNeighbours ${maxNeighbours}: same links, same weights`, () => {
      const m = clusteredMatrix(docs, seed);
      const want = bruteForce(m, minSimilarity, maxNeighbours);
      const got = buildTextSimilarity(m, { minSimilarity, maxNeighbours }).graph;
      expect(Array.from(got.ptr)).toEqual(want.ptr);
      expect(Array.from(got.dst)).toEqual(want.dst);
      expect(Array.from(got.weight)).toEqual(want.w); // bit for bit, not close
    });
  }

  it('keeps every link tied with the k-th strongest', () => {
    // D0 is equally similar to D1..D4 (copies of one vector); with k = 2 all four links stay
    const rows: [number, number][][] = [[[0, 1], [1, 1]], [[0, 1], [2, 1]], [[0, 1], [2, 1]], [[0, 1], [2, 1]], [[0, 1], [2, 1]]];
    const m = termMatrixFrom(rows, 3);
    const g = buildTextSimilarity(m, { minSimilarity: 0.1, maxNeighbours: 2 }).graph;
    expect(Array.from(g.dst.subarray(g.ptr[0]!, g.ptr[1]!))).toEqual([1, 2, 3, 4]);
    expect(g.edges).toBe(bruteForce(m, 0.1, 2).dst.length);
  });

  it('scores in full fewer pairs than all pairs on a clustered corpus', () => {
    const m = clusteredMatrix(150, 7);
    const ts = buildTextSimilarity(m);
    expect(ts.pairsScored).toBeLessThan((150 * 149) / 2);
    expect(ts.partnerVisits).toBeGreaterThan(0);
  });
});
