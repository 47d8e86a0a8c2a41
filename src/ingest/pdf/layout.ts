/**
 * Rebuilds the reading order of one PDF page from the positions of its text items: items are grouped
 * into lines by baseline, a two-column layout is detected by a vertical gutter, and paragraph breaks
 * are marked by an empty line. Pure functions; no pdf.js types, so they are easy to test.
 */

/** A text item in the page's reading frame: x to the right, y up, baseline start at (x, y). */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  /** Advance width along the baseline. */
  w: number;
  /** Font size (glyph height) in the same units. */
  size: number;
}

/** A raw item as pdf.js gives it: text and its text-space-to-page transform. */
export interface RawTextItem {
  str: string;
  transform: readonly number[];
  width: number;
}

/** The page's text in reading order. `sizes[i]` is the font size of `lines[i]` (0 for ''). */
export interface PageText {
  lines: string[];
  sizes: number[];
}

interface Line {
  text: string;
  x: number;
  xEnd: number;
  y: number;
  size: number;
}

interface Row {
  items: PlacedText[];
  base: number;
  size: number;
}

/**
 * Puts raw items into the reading frame of the page's dominant text direction (rotated pages read
 * the right way round); items in any other direction (a rotated arXiv stamp in the margin) are
 * returned apart in content order.
 */
export function placeItems(raw: readonly RawTextItem[]): { main: PlacedText[]; side: PlacedText[] } {
  const quadrant: number[] = [];
  const weight = [0, 0, 0, 0];
  for (const it of raw) {
    const a = it.transform[0] ?? 1;
    const b = it.transform[1] ?? 0;
    const q = Math.abs(a) >= Math.abs(b) ? (a >= 0 ? 0 : 2) : b > 0 ? 1 : 3;
    quadrant.push(q);
    weight[q] = (weight[q] ?? 0) + it.str.length;
  }
  let dominant = 0;
  for (let q = 1; q < 4; q++) if ((weight[q] ?? 0) > (weight[dominant] ?? 0)) dominant = q;
  const main: PlacedText[] = [];
  const side: PlacedText[] = [];
  raw.forEach((it, i) => {
    if (it.str.trim() === '') return;
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = it.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
    const q = quadrant[i] ?? 0;
    // Rotate (e, f) so that this item's direction becomes +x.
    const x = q === 0 ? e : q === 1 ? f : q === 2 ? -e : -f;
    const y = q === 0 ? f : q === 1 ? -e : q === 2 ? -f : e;
    const placed: PlacedText = { str: it.str, x, y, w: Math.abs(it.width), size };
    (q === dominant ? main : side).push(placed);
  });
  return { main, side };
}

/** Lines of a page in reading order, with paragraph breaks as ''. */
export function layoutPage(raw: readonly RawTextItem[]): PageText {
  const { main, side } = placeItems(raw);
  const out: PageText = { lines: [], sizes: [] };
  const rows = groupRows(main);
  if (rows.length > 0) {
    for (const block of orderBlocks(rows)) emitBlock(block.lines, block.joinToPrevious, out);
  }
  if (side.length > 0) emitBlock(sideLines(side), false, out);
  return out;
}

/** True for characters written without spaces between them: CJK ideographs, kana, full-width forms. */
export function isCjkCode(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0xd800 && code <= 0xdbff) // high surrogate: CJK extension planes, mostly
  );
}

/** Groups items into rows of (nearly) the same baseline, top to bottom; items in a row left to right. */
function groupRows(items: PlacedText[]): Row[] {
  const sorted = items.slice().sort((p, q) => q.y - p.y || p.x - q.x);
  const rows: Row[] = [];
  let cur: Row | undefined;
  for (const it of sorted) {
    // Superscripts and subscripts stay within half a font size of the baseline; the next line is a
    // full leading (at least one font size) away.
    if (cur && Math.abs(it.y - cur.base) <= 0.45 * Math.max(cur.size, it.size)) {
      cur.items.push(it);
      if (it.size > cur.size * 1.05) {
        cur.base = it.y;
        cur.size = it.size;
      }
    } else {
      cur = { items: [it], base: it.y, size: it.size };
      rows.push(cur);
    }
  }
  const merged = mergeScriptRows(rows);
  for (const row of merged) {
    row.items.sort((p, q) => p.x - q.x);
    // Text printed twice at (almost) the same place, a poor man's bold: keep it once.
    const kept: PlacedText[] = [];
    for (const it of row.items) {
      const prev = kept[kept.length - 1];
      if (prev && prev.str === it.str && Math.abs(prev.x - it.x) < 0.3 * it.size) continue;
      kept.push(it);
    }
    row.items = kept;
  }
  return merged;
}

