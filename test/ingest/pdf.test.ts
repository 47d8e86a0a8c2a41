import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/core/errors.js';
import { defaultReadOptions, Registry, type InputFormat, type ReadOptions } from '../../src/core/registry.js';
import { looksLikePdf, pdfFormat } from '../../src/ingest/formats/pdf.js';
import { readPdf } from '../../src/ingest/pdf/read-pdf.js';
import { layoutText, wrapText, writePdf } from '../../src/testing/pdf-writer.js';
import { ENGLISH, LEFT, LONG_LEFT, LONG_RIGHT, longTwoColumnPage, pdfFile, RIGHT, TITLE, twoColumnPage } from './pdf-fixtures.js';

const pdfjs: ReadOptions = { ...defaultReadOptions, pdfEngine: 'pdfjs' };

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    return err instanceof DocumentError ? err.code : `not a DocumentError: ${String(err)}`;
  }
  return 'no error';
}

describe('pdfjs engine', () => {
  it('reads English text in order, with a paragraph break', async () => {
    const file = pdfFile('english.pdf', { pages: [{ items: layoutText(ENGLISH, { x: 72, yTop: 700, size: 11 }) }] });
    const [doc] = await pdfFormat.read(file, pdfjs);
    expect(doc?.pages).toEqual([ENGLISH]);
    expect(doc?.paged).toBe(true);
    expect(doc?.messages).toEqual([]);
    expect(doc?.hints.extra?.engine).toBe('pdfjs');
  });

  const expectedTwoColumns = [TITLE, '', ...LEFT, '', ...RIGHT];

  it('reads a two-column page written row by row: left column, then right column', async () => {
    const doc = await readPdf(pdfFile('rows.pdf', { pages: [twoColumnPage('rows')] }), pdfjs);
    expect(doc.pages).toEqual([expectedTwoColumns]);
  });

  it('reads a two-column page written right column first in the same order', async () => {
    const doc = await readPdf(pdfFile('right-first.pdf', { pages: [twoColumnPage('right-first')] }), pdfjs);
    expect(doc.pages).toEqual([expectedTwoColumns]);
  });

  it('reads a full two-column page the same whatever the writing order', async () => {
    // The left column's last line is short, so the right column starts a new paragraph.
    const expected = ['A Title', '', ...LONG_LEFT, '', ...LONG_RIGHT];
    expect(LONG_LEFT.length).toBeGreaterThan(8);
    for (const order of ['rows', 'right-first'] as const) {
      const doc = await readPdf(pdfFile(`long-${order}.pdf`, { pages: [longTwoColumnPage(order)] }), pdfjs);
      expect(doc.pages).toEqual([expected]);
    }
  });

  it('gives the text of a Chinese page in STSong-Light (predefined CMap font)', async () => {
    const text = '国务院关于深化产教融合的若干意见（2023年）。各省、自治区、直辖市人民政府，国务院各部委。';
    const lines = wrapText(text, 14);
    const file = pdfFile('zh.pdf', {
      pages: [{ items: layoutText(lines, { x: 72, yTop: 700, size: 14, font: 'cjk' }) }],
      info: { title: '关于深化产教融合的若干意见' },
    });
    const doc = await readPdf(file, pdfjs);
    expect(doc.pages).toEqual([lines]);
    expect(doc.pages[0]?.join('')).toBe(text);
    expect(doc.hints.title).toBe('关于深化产教融合的若干意见');
  });

  it('joins CJK items without spaces and Latin items with one', async () => {
    const file = pdfFile('mixed.pdf', {
      pages: [
        {
          items: [
            { x: 72, y: 700, text: '教育', font: 'cjk', size: 12 },
            { x: 96, y: 700, text: '部', font: 'cjk', size: 12 },
            { x: 72, y: 680, text: 'Ministry', size: 12 },
            { x: 72 + 46, y: 680, text: 'of', size: 12 },
          ],
        },
      ],
    });
    expect((await readPdf(file, pdfjs)).pages).toEqual([['教育部', 'Ministry of']]);
  });

  it('uses the info title and author as hints, and the largest line as titleByFont', async () => {
    const file = pdfFile('info.pdf', {
      info: { title: 'School Choice in Shanghai', author: 'Li Wei; Anna Smith' },
      pages: [{ items: [{ x: 72, y: 720, text: 'School Choice in Shanghai', size: 20 }, ...layoutText(ENGLISH, { x: 72, yTop: 680 })] }],
    });
    const doc = await readPdf(file, pdfjs);
    expect(doc.hints.title).toBe('School Choice in Shanghai');
    expect(doc.hints.authors).toEqual(['Li Wei', 'Anna Smith']);
    expect(doc.hints.extra?.titleByFont).toBe('School Choice in Shanghai');
    expect(doc.hints.extra?.producer).toBe('corpus-lens pdf-writer');
  });

  it('ignores an info title a program made up', async () => {
    const file = pdfFile('word.pdf', {
      info: { title: 'Microsoft Word - draft_v3.doc', author: 'Administrator' },
      pages: [{ items: layoutText(ENGLISH, { x: 72, yTop: 700 }) }],
    });
    const doc = await readPdf(file, pdfjs);
    expect(doc.hints.title).toBeUndefined();
    expect(doc.hints.authors).toBeUndefined();
  });

  it('throws pdf-encrypted for an encrypted PDF', async () => {
    const file = pdfFile('enc.pdf', { encryptedStub: true, pages: [{ items: layoutText(ENGLISH, { x: 72, yTop: 700 }) }] });
    await expect(readPdf(file, pdfjs)).rejects.toThrow(/is encrypted and needs a password; save an unencrypted copy/);
    expect(await codeOf(readPdf(file, pdfjs))).toBe('pdf-encrypted');
  });

  it('throws pdf-corrupt for a truncated PDF, saying what pdf.js said', async () => {
    const bytes = writePdf({ pages: [{ items: layoutText(ENGLISH, { x: 72, yTop: 700 }) }] });
    const file = pdfFile('truncated.pdf', bytes.slice(0, bytes.length >> 1));
    await expect(readPdf(file, pdfjs)).rejects.toThrow('papers/truncated.pdf is damaged or not a PDF (Invalid PDF structure.)');
    expect(await codeOf(readPdf(file, pdfjs))).toBe('pdf-corrupt');
  });

  it('throws pdf-no-text when no page has text', async () => {
    const file = pdfFile('scan.pdf', { pages: [{ items: [] }, { items: [] }] });
    await expect(readPdf(file, pdfjs)).rejects.toThrow(/has no text layer \(scanned images\?\); run OCR first \(e\.g\. ocrmypdf\)/);
    expect(await codeOf(readPdf(file, pdfjs))).toBe('pdf-no-text');
  });

  it('warns about a page without text and reads the others', async () => {
    const file = pdfFile('blank-page.pdf', { pages: [{ items: [{ x: 72, y: 700, text: 'First' }] }, { items: [] }, { items: [{ x: 72, y: 700, text: 'Third' }] }] });
    const doc = await readPdf(file, pdfjs);
    expect(doc.pages).toEqual([['First'], [], ['Third']]);
    expect(doc.messages.map((m) => [m.rule, m.severity, m.place, m.path])).toEqual([
      ['pdf-page-no-text', 'warning', { page: 2 }, 'papers/blank-page.pdf'],
    ]);
  });

  it('reads only maxPages pages and warns', async () => {
    const pages = [1, 2, 3].map((n) => ({ items: [{ x: 72, y: 700, text: `Page ${n}` }] }));
    const doc = await readPdf(pdfFile('long.pdf', { pages }), { ...pdfjs, maxPages: 2 });
    expect(doc.pages).toEqual([['Page 1'], ['Page 2']]);
    expect(doc.messages.map((m) => [m.rule, m.reason])).toEqual([
      ['pdf-too-many-pages', 'The PDF has 3 pages; only the first 2 were read'],
    ]);
  });

  it('warns about a page that cannot be read and keeps the others', async () => {
    const bytes = writePdf({ pages: [1, 2, 3].map((n) => ({ items: [{ x: 72, y: 700, text: `Page ${n}` }] })) });
    // Point the second page at an object that does not exist (same length, so the xref stays right).
    const text = Array.from(bytes, (c) => String.fromCharCode(c)).join('').replace('/Kids [10 0 R 12 0 R 14 0 R]', '/Kids [10 0 R 99 0 R 14 0 R]');
    const doc = await readPdf(pdfFile('broken-kid.pdf', Uint8Array.from(text, (c) => c.charCodeAt(0))), pdfjs);
    expect(doc.pages[0]).toEqual(['Page 1']);
    expect(doc.pages[1]).toEqual([]);
    expect(doc.messages.map((m) => [m.rule, m.place])).toEqual([['pdf-page-error', { page: 2 }]]);
  });

  it("keeps the native Array.prototype.push and JSON.parse (pdf.js's core-js replaces them on Node 20)", async () => {
    await readPdf(pdfFile('natives.pdf', { pages: [{ items: [{ x: 72, y: 700, text: 'Natives' }] }] }), pdfjs);
    await readPdf(pdfFile('natives-pp.pdf', { pages: [{ items: [{ x: 72, y: 700, text: 'Natives' }] }] }), { ...pdfjs, pdfEngine: 'pdf-parse' });
    // toString from a fresh context: core-js's own toString would make its polyfills look native.
    const toString = runInNewContext('Function.prototype.toString') as (this: unknown) => string;
    const source = (f: unknown): string => toString.call(f);
    expect(source(Array.prototype.push)).toBe('function push() { [native code] }');
    expect(source(JSON.parse)).toBe('function parse() { [native code] }');
  });

  it('leaves the bytes it was given intact', async () => {
    const file = pdfFile('intact.pdf', { pages: [{ items: [{ x: 72, y: 700, text: 'Intact' }] }] });
    const copy = file.bytes.slice();
    await readPdf(file, pdfjs);
    expect(file.bytes).toEqual(copy);
  });
});

