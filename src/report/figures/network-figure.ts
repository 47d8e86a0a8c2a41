import { clusterColour } from '../palette.js';
import type { ReportNetwork } from '../report-data.js';
import { heading, INK, MUTED } from './chart-parts.js';
import { fitText, textWidth, type Scene, type Shape } from './scene.js';

/** Links drawn in a network figure at most (the strongest); more only blacken the map. */
export const FIGURE_MAX_LINKS = 5_000;
/** Node labels in a network figure at most. */
export const FIGURE_LABELS = 25;
/** Clusters listed in the legend at most. */
export const FIGURE_LEGEND = 14;

const W = 1100;
/** The map's box: 770 pixels wide, as high as the layout needs (between 360 and 740). */
const MAP_X0 = 30;
const MAP_X1 = 800;
const MAP_Y0 = 60;

/**
 * The map of a network for publication: nodes at their layout positions, coloured by cluster, sized
 * by the network's size metric (sizeBy), the strongest links, labels of the largest nodes that do not
 * overlap, and a legend of clusters.
 */
export function networkFigure(net: ReportNetwork, title: string): Scene {
  const shapes: Shape[] = [];
  const links = net.edges.length;
  const shownLinks = Math.min(links, FIGURE_MAX_LINKS);
  const sizeBy = net.sizeBy;
  shapes.push(
    ...heading(
      title,
      `${net.nodes.length} nodes, ${links} links${shownLinks < links ? ` (the ${shownLinks} strongest drawn)` : ''}; colour: cluster${sizeBy ? `; size: ${sizeBy.replace(/_/g, ' ')}` : ''}`,
    ),
  );
  if (net.nodes.length === 0) {
    shapes.push({ type: 'text', x: W / 2, y: 200, text: 'No node to draw', size: 14, fill: MUTED, anchor: 'middle' });
    return { name: `network-${net.kind}`, title, width: W, height: 400, background: '#ffffff', shapes };
  }
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const n of net.nodes) {
    x0 = Math.min(x0, n.x);
    x1 = Math.max(x1, n.x);
    y0 = Math.min(y0, n.y);
    y1 = Math.max(y1, n.y);
  }
  const pad = 24;
  const mapH = Math.max(360, Math.min(740, ((MAP_X1 - MAP_X0 - 2 * pad) * (y1 - y0)) / Math.max(x1 - x0, 1e-9) + 2 * pad));
  const legendH = 100 + 32 * Math.min(FIGURE_LEGEND, new Set(net.nodes.map((n) => n.cluster)).size);
  const H = Math.round(Math.max(MAP_Y0 + mapH + 20, legendH));
  const MAP = { x0: MAP_X0, y0: MAP_Y0, x1: MAP_X1, y1: MAP_Y0 + mapH };
  const k = Math.min((MAP.x1 - MAP.x0 - 2 * pad) / Math.max(x1 - x0, 1e-9), (MAP.y1 - MAP.y0 - 2 * pad) / Math.max(y1 - y0, 1e-9));
  const kk = Number.isFinite(k) && k > 0 && (x1 > x0 || y1 > y0) ? k : 1;
  const cx = (MAP.x0 + MAP.x1) / 2;
  const cy = (MAP.y0 + MAP.y1) / 2;
  const px = (x: number): number => cx + (x - (x0 + x1) / 2) * kk;
  const py = (y: number): number => cy + (y - (y0 + y1) / 2) * kk;

  const m = net.metrics.indexOf(sizeBy);
  let max = 0;
  for (const n of net.nodes) max = Math.max(max, m >= 0 ? (n.values[m] ?? 0) : 0);
  const radius = net.nodes.map((n) => {
    const v = m >= 0 ? (n.values[m] ?? 0) : 0;
    return max > 0 && v > 0 ? 2.5 + 11.5 * Math.sqrt(v / max) : 2.5;
  });

  // Strongest links, drawn weakest first so that strong ones lie on top.
  const order = net.edges.map((e, i) => ({ w: e[2], i })).sort((a, b) => b.w - a.w || a.i - b.i).slice(0, shownLinks).reverse();
  const maxW = order.length ? order[order.length - 1]!.w : 1;
  for (const { w, i } of order) {
    const e = net.edges[i]!;
    const a = net.nodes[e[0]]!;
    const b = net.nodes[e[1]]!;
    shapes.push({ type: 'line', x1: px(a.x), y1: py(a.y), x2: px(b.x), y2: py(b.y), stroke: '#8a94a3', width: 0.4 + 1.8 * (maxW > 0 ? w / maxW : 0), opacity: 0.45 });
  }
  // Nodes, small first.
  const byRadius = net.nodes.map((_, i) => i).sort((a, b) => radius[a]! - radius[b]! || a - b);
  for (const i of byRadius) {
    const n = net.nodes[i]!;
    shapes.push({ type: 'circle', x: px(n.x), y: py(n.y), r: radius[i]!, fill: clusterColour(n.cluster), stroke: '#ffffff', opacity: 0.92 });
  }
  // Labels of the largest nodes, skipping those that would overlap one already placed.
  const placed: [number, number, number, number][] = [];
  let labels = 0;
  for (let j = byRadius.length - 1; j >= 0 && labels < FIGURE_LABELS; j--) {
    const i = byRadius[j]!;
    const n = net.nodes[i]!;
    // Right of the node, or left of it when the text would run past the map.
    const text = fitText(n.label, 10, 190);
    const w = textWidth(text, 10);
    const right = px(n.x) + radius[i]! + 2;
    const onLeft = right + w > MAP_X1 + 15 && px(n.x) - radius[i]! - 2 - w >= 0;
    const x = onLeft ? px(n.x) - radius[i]! - 2 : right;
    const y = py(n.y) + 3.5;
    const box: [number, number, number, number] = onLeft ? [x - w - 1, y - 10, x + 1, y + 3] : [x - 1, y - 10, x + w + 1, y + 3];
    if (box[2] > MAP_X1 + 15) continue;
    if (placed.some((p) => box[0] < p[2] && box[2] > p[0] && box[1] < p[3] && box[3] > p[1])) continue;
    placed.push(box);
    shapes.push({ type: 'text', x, y, text, size: 10, fill: INK, halo: true, ...(onLeft ? { anchor: 'end' as const } : {}) });
    labels++;
  }
  // Legend: clusters by size.
  const counts = new Map<number, number>();
  for (const n of net.nodes) counts.set(n.cluster, (counts.get(n.cluster) ?? 0) + 1);
  const clusters = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a - b);
  let ly = 80;
  shapes.push({ type: 'text', x: 830, y: ly, text: 'Clusters', size: 12, weight: 'bold', fill: INK });
  ly += 20;
  for (const c of clusters.slice(0, FIGURE_LEGEND)) {
    shapes.push({ type: 'circle', x: 836, y: ly - 4, r: 5, fill: clusterColour(c) });
    shapes.push({ type: 'text', x: 848, y: ly, text: `${c > 0 ? `Cluster ${c}` : 'No cluster'} (${counts.get(c)})`, size: 11, fill: INK });
    const top = net.nodes
      .map((n, i) => ({ n, i }))
      .filter(({ n }) => n.cluster === c)
      .sort((a, b) => radius[b.i]! - radius[a.i]! || a.i - b.i)[0];
    if (top) shapes.push({ type: 'text', x: 848, y: ly + 13, text: fitText(top.n.label, 9, 240), size: 9, fill: MUTED });
    ly += 32;
  }
  if (clusters.length > FIGURE_LEGEND) shapes.push({ type: 'text', x: 830, y: ly, text: `and ${clusters.length - FIGURE_LEGEND} smaller clusters`, size: 10, fill: MUTED });
  return { name: `network-${net.kind}`, title, width: W, height: H, background: '#ffffff', shapes };
}
