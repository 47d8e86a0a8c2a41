import { edgesCsv, evidenceCsv, nodesCsv, type NodeRow } from '../export/graph-formats/graph-csv.js';
import { writeGexf } from '../export/graph-formats/gexf.js';
import { writeGraphml } from '../export/graph-formats/graphml.js';
import { writePajek } from '../export/graph-formats/pajek.js';
import { writeVosviewerJson, writeVosviewerMap, writeVosviewerNetwork } from '../export/graph-formats/vosviewer.js';
import type { AnalysedGraph } from './analyse-graph.js';
import type { ExportAttribute, ExportGraph } from './export-graph.js';
import type { Cell, GraphKind } from './link-graph.js';

/** A file to write: its name (no folder) and its text. */
export interface GraphFile {
  name: string;
  content: string;
}

const TITLES: Record<GraphKind, { title: string; link: string }> = {
  coupling: { title: 'Bibliographic coupling of documents (shared references)', link: 'Coupling link' },
  cocitation: { title: 'Co-citation of cited works (documents citing both)', link: 'Co-citation link' },
  citation: { title: 'Direct citations among documents', link: 'Citation link' },
  text: { title: 'Text similarity of documents (cosine of TF-IDF vectors)', link: 'Similarity link' },
  cooccurrence: { title: 'Co-occurrence of terms (in the same sentence, by default)', link: 'Co-occurrence link' },
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The node attributes of a graph (after id, label, cluster, x, y) and how to fill them. */
export function nodeColumns(a: AnalysedGraph): { attributes: ExportAttribute[]; values: (i: number) => Cell[] } {
  const kind = a.kind;
  const g = kind.graph;
  let hasYear = false;
  let hasKind = false;
  for (let i = 0; i < g.n; i++) {
    if (g.member[i] === 0) continue;
    const info = kind.node(i);
    if (info.year !== undefined) hasYear = true;
    if (info.kind !== undefined) hasKind = true;
    if (hasYear && hasKind) break;
  }
  const attributes: ExportAttribute[] = [];
  if (hasYear) attributes.push({ name: 'year', type: 'integer', vosviewer: { as: 'score', title: 'Pub. year' } });
  if (hasKind) attributes.push({ name: 'doc_kind', type: 'string' });
  for (const name of kind.nodeNumbers) attributes.push({ name, type: 'integer', vosviewer: { as: 'weight', title: capitalise(name) } });
  attributes.push(
    { name: 'degree', type: 'integer', vosviewer: { as: 'weight', title: 'Links' } },
    { name: 'weighted_degree', type: 'double', vosviewer: { as: 'weight', title: 'Total link strength' } },
    { name: 'pagerank', type: 'double', vosviewer: { as: 'score', title: 'PageRank' } },
  );
  if (a.betweenness) attributes.push({ name: 'betweenness', type: 'double', vosviewer: { as: 'score', title: 'Betweenness' } });
  const values = (i: number): Cell[] => {
    const info = kind.node(i);
    const out: Cell[] = [];
    if (hasYear) out.push(info.year ?? null);
    if (hasKind) out.push(info.kind ?? null);
    out.push(...info.numbers, g.degree[i]!, g.strength[i]!, a.pagerank[i]!);
    if (a.betweenness) out.push(Number.isNaN(a.betweenness[i]!) ? null : a.betweenness[i]!);
    return out;
  };
  return { attributes, values };
}

/** Builds the exported (drawn) graph of an analysed graph: what GEXF, GraphML, Pajek and VOSviewer files hold. */
export function exportGraph(a: AnalysedGraph, columns = nodeColumns(a)): ExportGraph {
  const kind = a.kind;
  const g = kind.graph;
  const sel = a.selection;
  let maxStrength = 0;
  for (const i of sel.nodes) maxStrength = Math.max(maxStrength, g.strength[i]!);
  const nodes = Array.from(sel.nodes, (i, p) => {
    const info = kind.node(i);
    return {
      id: info.id,
      label: info.label,
      cluster: a.cluster[i]!,
      x: a.positions.x[p]!,
      y: a.positions.y[p]!,
      size: 5 + (maxStrength > 0 ? 25 * Math.sqrt(g.strength[i]! / maxStrength) : 0),
      values: columns.values(i),
    };
  });
  const edges = Array.from(sel.edges, (e, t) => {
    const i = sel.nodes[sel.source[t]!]!;
    const j = sel.nodes[sel.target[t]!]!;
    return { source: sel.source[t]!, target: sel.target[t]!, weight: kind.measure ? kind.measure.weight[e]! : g.weight[e]!, values: kind.edgeValues(i, j, e) };
  });
  return {
    kind: kind.kind,
    title: TITLES[kind.kind].title,
    itemName: kind.itemName,
    linkName: TITLES[kind.kind].link,
    nodeAttributes: columns.attributes,
    edgeAttributes: kind.edgeColumns.map((c) => ({ name: c.name, type: c.type })),
    nodes,
    edges,
  };
}

/** Every node of the graph for the node table, with its position when it is drawn. */
function nodeRows(a: AnalysedGraph, attributesValues: (i: number) => Cell[]): NodeRow[] {
  const g = a.kind.graph;
  const position = new Int32Array(g.n).fill(-1);
  a.selection.nodes.forEach((i, p) => (position[i] = p));
  const rows: NodeRow[] = [];
  for (let i = 0; i < g.n; i++) {
    if (g.member[i] === 0) continue;
    const info = a.kind.node(i);
    const p = position[i]!;
    rows.push({
      id: info.id,
      label: info.label,
      cluster: a.cluster[i]!,
      x: p < 0 ? null : a.positions.x[p]!,
      y: p < 0 ? null : a.positions.y[p]!,
      values: attributesValues(i),
    });
  }
  return rows;
}

/**
 * Writes the files of one graph kind K: K-nodes.csv (every node), K-edges.csv and K-evidence.csv
 * (the exported links and the works, documents or terms behind each), K.gexf, K.graphml, K.net,
 * K.vosviewer.json, K-vosviewer-map.txt and K-vosviewer-network.txt (the exported graph).
 */
export function graphFiles(a: AnalysedGraph): GraphFile[] {
  const k = a.kind.kind;
  const columns = nodeColumns(a);
  const graph = exportGraph(a, columns);
  const evidence: Cell[][] = [];
  const sel = a.selection;
  sel.edges.forEach((e, t) => {
    const i = sel.nodes[sel.source[t]!]!;
    const j = sel.nodes[sel.target[t]!]!;
    const si = graph.nodes[sel.source[t]!]!.id;
    const sj = graph.nodes[sel.target[t]!]!.id;
    for (const row of a.kind.evidence(i, j, e)) evidence.push([si, sj, ...row]);
  });
  return [
    { name: `${k}-nodes.csv`, content: nodesCsv(columns.attributes, nodeRows(a, columns.values)) },
    { name: `${k}-edges.csv`, content: edgesCsv(graph) },
    { name: `${k}-evidence.csv`, content: evidenceCsv(a.kind.evidenceColumns, evidence) },
    { name: `${k}.gexf`, content: writeGexf(graph) },
    { name: `${k}.graphml`, content: writeGraphml(graph) },
    { name: `${k}.net`, content: writePajek(graph) },
    { name: `${k}.vosviewer.json`, content: writeVosviewerJson(graph) },
    { name: `${k}-vosviewer-map.txt`, content: writeVosviewerMap(graph) },
    { name: `${k}-vosviewer-network.txt`, content: writeVosviewerNetwork(graph) },
  ];
}
