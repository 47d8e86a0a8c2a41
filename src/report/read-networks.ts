import type { Message } from '../core/message.js';
import { LIMITS } from './limits.js';
import { num, readTable, type Table } from './read-table.js';
import type { ReportNetwork, ReportNode } from './report-data.js';

/** The network kinds the report draws, in page order, with their titles and what a node is. */
export const NETWORK_KINDS: readonly { kind: string; title: string; item: 'document' | 'work' }[] = [
  { kind: 'coupling', title: 'Bibliographic coupling (documents sharing references)', item: 'document' },
  { kind: 'cocitation', title: 'Co-citation (works cited together)', item: 'work' },
  { kind: 'citation', title: 'Direct citation among documents', item: 'document' },
  { kind: 'text', title: 'Text similarity (TF-IDF cosine)', item: 'document' },
];

/** Columns of K-nodes.csv that are not metrics. */
const NOT_METRICS = new Set(['id', 'label', 'cluster', 'x', 'y', 'year', 'doc_kind']);
/** Metrics nodes are sized by, in order of preference. */
const SIZE_PREFERENCE = ['citations', 'references', 'weighted_degree', 'degree'];

/** Reads graphs/summary.csv and graphs/K-{nodes,edges,evidence}.csv for each kind; absent kinds are skipped. */
export async function readNetworks(outDir: string, messages: Message[], notes: string[]): Promise<ReportNetwork[]> {
  const summary = await readTable(outDir, 'graphs/summary.csv', ['kind']);
  if (summary.message) messages.push(summary.message);
  const networks: ReportNetwork[] = [];
  const absent: string[] = [];
  for (const k of NETWORK_KINDS) {
    const nodes = await readTable(outDir, `graphs/${k.kind}-nodes.csv`, ['id']);
    if (nodes.message) messages.push(nodes.message);
    if (!nodes.table) {
      absent.push(k.kind);
      continue;
    }
    const edges = await readTable(outDir, `graphs/${k.kind}-edges.csv`, ['source', 'target']);
    if (edges.message) messages.push(edges.message);
    const evidence = await readTable(outDir, `graphs/${k.kind}-evidence.csv`, ['source', 'target']);
    if (evidence.message) messages.push(evidence.message);
    const sum = summary.table?.rows.find((r) => r.kind === k.kind);
    networks.push(buildNetwork(k, nodes.table, edges.table, evidence.table, sum));
  }
  if (absent.length === NETWORK_KINDS.length) {
    notes.push('Networks: the output folder has no graphs/ tables (graphs/coupling-nodes.csv, …); run corpus-lens run to build them.');
  } else if (absent.length > 0) {
    notes.push(`Networks: no table for ${absent.join(', ')} (graphs/<kind>-nodes.csv is absent), so ${absent.length === 1 ? 'it is' : 'they are'} not shown.`);
  }
  return networks;
}

