import { heatColour, kindColour } from '../palette.js';
import { heading, INK, MUTED } from './chart-parts.js';
import { fitText, formatNumber, textWidth, type Scene, type Shape } from './scene.js';

/** Pale fills telling the dimensions apart in the band above the columns. */
const BAND_COLOURS = ['#dbeafe', '#fef3c7', '#ede9fe', '#cffafe', '#fce7f3', '#e2e8f0'];

/** A heatmap to draw: row and column labels, values (null: unknown) and the text of each cell. */
export interface HeatmapSpec {
  name: string;
  title: string;
  subtitle: string;
  rows: { label: string; group: string }[];
  /** group: the upper band (facet); band: the lower one (dimension), when given. */
  cols: { label: string; group: string; band?: string }[];
  values: (number | null)[][];
  /** What the colour scale measures, written under it. */
  measure: string;
}

/**
 * A heatmap for publication: a cell per row and column coloured from pale yellow to dark red by its
 * value (grey for 0, white for unknown), the value written in the cell, rows marked by group (kind),
 * columns under a band naming their group (facet), a colour scale below.
 */
export function heatmapFigure(spec: HeatmapSpec): Scene {
  const nr = spec.rows.length;
  const nc = spec.cols.length;
  const cell = 24;
  const left = 250;
  const top = 200;
  // Wide enough for the rotated column labels, which lean to the right of their column.
  const labelReach = spec.cols.reduce((m, c, j) => Math.max(m, left + j * cell + cell / 2 + Math.cos((55 * Math.PI) / 180) * textWidth(fitText(c.label, 11, 150), 11)), 0);
  const W = Math.ceil(Math.max(560, left + nc * cell + 40, labelReach + 20));
  const H = top + Math.max(1, nr) * cell + (spec.cols.some((c) => c.band) ? 90 : 70);
  const shapes: Shape[] = [...heading(spec.title, spec.subtitle)];
  let max = 0;
  for (const row of spec.values) for (const v of row) if (v !== null && v > max) max = v;
  const colour = (v: number | null): string => (v === null ? '#ffffff' : v <= 0 ? '#f1f3f5' : heatColour(0.1 + (0.9 * v) / (max || 1)));
  // Column groups as bands above the labels: facets, then dimensions under them.
  const hasBand = spec.cols.some((c) => c.band);
  const bandTop = hasBand ? top - 40 : top - 22;
  // Runs of columns with the same key, drawn as one band with its label.
  const runs = (key: (j: number) => string, label: (j: number) => string, y: number, fill: (g: string) => string, wholeOnly = false): void => {
    let start = 0;
    for (let j = 1; j <= nc; j++) {
      if (j === nc || key(j) !== key(start)) {
        const g = label(start);
        shapes.push({ type: 'rect', x: left + start * cell, y, w: (j - start) * cell - 2, h: 14, fill: fill(g) });
        const text = fitText(g, 10, (j - start) * cell - 6);
        // A band too narrow for its whole name stays blank: the legend below names its colour.
        if (!wholeOnly || text === g) shapes.push({ type: 'text', x: left + start * cell + 3, y: y + 11, text, size: 10, fill: INK });
        start = j;
      }
    }
  };
  if (nc > 0) {
    const facet = (j: number): string => spec.cols[j]!.group;
    runs(facet, facet, bandTop, (g) => (g === 'problem' ? '#fee2e2' : g === 'strategy' ? '#dcfce7' : '#e2e8f0'));
    const names = [...new Set(spec.cols.map((c) => c.band ?? ''))];
    if (hasBand) runs((j) => `${facet(j)} ${spec.cols[j]!.band ?? ''}`, (j) => spec.cols[j]!.band ?? '', top - 22, (g) => BAND_COLOURS[names.indexOf(g) % BAND_COLOURS.length]!, true);
  }
  spec.cols.forEach((c, j) => {
    shapes.push({ type: 'text', x: left + j * cell + cell / 2 + 2, y: bandTop - 6, text: fitText(c.label, 11, 150), size: 11, fill: INK, rotate: -55 });
  });
  spec.rows.forEach((r, i) => {
    const y = top + i * cell;
    shapes.push({ type: 'rect', x: left - 7, y: y + 3, w: 3, h: cell - 8, fill: kindColour(r.group) });
    shapes.push({ type: 'text', x: left - 12, y: y + cell / 2 + 3, text: fitText(r.label, 11, left - 30), size: 11, fill: INK, anchor: 'end' });
    if (i > 0 && spec.rows[i - 1]!.group !== r.group) shapes.push({ type: 'line', x1: 10, y1: y - 1, x2: left + nc * cell, y2: y - 1, stroke: '#334155', width: 1 });
    spec.cols.forEach((_, j) => {
      const v = spec.values[i]?.[j] ?? null;
      shapes.push({ type: 'rect', x: left + j * cell, y, w: cell - 2, h: cell - 2, fill: colour(v) });
      if (v !== null && v > 0) {
        const text = Number.isInteger(v) ? String(v) : v >= 10 ? String(Math.round(v)) : v.toFixed(1);
        shapes.push({ type: 'text', x: left + j * cell + (cell - 2) / 2, y: y + cell / 2 + 2.5, text, size: 9, fill: v > max * 0.6 ? '#ffffff' : INK, anchor: 'middle' });
      }
    });
  });
  const ly = top + nr * cell + 16;
  for (let s = 0; s < 10; s++) shapes.push({ type: 'rect', x: left + s * 16, y: ly, w: 16, h: 10, fill: colour((max * (s + 0.5)) / 10) });
  shapes.push({ type: 'text', x: left, y: ly + 24, text: '0', size: 10, fill: MUTED });
  shapes.push({ type: 'text', x: left + 160, y: ly + 24, text: formatNumber(Math.round(max * 100) / 100), size: 10, fill: MUTED, anchor: 'end' });
  shapes.push({ type: 'text', x: left + 172, y: ly + 9, text: spec.measure, size: 10, fill: MUTED });
  if (hasBand) {
    // Which colour is which dimension, for bands too narrow to name it.
    let lx = left;
    for (const [i, name] of [...new Set(spec.cols.map((c) => c.band ?? ''))].entries()) {
      shapes.push({ type: 'rect', x: lx, y: ly + 34, w: 10, h: 10, fill: BAND_COLOURS[i % BAND_COLOURS.length]!, stroke: '#94a3b8' });
      shapes.push({ type: 'text', x: lx + 14, y: ly + 43, text: name, size: 10, fill: MUTED });
      lx += 24 + textWidth(name, 10);
    }
  }
  return { name: spec.name, title: spec.title, width: W, height: H, background: '#ffffff', shapes };
}
