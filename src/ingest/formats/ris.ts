import type { Extracted } from '../../core/doc.js';
import type { InputFormat, RawFile } from '../../core/registry.js';
import { decodeExport, finishExport } from '../exports/export-file.js';
import { toExtracted } from '../exports/export-record.js';
import { firstLines } from '../exports/head-text.js';
import { parseRis } from '../exports/ris.js';

const RIS_TAG = /^[A-Z][A-Z0-9] {1,2}-( |$)/;

/**
 * RIS: the first tagged line (`XX  - `) is `TY  - ` and comes within the first 12 non-blank lines
 * (some databases put a few header lines first), and a second tagged line follows.
 */
export function sniffRis(head: Uint8Array): boolean {
  const lines = firstLines(head, 12);
  const at = lines.findIndex((l) => RIS_TAG.test(l));
  if (at < 0 || !(lines[at] as string).startsWith('TY')) return false;
  return lines.slice(at + 1).some((l) => RIS_TAG.test(l)) || lines.length === at + 1;
}

/** Reads every record of a RIS file into one Extracted each. */
async function readRis(file: RawFile): Promise<Extracted[]> {
  const decoded = decodeExport(file);
  const { records, leftover } = parseRis(decoded.lines, file.path);
  return finishExport(
    file,
    decoded,
    records.map((r) => toExtracted(r, file.path)),
    leftover,
    { rule: 'ris-no-records', label: 'RIS', note: 'Check that the file is a RIS export (lines such as "TY  - JOUR").' },
  );
}

/** RIS export (.ris, also sniffed in .txt): one document per record, CR lines and "References:" notes as references. */
export const risFormat: InputFormat = {
  id: '@ris/file',
  label: 'RIS export (TY/ER tagged)',
  extensions: ['.ris'],
  sniff: sniffRis,
  read: readRis,
};
