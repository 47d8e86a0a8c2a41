import { describe, expect, it } from 'vitest';
import { prepareCitations } from '../../src/graphs/citation-input.js';
import { buildCoupling, couplingEvidence, couplingKind } from '../../src/graphs/coupling.js';
import { findEdge } from '../../src/graphs/link-graph.js';
import { citationsFrom, edgesOf, randomCitations, refSets } from './fixtures.js';

// D1 cites works 0,1,2; D2 1,2,3; D3 2,3,4; D4 5 (shares nothing).
const handMade = () => citationsFrom([[0, 1, 2], [1, 2, 3], [2, 3, 4], [5]]);

describe('bibliographic coupling, by hand', () => {
  it('counts shared works and the four normalised strengths', () => {
    const c = prepareCitations(handMade());
    const coupling = buildCoupling(c);
    const g = coupling.graph;
    expect(g.edges).toBe(3);
    expect(Array.from(g.strength)).toEqual([3, 4, 3, 0]);
    expect(g.totalStrength).toBe(10);
    const kind = couplingKind(c, coupling, {});
    const e12 = findEdge(g, 0, 1);
    const e13 = findEdge(g, 0, 2);
    const e23 = findEdge(g, 1, 2);
    expect(findEdge(g, 0, 3)).toBe(-1);
    // shared, association = w * S / (s_i s_j), salton = w / sqrt(n_i n_j), jaccard, inclusion
    const [s12, a12, salton12, jaccard12, inclusion12] = kind.edgeValues(0, 1, e12) as number[];
    expect(s12).toBe(2);
    expect(a12).toBeCloseTo(20 / 12, 15);
    expect(salton12).toBeCloseTo(2 / 3, 15);
    expect(jaccard12).toBeCloseTo(1 / 2, 15);
    expect(inclusion12).toBeCloseTo(2 / 3, 15);
    const [s13, a13, salton13, jaccard13, inclusion13] = kind.edgeValues(0, 2, e13) as number[];
    expect(s13).toBe(1);
    expect(a13).toBeCloseTo(10 / 9, 15);
    expect(salton13).toBeCloseTo(1 / 3, 15);
    expect(jaccard13).toBeCloseTo(1 / 5, 15);
    expect(inclusion13).toBeCloseTo(1 / 3, 15);
    expect((kind.edgeValues(1, 2, e23) as number[])[1]).toBeCloseTo(20 / 12, 15);
    expect(couplingEvidence(c, coupling.active, 0, 1)).toEqual([1, 2]);
    expect(kind.evidence(1, 2, e23)).toEqual([
      ['W2', 'Work 2'],
      ['W3', 'Work 3'],
    ]);
    // D4 has a reference, so it is a node, but an isolated one.
    expect(Array.from(g.member)).toEqual([1, 1, 1, 1]);
    expect(g.degree[3]).toBe(0);
  });

  it('counts fractionally: each shared work adds 1 / (documents citing it - 1)', () => {
    const c = prepareCitations(handMade());
    const coupling = buildCoupling(c, { counting: 'fractional' });
    const g = coupling.graph;
    expect(g.weight[findEdge(g, 0, 1)]).toBeCloseTo(1.5, 15);
    expect(g.weight[findEdge(g, 0, 2)]).toBeCloseTo(0.5, 15);
    expect(g.weight[findEdge(g, 1, 2)]).toBeCloseTo(1.5, 15);
    expect(g.totalStrength).toBeCloseTo(7, 15);
    const kind = couplingKind(c, coupling, {});
    // shared stays a count; association uses the fractional weights: 1.5 * 7 / (2 * 3)
    const values = kind.edgeValues(0, 1, findEdge(g, 0, 1)) as number[];
    expect(values[0]).toBe(2);
    expect(values[1]).toBeCloseTo(7 / 4, 15);
  });

  it('leaves out works cited by fewer documents than minCitations', () => {
    const c = prepareCitations(handMade());
    const coupling = buildCoupling(c, { minCitations: 3 });
    expect(coupling.graph.edges).toBe(3);
    expect(Array.from(coupling.refs)).toEqual([1, 1, 1, 0]);
    expect(Array.from(coupling.graph.member)).toEqual([1, 1, 1, 0]);
    expect(Array.from(coupling.graph.weight)).toEqual([1, 1, 1]);
  });

  it('matches brute force on a random corpus, measures included', () => {
    const input = randomCitations(70, 120, 18, 21);
    const sets = refSets(input);
    const c = prepareCitations(input);
    const coupling = buildCoupling(c, { minShared: 2 });
    const kind = couplingKind(c, coupling, {});
    const g = coupling.graph;
    const strength = new Float64Array(70);
    const expected: [number, number, number][] = [];
    for (let i = 0; i < 70; i++) {
      for (let j = i + 1; j < 70; j++) {
        const shared = [...sets[i]!].filter((k) => sets[j]!.has(k)).length;
        if (shared >= 2) {
          expected.push([i, j, shared]);
          strength[i]! += shared;
          strength[j]! += shared;
        }
      }
    }
    const total = strength.reduce((a, b) => a + b, 0);
    expect(g.edges).toBe(expected.length);
    expect(g.totalStrength).toBe(total);
    for (const [i, j, shared] of expected) {
      const e = findEdge(g, i, j);
      expect(g.weight[e]).toBe(shared);
      const [s, association, salton, jaccard, inclusion] = kind.edgeValues(i, j, e) as number[];
      const ni = sets[i]!.size;
      const nj = sets[j]!.size;
      expect(s).toBe(shared);
      expect(association).toBeCloseTo((shared * total) / (strength[i]! * strength[j]!), 12);
      expect(salton).toBeCloseTo(shared / Math.sqrt(ni * nj), 12);
      expect(jaccard).toBeCloseTo(shared / (ni + nj - shared), 12);
      expect(inclusion).toBeCloseTo(shared / Math.min(ni, nj), 12);
      expect(couplingEvidence(c, coupling.active, i, j)).toEqual([...sets[i]!].filter((k) => sets[j]!.has(k)).sort((a, b) => a - b));
    }
    expect(edgesOf(g).every(([i, j]) => i < j)).toBe(true);
  });
});

