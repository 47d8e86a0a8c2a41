import { heading, INK, MUTED, valueAxis } from './chart-parts.js';
import { fitText, formatNumber, niceMax, type Scene, type Shape } from './scene.js';

/** A bar of a bar chart. */
export interface Bar {
  label: string;
  value: number;
}

/** Bars in a bar figure at most. */
export const FIGURE_BARS = 25;

/**
 * Horizontal bars, largest first as given: a label left of each bar and its value right of it.
 * `name` is the file name without extension.
 */
export function barsFigure(name: string, title: string, subtitle: string, bars: readonly Bar[], colour: string): Scene {
  const items = bars.slice(0, FIGURE_BARS);
  const W = 760;
  const rowH = 22;
  const top = 78;
  const H = top + Math.max(1, items.length) * rowH + 24;
  const left = 210;
  const right = W - 70;
  const shapes: Shape[] = [...heading(title, subtitle)];
  if (items.length === 0) {
    shapes.push({ type: 'text', x: W / 2, y: top + 20, text: 'Nothing to show', size: 13, fill: MUTED, anchor: 'middle' });
    return { name, title, width: W, height: H, background: '#ffffff', shapes };
  }
  const max = niceMax(Math.max(...items.map((b) => b.value)));
  const axis = valueAxis(0, max, left, right, top - 6, top + items.length * rowH);
  shapes.push(...axis.shapes);
  items.forEach((b, i) => {
    const y = top + i * rowH;
    shapes.push({ type: 'rect', x: left, y: y + 3, w: axis.x(b.value) - left, h: rowH - 6, fill: colour, title: `${b.label}: ${formatNumber(b.value)}` });
    shapes.push({ type: 'text', x: left - 8, y: y + rowH / 2 + 4, text: fitText(b.label, 12, left - 24), size: 12, fill: INK, anchor: 'end' });
    shapes.push({ type: 'text', x: axis.x(b.value) + 5, y: y + rowH / 2 + 4, text: formatNumber(b.value), size: 10, fill: MUTED });
  });
  return { name, title, width: W, height: H, background: '#ffffff', shapes };
}
