/**
 * The errors and messages of PDF reading, worded once for every engine. Rule ids: pdf-encrypted,
 * pdf-corrupt, pdf-no-text, pdf-timeout, pdf-engine-missing (errors); pdf-page-no-text,
 * pdf-page-error, pdf-too-many-pages (warnings).
 */
import { DocumentError } from '../../core/errors.js';
import { message, type Message } from '../../core/message.js';

const STAGE = 'ingest';

/** The PDF needs a password. */
export function encryptedError(path: string): DocumentError {
  const note = 'Save an unencrypted copy (e.g. "qpdf --decrypt in.pdf out.pdf", or print to PDF) and add that file instead.';
  return new DocumentError('pdf-encrypted', `${path} is encrypted and needs a password; ${lowerFirst(note)}`, { note });
}

/** The PDF cannot be parsed; `detail` is what the PDF library said. */
export function corruptError(path: string, detail: string): DocumentError {
  const note = 'Open the file in a PDF viewer; if it opens, save or print it to a new PDF and add that file instead.';
  return new DocumentError('pdf-corrupt', `${path} is damaged or not a PDF (${detail.trim() || 'unknown error'})`, { note });
}

/** No page has any text. */
export function noTextError(path: string): DocumentError {
  const note = "Run OCR first (e.g. ocrmypdf) and add the OCR'd file.";
  return new DocumentError('pdf-no-text', `${path} has no text layer (scanned images?); ${lowerFirst(note)}`, { note });
}

/** The PDF engine ran longer than allowed. */
export function timeoutError(path: string, seconds: number): DocumentError {
  return new DocumentError('pdf-timeout', `Reading ${path} took longer than ${seconds} s and was stopped`, {
    note: 'Check the file in a PDF viewer; try another PDF engine (--pdf-engine pdfjs).',
  });
}

/** The chosen engine's program is not installed. */
export function engineMissingError(path: string, program: string): DocumentError {
  return new DocumentError('pdf-engine-missing', `Cannot read ${path}: ${program} is not installed`, {
    note: 'Install poppler-utils (it provides pdftotext), or choose the pdfjs PDF engine.',
  });
}

/** A page without any text. */
export function pageNoText(path: string, page: number): Message {
  return message('warning', STAGE, 'pdf-page-no-text', path, `Page ${page} has no text (an image, or blank)`, {
    place: { page },
    note: 'If the page is a scanned image, run OCR (e.g. ocrmypdf) to get its text.',
  });
}

/** A page that could not be read; the other pages were. */
export function pageError(path: string, page: number, detail: string): Message {
  return message('warning', STAGE, 'pdf-page-error', path, `Page ${page} could not be read (${detail}); it is left out`, {
    place: { page },
  });
}

/** More pages than options.maxPages. */
export function tooManyPages(path: string, total: number, maxPages: number): Message {
  return message(
    'warning',
    STAGE,
    'pdf-too-many-pages',
    path,
    `The PDF has ${total} pages; only the first ${maxPages} were read`,
    { note: 'Raise the page limit (maxPages) to read them all.' },
  );
}

/** A short description of an unknown thrown value. */
export function describe(err: unknown): string {
  if (err instanceof Error) return err.message.replace(/\s+/g, ' ').trim().slice(0, 300);
  return String(err).slice(0, 300);
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
