import type { ExportGraph } from '../../../src/graphs/export-graph.js';

/** Labels that break careless writers: quotes, delimiters, markup, line breaks, controls, Chinese, emoji. */
export const trickyLabels = [
  'Smith, J. "Policy; practice" & <reform>',
  '产教融合 vocational\teducation\nreform',
  "O'Brien's review \u0001 of \u{1F4DA}",
  'plain',
];

/** A small exported graph with every kind of value the writers must carry. */
export function fixtureGraph(): ExportGraph {
  return {
    kind: 'coupling',
    title: 'Bibliographic coupling of documents (shared references)',
    itemName: 'Document',
    linkName: 'Coupling link',
    nodeAttributes: [
      { name: 'year', type: 'integer', vosviewer: { as: 'score', title: 'Pub. year' } },
      { name: 'doc_kind', type: 'string' },
      { name: 'references', type: 'integer', vosviewer: { as: 'weight', title: 'References' } },
      { name: 'degree', type: 'integer', vosviewer: { as: 'weight', title: 'Links' } },
      { name: 'weighted_degree', type: 'double', vosviewer: { as: 'weight', title: 'Total link strength' } },
      { name: 'pagerank', type: 'double', vosviewer: { as: 'score', title: 'PageRank' } },
    ],
    edgeAttributes: [
      { name: 'shared', type: 'integer' },
      { name: 'association', type: 'double' },
    ],
    nodes: trickyLabels.map((label, p) => ({
      id: `doc ${p} & co`,
      label,
      cluster: p === 3 ? 0 : p + 1,
      x: p * 1.5 - 2.25,
      y: (p % 2) * 0.1 + 0.1 + 0.2,
      size: 5 + p,
      values: [p === 1 ? null : 2000 + p, p % 2 === 0 ? 'paper' : 'policy', 10 + p, p, p * 1.25, 0.25],
    })),
    edges: [
      { source: 0, target: 1, weight: 3, values: [3, 1 / 3] },
      { source: 0, target: 2, weight: 1, values: [1, 2.5] },
      { source: 1, target: 3, weight: 2.5, values: [2, null] },
    ],
  };
}
