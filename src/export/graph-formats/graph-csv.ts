import type { ExportAttribute, ExportGraph } from '../../graphs/export-graph.js';
import { formatCell } from '../../graphs/export-graph.js';
import type { Cell } from '../../graphs/link-graph.js';
import { toCsv } from '../csv.js';

/** A node row of the node table: every node of the graph, drawn or not. */
export interface NodeRow {
  id: string;
  label: string;
  /** 1-based cluster, 0 for none. */
  cluster: number;
  /** Position when the node is drawn, null otherwise. */
  x: number | null;
  y: number | null;
  values: Cell[];
}

function cell(v: Cell | undefined): string {
  return v === undefined ? '' : formatCell(v);
}

/** The node table K-nodes.csv: id, label, cluster, x, y, then the node attributes. */
export function nodesCsv(attributes: readonly ExportAttribute[], rows: readonly NodeRow[]): string {
  return toCsv({
    header: ['id', 'label', 'cluster', 'x', 'y', ...attributes.map((a) => a.name)],
    rows: rows.map((r) => [r.id, r.label, r.cluster > 0 ? String(r.cluster) : '', cell(r.x), cell(r.y), ...attributes.map((_, t) => cell(r.values[t]))]),
  });
}

/** The edge table K-edges.csv: source, target (corpus ids), weight, then the edge attributes. */
export function edgesCsv(graph: ExportGraph): string {
  return toCsv({
    header: ['source', 'target', 'weight', ...graph.edgeAttributes.map((a) => a.name)],
    rows: graph.edges.map((e) => [graph.nodes[e.source]!.id, graph.nodes[e.target]!.id, cell(e.weight), ...graph.edgeAttributes.map((_, t) => cell(e.values[t]))]),
  });
}

/** The evidence table K-evidence.csv: source, target, then what links them (one row per item). */
export function evidenceCsv(columns: readonly string[], rows: readonly Cell[][]): string {
  return toCsv({ header: ['source', 'target', ...columns], rows: rows.map((r) => r.map(cell)) });
}

/** One line of summary.csv. */
export interface SummaryRow {
  kind: string;
  nodes: number;
  edges: number;
  clusters: number;
  modularity: number | null;
  isolated: number;
  exported_nodes: number;
  exported_edges: number;
  settings: string;
}

/** The summary table: kind, nodes, edges, clusters, modularity, then isolated nodes, what was exported and the settings. */
export function summaryCsv(rows: readonly SummaryRow[]): string {
  return toCsv({
    header: ['kind', 'nodes', 'edges', 'clusters', 'modularity', 'isolated', 'exported_nodes', 'exported_edges', 'settings'],
    rows: rows.map((r) => [r.kind, r.nodes, r.edges, r.clusters, cell(r.modularity), r.isolated, r.exported_nodes, r.exported_edges, r.settings]),
  });
}
