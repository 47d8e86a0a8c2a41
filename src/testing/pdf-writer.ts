/**
 * A tiny PDF writer for tests and sample corpora. It writes text only, with fonts that are never
 * embedded: standard Helvetica (WinAnsi) and the predefined CJK font STSong-Light (UniGB-UCS2-H), the
 * combination Chinese government PDFs use. Items go into the content stream in the order given, so a
 * test can write a two-column page row by row or right column first.
 */

export type PdfFont = 'sans' | 'sans-bold' | 'cjk';

export interface PdfTextItem {
  /** PDF coordinates in points, y from the bottom of the page. */
  x: number;
  y: number;
  text: string;
  /** Font size in points; 11 when absent. */
  size?: number;
  font?: PdfFont;
}

export interface PdfPageSpec {
  items: PdfTextItem[];
}

export interface PdfSpec {
  pages: PdfPageSpec[];
  info?: { title?: string; author?: string };
  /** Adds an /Encrypt dictionary whose password check fails, so readers ask for a password. */
  encryptedStub?: boolean;
  /** Page size in points; US Letter (612 x 792) when absent. */
  width?: number;
  height?: number;
}

const FONT_NAMES: Record<PdfFont, string> = { sans: 'F1', 'sans-bold': 'F2', cjk: 'F3' };

/** WinAnsi codes of the characters outside Latin-1 that papers use most. */
const WIN_ANSI_EXTRA: Record<number, number> = {
  0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97,
  0x2026: 0x85, 0x20ac: 0x80,
};

/** Writes a PDF with the given pages of text; returns its bytes. */
export function writePdf(doc: PdfSpec): Uint8Array {
  const width = doc.width ?? 612;
  const height = doc.height ?? 792;
  // Fixed object numbers: 1 catalog, 2 pages, 3-5 fonts (6-7 CJK descendant and descriptor),
  // 8 info, 9 encrypt, then two per page (page, content).
  const objects = new Map<number, string>();
  objects.set(1, '<< /Type /Catalog /Pages 2 0 R >>');
  objects.set(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  objects.set(4, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  objects.set(5, '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>');
  objects.set(
    6,
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>',
  );
  objects.set(
    7,
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] ' +
      '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  const info: string[] = [];
  if (doc.info?.title !== undefined) info.push(`/Title ${pdfTextString(doc.info.title)}`);
  if (doc.info?.author !== undefined) info.push(`/Author ${pdfTextString(doc.info.author)}`);
  info.push('/Producer (corpus-lens pdf-writer)');
  objects.set(8, `<< ${info.join(' ')} >>`);
  if (doc.encryptedStub) {
    const o = '<' + '4F'.repeat(32) + '>';
    const u = '<' + '55'.repeat(32) + '>';
    objects.set(9, `<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O ${o} /U ${u} >>`);
  }
  const kids: string[] = [];
  doc.pages.forEach((page, i) => {
    const pageNum = 10 + 2 * i;
    const content = contentStream(page);
    kids.push(`${pageNum} 0 R`);
    objects.set(
      pageNum,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(width)} ${num(height)}] ` +
        `/Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents ${pageNum + 1} 0 R >>`,
    );
    objects.set(pageNum + 1, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  objects.set(2, `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${doc.pages.length} >>`);

  const size = 10 + 2 * doc.pages.length;
  let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = new Array<number>(size).fill(-1);
  for (let n = 1; n < size; n++) {
    const body = objects.get(n);
    if (body === undefined) continue;
    offsets[n] = out.length;
    out += `${n} 0 obj\n${body}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n++) {
    const off = offsets[n] ?? -1;
    out += off < 0 ? '0000000000 65535 f \n' : `${String(off).padStart(10, '0')} 00000 n \n`;
  }
  const id = '<' + '0123456789ABCDEF'.repeat(2) + '>';
  const encrypt = doc.encryptedStub ? ' /Encrypt 9 0 R' : '';
  out += `trailer\n<< /Size ${size} /Root 1 0 R /Info 8 0 R${encrypt} /ID [${id} ${id}] >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  // Every character of `out` is below 256 (content is ASCII, the header comment Latin-1).
  const bytes = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) bytes[i] = out.charCodeAt(i);
  return bytes;
}

/** Lays out pre-wrapped lines top-down from yTop; an empty line leaves one blank line of space. */
export function layoutText(
  lines: readonly string[],
  opts: { x: number; yTop: number; leading?: number; size?: number; font?: PdfFont },
): PdfTextItem[] {
  const size = opts.size ?? 11;
  const leading = opts.leading ?? size * 1.3;
  const items: PdfTextItem[] = [];
  let y = opts.yTop;
  for (const text of lines) {
    if (text !== '') {
      const item: PdfTextItem = { x: opts.x, y, text, size };
      if (opts.font) item.font = opts.font;
      items.push(item);
    }
    y -= leading;
  }
  return items;
}

/** Wraps a paragraph into lines of at most `maxChars` characters at spaces (CJK text: at any character). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  if (!text.includes(' ')) {
    const chars = Array.from(text);
    for (let i = 0; i < chars.length; i += maxChars) lines.push(chars.slice(i, i + maxChars).join(''));
    return lines;
  }
  let line = '';
  for (const word of text.split(' ')) {
    if (word === '') continue;
    if (line !== '' && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function contentStream(page: PdfPageSpec): string {
  const ops: string[] = [];
  for (const item of page.items) {
    const font = item.font ?? 'sans';
    const size = item.size ?? 11;
    const str = font === 'cjk' ? ucs2Hex(item.text) : winAnsiLiteral(item.text);
    ops.push(`BT /${FONT_NAMES[font]} ${num(size)} Tf 1 0 0 1 ${num(item.x)} ${num(item.y)} Tm ${str} Tj ET`);
  }
  return ops.join('\n');
}

/** A literal string in WinAnsi; bytes outside printable ASCII as octal escapes, unknown characters as '?'. */
function winAnsiLiteral(text: string): string {
  let s = '(';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 63;
    let code: number;
    if (cp >= 0x20 && cp < 0x7f) code = cp;
    else if (cp >= 0xa0 && cp <= 0xff) code = cp;
    else code = WIN_ANSI_EXTRA[cp] ?? 63;
    if (code === 0x28 || code === 0x29 || code === 0x5c) s += '\\' + String.fromCharCode(code);
    else if (code < 0x7f) s += String.fromCharCode(code);
    else s += '\\' + code.toString(8).padStart(3, '0');
  }
  return s + ')';
}

/** A hex string of UCS-2 code units; characters beyond the BMP become U+3000 (ideographic space). */
function ucs2Hex(text: string): string {
  let s = '<';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0x3000;
    s += (cp > 0xffff ? 0x3000 : cp).toString(16).toUpperCase().padStart(4, '0');
  }
  return s + '>';
}

/** A text string for the info dictionary: literal when printable ASCII, else UTF-16BE with a BOM. */
function pdfTextString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[()\\]/g, (c) => '\\' + c)})`;
  let s = '<FEFF';
  for (let i = 0; i < text.length; i++) s += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return s + '>';
}

function num(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
