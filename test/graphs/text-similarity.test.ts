import { describe, expect, it } from 'vitest';
import { findEdge } from '../../src/graphs/link-graph.js';
import { createRng } from '../../src/graphs/rng.js';
import { buildTextSimilarity, textEvidence, textKind } from '../../src/graphs/text-similarity.js';
import { termMatrixFrom } from './fixtures.js';

describe('text similarity', () => {
  it('computes the cosine of TF-IDF vectors, by hand', () => {
    // T0 = (1, 1, 0), T1 = (1, 0, 1), T2 = (0, 0, 2); terms listed out of order on purpose
    const m = termMatrixFrom([[[1, 1], [0, 1]], [[0, 1], [2, 1]], [[2, 2]]], 3);
    const ts = buildTextSimilarity(m, { minSimilarity: 0, maxNeighbours: 0 });
    const g = ts.graph;
    expect(g.weight[findEdge(g, 0, 1)]).toBeCloseTo(0.5, 7);
    expect(g.weight[findEdge(g, 1, 2)]).toBeCloseTo(1 / Math.sqrt(2), 7);
    expect(findEdge(g, 0, 2)).toBe(-1);
    expect(textEvidence(ts, 0, 1)).toEqual([{ term: 0, contribution: expect.closeTo(0.5, 12) }]);
    const kind = textKind(m, ts, {});
    expect(kind.evidence(1, 2, findEdge(g, 1, 2))).toEqual([['term2', expect.closeTo(1 / Math.sqrt(2), 7)]]);
  });

  it('matches a brute-force cosine on random vectors and keeps each document’s top neighbours', () => {
    const rng = createRng(17);
    const rows: [number, number][][] = [];
    for (let i = 0; i < 40; i++) {
      const row = new Map<number, number>();
      for (let t = 0; t < 8; t++) row.set(Math.floor(rng() * 30), Math.round(rng() * 100) / 10 + 0.1);
      rows.push([...row]);
    }
    const m = termMatrixFrom(rows, 30);
    const dense = rows.map((row) => {
      const v = new Float64Array(30);
      for (const [t, x] of row) v[t] = Math.fround(x);
      return v;
    });
    const cos = (a: Float64Array, b: Float64Array) => {
      let d = 0;
      let na = 0;
      let nb = 0;
      for (let t = 0; t < 30; t++) {
        d += a[t]! * b[t]!;
        na += a[t]! * a[t]!;
        nb += b[t]! * b[t]!;
      }
      return d / Math.sqrt(na * nb);
    };
    const all = buildTextSimilarity(m, { minSimilarity: 0.2, maxNeighbours: 0 });
    for (let i = 0; i < 40; i++) {
      for (let j = i + 1; j < 40; j++) {
        const c = cos(dense[i]!, dense[j]!);
        const e = findEdge(all.graph, i, j);
        if (c >= 0.2) expect(all.graph.weight[e]).toBeCloseTo(c, 12);
        else expect(e).toBe(-1);
      }
    }
    const top = buildTextSimilarity(m, { minSimilarity: 0.2, maxNeighbours: 3 });
    expect(top.graph.edges).toBeLessThan(all.graph.edges);
    // every document keeps at least min(3, its links) links
    for (let i = 0; i < 40; i++) expect(top.graph.degree[i]).toBeGreaterThanOrEqual(Math.min(3, all.graph.degree[i]!));
  });

  it('rejects a term listed twice for one document', () => {
    expect(() => buildTextSimilarity(termMatrixFrom([[[0, 1], [0, 2]]], 1))).toThrowError(expect.objectContaining({ code: 'graphs-bad-input' }));
  });
});
