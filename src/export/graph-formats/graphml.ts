import type { ExportAttribute, ExportGraph } from '../../graphs/export-graph.js';
import { clusterColor, formatCell, formatNumber, xmlEscape } from '../../graphs/export-graph.js';

const GRAPHML_TYPES: Record<ExportAttribute['type'], string> = { integer: 'int', double: 'double', string: 'string' };

/**
 * Writes a graph as GraphML (yEd, Gephi, Cytoscape, igraph, networkx): every key declared with its
 * type; node ids n0, n1, ... (GraphML ids cannot hold spaces) with the corpus id in `corpus_id`;
 * label, cluster, x, y, size and r, g, b (Gephi reads these as position and colour); edges undirected
 * with `weight`.
 */
export function writeGraphml(graph: ExportGraph): string {
  const lines: string[] = [];
  lines.push('<?xml version="1.0" encoding="UTF-8"?>');
  lines.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  const fixedNode: ExportAttribute[] = [
    { name: 'label', type: 'string' },
    { name: 'corpus_id', type: 'string' },
    { name: 'cluster', type: 'integer' },
    { name: 'x', type: 'double' },
    { name: 'y', type: 'double' },
    { name: 'size', type: 'double' },
    { name: 'r', type: 'integer' },
    { name: 'g', type: 'integer' },
    { name: 'b', type: 'integer' },
  ];
  const nodeKeys = [...fixedNode, ...graph.nodeAttributes];
  const edgeKeys: ExportAttribute[] = [{ name: 'weight', type: 'double' }, ...graph.edgeAttributes];
  nodeKeys.forEach((a, t) => lines.push(`  <key id="v${t}" for="node" attr.name="${xmlEscape(a.name)}" attr.type="${GRAPHML_TYPES[a.type]}"/>`));
  edgeKeys.forEach((a, t) => lines.push(`  <key id="e${t}" for="edge" attr.name="${xmlEscape(a.name)}" attr.type="${GRAPHML_TYPES[a.type]}"/>`));
  lines.push(`  <graph id="${xmlEscape(graph.kind)}" edgedefault="undirected">`);
  graph.nodes.forEach((node, p) => {
    const color = clusterColor(node.cluster);
    const fixed = [
      node.label,
      node.id,
      node.cluster > 0 ? node.cluster : null,
      node.x,
      node.y,
      node.size,
      parseInt(color.slice(1, 3), 16),
      parseInt(color.slice(3, 5), 16),
      parseInt(color.slice(5, 7), 16),
    ];
    lines.push(`    <node id="n${p}">`);
    [...fixed, ...node.values].forEach((v, t) => {
      if (v === null || v === undefined || v === '') return;
      lines.push(`      <data key="v${t}">${xmlEscape(formatCell(v))}</data>`);
    });
    lines.push('    </node>');
  });
  graph.edges.forEach((edge, t) => {
    lines.push(`    <edge id="e${t}" source="n${edge.source}" target="n${edge.target}">`);
    lines.push(`      <data key="e0">${formatNumber(edge.weight)}</data>`);
    edge.values.forEach((v, a) => {
      if (v === null || v === '') return;
      lines.push(`      <data key="e${a + 1}">${xmlEscape(formatCell(v))}</data>`);
    });
    lines.push('    </edge>');
  });
  lines.push('  </graph>');
  lines.push('</graphml>');
  return `${lines.join('\n')}\n`;
}
