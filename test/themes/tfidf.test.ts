import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/graphs/rng.js';
import { computeTfIdf } from '../../src/themes/tfidf.js';

/** Brute force: maps, the formulas written out. */
function bruteForce(docs: number[][], counted?: Set<number>, lengths?: number[]): Map<string, number> {
  const N = docs.length;
  const df = new Map<number, number>();
  const counts = docs.map((d) => {
    const c = new Map<number, number>();
    for (const t of d) if (!counted || counted.has(t)) c.set(t, (c.get(t) ?? 0) + 1);
    for (const t of c.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return c;
  });
  const out = new Map<string, number>();
  counts.forEach((c, i) => {
    const len = lengths ? (lengths[i] ?? 0) : [...c.values()].reduce((a, b) => a + b, 0);
    for (const [t, n] of c) out.set(`${i}:${t}`, (n / len) * (Math.log((1 + N) / (1 + (df.get(t) ?? 0))) + 1));
  });
  return out;
}

function fromMatrix(m: ReturnType<typeof computeTfIdf>): Map<string, number> {
  const out = new Map<string, number>();
  for (let d = 0; d < m.docCount; d++) {
    for (let j = m.docPtr[d] ?? 0; j < (m.docPtr[d + 1] ?? 0); j++) out.set(`${d}:${m.termIds[j]}`, m.weights[j] ?? 0);
  }
  return out;
}

describe('computeTfIdf', () => {
  const docs = [
    [0, 1, 1, 2, 5],
    [1, 3, 3, 3],
    [],
    [4, 0, 0, 1, 2, 2, 2],
    [5],
  ];

  it('equals a brute-force computation', () => {
    const m = computeTfIdf(docs, 6);
    const expected = bruteForce(docs);
    const got = fromMatrix(m);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [k, v] of expected) expect(got.get(k), k).toBeCloseTo(v, 12);
    expect(Array.from(m.df)).toEqual([2, 3, 2, 1, 1, 2]);
    expect(Array.from(m.docPtr)).toEqual([0, 4, 6, 6, 10, 11]);
    // rows in ascending term order with raw counts
    expect(Array.from(m.termIds.subarray(0, 4))).toEqual([0, 1, 2, 5]);
    expect(Array.from(m.counts.subarray(0, 4))).toEqual([1, 2, 1, 1]);
  });

  it('leaves out terms not counted and uses given lengths', () => {
    const counted = new Uint8Array([1, 0, 1, 1, 1, 0]);
    const lengths = [5, 4, 1, 7, 1];
    const m = computeTfIdf(docs, 6, { counted, lengths });
    const expected = bruteForce(docs, new Set([0, 2, 3, 4]), lengths);
    const got = fromMatrix(m);
    expect(got.size).toBe(expected.size);
    for (const [k, v] of expected) expect(got.get(k), k).toBeCloseTo(v, 12);
  });

  it('gives rows in ascending term order over many term ids (every bitmap level), equal to brute force', () => {
    const random = createRng(11);
    const V = 70_000;
    const docs: number[][] = [];
    for (let d = 0; d < 40; d++) {
      const n = Math.floor(random() * 300);
      const row: number[] = [];
      for (let i = 0; i < n; i++) row.push(random() < 0.5 ? Math.floor(random() * 40) : Math.floor(random() * V));
      docs.push(row);
    }
    docs.push([V - 1, 0, 31, 32, 1023, 1024, V - 1]);
    const m = computeTfIdf(docs, V);
    const expected = bruteForce(docs);
    const got = fromMatrix(m);
    expect(got.size).toBe(expected.size);
    for (const [k, v] of expected) expect(got.get(k), k).toBeCloseTo(v, 12);
    for (let d = 0; d < m.docCount; d++) {
      for (let j = (m.docPtr[d] ?? 0) + 1; j < (m.docPtr[d + 1] ?? 0); j++) expect(m.termIds[j]).toBeGreaterThan(m.termIds[j - 1] ?? -1);
    }
    const last = m.docPtr[m.docCount - 1] ?? 0;
    expect(Array.from(m.termIds.subarray(last))).toEqual([0, 31, 32, 1023, 1024, V - 1]);
    expect(Array.from(m.counts.subarray(last))).toEqual([1, 1, 1, 1, 1, 2]);
  });
});
