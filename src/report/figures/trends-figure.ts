import { CLUSTER_COLOURS } from '../palette.js';
import type { ReportThemes } from '../report-data.js';
import { GRID, heading, INK, MUTED } from './chart-parts.js';
import { fitText, formatNumber, niceMax, niceTicks, type Scene, type Shape } from './scene.js';

/** Terms drawn in the trends figure at most. */
export const FIGURE_TRENDS = 6;

/** Rate per 10,000 tokens of the most frequent terms by year, one line each, with a legend. */
export function trendsFigure(trends: NonNullable<ReportThemes['trends']>): Scene {
  const series = trends.series.slice(0, FIGURE_TRENDS);
  const W = 860;
  const H = 460;
  const m = { left: 70, right: 200, top: 70, bottom: 50 };
  const title = 'Trends of the most frequent terms by year';
  const shapes: Shape[] = [...heading(title, 'Occurrences per 10,000 tokens of the documents of each year')];
  const years = trends.years;
  const x = (j: number): number => (years.length <= 1 ? (m.left + W - m.right) / 2 : m.left + ((W - m.right - m.left) * j) / (years.length - 1));
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.rate)));
  const y = (v: number): number => H - m.bottom - ((H - m.bottom - m.top) * v) / max;
  for (const t of niceTicks(0, max, 5)) {
    shapes.push({ type: 'line', x1: m.left, y1: y(t), x2: W - m.right, y2: y(t), stroke: GRID, width: 1 });
    shapes.push({ type: 'text', x: m.left - 8, y: y(t) + 3.5, text: formatNumber(t), size: 10, fill: MUTED, anchor: 'end' });
  }
  const every = Math.max(1, Math.ceil(years.length / 12));
  years.forEach((yr, j) => {
    if (j % every === 0 || j === years.length - 1) shapes.push({ type: 'text', x: x(j), y: H - m.bottom + 18, text: String(yr), size: 10, fill: MUTED, anchor: 'middle' });
  });
  shapes.push({ type: 'line', x1: m.left, y1: H - m.bottom, x2: W - m.right, y2: H - m.bottom, stroke: MUTED, width: 1 });
  series.forEach((s, i) => {
    const colour = CLUSTER_COLOURS[i % CLUSTER_COLOURS.length]!;
    shapes.push({ type: 'polyline', points: s.rate.map((v, j) => [x(j), y(v)]), stroke: colour, width: 2 });
    s.rate.forEach((v, j) => shapes.push({ type: 'circle', x: x(j), y: y(v), r: 3, fill: colour, title: `${s.term}, ${years[j]}: ${formatNumber(v)} per 10,000 (${s.frequency[j]})` }));
    const ly = m.top + 10 + i * 22;
    shapes.push({ type: 'line', x1: W - m.right + 20, y1: ly - 4, x2: W - m.right + 40, y2: ly - 4, stroke: colour, width: 3 });
    shapes.push({ type: 'text', x: W - m.right + 46, y: ly, text: fitText(s.term, 12, m.right - 54), size: 12, fill: INK });
  });
  return { name: 'trends', title, width: W, height: H, background: '#ffffff', shapes };
}
