/** The PDF input format: '%PDF-' within the first 1024 bytes, read by src/ingest/pdf/. */
import type { InputFormat } from '../../core/registry.js';
import { readPdf } from '../pdf/read-pdf.js';

const SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // '%PDF-'

/** True when '%PDF-' occurs within the first 1024 bytes (PDF readers accept leading junk). */
export function looksLikePdf(head: Uint8Array): boolean {
  const end = Math.min(head.length, 1024) - SIGNATURE.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < SIGNATURE.length; k++) if (head[i + k] !== SIGNATURE[k]) continue outer;
    return true;
  }
  return false;
}

/** PDF files: text per page in reading order, by the engine ReadOptions.pdfEngine names. */
export const pdfFormat: InputFormat = {
  id: '@pdf/file',
  label: 'PDF (text layer; pdf.js, or pdftotext with --pdf-engine poppler)',
  extensions: ['.pdf'],
  sniff: looksLikePdf,
  async read(file, options) {
    return [await readPdf(file, options)];
  },
};