/**
 * Puts rows of small text just above or below a line (superscripts and subscripts set further off
 * than groupRows allows: author affiliations, units, footnote marks) into that line.
 */
function mergeScriptRows(rows: Row[]): Row[] {
  const out: Row[] = [];
  const extent = (r: Row): [number, number, number] => {
    let lo = Infinity;
    let hi = -Infinity;
    let max = 0;
    for (const it of r.items) {
      lo = Math.min(lo, it.x);
      hi = Math.max(hi, it.x + it.w);
      max = Math.max(max, it.size);
    }
    return [lo, hi, max];
  };
  const fits = (r: Row, into: Row | undefined, reach: number): into is Row => {
    if (!into) return false;
    const [lo, hi, max] = extent(r);
    const [ilo, ihi] = extent(into);
    const dy = Math.abs(r.base - into.base);
    return max <= 0.85 * into.size && dy <= reach * into.size && lo >= ilo - 2 * into.size && hi <= ihi + 2 * into.size;
  };
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Row;
    const next = rows[i + 1];
    const prev = out[out.length - 1];
    if (fits(r, next, 0.65)) next.items.push(...r.items);
    else if (fits(r, prev, 0.5)) prev.items.push(...r.items);
    else out.push(r);
  }
  return out;
}

interface Block {
  lines: Line[];
  /** A right column that may continue the left column's paragraph. */
  joinToPrevious: boolean;
}

/**
 * Splits the page into blocks in reading order: full-width rows (title, abstract, isolated headers
 * and footers) in position order, and between them the left column, then the right column.
 */
function orderBlocks(rows: Row[]): Block[] {
  const n = rows.length;
  const full = new Array<boolean>(n).fill(false);
  // A running header or footer: at most two rows at the top or bottom, set apart by more than two
  // and a half font sizes, and short (column lines run across most of the text's width).
  let minX = Infinity;
  let maxX = -Infinity;
  for (const r of rows) {
    for (const it of r.items) {
      minX = Math.min(minX, it.x);
      maxX = Math.max(maxX, it.x + it.w);
    }
  }
  const short = (r: Row): boolean => {
    let w = 0;
    for (const it of r.items) w += it.w;
    return w < 0.6 * (maxX - minX);
  };
  const apart = (upper: Row, lower: Row): boolean => upper.base - lower.base > 2.5 * Math.max(upper.size, lower.size);
  for (let i = Math.min(1, n - 2); i >= 0; i--) {
    if (apart(rows[i] as Row, rows[i + 1] as Row) && rows.slice(0, i + 1).every(short)) {
      for (let k = 0; k <= i; k++) full[k] = true;
      break;
    }
  }
  for (let j = Math.max(n - 2, 1); j < n; j++) {
    if (apart(rows[j - 1] as Row, rows[j] as Row) && rows.slice(j).every(short)) {
      for (let k = j; k < n; k++) full[k] = true;
      break;
    }
  }
  const gutter = findGutter(rows, full);
  const blocks: Block[] = [];
  let fullRun: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flushColumns = (): void => {
    if (left.length > 0) blocks.push({ lines: left, joinToPrevious: false });
    if (right.length > 0) blocks.push({ lines: right, joinToPrevious: continuesBelow(left) });
    left = [];
    right = [];
  };
  const flushFull = (): void => {
    if (fullRun.length > 0) blocks.push({ lines: fullRun, joinToPrevious: false });
    fullRun = [];
  };
  for (let i = 0; i < n; i++) {
    const row = rows[i] as Row;
    if (full[i] !== full[i - 1]) {
      // Entering or leaving the header or footer rows.
      flushColumns();
      flushFull();
    }
    if (gutter === undefined || full[i] || row.base > gutter.top || row.base < gutter.bottom || crosses(row, gutter.x)) {
      flushColumns();
      fullRun.push(makeLine(row.items, row.base));
      continue;
    }
    flushFull();
    const g = gutter.x;
    const l = row.items.filter((it) => it.x < g);
    const r = row.items.filter((it) => it.x >= g);
    if (l.length > 0) left.push(makeLine(l, baseOf(l)));
    if (r.length > 0) right.push(makeLine(r, baseOf(r)));
  }
  flushColumns();
  flushFull();
  return blocks;
}

/** Gap between words below which two items count as one stretch of text, in font sizes. */
const JOIN_GAP = 1.0;

/** Stretches of x covered by a row's text, words joined across gaps narrower than JOIN_GAP. */
function coverage(row: Row): [number, number][] {
  const spans: [number, number][] = [];
  for (const it of row.items) {
    const last = spans[spans.length - 1];
    const end = it.x + it.w;
    if (last && it.x - last[1] < JOIN_GAP * row.size) last[1] = Math.max(last[1], end);
    else spans.push([it.x, end]);
  }
  return spans;
}

