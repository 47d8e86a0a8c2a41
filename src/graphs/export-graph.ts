import type { Cell, GraphKind } from './link-graph.js';

/** A column of node or edge data in the graph files. */
export interface ExportAttribute {
  /** Column / attribute name: 'weighted_degree'. */
  name: string;
  type: 'integer' | 'double' | 'string';
  /** How VOSviewer shows it: as a weight (sizes items), a score (overlay colours), or not at all. */
  vosviewer?: { as: 'weight' | 'score'; title: string };
}

/** A node of an exported graph. */
export interface ExportNode {
  id: string;
  label: string;
  /** 1-based cluster number, 0 when the node has none. */
  cluster: number;
  x: number;
  y: number;
  /** Drawing size (GEXF viz:size). */
  size: number;
  /** Values of the node attributes, in the order of ExportGraph.nodeAttributes. */
  values: Cell[];
}

/** An edge of an exported graph; source and target are positions in ExportGraph.nodes. */
export interface ExportEdge {
  source: number;
  target: number;
  weight: number;
  values: Cell[];
}

/**
 * What the graph writers (src/export/graph-formats) turn into GEXF, GraphML, Pajek, VOSviewer and
 * CSV: plain data, undirected, nodes and edges in a fixed order.
 */
export interface ExportGraph {
  kind: GraphKind;
  /** Shown as the graph's description: 'Bibliographic coupling of documents'. */
  title: string;
  /** VOSviewer terminology: what a node and a link are called. */
  itemName: string;
  linkName: string;
  nodeAttributes: ExportAttribute[];
  edgeAttributes: ExportAttribute[];
  nodes: ExportNode[];
  edges: ExportEdge[];
}

/**
 * Writes a number for a text file: integers as they are, other numbers with 10 significant digits
 * (enough for any published figure, and free of float noise such as 0.30000000000000004).
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '';
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(10)));
}

/** Formats a cell: numbers with formatNumber, null as empty text. */
export function formatCell(value: Cell): string {
  if (value === null) return '';
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** Colours of clusters 1..20 (then grey), chosen to stay apart on white and in print. */
const PALETTE = [
  '#d62728', '#1f77b4', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f',
  '#aec7e8', '#ffbb78', '#98df8a', '#ff9896', '#c5b0d5', '#c49c94', '#f7b6d2', '#9edae5', '#dbdb8d', '#393b79',
];

/** The display colour of a 1-based cluster, as '#rrggbb'; grey for 0 and beyond the palette. */
export function clusterColor(cluster: number): string {
  return PALETTE[cluster - 1] ?? '#bfbfbf';
}

/** Removes characters XML 1.0 forbids (controls other than tab and line ends, lone surrogates, U+FFFE/F). */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

const NEEDS_ESCAPE = /[&<>"'\t\n\r\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Escapes text for an XML attribute value or element content (after removing forbidden characters). */
export function xmlEscape(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
