import { describe, expect, it } from 'vitest';
import { prepareCitations } from '../../src/graphs/citation-input.js';
import { buildCoupling, couplingEvidence, couplingKind } from '../../src/graphs/coupling.js';
import { symmetricAdjacency, modularity } from '../../src/graphs/adjacency.js';
import { analyseGraph } from '../../src/graphs/analyse-graph.js';
import { findEdge, linkGraph } from '../../src/graphs/link-graph.js';
import { LINK_MEASURES } from '../../src/graphs/link-measure.js';
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

describe('link measures', () => {
  it('weighs each link by the chosen measure, as the edge table computes it', () => {
    const c = prepareCitations(handMade());
    const coupling = buildCoupling(c);
    expect(couplingKind(c, coupling, {}).measure).toBeUndefined();
    expect(couplingKind(c, coupling, {}, 'shared').measure).toBeUndefined();
    LINK_MEASURES.slice(1).forEach((name, t) => {
      const kind = couplingKind(c, coupling, {}, name);
      expect(kind.measure?.name).toBe(name);
      expect(kind.graph).toBe(coupling.graph);
      for (const [i, j, e] of edgesOf(kind.graph)) expect(kind.measure!.weight[e]).toBe((kind.edgeValues(i, j, e) as number[])[t + 1]);
    });
    // D1-D2 share 2 of 3 works each: association 20/12, Salton 2/3, Jaccard 1/2, inclusion 2/3
    const e12 = findEdge(coupling.graph, 0, 1);
    expect(couplingKind(c, coupling, {}, 'association').measure!.weight[e12]).toBeCloseTo(20 / 12, 15);
    expect(couplingKind(c, coupling, {}, 'jaccard').measure!.weight[e12]).toBeCloseTo(1 / 2, 15);
  });

  it('clusters, ranks and lays out on the measure, keeps the counted weights for the top-N', () => {
    const c = prepareCitations(randomCitations(120, 150, 20, 31));
    const coupling = buildCoupling(c);
    const counted = couplingKind(c, coupling, {});
    const salton = couplingKind(c, coupling, {}, 'salton');
    const g = coupling.graph;
    const weighted = linkGraph(g.n, g.ptr, g.dst, salton.measure!.weight, g.member);
    const options = { seed: 3, layoutIterations: 20, maxNodes: 60 };
    const a = analyseGraph(salton, options);
    // The same as analysing a graph whose own weights are the Salton strengths...
    const b = analyseGraph({ ...counted, graph: weighted }, options);
    expect(Array.from(a.cluster)).toEqual(Array.from(b.cluster));
    expect(a.modularity).toBe(b.modularity);
    expect(Array.from(a.pagerank)).toEqual(Array.from(b.pagerank));
    expect(a.modularity).toBeCloseTo(modularity(symmetricAdjacency(weighted), a.cluster), 12);
    // ... and not the same as on the counted weights.
    const raw = analyseGraph(counted, options);
    expect(a.modularity).not.toBe(raw.modularity);
    // The top-N nodes are those with the greatest counted total link strength.
    expect(Array.from(a.selection.nodes)).toEqual(Array.from(raw.selection.nodes));
  });
});

describe('prepareCitations', () => {
  it('sorts rows, drops repeated references and says so', () => {
    const c = prepareCitations({ docs: [{ id: 'a', label: 'a' }], works: [{ id: 'x', label: 'x' }, { id: 'y', label: 'y' }], docPtr: Uint32Array.from([0, 3]), workIdx: Uint32Array.from([1, 0, 1]) });
    expect(Array.from(c.workIdx)).toEqual([0, 1]);
    expect(Array.from(c.citedBy)).toEqual([1, 1]);
    expect(c.messages.map((m) => m.rule)).toEqual(['graphs-duplicate-reference']);
  });

  it('counts citations in 16 bits, in 32 when a work is cited more than 65,535 times', () => {
    const rows = (n: number): number[][] => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? [0, 1] : [0]));
    const small = prepareCitations(citationsFrom(rows(65535)));
    expect(small.citedBy).toBeInstanceOf(Uint16Array);
    expect(Array.from(small.citedBy)).toEqual([65535, 32768]);
    const wide = prepareCitations(citationsFrom(rows(65536)));
    expect(wide.citedBy).toBeInstanceOf(Uint32Array);
    expect(Array.from(wide.citedBy)).toEqual([65536, 32768]);
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