function crosses(row: Row, g: number): boolean {
  for (const [s, e] of coverage(row)) if (s < g && e > g) return true;
  return false;
}

/** A gutter at x between two columns, which run from the row with baseline `top` down to `bottom`. */
interface Gutter {
  x: number;
  top: number;
  bottom: number;
}

/**
 * Looks for a vertical gutter between 35 % and 65 % of the text's width that no line of the column
 * region crosses, with text on both sides of it. Returns it, or undefined for a one-column page.
 */
function findGutter(rows: Row[], full: boolean[]): Gutter | undefined {
  const cand = rows.filter((_, i) => !full[i]);
  if (cand.length < 4) return undefined;
  let minX = Infinity;
  let maxX = -Infinity;
  const sizes: number[] = [];
  for (const r of cand) {
    sizes.push(r.size);
    for (const it of r.items) {
      if (it.x < minX) minX = it.x;
      if (it.x + it.w > maxX) maxX = it.x + it.w;
    }
  }
  const size = median(sizes);
  const width = maxX - minX;
  if (!(width > 12 * size)) return undefined;
  const lo = minX + 0.35 * width;
  const hi = minX + 0.65 * width;
  const bin = Math.max(1, (hi - lo) / 200);
  const nb = Math.floor((hi - lo) / bin) + 1;
  const diff = new Int32Array(nb + 1);
  const spans = cand.map(coverage);
  for (const rowSpans of spans) {
    for (const [s, e] of rowSpans) {
      if (e <= lo || s >= hi) continue;
      const i0 = Math.max(0, Math.ceil((s - lo) / bin));
      const i1 = Math.min(nb - 1, Math.floor((e - lo) / bin));
      if (i1 < i0) continue;
      diff[i0] = (diff[i0] ?? 0) + 1;
      diff[i1 + 1] = (diff[i1 + 1] ?? 0) - 1;
    }
  }
  // The least-crossed position; among equals the middle of the widest run.
  let best = Infinity;
  let bestStart = 0;
  let bestLen = 0;
  let acc = 0;
  let runStart = 0;
  let runVal = Infinity;
  for (let i = 0; i <= nb; i++) {
    const v = i < nb ? (acc += diff[i] ?? 0) : Infinity;
    if (v !== runVal) {
      const len = i - runStart;
      if (runVal < best || (runVal === best && len > bestLen)) {
        best = runVal;
        bestStart = runStart;
        bestLen = len;
      }
      runStart = i;
      runVal = v;
    }
  }
  if (bestLen === 0) return undefined;
  const g = lo + (bestStart + (bestLen - 1) / 2) * bin;
  // Text on both sides, and the rows of the column region (from the first to the last row with text
  // right of the gutter) seldom crossing it.
  let leftRows = 0;
  let rightRows = 0;
  let first = -1;
  let last = -1;
  const crossing: boolean[] = [];
  cand.forEach((r, i) => {
    const cross = (spans[i] ?? []).some(([s, e]) => s < g && e > g);
    crossing.push(cross);
    if (cross) return;
    const hasLeft = r.items.some((it) => it.x < g);
    const hasRight = r.items.some((it) => it.x >= g);
    if (hasLeft) leftRows++;
    if (hasRight) {
      rightRows++;
      if (first < 0) first = i;
      last = i;
    }
  });
  if (leftRows < 2 || rightRows < 2) return undefined;
  // The region runs on through rows that do not cross the gutter (a longer left column).
  while (first > 0 && !crossing[first - 1]) first--;
  while (last < cand.length - 1 && !crossing[last + 1]) last++;
  const inRegion = last - first + 1;
  if (inRegion < 0.3 * cand.length) return undefined; // two authors side by side on a one-column page
  let crossedInRegion = 0;
  for (let i = first; i <= last; i++) if (crossing[i]) crossedInRegion++;
  if (crossedInRegion > 0.2 * inRegion) return undefined;
  return { x: g, top: (cand[first] as Row).base, bottom: (cand[last] as Row).base };
}

/** True when a column's last line runs to its right edge, so its paragraph may go on in the next column. */
function continuesBelow(column: Line[]): boolean {
  const last = column[column.length - 1];
  if (!last) return false;
  let right = -Infinity;
  for (const l of column) if (l.xEnd > right) right = l.xEnd;
  return last.xEnd >= right - 2 * last.size;
}

function baseOf(items: PlacedText[]): number {
  let best = items[0] as PlacedText;
  for (const it of items) if (it.size > best.size * 1.05) best = it;
  return best.y;
}

