import type { ExportAttribute, ExportGraph } from '../../graphs/export-graph.js';
import { clusterColor, formatCell, formatNumber, xmlEscape } from '../../graphs/export-graph.js';

const GEXF_TYPES: Record<ExportAttribute['type'], string> = { integer: 'integer', double: 'double', string: 'string' };

function attributeBlock(kind: 'node' | 'edge', attributes: readonly ExportAttribute[], lines: string[]): void {
  if (attributes.length === 0) return;
  lines.push(`    <attributes class="${kind}" mode="static">`);
  for (const a of attributes) lines.push(`      <attribute id="${xmlEscape(a.name)}" title="${xmlEscape(a.name)}" type="${GEXF_TYPES[a.type]}"/>`);
  lines.push('    </attributes>');
}

function attvalues(attributes: readonly ExportAttribute[], values: readonly (string | number | null)[], indent: string, lines: string[]): void {
  const cells: string[] = [];
  attributes.forEach((a, t) => {
    const v = values[t] ?? null;
    if (v === null || v === '') return;
    cells.push(`${indent}  <attvalue for="${xmlEscape(a.name)}" value="${xmlEscape(formatCell(v))}"/>`);
  });
  if (cells.length === 0) return;
  lines.push(`${indent}<attvalues>`, ...cells, `${indent}</attvalues>`);
}

/**
 * Writes a graph as GEXF 1.2 for Gephi: node and edge attributes declared, cluster colours,
 * positions and sizes as viz elements, undirected weighted edges. Written by hand rather than with
 * graphology-gexf 0.13, whose 1.2 output declares a misspelt viz namespace and keeps characters XML
 * forbids.
 */
export function writeGexf(graph: ExportGraph): string {
  const lines: string[] = [];
  lines.push('<?xml version="1.0" encoding="UTF-8"?>');
  lines.push(
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
  );
  lines.push('  <meta>', '    <creator>corpus-lens</creator>', `    <description>${xmlEscape(graph.title)}</description>`, '  </meta>');
  lines.push('  <graph mode="static" defaultedgetype="undirected">');
  const nodeAttributes: ExportAttribute[] = [{ name: 'cluster', type: 'integer' }, ...graph.nodeAttributes];
  attributeBlock('node', nodeAttributes, lines);
  attributeBlock('edge', graph.edgeAttributes, lines);
  lines.push('    <nodes>');
  for (const node of graph.nodes) {
    lines.push(`      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.label)}">`);
    attvalues(nodeAttributes, [node.cluster > 0 ? node.cluster : null, ...node.values], '        ', lines);
    const color = clusterColor(node.cluster);
    const r = parseInt(color.slice(1, 3), 16);
    const g = parseInt(color.slice(3, 5), 16);
    const b = parseInt(color.slice(5, 7), 16);
    lines.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    lines.push(`        <viz:position x="${formatNumber(node.x)}" y="${formatNumber(node.y)}" z="0"/>`);
    lines.push(`        <viz:size value="${formatNumber(node.size)}"/>`);
    lines.push('      </node>');
  }
  lines.push('    </nodes>');
  lines.push('    <edges>');
  graph.edges.forEach((edge, t) => {
    const source = xmlEscape(graph.nodes[edge.source]!.id);
    const target = xmlEscape(graph.nodes[edge.target]!.id);
    const open = `      <edge id="${t}" source="${source}" target="${target}" weight="${formatNumber(edge.weight)}"`;
    const inner: string[] = [];
    attvalues(graph.edgeAttributes, edge.values, '        ', inner);
    if (inner.length === 0) lines.push(`${open}/>`);
    else lines.push(`${open}>`, ...inner, '      </edge>');
  });
  lines.push('    </edges>');
  lines.push('  </graph>');
  lines.push('</gexf>');
  return `${lines.join('\n')}\n`;
}
