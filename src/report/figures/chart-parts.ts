import { formatNumber, niceTicks, type Shape } from './scene.js';

/** Colour of text. */
export const INK = '#1f2937';
/** Colour of secondary text and axes. */
export const MUTED = '#64748b';
/** Colour of grid lines. */
export const GRID = '#e5e7eb';

/** Title (bold, 16 px) and an optional subtitle (12 px, muted) at the top left. */
export function heading(title: string, subtitle: string | undefined, x = 20): Shape[] {
  const out: Shape[] = [{ type: 'text', x, y: 26, text: title, size: 16, weight: 'bold', fill: INK }];
  if (subtitle) out.push({ type: 'text', x, y: 44, text: subtitle, size: 11, fill: MUTED });
  return out;
}

/**
 * A horizontal value axis from `lo` to `hi` mapped to [x0, x1]: tick labels above `y`, grid lines
 * from y to `yEnd`. Returns the shapes and the scale.
 */
export function valueAxis(lo: number, hi: number, x0: number, x1: number, y: number, yEnd: number, label?: (v: number) => string): { shapes: Shape[]; x: (v: number) => number } {
  const x = (v: number): number => x0 + ((v - lo) / (hi - lo || 1)) * (x1 - x0);
  const shapes: Shape[] = [];
  for (const t of niceTicks(lo, hi, 5)) {
    shapes.push({ type: 'line', x1: x(t), y1: y, x2: x(t), y2: yEnd, stroke: GRID, width: 1 });
    shapes.push({ type: 'text', x: x(t), y: y - 5, text: label ? label(t) : formatNumber(t), size: 10, fill: MUTED, anchor: 'middle' });
  }
  return { shapes, x };
}