/** Joins a row's items (sorted by x) into one line, with a space where the gap is a word space. */
function makeLine(items: PlacedText[], base: number): Line {
  let text = '';
  let prevEnd = -Infinity;
  let size = 0;
  let longest = 0;
  for (const it of items) {
    if (it.str.length > longest) {
      longest = it.str.length;
      size = it.size;
    }
    if (text !== '') {
      const gap = it.x - prevEnd;
      const before = text.charCodeAt(text.length - 1);
      const after = it.str.charCodeAt(0);
      if (before !== 32 && after !== 32) {
        const cjkBefore = isCjkCode(before);
        const cjkAfter = isCjkCode(after);
        const factor = cjkBefore && cjkAfter ? 1.0 : cjkBefore || cjkAfter ? 0.25 : 0.15;
        if (gap > factor * it.size) text += ' ';
      }
    }
    text += it.str;
    prevEnd = Math.max(prevEnd, it.x + it.w);
  }
  const first = items[0] as PlacedText;
  return { text: text.trim(), x: first.x, xEnd: prevEnd, y: base, size };
}

/** Items of the minor directions, in content order, consecutive ones on one baseline joined. */
function sideLines(side: PlacedText[]): Line[] {
  const lines: Line[] = [];
  let group: PlacedText[] = [];
  const flush = (): void => {
    if (group.length > 0) lines.push(makeLine(group.slice().sort((p, q) => p.x - q.x), (group[0] as PlacedText).y));
    group = [];
  };
  for (const it of side) {
    const g0 = group[0];
    if (g0 && Math.abs(it.y - g0.y) > 0.45 * it.size) flush();
    group.push(it);
  }
  flush();
  return lines;
}

/**
 * Appends a block's lines with paragraph breaks: before the block (unless it is a right column that
 * may continue the left one's paragraph), where the gap between lines clearly exceeds the block's
 * usual leading, where the font size changes, and before an indented first line.
 */
function emitBlock(lines: Line[], joinToPrevious: boolean, out: PageText): void {
  if (lines.length === 0) return;
  const leadsBySize = new Map<number, number[]>();
  const xs: number[] = [];
  let right = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    xs.push(Math.round(l.x));
    if (l.xEnd > right) right = l.xEnd;
    const p = lines[i - 1];
    if (p && sameSize(p.size, l.size) && p.y > l.y) {
      const key = Math.round(l.size);
      const list = leadsBySize.get(key);
      if (list) list.push(p.y - l.y);
      else leadsBySize.set(key, [p.y - l.y]);
    }
  }
  // The usual leading: a low quantile of the gaps, since paragraph gaps and code blocks widen many
  // of them; never less than the font size (rows of math or scripts can sit closer).
  const leadingBySize = new Map<number, number>();
  for (const [key, list] of leadsBySize) {
    list.sort((a, b) => a - b);
    leadingBySize.set(key, Math.max(list[Math.floor((list.length - 1) / 4)] as number, 1.05 * key));
  }
  const margin = mode(xs);
  const atMargin = (l: Line | undefined): boolean => l === undefined || Math.abs(l.x - margin) < 0.5 * l.size;
  const short = (l: Line): boolean => l.xEnd < right - 2 * l.size;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const p = lines[i - 1];
    let brk: boolean;
    if (!p) {
      brk = !joinToPrevious || (l.x - margin >= 0.8 * l.size && l.x - margin <= 6 * l.size);
    } else {
      const gap = p.y - l.y;
      const indent = l.x - margin;
      const leading = Math.min(
        leadingBySize.get(Math.round(l.size)) ?? Infinity,
        leadingBySize.get(Math.round(p.size)) ?? Infinity,
      );
      brk =
        !sameSize(p.size, l.size) ||
        gap > 1.45 * leading ||
        gap > 2.2 * Math.max(p.size, l.size) ||
        (indent >= 0.8 * l.size && indent <= 6 * l.size && atMargin(p) && short(p) && atMargin(lines[i + 1]));
    }
    if (l.text === '') continue;
    if (brk && out.lines.length > 0 && out.lines[out.lines.length - 1] !== '') {
      out.lines.push('');
      out.sizes.push(0);
    }
    out.lines.push(l.text);
    out.sizes.push(l.size);
  }
}

function sameSize(a: number, b: number): boolean {
  return Math.max(a, b) <= 1.15 * Math.min(a, b);
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = values.slice().sort((a, b) => a - b);
  return s[s.length >> 1] as number;
}

/** The most frequent value; the smallest among equally frequent ones. */
function mode(values: number[]): number {
  const counts = new Map<number, number>();
  let best = values[0] ?? 0;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount || (c === bestCount && v < best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
