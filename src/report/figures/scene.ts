/**
 * A figure as a list of drawing primitives in pixel coordinates. The same scene is written as SVG
 * (render-svg.ts) and drawn on a canvas for PNG (render-png.ts), so both look the same.
 */
export type Shape =
  | { type: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string; title?: string }
  | { type: 'circle'; x: number; y: number; r: number; fill: string; stroke?: string; opacity?: number; title?: string }
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; opacity?: number }
  | { type: 'polyline'; points: [number, number][]; stroke: string; width: number }
  | {
      type: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      fill?: string;
      anchor?: 'start' | 'middle' | 'end';
      weight?: 'normal' | 'bold';
      /** Degrees, clockwise, about (x, y). */
      rotate?: number;
      /** A white outline under the text, for labels over a network. */
      halo?: boolean;
    };

/** A figure: its size, background and shapes, drawn in order. */
export interface Scene {
  /** File name without extension: 'network-coupling'. */
  name: string;
  /** Title for the SVG <title> and the alt text. */
  title: string;
  width: number;
  height: number;
  background: string;
  shapes: Shape[];
}

/**
 * Approximate width of a text in pixels at a font size, without a font at hand: CJK and full-width
 * characters one em, capitals and digits about 0.62 em, other Latin about 0.5 em. Used for layout
 * and for cutting labels; it errs on the wide side.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80 || (c >= 0x1100 && c <= 0x11ff)) em += 1;
    else if (c === 32) em += 0.3;
    else if ((c >= 65 && c <= 90) || (c >= 48 && c <= 57)) em += 0.64;
    else if (c === 105 || c === 108 || c === 106 || c === 46 || c === 44 || c === 39 || c === 58 || c === 59 || c === 124) em += 0.28;
    else if (c === 109 || c === 119) em += 0.82;
    else em += 0.53;
  }
  return em * size;
}

/** Cuts a text to fit `max` pixels at `size`, ending it with an ellipsis when cut. */
export function fitText(text: string, size: number, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (textWidth(t, size) <= max) return t;
  const chars = [...t];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(`${chars.slice(0, mid).join('')}…`, size) <= max) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

/** Rounds a coordinate to 2 decimals so that the files are small and stable. */
export function r2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Tick values for an axis from 0 (or lo) to hi: 4 to 6 round numbers. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step) ticks.push(Math.round(v / step) * step);
  return ticks.map((v) => Number(v.toPrecision(12)));
}

/** The upper end of an axis: the smallest tick at or above `max`. */
export function niceMax(max: number, count = 5): number {
  if (!(max > 0)) return 1;
  const ticks = niceTicks(0, max, count);
  const last = ticks[ticks.length - 1]!;
  if (last >= max) return last;
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : last;
  return Number((last + step).toPrecision(12));
}

/** Formats a number for a figure: integers as they are, others with up to 2 decimals. */
export function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Math.round(v * 100) / 100);
}
