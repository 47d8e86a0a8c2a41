import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { edgesCsv, evidenceCsv, nodesCsv, summaryCsv } from '../../../src/export/graph-formats/graph-csv.js';
import { pajekLabel, writePajek } from '../../../src/export/graph-formats/pajek.js';
import { vosField, writeVosviewerJson, writeVosviewerMap, writeVosviewerNetwork } from '../../../src/export/graph-formats/vosviewer.js';
import { formatNumber } from '../../../src/graphs/export-graph.js';
import { fixtureGraph, trickyLabels } from './fixture.js';

/** Splits a line of a VOSviewer map file: tab-delimited, a field may be wrapped in double quotes. */
function splitTsv(line: string): string[] {
  return line.split('\t').map((f) => (f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f));
}

describe('Pajek .net', () => {
  const graph = fixtureGraph();
  const net = writePajek(graph);

  it('reads back: *Vertices n, quoted 1-based labels, *Edges with weights', () => {
    const lines = net.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe('*Vertices 4');
    const vertices = lines.slice(1, 5).map((l) => /^(\d+) "([^"]*)"$/.exec(l));
    expect(vertices.every((m) => m !== null)).toBe(true);
    expect(vertices.map((m) => Number(m![1]))).toEqual([1, 2, 3, 4]);
    expect(vertices.map((m) => m![2])).toEqual(trickyLabels.map(pajekLabel));
    expect(lines[5]).toBe('*Edges');
    expect(lines.slice(6, -1).map((l) => l.split(' ').map(Number))).toEqual([
      [1, 2, 3],
      [1, 3, 1],
      [2, 4, 2.5],
    ]);
  });

  it('keeps labels on one line without double quotes', () => {
    expect(pajekLabel('a "b"\nc\td')).toBe("a 'b' c d");
    expect(net.includes('\n\n')).toBe(false);
  });
});

describe('VOSviewer map and network files', () => {
  const graph = fixtureGraph();
  const map = writeVosviewerMap(graph);
  const network = writeVosviewerNetwork(graph);

  it('has the documented columns: id, label, description, x, y, cluster, weight<...>, score<...>', () => {
    const [header, ...rows] = map.trimEnd().split('\n');
    const columns = header!.split('\t');
    expect(columns).toEqual(['id', 'label', 'description', 'x', 'y', 'cluster', 'weight<References>', 'weight<Links>', 'weight<Total link strength>', 'score<Pub. year>', 'score<PageRank>']);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(splitTsv(row!)).toHaveLength(columns.length);
  });

  it('reads back ids, labels, coordinates, clusters, weights and scores', () => {
    const rows = map.trimEnd().split('\n').slice(1).map(splitTsv);
    expect(rows.map((r) => Number(r[0]))).toEqual([1, 2, 3, 4]);
    expect(rows[0]![1]).toBe("Smith, J. 'Policy; practice' & <reform>");
    expect(rows[1]![1]).toBe('产教融合 vocational education reform');
    expect(rows.map((r) => r[2])).toEqual(['doc 0 &amp; co', 'doc 1 &amp; co', 'doc 2 &amp; co', 'doc 3 &amp; co']);
    expect(rows.map((r) => Number(r[3]))).toEqual(graph.nodes.map((n) => Number(formatNumber(n.x))));
    // clusters 1..1000 only; none is empty
    expect(rows.map((r) => r[5])).toEqual(['1', '2', '3', '']);
    // weights are non-negative numbers; a missing score is empty
    for (const r of rows) for (const w of r.slice(6, 9)) expect(Number(w)).toBeGreaterThanOrEqual(0);
    expect(rows[1]![9]).toBe('');
    expect(rows[0]![9]).toBe('2000');
  });

  it('quotes a field holding a comma or semicolon and never a tab inside a field', () => {
    expect(vosField('a, b')).toBe('"a, b"');
    expect(vosField('a;b')).toBe('"a;b"');
    expect(vosField('a\tb "c"')).toBe("a b 'c'");
    for (const line of map.split('\n').slice(1, -1)) expect(line.split('\t')).toHaveLength(11);
  });

  it('network file: three columns, no header, ids from the map file', () => {
    const lines = network.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(lines).toEqual([
      ['1', '2', '3'],
      ['1', '3', '1'],
      ['2', '4', '2.5'],
    ]);
  });
});

