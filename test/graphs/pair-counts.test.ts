import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prepareCitations } from '../../src/graphs/citation-input.js';
import { nodeTotals } from '../../src/graphs/link-graph.js';
import { countSharedPairs, intersectSorted } from '../../src/graphs/pair-counts.js';
import { citationsFrom, edgesOf, randomCitations, refSets } from './fixtures.js';

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

/** Every array of a PairCounts as plain numbers, for byte-for-byte comparison. */
function snapshot(pc: ReturnType<typeof countSharedPairs>) {
  return {
    edges: pc.edges,
    ptr: Array.from(pc.ptr),
    dst: Array.from(pc.dst),
    shared: [pc.shared.constructor.name, ...Array.from(pc.shared)],
    fractional: pc.fractional ? Array.from(pc.fractional) : null,
    strength: Array.from(pc.strength),
    degree: Array.from(pc.degree),
    totalStrength: pc.totalStrength,
  };
}

describe('countSharedPairs on several threads', () => {
  // Under vitest the worker script is TypeScript and is not started: this thread counts every
  // chunk through the same hand-over path (claim, stage, append in row order) the workers use.
  const input = randomCitations(300, 400, 30, 5);
  const c = prepareCitations(input);
  const active = new Uint8Array(c.nWorks).map((_, k) => (k % 4 === 0 ? 0 : 1));
  const columnWeights = Float64Array.from({ length: c.nWorks }, (_, k) => 1 / (k + 3));
  const variants = {
    full: {},
    'min shared 3': { minShared: 3 },
    'fractional with a column mask': { columnWeights, active },
  };
  for (const [name, options] of Object.entries(variants)) {
    it(`gives the same arrays, byte for byte, on 1 and 2 threads (${name})`, () => {
      const one = countSharedPairs(c.nDocs, c.docPtr, c.workIdx, c.nWorks, { ...options, threads: 1 });
      const two = countSharedPairs(c.nDocs, c.docPtr, c.workIdx, c.nWorks, { ...options, threads: 2, minThreadWork: 0 });
      expect(one.threads).toBe(1);
      expect(two.threads).toBe(2);
      expect(snapshot(two)).toEqual(snapshot(one));
      expect(one.edges).toBeGreaterThan(1000);
    });
  }

  it('stays on one thread below minThreadWork, and handles tiny and empty inputs on two', () => {
    expect(countSharedPairs(c.nDocs, c.docPtr, c.workIdx, c.nWorks).threads).toBe(1);
    for (const rows of [[], [[0]], [[0], [0]], [[0, 1], [], [1, 2], [2]]]) {
      const t = prepareCitations(citationsFrom(rows, 3));
      const one = countSharedPairs(t.nDocs, t.docPtr, t.workIdx, t.nWorks, { threads: 1 });
      const two = countSharedPairs(t.nDocs, t.docPtr, t.workIdx, t.nWorks, { threads: 2, minThreadWork: 0 });
      expect(snapshot(two)).toEqual(snapshot(one));
    }
  });

  // The compiled code starts a real worker thread (npm test builds dist/ first).
  const dist = fileURLToPath(new URL('../../dist/graphs/pair-counts.js', import.meta.url));
  const worker = fileURLToPath(new URL('../../dist/graphs/pair-worker.js', import.meta.url));
  it.skipIf(!existsSync(worker))('gives the same arrays on a worker thread (compiled code in dist/)', () => {
    const script = `
      import { countSharedPairs } from ${JSON.stringify(dist)};
      import { createHash } from 'node:crypto';
      let x = 7;
      const rnd = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
      const n = 3000, nCols = 5000, ptr = new Uint32Array(n + 1), idx = [];
      for (let i = 0; i < n; i++) {
        const row = new Set();
        for (let t = 0; t < 25; t++) row.add(Math.floor(nCols * rnd() * rnd()));
        idx.push(...[...row].sort((a, b) => a - b));
        ptr[i + 1] = idx.length;
      }
      const col = Uint32Array.from(idx);
      const w = Float64Array.from({ length: nCols }, (_, k) => 1 / (k + 2));
      const digest = (pc) => {
        const h = createHash('sha256');
        for (const a of [pc.ptr, pc.dst, pc.shared, pc.fractional ?? new Uint8Array(0), pc.strength, pc.degree]) h.update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
        return h.digest('hex') + ' ' + pc.edges + ' ' + pc.totalStrength;
      };
      const out = [];
      for (const options of [{}, { columnWeights: w, minShared: 2 }]) {
        const one = countSharedPairs(n, ptr, col, nCols, { ...options, threads: 1 });
        const two = countSharedPairs(n, ptr, col, nCols, { ...options, threads: 2, minThreadWork: 0 });
        out.push({ one: digest(one), two: digest(two), threads: two.threads, edges: one.edges });
      }
      console.log(JSON.stringify(out));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { one: string; two: string; threads: number; edges: number }[];
    for (const o of out) {
      expect(o.two).toBe(o.one);
      expect(o.threads).toBe(2);
      expect(o.edges).toBeGreaterThan(100000);
    }
  });
});

describe('intersectSorted', () => {
  it('returns the common values of two ascending runs', () => {
    const a = Uint32Array.from([1, 3, 5, 7, 9, 2, 3, 5, 8, 9]);
    expect(intersectSorted(a, 0, 5, a, 5, 10)).toEqual([3, 5, 9]);
    expect(intersectSorted(a, 0, 0, a, 5, 10)).toEqual([]);
  });
});