describe('pdf-parse engine', () => {
  const opts: ReadOptions = { ...defaultReadOptions, pdfEngine: 'pdf-parse' };

  it('reads text and records the engine', async () => {
    const doc = await readPdf(pdfFile('pp.pdf', { pages: [{ items: layoutText(ENGLISH, { x: 72, yTop: 700 }) }] }), opts);
    expect(doc.pages).toEqual([ENGLISH.filter((l) => l !== '')]);
    expect(doc.hints.extra?.engine).toBe('pdf-parse');
  });

  it('throws pdf-encrypted and pdf-no-text', async () => {
    expect(await codeOf(readPdf(pdfFile('pp-enc.pdf', { encryptedStub: true, pages: [{ items: [] }] }), opts))).toBe('pdf-encrypted');
    expect(await codeOf(readPdf(pdfFile('pp-empty.pdf', { pages: [{ items: [] }] }), opts))).toBe('pdf-no-text');
  });
});

describe('pdf format', () => {
  it('sniffs %PDF- within the first 1024 bytes', () => {
    const enc = new TextEncoder();
    expect(looksLikePdf(enc.encode('%PDF-1.7\n'))).toBe(true);
    expect(looksLikePdf(enc.encode(`${' '.repeat(500)}%PDF-1.4`))).toBe(true);
    expect(looksLikePdf(enc.encode(`${' '.repeat(1020)}%PDF-1.4`))).toBe(false);
    expect(looksLikePdf(enc.encode('%PDF'))).toBe(false);
    expect(looksLikePdf(enc.encode('Plain text about PDF files'))).toBe(false);
  });

  it('is detected for a PDF named .txt', () => {
    const text: InputFormat = { id: '@text/plain', label: 'text', extensions: ['.txt'], read: async () => [] };
    const registry = new Registry();
    registry.addInput(text);
    registry.addInput(pdfFormat);
    const head = writePdf({ pages: [{ items: [] }] }).slice(0, 1024);
    expect(registry.detect('notes/report.txt', head)?.id).toBe('@pdf/file');
    expect(registry.detect('notes/report.txt', new TextEncoder().encode('hello'))?.id).toBe('@text/plain');
  });
});
