import { writePdf, type PdfTextItem } from '../../testing/pdf-writer.js';
import { flowLines, lineWidth, round, type Column, type FlowLine } from './pdf-flow.js';
import type { SampleBlock, SampleDocument } from './sample-document.js';
import { plain } from './sample-document.js';
import { wrapCjk, wrapLatin } from './text-width.js';

const LETTER = { width: 612, height: 792 };
const A4 = { width: 595, height: 842 };

/** Blocks before the first heading: title, authors, abstract, keywords. */
function splitFront(blocks: readonly SampleBlock[]): { front: SampleBlock[]; body: SampleBlock[] } {
  const first = blocks.findIndex((b) => b.type === 'h1');
  return first < 0 ? { front: [...blocks], body: [] } : { front: blocks.slice(0, first), body: blocks.slice(first) };
}

/** Latin lines of one paragraph as flow lines. */
function latinLines(
  text: string,
  width: number,
  style: Omit<FlowLine, 'text'> & { firstIndent?: number; hanging?: number },
): FlowLine[] {
  const bold = style.font === 'sans-bold';
  const first = style.firstIndent ?? 0;
  const hanging = style.hanging ?? 0;
  const wrapped = wrapLatin(text, width - hanging, style.size, bold, width - first);
  return wrapped.map((t, i) => {
    const line: FlowLine = { text: t, font: style.font, size: style.size, leading: style.leading };
    if (style.align) line.align = style.align;
    const indent = i === 0 ? first : hanging;
    if (indent) line.indent = indent;
    if (i === 0 && style.spaceBefore) line.spaceBefore = style.spaceBefore;
    if (i === 0 && style.keepWithNext) line.keepWithNext = true;
    return line;
  });
}

/** CJK lines of one paragraph as flow lines; `indentChars` indents the first line. */
function cjkLines(
  text: string,
  width: number,
  style: { size: number; leading: number; indentChars?: number; align?: FlowLine['align']; spaceBefore?: number; keepWithNext?: boolean; pageBreakBefore?: boolean },
): FlowLine[] {
  const chars = Math.floor(width / style.size);
  const indent = style.indentChars ?? 0;
  return wrapCjk(text, chars, chars - indent).map((t, i) => {
    const line: FlowLine = { text: t, font: 'cjk', size: style.size, leading: style.leading };
    if (style.align) line.align = style.align;
    if (i === 0 && indent) line.indent = indent * style.size;
    if (i === 0 && style.spaceBefore) line.spaceBefore = style.spaceBefore;
    if (i === 0 && style.keepWithNext) line.keepWithNext = true;
    if (i === 0 && style.pageBreakBefore) line.pageBreakBefore = true;
    return line;
  });
}

/** Adds header and footer items to every page. */
function decorate(pages: PdfTextItem[][], add: (index: number, count: number) => PdfTextItem[]): PdfTextItem[][] {
  return pages.map((items, i) => [...add(i, pages.length), ...items]);
}

/**
 * An English journal paper on US Letter pages: full-width title block, then two columns written left
 * column first; running header with journal and page number (sides alternate), DOI footer on page 1.
 */
