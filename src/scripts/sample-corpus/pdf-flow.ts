import type { PdfFont, PdfTextItem } from '../../testing/pdf-writer.js';
import { cjkWidth, latinWidth } from './text-width.js';

/** One laid-out line waiting to be placed on a page. */
export interface FlowLine {
  text: string;
  font: PdfFont;
  size: number;
  /** Vertical space the line takes, in points. */
  leading: number;
  /** Offset from the column's left edge, in points. */
  indent?: number;
  align?: 'left' | 'center' | 'right';
  /** Extra space above the line (dropped at the top of a column). */
  spaceBefore?: number;
  /** Start a new page before this line. */
  pageBreakBefore?: boolean;
  /** Do not leave this line alone at the bottom of a column (headings). */
  keepWithNext?: boolean;
}

/** A rectangle text flows into, top to bottom; y from the bottom of the page. */
export interface Column {
  x: number;
  width: number;
  yTop: number;
  yBottom: number;
}

/** Width of a line of text in its font. */
export function lineWidth(text: string, font: PdfFont, size: number): number {
  return font === 'cjk' ? cjkWidth(text, size) : latinWidth(text, size, font === 'sans-bold');
}

/**
 * Places lines into the columns of successive pages (`columnsOf(pageIndex)`), returning the items of
 * each page and where the flow ended (page index and y of the next free line).
 */
export function flowLines(
  lines: readonly FlowLine[],
  columnsOf: (page: number) => Column[],
  pagesBefore: PdfTextItem[][] = [],
): { pages: PdfTextItem[][]; endPage: number; endY: number } {
  const pages: PdfTextItem[][] = pagesBefore.map((p) => [...p]);
  let page = Math.max(0, pages.length - 1);
  if (pages.length === 0) pages.push([]);
  let cols = columnsOf(page);
  let col = 0;
  let y = cols[0]?.yTop ?? 0;
  let atTop = true;
  const nextColumn = (): void => {
    col++;
    if (col >= cols.length) {
      page++;
      pages.push([]);
      cols = columnsOf(page);
      col = 0;
    }
    y = cols[col]?.yTop ?? 0;
    atTop = true;
  };
  lines.forEach((line, i) => {
    if (line.pageBreakBefore && !(atTop && col === 0)) {
      col = cols.length;
      nextColumn();
    }
    const before = atTop ? 0 : (line.spaceBefore ?? 0);
    const column = (): Column => cols[col] ?? { x: 0, width: 0, yTop: 0, yBottom: 0 };
    const next = lines[i + 1];
    const need = before + line.leading + (line.keepWithNext && next ? next.leading + (next.spaceBefore ?? 0) : 0);
    if (!atTop && y - need < column().yBottom) nextColumn();
    y -= atTop ? 0 : before;
    const c = column();
    const baseline = y - line.size;
    const width = lineWidth(line.text, line.font, line.size);
    let x = c.x + (line.indent ?? 0);
    if (line.align === 'center') x = c.x + (c.width - width) / 2;
    if (line.align === 'right') x = c.x + c.width - width;
    if (line.text !== '') {
      pages[page]?.push({ x: round(x), y: round(baseline), text: line.text, size: line.size, font: line.font });
    }
    y -= line.leading;
    atTop = false;
  });
  return { pages, endPage: page, endY: y };
}

/** Rounds to two decimals, so that coordinates print the same everywhere. */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
