/** Chooses the PDF engine named by ReadOptions.pdfEngine and reads one PDF with it. */
import type { Extracted } from '../../core/doc.js';
import type { RawFile, ReadOptions } from '../../core/registry.js';
import { readWithPdfParse } from './pdf-parse-engine.js';
import { readWithPdfjs } from './pdfjs-engine.js';
import { hasPdftotext, readWithPoppler } from './poppler-engine.js';

/** The engine 'auto' resolves to: poppler when pdftotext is installed, else pdfjs. */
export async function resolvePdfEngine(engine: ReadOptions['pdfEngine']): Promise<'pdfjs' | 'poppler' | 'pdf-parse'> {
  if (engine === 'auto') return (await hasPdftotext()) ? 'poppler' : 'pdfjs';
  return engine;
}

/** Reads one PDF into Extracted (one document); throws DocumentError when it cannot be read. */
export async function readPdf(file: RawFile, options: Readonly<ReadOptions>): Promise<Extracted> {
  const engine = await resolvePdfEngine(options.pdfEngine);
  if (engine === 'poppler') return readWithPoppler(file, options);
  if (engine === 'pdf-parse') return readWithPdfParse(file, options);
  return readWithPdfjs(file, options);
}
