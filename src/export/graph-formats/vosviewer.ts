import type { ExportGraph } from '../../graphs/export-graph.js';
import { formatNumber } from '../../graphs/export-graph.js';

/** VOSviewer accepts cluster numbers from 1 to 1000; others are written as empty. */
const MAX_CLUSTER = 1000;

/**
 * Makes a text field safe for a VOSviewer map file: tabs and line breaks become spaces, double
 * quotes become single quotes, and the field is quoted when it holds a comma or semicolon (the
 * documented rule: those are alternative delimiters).
 */
export function vosField(text: string): string {
  const clean = text
    .replace(/[\u0000-\u001F\u007F]+/g, ' ')
    .replace(/"/g, "'")
    .trim();
  return /[,;]/.test(clean) ? `"${clean}"` : clean;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function description(id: string): string {
  return `${escapeHtml(id)}`;
}

function vosCluster(cluster: number): number | null {
  return cluster >= 1 && cluster <= MAX_CLUSTER ? cluster : null;
}

/** Numbers of the node attributes VOSviewer shows as weights or scores. */
function vosColumns(graph: ExportGraph, as: 'weight' | 'score'): { title: string; index: number }[] {
  const out: { title: string; index: number }[] = [];
  graph.nodeAttributes.forEach((a, index) => {
    if (a.vosviewer?.as === as) out.push({ title: a.vosviewer.title.replace(/[<>\t\r\n]/g, ' '), index });
  });
  return out;
}

function numberOrNull(v: string | number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? Number(formatNumber(v)) : null;
}

/**
 * Writes a VOSviewer map file (tab-delimited, header line): id (1-based numbers, as the network file
 * uses), label, description (the corpus id), x, y, cluster, weight<...> and score<...> columns.
 */
export function writeVosviewerMap(graph: ExportGraph): string {
  const weights = vosColumns(graph, 'weight');
  const scores = vosColumns(graph, 'score');
  const header = ['id', 'label', 'description', 'x', 'y', 'cluster', ...weights.map((w) => `weight<${w.title}>`), ...scores.map((s) => `score<${s.title}>`)];
  const lines = [header.join('\t')];
  graph.nodes.forEach((node, p) => {
    const cluster = vosCluster(node.cluster);
    const cells = [
      String(p + 1),
      vosField(node.label),
      vosField(description(node.id)),
      formatNumber(node.x),
      formatNumber(node.y),
      cluster === null ? '' : String(cluster),
      ...weights.map((w) => formatNumber(numberOrNull(node.values[w.index]) ?? 0)),
      ...scores.map((s) => {
        const v = numberOrNull(node.values[s.index]);
        return v === null ? '' : formatNumber(v);
      }),
    ];
    lines.push(cells.join('\t'));
  });
  return `${lines.join('\n')}\n`;
}

/** Writes a VOSviewer network file: one link per line, `id1<tab>id2<tab>strength`, no header. */
export function writeVosviewerNetwork(graph: ExportGraph): string {
  const lines = graph.edges.map((e) => `${e.source + 1}\t${e.target + 1}\t${formatNumber(e.weight)}`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * Writes a VOSviewer JSON file, the format VOSviewer Online opens: config.terminology, then
 * network.items (id, label, description, x, y, cluster, weights, scores) and network.links
 * (source_id, target_id, strength).
 */
export function writeVosviewerJson(graph: ExportGraph): string {
  const weights = vosColumns(graph, 'weight');
  const scores = vosColumns(graph, 'score');
  const items = graph.nodes.map((node, p) => {
    const item: Record<string, unknown> = {
      id: p + 1,
      label: node.label,
      description: description(node.id),
      x: Number(formatNumber(node.x)),
      y: Number(formatNumber(node.y)),
    };
    const cluster = vosCluster(node.cluster);
    if (cluster !== null) item['cluster'] = cluster;
    const w: Record<string, number> = {};
    for (const c of weights) w[c.title] = numberOrNull(node.values[c.index]) ?? 0;
    item['weights'] = w;
    const s: Record<string, number> = {};
    for (const c of scores) {
      const v = numberOrNull(node.values[c.index]);
      if (v !== null) s[c.title] = v;
    }
    item['scores'] = s;
    return item;
  });
  const links = graph.edges.map((e) => ({ source_id: e.source + 1, target_id: e.target + 1, strength: Number(formatNumber(e.weight)) }));
  const json = {
    config: {
      terminology: {
        item: graph.itemName,
        items: `${graph.itemName}s`,
        link: graph.linkName,
        links: `${graph.linkName}s`,
        link_strength: 'Link strength',
        total_link_strength: 'Total link strength',
      },
    },
    info: { title: graph.title },
    network: { items, links },
  };
  return `${JSON.stringify(json, null, 1)}\n`;
}
