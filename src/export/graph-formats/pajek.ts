import type { ExportGraph } from '../../graphs/export-graph.js';
import { formatNumber } from '../../graphs/export-graph.js';

/** Makes a label safe inside Pajek's double quotes: no quotes (Pajek has no escape), no line breaks. */
export function pajekLabel(label: string): string {
  return label
    .replace(/"/g, "'")
    .replace(/[\u0000-\u001F\u007F]+/g, ' ')
    .trim();
}

/**
 * Writes a graph as a Pajek .net file (Pajek, VOSviewer, Gephi, igraph, networkx): `*Vertices n`,
 * one line per node with its 1-based number and quoted label, then `*Edges` with `a b weight`.
 * UTF-8 without byte-order mark, CRLF line ends as Pajek writes them. Coordinates are left out:
 * readers disagree on how many follow the label.
 */
export function writePajek(graph: ExportGraph): string {
  const lines: string[] = [];
  lines.push(`*Vertices ${graph.nodes.length}`);
  graph.nodes.forEach((node, p) => lines.push(`${p + 1} "${pajekLabel(node.label)}"`));
  lines.push('*Edges');
  for (const edge of graph.edges) lines.push(`${edge.source + 1} ${edge.target + 1} ${formatNumber(edge.weight)}`);
  return `${lines.join('\r\n')}\r\n`;
}
