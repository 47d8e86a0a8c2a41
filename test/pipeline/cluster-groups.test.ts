import { describe, expect, it } from 'vitest';
import type { GraphsResult } from '../../src/graphs/index.js';
import { analyseThemes } from '../../src/themes/analyse-themes.js';
import { clusterGroups } from '../../src/pipeline/cluster-groups.js';
import { makeDoc } from '../themes/make-doc.js';

/** A graphs result with only what clusterGroups reads: the kind, its nodes' ids and clusters. */
function fakeGraphs(kind: string, ids: string[], clusters: number[]): GraphsResult {
  return {
    graphs: [{ kind: { kind, node: (i: number) => ({ id: ids[i]! }) }, cluster: Int32Array.from(clusters), clusters: Math.max(...clusters) }],
  } as unknown as GraphsResult;
}

describe('clusterGroups', () => {
  it('groups the terms by the clusters of the coupling map, documents without a link in none', () => {
    const themes = analyseThemes([
      makeDoc('a', 'Apprenticeship wages rise. Apprenticeship contracts.'),
      makeDoc('b', 'Apprenticeship training in firms.'),
      makeDoc('c', 'Digital platforms for colleges. Digital tools.'),
      makeDoc('d', 'Funding of schools.'),
    ]);
    const before = JSON.stringify(themes.groups);
    const groups = clusterGroups(themes, fakeGraphs('coupling', ['a', 'b', 'c', 'd'], [1, 1, 2, 0]));
    expect(groups.map((g) => [g.by, g.value, g.documents])).toEqual([
      ['coupling-cluster', '1', 2],
      ['coupling-cluster', '2', 1],
      ['coupling-cluster', '', 1],
    ]);
    expect(groups[0]!.terms[0]).toMatchObject({ form: 'apprenticeship', frequency: 3, documents: 2 });
    expect(groups[1]!.terms[0]).toMatchObject({ form: 'digital', frequency: 2 });
    // the analysis itself is left as it was
    expect(JSON.stringify(themes.groups)).toBe(before);
    expect(themes.index.docs.every((d) => d.group === undefined)).toBe(true);
  });
});
