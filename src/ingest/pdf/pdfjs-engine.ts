/** The default PDF engine: pdf.js text items, put back into reading order by layout.ts. */
import type { Extracted } from '../../core/doc.js';
import type { Message } from '../../core/message.js';
import type { RawFile, ReadOptions } from '../../core/registry.js';
import { layoutPage, type PageText, type RawTextItem } from './layout.js';
import { pdfHints, type PdfInfo } from './pdf-hints.js';
import {
  corruptError,
  describe,
  encryptedError,
  noTextError,
  pageError,
  pageNoText,
  tooManyPages,
} from './pdf-problems.js';
import { documentParams, loadPdfjs } from './pdfjs-loader.js';

/** Reads a PDF with pdf.js; throws DocumentError (pdf-encrypted, pdf-corrupt, pdf-no-text). */
export async function readWithPdfjs(file: RawFile, options: Readonly<ReadOptions>): Promise<Extracted> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument(documentParams(file.bytes));
  try {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (err) {
      throw loadError(file.path, err);
    }
    const messages: Message[] = [];
    const total = doc.numPages;
    const count = Math.min(total, Math.max(0, options.maxPages));
    if (total > count) messages.push(tooManyPages(file.path, total, count));
    const pages: string[][] = [];
    let firstPage: PageText | undefined;
    let withText = 0;
    let failed = 0;
    let firstFailure = '';
    for (let n = 1; n <= count; n++) {
      let text: PageText;
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        page.cleanup();
        const items: RawTextItem[] = [];
        for (const it of content.items) if ('str' in it && it.str !== '') items.push(it);
        text = layoutPage(items);
      } catch (err) {
        failed++;
        firstFailure ||= describe(err);
        messages.push(pageError(file.path, n, describe(err)));
        pages.push([]);
        continue;
      }
      if (n === 1) firstPage = text;
      if (text.lines.length === 0) messages.push(pageNoText(file.path, n));
      else withText++;
      pages.push(text.lines);
    }
    if (count > 0 && failed === count) throw corruptError(file.path, firstFailure);
    if (withText === 0) throw noTextError(file.path);
    const info = await readInfo(doc);
    return { pages, paged: true, hints: pdfHints(info, 'pdfjs', firstPage), messages };
  } finally {
    await task.destroy();
  }
}

/** Maps what pdf.js threw while opening a document to a DocumentError. */
function loadError(path: string, err: unknown): Error {
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') return encryptedError(path);
  return corruptError(path, describe(err));
}

interface InfoSource {
  getMetadata(): Promise<{ info: object; metadata: { get(name: string): unknown } | null }>;
}

/** Title, author, producer and creator from the info dictionary, with XMP (dc:title) as fallback. */
async function readInfo(doc: InfoSource): Promise<PdfInfo> {
  let meta: Awaited<ReturnType<InfoSource['getMetadata']>>;
  try {
    meta = await doc.getMetadata();
  } catch {
    return {};
  }
  const info = meta.info as Record<string, unknown>;
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const out: PdfInfo = {};
  const xmp = (name: string): string | undefined => {
    try {
      const v = meta.metadata?.get(name);
      return Array.isArray(v) ? str(v.join('; ')) : str(v);
    } catch {
      return undefined;
    }
  };
  const title = str(info.Title) ?? xmp('dc:title');
  const author = str(info.Author) ?? xmp('dc:creator');
  const producer = str(info.Producer);
  const creator = str(info.Creator);
  if (title !== undefined) out.title = title;
  if (author !== undefined) out.author = author;
  if (producer !== undefined) out.producer = producer;
  if (creator !== undefined) out.creator = creator;
  return out;
}
