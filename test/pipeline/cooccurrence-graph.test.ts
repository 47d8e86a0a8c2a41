import { describe, expect, it } from 'vitest';
import { cooccurrenceExportGraph, cooccurrenceGraphFiles } from '../../src/pipeline/stage-cooccurrence.js';
import type { CooccurrenceNetwork } from '../../src/themes/cooccurrence.js';

/** Two triangles of terms joined by one weak link, as cooccurrenceNetwork returns them (weight first). */
function network(): CooccurrenceNetwork {
  const terms = ['teacher', 'train', 'school', '职业', '教育', '企业'];
  return {
    window: 'sentence',
    units: 40,
    nodes: terms.map((t, i) => ({ id: i, term: t, label: t === 'train' ? 'training' : t, language: i < 3 ? 'en' : 'zh', frequency: 10 + i, units: 5 + i })),
    edges: [
      { source: 0, target: 1, weight: 5, association: 2.5 },
      { source: 3, target: 4, weight: 5, association: 1.25 },
      { source: 0, target: 2, weight: 4, association: 1 },
      { source: 1, target: 2, weight: 4, association: 1 },
      { source: 3, target: 5, weight: 4, association: 1 },
      { source: 4, target: 5, weight: 4, association: 1 },
      { source: 2, target: 3, weight: 2, association: 0.5 },
    ],
  };
}

describe('cooccurrenceGraphFiles (the term network in the formats of the other graphs)', () => {
  it('writes the six graph files under themes/', () => {
    expect(cooccurrenceGraphFiles(network()).map((f) => f.path)).toEqual([
      'themes/cooccurrence.gexf',
      'themes/cooccurrence.graphml',
      'themes/cooccurrence.net',
      'themes/cooccurrence.vosviewer.json',
      'themes/cooccurrence-vosviewer-map.txt',
      'themes/cooccurrence-vosviewer-network.txt',
    ]);
  });

  it('keeps every node and link, clusters the two triangles apart, and labels by the surface form', () => {
    const g = cooccurrenceExportGraph(network());
    expect(g.nodes.map((n) => [n.id, n.label, n.cluster])).toEqual([
      ['teacher', 'teacher', 1],
      ['train', 'training', 1],
      ['school', 'school', 1],
      ['职业', '职业', 2],
      ['教育', '教育', 2],
      ['企业', '企业', 2],
    ]);
    expect(g.nodeAttributes.map((a) => a.name)).toEqual(['language', 'frequency', 'units', 'degree', 'weighted_degree', 'pagerank', 'betweenness']);
    expect(g.edges.map((e) => [e.source, e.target, e.weight, ...e.values])).toEqual([
      [0, 1, 5, 2.5],
      [0, 2, 4, 1],
      [1, 2, 4, 1],
      [2, 3, 2, 0.5],
      [3, 4, 5, 1.25],
      [3, 5, 4, 1],
      [4, 5, 4, 1],
    ]);
    const pajek = cooccurrenceGraphFiles(network()).find((f) => f.path.endsWith('.net'))!.contents;
    expect(pajek).toBe('*Vertices 6\r\n1 "teacher"\r\n2 "training"\r\n3 "school"\r\n4 "职业"\r\n5 "教育"\r\n6 "企业"\r\n*Edges\r\n1 2 5\r\n1 3 4\r\n2 3 4\r\n3 4 2\r\n4 5 5\r\n4 6 4\r\n5 6 4\r\n');
  });

  it('gives byte-identical files for the same network', () => {
    const a = cooccurrenceGraphFiles(network());
    const b = cooccurrenceGraphFiles(network());
    expect(b).toEqual(a);
    expect(a[0]!.contents).toContain('<graph mode="static" defaultedgetype="undirected">');
  });

  it('writes an empty network without failing', () => {
    const files = cooccurrenceGraphFiles({ window: 'sentence', units: 0, nodes: [], edges: [] });
    expect(files.find((f) => f.path.endsWith('.net'))!.contents).toBe('*Vertices 0\r\n*Edges\r\n');
  });
});