export function renderTwoColumnPaper(doc: SampleDocument, doi: string, received: string): Uint8Array {
  const { front, body } = splitFront(doc.blocks);
  const margin = 54;
  const full = LETTER.width - 2 * margin;
  const frontLines: FlowLine[] = [];
  for (const b of front) {
    const text = plain(b.text);
    if (b.type === 'title') frontLines.push(...latinLines(text, full - 40, { font: 'sans-bold', size: 15, leading: 19, align: 'center' }));
    else if (b.type === 'meta' && frontLines.length <= 3) frontLines.push(...latinLines(text, full, { font: 'sans', size: 10, leading: 14, align: 'center', spaceBefore: 8 }));
    else if (b.type === 'meta') frontLines.push(...latinLines(text, full - 40, { font: 'sans', size: 7.5, leading: 9.5, align: 'center' }));
    else frontLines.push(...latinLines(text, full, { font: 'sans', size: 9, leading: 11.5, spaceBefore: 8 }));
  }
  const top = LETTER.height - 56;
  const front0 = flowLines(frontLines, () => [{ x: margin, width: full, yTop: top, yBottom: 60 }]);
  const gutter = 18;
  const colWidth = (full - gutter) / 2;
  const columns = (yTop: number): Column[] => [
    { x: margin, width: colWidth, yTop, yBottom: 62 },
    { x: margin + colWidth + gutter, width: colWidth, yTop, yBottom: 62 },
  ];
  const bodyLines: FlowLine[] = [];
  let afterHeading = true;
  for (const b of body) {
    const text = b.text;
    if (b.type === 'h1' || b.type === 'refhead') {
      bodyLines.push(...latinLines(plain(text), colWidth, { font: 'sans-bold', size: 10, leading: 13, spaceBefore: 9, keepWithNext: true }));
      afterHeading = true;
    } else if (b.type === 'h2') {
      bodyLines.push(...latinLines(plain(text), colWidth, { font: 'sans-bold', size: 9, leading: 12, spaceBefore: 5, keepWithNext: true }));
      afterHeading = true;
    } else if (b.type === 'ref') {
      bodyLines.push(...latinLines(text, colWidth, { font: 'sans', size: 8, leading: 10, hanging: 14, spaceBefore: 2 }));
    } else {
      bodyLines.push(...latinLines(text, colWidth, { font: 'sans', size: 9, leading: 11.5, firstIndent: afterHeading ? 0 : 12 }));
      afterHeading = false;
    }
  }
  const flowed = flowLines(bodyLines, (p) => columns(p === 0 ? round(front0.endY - 16) : top), front0.pages);
  const first = doc.firstPage ?? 1;
  const pages = decorate(flowed.pages, (i) => {
    const num = String(first + i);
    const odd = (first + i) % 2 === 1;
    const journalWidth = lineWidth(doc.source, 'sans', 8);
    const items: PdfTextItem[] = odd
      ? [
          { x: margin, y: 760, text: doc.source, size: 8 },
          { x: round(LETTER.width - margin - lineWidth(num, 'sans', 8)), y: 760, text: num, size: 8 },
        ]
      : [
          { x: margin, y: 760, text: num, size: 8 },
          { x: round(LETTER.width - margin - journalWidth), y: 760, text: doc.source, size: 8 },
        ];
    if (i === 0) items.push({ x: margin, y: 38, text: `${received} DOI: ${doi}`, size: 7 });
    return items;
  });
  return writePdf({
    pages: pages.map((items) => ({ items })),
    info: { title: doc.title, author: doc.authors.join('; ') },
    ...LETTER,
  });
}

/**
 * A Chinese journal paper on A4 pages in the CJK font: centred title block, body with two-character
 * paragraph indents, running header with journal and page number (sides alternate), and the usual
 * first-page footnote (received date, funding, author note).
 */
