import { describe, expect, it } from 'vitest';
import { prepareCitations } from '../../src/graphs/citation-input.js';
import { nodeTotals } from '../../src/graphs/link-graph.js';
import { countSharedPairs, intersectSorted } from '../../src/graphs/pair-counts.js';
import { edgesOf, randomCitations, refSets } from './fixtures.js';

function bruteForce(sets: Set<number>[], active: (k: number) => boolean, weightOf: (k: number) => number) {
  const out = new Map<string, { shared: number; frac: number }>();
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      let shared = 0;
      let frac = 0;
      for (const k of sets[i]!) {
        if (sets[j]!.has(k) && active(k)) {
          shared++;
          frac += weightOf(k);
        }
      }
      if (shared > 0) out.set(`${i}-${j}`, { shared, frac });
    }
  }
  return out;
}

describe('countSharedPairs', () => {
  it('equals a brute-force count on a seeded random matrix', () => {
    const input = randomCitations(120, 300, 25, 7);
    const c = prepareCitations(input);
    const pc = countSharedPairs(c.nDocs, c.docPtr, c.workIdx, c.nWorks);
    const expected = bruteForce(refSets(input), () => true, () => 0);
    const got = new Map(edgesOf(pc).map(([i, j, e]) => [`${i}-${j}`, pc.shared[e]!]));
    expect(got.size).toBe(expected.size);
    expect(pc.edges).toBe(expected.size);
    for (const [key, v] of expected) expect(got.get(key)).toBe(v.shared);
    expect(pc.fractional).toBeNull();
    const totals = nodeTotals(pc.n, pc.ptr, pc.dst, pc.shared);
    expect(Array.from(pc.strength)).toEqual(Array.from(totals.strength));
    expect(Array.from(pc.degree)).toEqual(Array.from(totals.degree));
    expect(pc.totalStrength).toBe(totals.totalStrength);
  });

  it('applies the minimum shared count, the column mask and the column weights', () => {
    const input = randomCitations(80, 150, 30, 11);
    const c = prepareCitations(input);
    const active = new Uint8Array(c.nWorks).map((_, k) => (k % 3 === 0 ? 0 : 1));
    const columnWeights = Float64Array.from({ length: c.nWorks }, (_, k) => 1 / (k + 2));
    const pc = countSharedPairs(c.nDocs, c.docPtr, c.workIdx, c.nWorks, { minShared: 2, active, columnWeights });
    const expected = bruteForce(refSets(input), (k) => active[k] === 1, (k) => columnWeights[k]!);
    const kept = [...expected].filter(([, v]) => v.shared >= 2);
    expect(pc.edges).toBe(kept.length);
    const got = new Map(edgesOf(pc).map(([i, j, e]) => [`${i}-${j}`, { shared: pc.shared[e]!, frac: pc.fractional![e]! }]));
    for (const [key, v] of kept) {
      expect(got.get(key)?.shared).toBe(v.shared);
      expect(got.get(key)?.frac).toBeCloseTo(v.frac, 12);
    }
    const totals = nodeTotals(pc.n, pc.ptr, pc.dst, pc.fractional!);
    pc.strength.forEach((s, i) => expect(s).toBeCloseTo(totals.strength[i]!, 12));
    expect(Array.from(pc.degree)).toEqual(Array.from(totals.degree));
  });

  it('gives the same edge list twice (fixed order)', () => {
    const c = prepareCitations(randomCitations(60, 100, 20, 3));
    const a = countSharedPairs(c.nDocs, c.docPtr, c.workIdx, c.nWorks);
    const b = countSharedPairs(c.nDocs, c.docPtr, c.workIdx, c.nWorks);
    expect(Array.from(a.dst)).toEqual(Array.from(b.dst));
    expect(Array.from(a.ptr)).toEqual(Array.from(b.ptr));
  });

  it('handles documents without references and an empty corpus', () => {
    const c = prepareCitations({ docs: [{ id: 'a', label: 'a' }, { id: 'b', label: 'b' }], works: [{ id: 'w', label: 'w' }], docPtr: Uint32Array.from([0, 0, 1]), workIdx: Uint32Array.from([0]) });
    const pc = countSharedPairs(c.nDocs, c.docPtr, c.workIdx, c.nWorks);
    expect(pc.edges).toBe(0);
    const empty = countSharedPairs(0, new Uint32Array(1), new Uint32Array(0), 0);
    expect(empty.edges).toBe(0);
  });
});

describe('intersectSorted', () => {
  it('returns the common values of two ascending runs', () => {
    const a = Uint32Array.from([1, 3, 5, 7, 9, 2, 3, 5, 8, 9]);
    expect(intersectSorted(a, 0, 5, a, 5, 10)).toEqual([3, 5, 9]);
    expect(intersectSorted(a, 0, 0, a, 5, 10)).toEqual([]);
  });
});
