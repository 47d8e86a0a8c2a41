import { describe, expect, it } from 'vitest';
import { prepareCitations } from '../../src/graphs/citation-input.js';
import { buildDirectCitation, citationKind } from '../../src/graphs/citation.js';
import { buildCocitation, cocitationEvidence, cocitationKind } from '../../src/graphs/cocitation.js';
import { findEdge } from '../../src/graphs/link-graph.js';
import { citationsFrom, randomCitations, refSets } from './fixtures.js';

describe('co-citation', () => {
  it('links works by the number of documents citing both, by hand', () => {
    // D1 cites 0,1,2; D2 cites 0,1; D3 cites 1,2,3; work 3 is cited once.
    const c = prepareCitations(citationsFrom([[0, 1, 2], [0, 1], [1, 2, 3]]));
    const co = buildCocitation(c);
    // nodes: works cited at least twice, most cited first: 1 (3x), 0 (2x), 2 (2x)
    expect(Array.from(co.works)).toEqual([1, 0, 2]);
    const g = co.graph;
    expect(g.weight[findEdge(g, 0, 1)]).toBe(2); // works 1 and 0: D1, D2
    expect(g.weight[findEdge(g, 0, 2)]).toBe(2); // works 1 and 2: D1, D3
    expect(g.weight[findEdge(g, 1, 2)]).toBe(1); // works 0 and 2: D1
    expect(cocitationEvidence(co, 0, 2)).toEqual([0, 2]);
    const kind = cocitationKind(c, co, {});
    expect(kind.node(0)).toEqual({ id: 'W1', label: 'Work 1', numbers: [3] });
    expect(kind.evidence(0, 2, findEdge(g, 0, 2))).toEqual([
      ['D1', 'Doc 1'],
      ['D3', 'Doc 3'],
    ]);
    // salton = 2 / sqrt(3 * 2)
    expect((kind.edgeValues(0, 1, findEdge(g, 0, 1)) as number[])[2]).toBeCloseTo(2 / Math.sqrt(6), 15);
  });

  it('keeps the top-N most cited works and matches brute force', () => {
    const input = randomCitations(90, 60, 12, 5);
    const sets = refSets(input);
    const c = prepareCitations(input);
    const co = buildCocitation(c, { topWorks: 25, minCitations: 2 });
    expect(co.works.length).toBe(25);
    for (let r = 1; r < 25; r++) expect(c.citedBy[co.works[r - 1]!]!).toBeGreaterThanOrEqual(c.citedBy[co.works[r]!]!);
    for (let r = 0; r < 25; r++) {
      for (let s = r + 1; s < 25; s++) {
        const both = sets.filter((set) => set.has(co.works[r]!) && set.has(co.works[s]!)).length;
        const e = findEdge(co.graph, r, s);
        if (both === 0) expect(e).toBe(-1);
        else expect(co.graph.weight[e]).toBe(both);
      }
    }
  });

  it('counts fractionally: each citing document adds 1 / (selected works it cites - 1)', () => {
    const c = prepareCitations(citationsFrom([[0, 1, 2], [0, 1]]));
    const co = buildCocitation(c, { counting: 'fractional', minCitations: 1 });
    // works 0,1: D1 (3 works -> 1/2) + D2 (2 works -> 1) = 1.5
    const a = co.works.indexOf(0);
    const b = co.works.indexOf(1);
    expect(co.graph.weight[findEdge(co.graph, a, b)]).toBeCloseTo(1.5, 15);
  });
});

describe('direct citation', () => {
  it('links citing and cited documents, mutual citations weigh 2, direction kept', () => {
    const c = prepareCitations({ ...citationsFrom([[0], [0], [0], [0]]), citations: Uint32Array.from([0, 1, 1, 0, 2, 0, 3, 3]) });
    const dc = buildDirectCitation(c);
    const g = dc.graph;
    expect(g.edges).toBe(2);
    expect(g.weight[findEdge(g, 0, 1)]).toBe(2);
    expect(g.weight[findEdge(g, 0, 2)]).toBe(1);
    expect(Array.from(g.member)).toEqual([1, 1, 1, 0]);
    const kind = citationKind(c, dc, {});
    expect(kind.edgeValues(0, 2, findEdge(g, 0, 2))).toEqual(['target cites source']);
    expect(kind.evidence(0, 1, findEdge(g, 0, 1))).toEqual([
      ['D1', 'D2'],
      ['D2', 'D1'],
    ]);
  });
});