function buildNetwork(
  k: { kind: string; title: string; item: 'document' | 'work' },
  nodesTable: Table,
  edgesTable: Table | undefined,
  evidenceTable: Table | undefined,
  summary: Record<string, string> | undefined,
): ReportNetwork {
  const notes: string[] = [];
  const metrics = nodesTable.header.filter((h) => !NOT_METRICS.has(h) && nodesTable.rows.some((r) => num(r[h]) !== null));
  const seen = new Set<string>();
  const nodes: ReportNode[] = [];
  let unplaced = 0;
  for (const r of nodesTable.rows) {
    const id = r.id ?? '';
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    const x = num(r.x);
    const y = num(r.y);
    if (x === null || y === null) {
      unplaced++;
      continue;
    }
    nodes.push({
      id,
      label: r.label || id,
      cluster: num(r.cluster) ?? 0,
      x,
      y,
      values: metrics.map((m) => num(r[m])),
      docKind: r.doc_kind ?? '',
      year: num(r.year),
    });
  }
  if (nodes.length === 0 && unplaced > 0) {
    // No positions at all (a table written without a layout): place the nodes on circles, one per cluster.
    notes.push('The node table has no positions; the nodes are placed on circles, one per cluster.');
    placeOnCircles(nodesTable, metrics, nodes);
    unplaced = 0;
  } else if (unplaced > 0) {
    notes.push(`${unplaced} of ${seen.size} nodes have no position (not among the nodes drawn) and are left out; ${nodesTable.path} lists them.`);
  }
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const edges: [number, number, number][] = [];
  const edgeIndex = new Map<string, number>();
  let dropped = 0;
  for (const r of edgesTable?.rows ?? []) {
    const s = index.get(r.source ?? '');
    const t = index.get(r.target ?? '');
    if (s === undefined || t === undefined || s === t) {
      dropped++;
      continue;
    }
    const key = pairKey(s, t);
    if (edgeIndex.has(key)) continue;
    edgeIndex.set(key, edges.length);
    edges.push([s, t, num(r.weight) ?? 1]);
  }
  if (!edgesTable) notes.push(`No link table (graphs/${k.kind}-edges.csv): the nodes are drawn without links.`);
  if (dropped > 0) notes.push(`${dropped} links join nodes that are not drawn and are left out.`);
  const evidenceColumns = evidenceTable ? evidenceTable.header.filter((h) => h !== 'source' && h !== 'target') : [];
  const evidence: string[][][] = edges.map(() => []);
  const evidenceTotal: number[] = edges.map(() => 0);
  let kept = 0;
  let cut = false;
  for (const r of evidenceTable?.rows ?? []) {
    const s = index.get(r.source ?? '');
    const t = index.get(r.target ?? '');
    if (s === undefined || t === undefined) continue;
    const e = edgeIndex.get(pairKey(s, t));
    if (e === undefined) continue;
    evidenceTotal[e]!++;
    if (evidence[e]!.length >= LIMITS.evidencePerLink || kept >= LIMITS.evidencePerNetwork) {
      cut = true;
      continue;
    }
    evidence[e]!.push(evidenceColumns.map((c) => r[c] ?? ''));
    kept++;
  }
  for (let e = 0; e < edges.length; e++) if (evidenceTotal[e] === evidence[e]!.length) evidenceTotal[e] = 0;
  if (cut) notes.push(`Some links have more evidence than the report shows (at most ${LIMITS.evidencePerLink} rows a link); graphs/${k.kind}-evidence.csv holds all.`);
  if (edgesTable && !evidenceTable) notes.push(`No evidence table (graphs/${k.kind}-evidence.csv): clicking a link shows its weight only.`);
  const sizeBy = SIZE_PREFERENCE.find((m) => metrics.includes(m)) ?? metrics[0] ?? '';
  return {
    kind: k.kind,
    title: k.title,
    item: k.item,
    metrics,
    sizeBy,
    nodes,
    edges,
    evidenceColumns,
    evidence,
    evidenceTotal,
    totalNodes: seen.size,
    clusters: num(summary?.clusters),
    modularity: num(summary?.modularity),
    notes,
  };
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** Deterministic fallback layout: each cluster on its own circle, clusters on a larger circle. */
function placeOnCircles(nodesTable: Table, metrics: string[], nodes: ReportNode[]): void {
  const seen = new Set<string>();
  const byCluster = new Map<number, Record<string, string>[]>();
  for (const r of nodesTable.rows) {
    const id = r.id ?? '';
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    const c = num(r.cluster) ?? 0;
    const list = byCluster.get(c) ?? [];
    list.push(r);
    byCluster.set(c, list);
  }
  const clusters = [...byCluster.keys()].sort((a, b) => a - b);
  clusters.forEach((c, ci) => {
    const rows = byCluster.get(c)!;
    const cx = clusters.length > 1 ? 100 * Math.cos((2 * Math.PI * ci) / clusters.length) : 0;
    const cy = clusters.length > 1 ? 100 * Math.sin((2 * Math.PI * ci) / clusters.length) : 0;
    const radius = 10 + 4 * Math.sqrt(rows.length);
    rows.forEach((r, i) => {
      const a = (2 * Math.PI * i) / rows.length;
      nodes.push({
        id: r.id!,
        label: r.label || r.id!,
        cluster: c,
        x: round(cx + radius * Math.cos(a)),
        y: round(cy + radius * Math.sin(a)),
        values: metrics.map((m) => num(r[m])),
        docKind: r.doc_kind ?? '',
        year: num(r.year),
      });
    });
  });
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
