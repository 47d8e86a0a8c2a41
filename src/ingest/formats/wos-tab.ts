import type { Extracted } from '../../core/doc.js';
import { DocumentError } from '../../core/errors.js';
import type { InputFormat, RawFile } from '../../core/registry.js';
import { decodeExport, finishExport } from '../exports/export-file.js';
import { toExtracted } from '../exports/export-record.js';
import { headText } from '../exports/head-text.js';
import { noteMissingReferences } from '../exports/wos-record.js';
import { parseWosTab } from '../exports/wos-tab.js';

/** Web of Science tab-delimited: the first line is a header of tags beginning `PT\tAU\t` (UTF-16 or UTF-8). */
export function sniffWosTab(head: Uint8Array): boolean {
  return /^\s*PT\tAU\t/.test(headText(head));
}

/** Reads every row of a Web of Science tab-delimited export into one Extracted each. */
async function readWosTab(file: RawFile): Promise<Extracted[]> {
  const decoded = decodeExport(file);
  let start = 0;
  while (start < decoded.lines.length && (decoded.lines[start] as string).trim() === '') start++;
  if (!(decoded.lines[start] ?? '').trimStart().startsWith('PT\t')) {
    throw new DocumentError('wos-tab-no-header', `${file.path} has no Web of Science header line (PT, AU, ... separated by tabs)`, {
      note: 'Export again from Web of Science as "Tab delimited file", and keep the first line.',
      line: start + 1,
    });
  }
  const { records, leftover } = parseWosTab(decoded.lines, file.path, start);
  noteMissingReferences(records, file.path);
  return finishExport(
    file,
    decoded,
    records.map((r) => toExtracted(r, file.path)),
    leftover,
    {
      rule: 'wos-no-records',
      label: 'Web of Science',
      note: 'Check that the file is a complete Web of Science export ("Tab delimited file" format).',
    },
  );
}

/** Web of Science tab-delimited export (savedrecs.txt in UTF-16 or UTF-8): sniffed by its header only. */
export const wosTabFormat: InputFormat = {
  id: '@wos/tab',
  label: 'Web of Science export, tab-delimited',
  extensions: [],
  sniff: sniffWosTab,
  read: readWosTab,
};