export function renderChinesePaper(doc: SampleDocument, footnotes: readonly string[]): Uint8Array {
  const margin = 72;
  const full = A4.width - 2 * margin;
  const lines: FlowLine[] = [];
  let metaCount = 0;
  for (const b of doc.blocks) {
    const text = plain(b.text);
    switch (b.type) {
      case 'title':
        lines.push(...cjkLines(text, full - 32, { size: 16, leading: 24, align: 'center' }));
        break;
      case 'meta':
        metaCount++;
        if (metaCount <= 2) lines.push(...cjkLines(text, full, { size: metaCount === 1 ? 11 : 9, leading: 16, align: 'center', spaceBefore: 6 }));
        else lines.push(...cjkLines(text, full, { size: 9, leading: 14, spaceBefore: 4 }));
        break;
      case 'h1':
      case 'refhead':
        lines.push(...cjkLines(text, full, { size: 12, leading: 20, spaceBefore: 8, keepWithNext: true }));
        break;
      case 'h2':
        lines.push(...cjkLines(text, full, { size: 10.5, leading: 18, indentChars: 2, keepWithNext: true }));
        break;
      case 'ref':
        lines.push(...cjkLines(text, full, { size: 9, leading: 14 }));
        break;
      case 'para': {
        const front = /^(摘　要|关键词|中图分类号)/.test(text);
        lines.push(...cjkLines(text, full, front ? { size: 9, leading: 14, spaceBefore: 4 } : { size: 10.5, leading: 18, indentChars: 2 }));
        break;
      }
    }
  }
  const top = A4.height - 80;
  const flowed = flowLines(lines, (p) => [{ x: margin, width: full, yTop: top, yBottom: p === 0 ? 64 + 12 * footnotes.length : 64 }]);
  const first = doc.firstPage ?? 1;
  const pages = decorate(flowed.pages, (i) => {
    const num = String(first + i);
    const odd = (first + i) % 2 === 1;
    const journal = doc.source;
    const items: PdfTextItem[] = odd
      ? [
          { x: margin, y: 800, text: journal, size: 9, font: 'cjk' },
          { x: round(A4.width - margin - lineWidth(num, 'sans', 9)), y: 800, text: num, size: 9 },
        ]
      : [
          { x: margin, y: 800, text: num, size: 9 },
          { x: round(A4.width - margin - lineWidth(journal, 'cjk', 9)), y: 800, text: journal, size: 9, font: 'cjk' },
        ];
    if (i === 0) {
      footnotes.forEach((note, k) => {
        items.push({ x: margin, y: 40 + 12 * (footnotes.length - 1 - k), text: note, size: 8, font: 'cjk' });
      });
    }
    return items;
  });
  return writePdf({ pages: pages.map((items) => ({ items })), info: { title: doc.title, author: doc.authors.join('; ') }, ...A4 });
}

/**
 * A Chinese government document on A4 pages in the CJK font: letterhead, document number, covering
 * notice, then the plan itself on a new page; centred chapter headings; running header with the
 * document number and a "— n —" page footer.
 */
export function renderChinesePolicy(doc: SampleDocument): Uint8Array {
  const margin = 72;
  const full = A4.width - 2 * margin;
  const lines: FlowLine[] = [];
  let titles = 0;
  let seenPara = false;
  doc.blocks.forEach((b, i) => {
    const text = plain(b.text);
    if (b.type === 'title') {
      titles++;
      seenPara = false;
      lines.push(...cjkLines(text, full - 40, { size: 18, leading: 28, align: 'center', spaceBefore: 16, pageBreakBefore: titles > 1 }));
    } else if (b.type === 'meta') {
      if (i === 0) lines.push(...cjkLines(text, full, { size: 26, leading: 40, align: 'center' }));
      else if (titles === 0) lines.push(...cjkLines(text, full, { size: 12, leading: 20, align: 'center', spaceBefore: 8 }));
      else if (!seenPara) lines.push(...cjkLines(text, full, { size: 12, leading: 20, spaceBefore: 12 }));
      else lines.push(...cjkLines(text, full - 24, { size: 12, leading: 20, align: 'right', spaceBefore: 12 }));
    } else if (b.type === 'h1' || b.type === 'h2') {
      lines.push(...cjkLines(text, full, { size: 14, leading: 24, align: 'center', spaceBefore: 10, keepWithNext: true }));
    } else {
      seenPara = true;
      lines.push(...cjkLines(text, full, { size: 12, leading: 20, indentChars: 2 }));
    }
  });
  const top = A4.height - 84;
  const flowed = flowLines(lines, () => [{ x: margin, width: full, yTop: top, yBottom: 80 }]);
  const pages = decorate(flowed.pages, (i) => {
    const footer = `— ${i + 1} —`;
    return [
      { x: round(A4.width - margin - lineWidth(doc.source, 'cjk', 9)), y: 806, text: doc.source, size: 9, font: 'cjk' },
      { x: round((A4.width - lineWidth(footer, 'cjk', 10.5)) / 2), y: 40, text: footer, size: 10.5, font: 'cjk' },
    ];
  });
  return writePdf({ pages: pages.map((items) => ({ items })), info: { title: doc.title, author: doc.authors.join('; ') }, ...A4 });
}