describe('prepareCitations', () => {
  it('sorts rows, drops repeated references and says so', () => {
    const c = prepareCitations({ docs: [{ id: 'a', label: 'a' }], works: [{ id: 'x', label: 'x' }, { id: 'y', label: 'y' }], docPtr: Uint32Array.from([0, 3]), workIdx: Uint32Array.from([1, 0, 1]) });
    expect(Array.from(c.workIdx)).toEqual([0, 1]);
    expect(Array.from(c.citedBy)).toEqual([1, 1]);
    expect(c.messages.map((m) => m.rule)).toEqual(['graphs-duplicate-reference']);
  });

  it('throws graphs-bad-input on a broken matrix', () => {
    expect(() => prepareCitations({ docs: [{ id: 'a', label: 'a' }], works: [], docPtr: Uint32Array.from([0, 1]), workIdx: Uint32Array.from([0]) })).toThrowError(
      expect.objectContaining({ code: 'graphs-bad-input' }),
    );
    expect(() => prepareCitations({ docs: [{ id: 'a', label: 'a' }], works: [], docPtr: Uint32Array.from([0]), workIdx: new Uint32Array(0) })).toThrowError(
      expect.objectContaining({ code: 'graphs-bad-input' }),
    );
  });

  it('cleans direct citations: self-citations out, repeats once', () => {
    const c = prepareCitations({ ...citationsFrom([[0], [0], [0]]), citations: Uint32Array.from([0, 1, 0, 1, 2, 2, 1, 0]) });
    expect(Array.from(c.citations)).toEqual([0, 1, 1, 0]);
    expect(c.messages.map((m) => m.rule)).toEqual(['graphs-self-citation']);
  });
});
