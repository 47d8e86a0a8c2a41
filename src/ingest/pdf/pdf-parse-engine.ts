/**
 * The pdf-parse engine: pdf-parse's PDFParse.getText(), page by page. Lines come in content-stream
 * order (no column repair), without paragraph breaks; a simple alternative to the pdfjs engine.
 */
import type { Extracted } from '../../core/doc.js';
import type { Message } from '../../core/message.js';
import type { RawFile, ReadOptions } from '../../core/registry.js';
import { pdfHints, type PdfInfo } from './pdf-hints.js';
import { corruptError, describe, encryptedError, noTextError, pageNoText, tooManyPages } from './pdf-problems.js';
import { keepingNatives, loadPdfjs, pdfjsAssets } from './pdfjs-loader.js';

/** Reads a PDF with pdf-parse; throws DocumentError (pdf-encrypted, pdf-corrupt, pdf-no-text). */
export async function readWithPdfParse(file: RawFile, options: Readonly<ReadOptions>): Promise<Extracted> {
  await loadPdfjs();
  const { PDFParse } = await keepingNatives(() => import('pdf-parse'));
  const parser = new PDFParse({
    data: new Uint8Array(file.bytes),
    ...pdfjsAssets(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    let total: number;
    let rawInfo: Record<string, unknown> = {};
    try {
      const infoResult = await parser.getInfo();
      total = infoResult.total;
      rawInfo = (infoResult.info ?? {}) as Record<string, unknown>;
    } catch (err) {
      const name = err instanceof Error ? err.name : '';
      if (/password/i.test(name)) throw encryptedError(file.path);
      throw corruptError(file.path, describe(err));
    }
    const messages: Message[] = [];
    const count = Math.min(total, Math.max(0, options.maxPages));
    if (total > count) messages.push(tooManyPages(file.path, total, count));
    const pages: string[][] = [];
    if (count > 0) {
      let result: Awaited<ReturnType<typeof parser.getText>>;
      try {
        result = await parser.getText({ first: count, pageJoiner: '' });
      } catch (err) {
        throw corruptError(file.path, describe(err));
      }
      for (const page of result.pages) {
        const lines = page.text
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '');
        pages.push(lines);
      }
    }
    let withText = 0;
    pages.forEach((lines, i) => {
      if (lines.length === 0) messages.push(pageNoText(file.path, i + 1));
      else withText++;
    });
    if (withText === 0) throw noTextError(file.path);
    const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
    const info: PdfInfo = {};
    const fields: [keyof PdfInfo, string][] = [['title', 'Title'], ['author', 'Author'], ['producer', 'Producer'], ['creator', 'Creator']];
    for (const [key, name] of fields) {
      const v = str(rawInfo[name]);
      if (v !== undefined) info[key] = v;
    }
    return { pages, paged: true, hints: pdfHints(info, 'pdf-parse'), messages };
  } finally {
    await parser.destroy();
  }
}
