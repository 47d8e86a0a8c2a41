import type { Extracted } from '../../core/doc.js';
import type { InputFormat, RawFile } from '../../core/registry.js';
import { decodeExport, finishExport } from '../exports/export-file.js';
import { toExtracted } from '../exports/export-record.js';
import { firstLines } from '../exports/head-text.js';
import { parseWosPlain } from '../exports/wos-plain.js';
import { noteMissingReferences } from '../exports/wos-record.js';

/**
 * Web of Science plain text: the first line is `FN ...` naming Web of Science (or an ISI export)
 * or followed by `VR`, or a header-less file starts with `PT <letter>` and a tagged line.
 */
export function sniffWosPlain(head: Uint8Array): boolean {
  const [l0 = '', l1 = ''] = firstLines(head, 2);
  if (l0.startsWith('FN ')) {
    return /web of science|isi export/i.test(l0) || /^VR \d/.test(l1);
  }
  return /^PT [A-Z]$/.test(l0) && /^[A-Z][A-Z0-9] \S/.test(l1);
}

/** Reads every record of a Web of Science plain-text export into one Extracted each. */
async function readWosPlain(file: RawFile): Promise<Extracted[]> {
  const decoded = decodeExport(file);
  const { records, leftover } = parseWosPlain(decoded.lines, file.path);
  noteMissingReferences(records, file.path);
  return finishExport(
    file,
    decoded,
    records.map((r) => toExtracted(r, file.path)),
    leftover,
    {
      rule: 'wos-no-records',
      label: 'Web of Science',
      note: 'Check that the file is a complete Web of Science export ("Plain Text File" format).',
    },
  );
}

/** Web of Science plain-text export (savedrecs.txt, .isi, .ciw): one document per record, CR as references. */
export const wosPlainFormat: InputFormat = {
  id: '@wos/plain',
  label: 'Web of Science export, plain text (FN/PT/ER tagged)',
  extensions: ['.isi', '.ciw'],
  sniff: sniffWosPlain,
  read: readWosPlain,
};
