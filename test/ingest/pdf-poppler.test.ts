import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/core/errors.js';
import { defaultReadOptions, type ReadOptions } from '../../src/core/registry.js';
import { pageLines, parsePdfinfo } from '../../src/ingest/pdf/poppler-engine.js';
import { readPdf, resolvePdfEngine } from '../../src/ingest/pdf/read-pdf.js';
import { layoutText, wrapText, writePdf } from '../../src/testing/pdf-writer.js';
import { ENGLISH, longTwoColumnPage, pdfFile } from './pdf-fixtures.js';

function installed(program: string): boolean {
  try {
    execFileSync(program, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

const hasPoppler = installed('pdftotext');
const poppler: ReadOptions = { ...defaultReadOptions, pdfEngine: 'poppler' };
const pdfjs: ReadOptions = { ...defaultReadOptions, pdfEngine: 'pdfjs' };
const words = (pages: string[][]): string[] => pages.flat().join(' ').split(/\s+/).filter((w) => w !== '');

describe('poppler output parsing', () => {
  it('cuts pages into lines with one empty line per paragraph break', () => {
    expect(pageLines('\nFirst line  \nsecond\n\n\n\nThird\n\n')).toEqual(['First line', 'second', '', 'Third']);
    expect(pageLines('\n\n')).toEqual([]);
  });

  it('reads the pdfinfo fields', () => {
    const out = 'Title:           A: B\nAuthor:          Li Wei\nProducer:        x\nPages:           12\nEncrypted:       no\n';
    expect(parsePdfinfo(out)).toEqual({ title: 'A: B', author: 'Li Wei', producer: 'x', pages: 12 });
  });
});

describe.skipIf(!hasPoppler)('poppler engine (needs pdftotext from poppler-utils)', () => {
  it('gives the same words in the same order as the pdfjs engine', async () => {
    const specs = {
      english: { pages: [{ items: layoutText(ENGLISH, { x: 72, yTop: 700 }) }, { items: layoutText(ENGLISH.slice(3), { x: 72, yTop: 700 }) }] },
      rows: { pages: [longTwoColumnPage('rows')] },
      rightFirst: { pages: [longTwoColumnPage('right-first')] },
    };
    for (const [name, spec] of Object.entries(specs)) {
      const file = pdfFile(`cmp-${name}.pdf`, spec);
      const a = await readPdf(file, poppler);
      const b = await readPdf(file, pdfjs);
      expect(a.pages.length).toBe(b.pages.length);
      expect(words(a.pages)).toEqual(words(b.pages));
      expect(a.hints.extra?.engine).toBe('poppler');
    }
  });

  it('reads Chinese STSong-Light text', async () => {
    const text = '国务院关于深化产教融合的若干意见。各省、自治区、直辖市人民政府。';
    const file = pdfFile('zh-poppler.pdf', { pages: [{ items: layoutText(wrapText(text, 12), { x: 72, yTop: 700, size: 14, font: 'cjk' }) }] });
    expect((await readPdf(file, poppler)).pages[0]?.join('')).toBe(text);
  });

  it('reads info, warns about blank pages and about too many pages', async () => {
    const file = pdfFile('poppler-info.pdf', {
      info: { title: 'School Choice in Shanghai', author: 'Li Wei' },
      pages: [{ items: [{ x: 72, y: 700, text: 'One' }] }, { items: [] }, { items: [{ x: 72, y: 700, text: 'Three' }] }],
    });
    const doc = await readPdf(file, { ...poppler, maxPages: 2 });
    expect(doc.pages).toEqual([['One'], []]);
    expect(doc.hints.title).toBe('School Choice in Shanghai');
    expect(doc.hints.authors).toEqual(['Li Wei']);
    expect(doc.messages.map((m) => [m.rule, m.place?.page])).toEqual([
      ['pdf-too-many-pages', undefined],
      ['pdf-page-no-text', 2],
    ]);
  });

  it('throws pdf-encrypted, pdf-corrupt and pdf-no-text', async () => {
    const code = async (name: string, spec: Parameters<typeof pdfFile>[1]): Promise<string> => {
      const err = await readPdf(pdfFile(name, spec), poppler).catch((e: unknown) => e);
      return err instanceof DocumentError ? err.code : String(err);
    };
    const whole = writePdf({ pages: [{ items: layoutText(ENGLISH, { x: 72, yTop: 700 }) }] });
    expect(await code('p-enc.pdf', { encryptedStub: true, pages: [{ items: [] }] })).toBe('pdf-encrypted');
    expect(await code('p-cut.pdf', whole.slice(0, whole.length >> 1))).toBe('pdf-corrupt');
    expect(await code('p-empty.pdf', { pages: [{ items: [] }] })).toBe('pdf-no-text');
  });

  it("resolves 'auto' to poppler when pdftotext is installed", async () => {
    expect(await resolvePdfEngine('auto')).toBe('poppler');
  });
});
