import { describe, expect, it } from 'vitest';
import * as gexfModule from 'graphology-gexf';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { writeGexf } from '../../../src/export/graph-formats/gexf.js';
import { writeGraphml } from '../../../src/export/graph-formats/graphml.js';
import { formatNumber, xmlSafe } from '../../../src/graphs/export-graph.js';
import { Graph } from '../../../src/graphs/graphology.js';
import { fixtureGraph, trickyLabels } from './fixture.js';

function elements(xml: string, name: string): Element[] {
  const doc = parseDocument(xml, { xmlMode: true });
  return DomUtils.getElementsByTagName(name, doc.children, true);
}

describe('GEXF', () => {
  const graph = fixtureGraph();
  const xml = writeGexf(graph);

  it('reads back with the same nodes, labels, clusters, positions and edges', () => {
    const nodes = elements(xml, 'node');
    expect(nodes.map((n) => n.attribs['id'])).toEqual(graph.nodes.map((n) => n.id));
    expect(nodes.map((n) => n.attribs['label'])).toEqual(trickyLabels.map(xmlSafe));
    const positions = elements(xml, 'viz:position');
    expect(positions.map((p) => Number(p.attribs['x']))).toEqual(graph.nodes.map((n) => Number(formatNumber(n.x))));
    const edges = elements(xml, 'edge');
    expect(edges.map((e) => [e.attribs['source'], e.attribs['target'], Number(e.attribs['weight'])])).toEqual(
      graph.edges.map((e) => [graph.nodes[e.source]!.id, graph.nodes[e.target]!.id, e.weight]),
    );
  });

  it('declares every attribute it uses, with its type', () => {
    const declared = new Map(elements(xml, 'attribute').map((a) => [a.attribs['id'], a.attribs['type']]));
    expect(declared.get('cluster')).toBe('integer');
    expect(declared.get('weighted_degree')).toBe('double');
    expect(declared.get('doc_kind')).toBe('string');
    for (const v of elements(xml, 'attvalue')) expect(declared.has(v.attribs['for'])).toBe(true);
    // a null value is left out, not written as an empty string
    const second = elements(xml, 'node')[1]!;
    expect(DomUtils.getElementsByTagName('attvalue', second.children, true).map((v) => v.attribs['for'])).not.toContain('year');
  });

  it('opens in graphology-gexf with attributes and weights', () => {
    const g = (gexfModule as unknown as { parse: (G: unknown, s: string) => InstanceType<typeof Graph> }).parse(Graph, xml);
    expect(g.order).toBe(4);
    expect(g.size).toBe(3);
    expect(g.type).toBe('undirected');
    const first = g.getNodeAttributes('doc 0 & co');
    expect(first['label']).toBe(trickyLabels[0]);
    expect(first['cluster']).toBe(1);
    expect(first['references']).toBe(10);
    expect(first['color']).toBe('rgb(214,39,40)');
    expect(g.getEdgeAttributes(g.edge('doc 0 & co', 'doc 1 & co')!)['weight']).toBe(3);
  });

  it('uses the GEXF 1.2 namespaces and no characters XML forbids', () => {
    expect(xml).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(xml).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)).toBe(false);
  });
});

describe('GraphML', () => {
  const graph = fixtureGraph();
  const xml = writeGraphml(graph);

  it('declares a key for every data element and reads back nodes and edges', () => {
    const keys = new Map(elements(xml, 'key').map((k) => [k.attribs['id'], k.attribs]));
    const data = elements(xml, 'data');
    for (const d of data) expect(keys.has(d.attribs['key'])).toBe(true);
    const nameOf = (id: string) => keys.get(id)!['attr.name'];
    const nodes = elements(xml, 'node');
    expect(nodes.map((n) => n.attribs['id'])).toEqual(['n0', 'n1', 'n2', 'n3']);
    const values = (el: Element) => Object.fromEntries(DomUtils.getElementsByTagName('data', el.children, true).map((d) => [nameOf(d.attribs['key']!), DomUtils.textContent(d)]));
    const first = values(nodes[0]!);
    expect(first['label']).toBe(trickyLabels[0]);
    expect(first['corpus_id']).toBe('doc 0 & co');
    expect(first['cluster']).toBe('1');
    expect(first['r']).toBe('214');
    expect(values(nodes[1]!)['label']).toBe(trickyLabels[1]);
    expect(values(nodes[3]!)['cluster']).toBeUndefined();
    const edges = elements(xml, 'edge');
    expect(edges.map((e) => [e.attribs['source'], e.attribs['target'], values(e)['weight']])).toEqual([
      ['n0', 'n1', '3'],
      ['n0', 'n2', '1'],
      ['n1', 'n3', '2.5'],
    ]);
    expect(values(edges[0]!)['association']).toBe(formatNumber(1 / 3));
  });

  it('types its keys as GraphML does', () => {
    const types = Object.fromEntries(elements(xml, 'key').map((k) => [`${k.attribs['for']}:${k.attribs['attr.name']}`, k.attribs['attr.type']]));
    expect(types['node:cluster']).toBe('int');
    expect(types['node:x']).toBe('double');
    expect(types['node:doc_kind']).toBe('string');
    expect(types['edge:weight']).toBe('double');
    expect(elements(xml, 'graph')[0]!.attribs['edgedefault']).toBe('undirected');
  });
});
