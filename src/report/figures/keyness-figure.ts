import { kindColour } from '../palette.js';
import type { KeynessComparison } from '../report-data.js';
import { heading, INK, MUTED, valueAxis } from './chart-parts.js';
import { fitText, formatNumber, niceMax, type Scene, type Shape } from './scene.js';

/** Terms per side in a keyness figure at most. */
export const FIGURE_KEYNESS = 15;

function safeName(s: string): string {
  const t = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return t || 'group';
}

/**
 * Keyness of group A against group B as diverging bars of G²: terms more frequent in A to the right
 * (largest at the top), in B to the left, the term written at the outer end of its bar.
 */
export function keynessFigure(k: KeynessComparison): Scene {
  const a = k.rows.filter((r) => r.moreIn === k.a).sort((p, q) => q.g2 - p.g2).slice(0, FIGURE_KEYNESS);
  const b = k.rows.filter((r) => r.moreIn !== k.a).sort((p, q) => q.g2 - p.g2).slice(0, FIGURE_KEYNESS);
  const n = Math.max(a.length, b.length, 1);
  const W = 900;
  const rowH = 22;
  const top = 96;
  const H = top + n * rowH + 24;
  const name = `keyness-${safeName(k.groupBy)}-${safeName(k.a)}-${safeName(k.b)}`;
  const title = `Keyness: ${k.a} against ${k.b} (${k.groupBy})`;
  const shapes: Shape[] = [...heading(title, 'Bar length: G² (log-likelihood); terms more frequent in each group, strongest first')];
  const max = niceMax(Math.max(1e-9, ...a.map((r) => r.g2), ...b.map((r) => r.g2)));
  const mid = W / 2;
  const half = W / 2 - 170;
  const left = valueAxis(0, max, mid, mid - half, top - 6, top + n * rowH, (v) => formatNumber(v));
  const right = valueAxis(0, max, mid, mid + half, top - 6, top + n * rowH, (v) => formatNumber(v));
  shapes.push(...left.shapes, ...right.shapes.filter((s) => !(s.type === 'text' && s.text === '0') && !(s.type === 'line' && s.x1 === mid)));
  shapes.push({ type: 'text', x: mid + 8, y: top - 26, text: `more in ${k.a} →`, size: 12, weight: 'bold', fill: kindColour(k.a === 'paper' || k.a === 'policy' ? k.a : 'policy') });
  shapes.push({ type: 'text', x: mid - 8, y: top - 26, text: `← more in ${k.b}`, size: 12, weight: 'bold', fill: kindColour(k.b === 'paper' || k.b === 'policy' ? k.b : 'paper'), anchor: 'end' });
  const colourA = kindColour(k.a === 'paper' || k.a === 'policy' ? k.a : 'policy');
  const colourB = kindColour(k.b === 'paper' || k.b === 'policy' ? k.b : 'paper');
  a.forEach((r, i) => {
    const y = top + i * rowH;
    const x = right.x(r.g2);
    shapes.push({ type: 'rect', x: mid, y: y + 3, w: x - mid, h: rowH - 6, fill: colourA, title: `${r.term}: G² ${formatNumber(r.g2)}, ${r.freqA} in ${k.a}, ${r.freqB} in ${k.b}` });
    shapes.push({ type: 'text', x: x + 5, y: y + rowH / 2 + 4, text: fitText(r.term, 12, 160), size: 12, fill: INK });
  });
  b.forEach((r, i) => {
    const y = top + i * rowH;
    const x = left.x(r.g2);
    shapes.push({ type: 'rect', x, y: y + 3, w: mid - x, h: rowH - 6, fill: colourB, title: `${r.term}: G² ${formatNumber(r.g2)}, ${r.freqB} in ${k.b}, ${r.freqA} in ${k.a}` });
    shapes.push({ type: 'text', x: x - 5, y: y + rowH / 2 + 4, text: fitText(r.term, 12, 160), size: 12, fill: INK, anchor: 'end' });
  });
  shapes.push({ type: 'line', x1: mid, y1: top - 6, x2: mid, y2: top + n * rowH, stroke: MUTED, width: 1 });
  return { name, title, width: W, height: H, background: '#ffffff', shapes };
}