describe('VOSviewer JSON', () => {
  const graph = fixtureGraph();
  const json = JSON.parse(writeVosviewerJson(graph)) as {
    config: { terminology: Record<string, string> };
    network: { items: Record<string, unknown>[]; links: Record<string, unknown>[] };
  };

  it('has network.items and network.links as VOSviewer Online reads them', () => {
    expect(Object.keys(json.network)).toEqual(['items', 'links']);
    const items = json.network.items;
    expect(items.map((i) => i['id'])).toEqual([1, 2, 3, 4]);
    expect(items.map((i) => i['label'])).toEqual(trickyLabels);
    expect(items[0]).toMatchObject({ x: -2.25, cluster: 1, weights: { References: 10, Links: 0, 'Total link strength': 0 }, scores: { 'Pub. year': 2000, PageRank: 0.25 } });
    expect(items[3]!['cluster']).toBeUndefined();
    expect(items[1]!['scores']).toEqual({ PageRank: 0.25 });
    expect(json.network.links).toEqual([
      { source_id: 1, target_id: 2, strength: 3 },
      { source_id: 1, target_id: 3, strength: 1 },
      { source_id: 2, target_id: 4, strength: 2.5 },
    ]);
    expect(json.config.terminology['item']).toBe('Document');
    expect(json.config.terminology['links']).toBe('Coupling links');
  });
});

describe('CSV tables', () => {
  const graph = fixtureGraph();

  it('edge table reads back with corpus ids, weights and measures', () => {
    const text = edgesCsv(graph);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      { source: 'doc 0 & co', target: 'doc 1 & co', weight: '3', shared: '3', association: formatNumber(1 / 3) },
      { source: 'doc 0 & co', target: 'doc 2 & co', weight: '1', shared: '1', association: '2.5' },
      { source: 'doc 1 & co', target: 'doc 3 & co', weight: '2.5', shared: '2', association: '' },
    ]);
  });

  it('node, evidence and summary tables read back', () => {
    const nodes = parse(
      nodesCsv(graph.nodeAttributes, [
        { id: 'a', label: trickyLabels[0]!, cluster: 2, x: 1.5, y: null, values: [2001, 'paper', 3, 1, 1, 0.5] },
        { id: 'b', label: '=SUM(A1)', cluster: 0, x: null, y: null, values: [null, null, 0, 0, 0, 0] },
      ]).slice(1),
      { columns: true },
    ) as Record<string, string>[];
    expect(nodes[0]).toEqual({ id: 'a', label: trickyLabels[0], cluster: '2', x: '1.5', y: '', year: '2001', doc_kind: 'paper', references: '3', degree: '1', weighted_degree: '1', pagerank: '0.5' });
    expect(nodes[1]!['label']).toBe("'=SUM(A1)");
    expect(nodes[1]!['cluster']).toBe('');
    const evidence = parse(evidenceCsv(['work', 'work_label'], [['a', 'b', 'W1', 'Smith, 2020']]).slice(1), { columns: true });
    expect(evidence).toEqual([{ source: 'a', target: 'b', work: 'W1', work_label: 'Smith, 2020' }]);
    const summary = parse(
      summaryCsv([{ kind: 'coupling', nodes: 4, edges: 3, clusters: 2, modularity: 0.123456789012, isolated: 1, exported_nodes: 4, exported_edges: 3, settings: 'seed=42' }]).slice(1),
      { columns: true },
    );
    expect(summary).toEqual([{ kind: 'coupling', nodes: '4', edges: '3', clusters: '2', modularity: '0.123456789', isolated: '1', exported_nodes: '4', exported_edges: '3', settings: 'seed=42' }]);
  });
});
