import type { Extracted } from '../../core/doc.js';
import type { InputFormat, RawFile } from '../../core/registry.js';
import { refworksToRecord, REFWORKS_SPEC } from '../exports/cnki-records.js';
import { decodeExport, finishExport } from '../exports/export-file.js';
import { toExtracted } from '../exports/export-record.js';
import { firstLines } from '../exports/head-text.js';
import { parseTaggedRecords } from '../exports/tagged-records.js';

/** RefWorks tagged text: the first non-blank line is `RT <type>` and the next is another two-letter field. */
export function sniffRefworks(head: Uint8Array): boolean {
  const [l0 = '', l1 = ''] = firstLines(head, 2);
  return /^RT \S/.test(l0) && /^[A-Z][A-Z0-9] ./.test(l1);
}

/** Reads every record of a RefWorks tagged-text export (CNKI's "RefWorks" export) into one Extracted each. */
async function readRefworks(file: RawFile): Promise<Extracted[]> {
  const decoded = decodeExport(file);
  const { records, leftover } = parseTaggedRecords(decoded.lines, file.path, REFWORKS_SPEC);
  return finishExport(
    file,
    decoded,
    records.map((r) => toExtracted(refworksToRecord(r), file.path)),
    leftover,
    { rule: 'refworks-no-records', label: 'RefWorks', note: 'Check that the file is a RefWorks tagged export (lines such as "RT Journal Article").' },
  );
}

/** RefWorks tagged text (CNKI exports named .txt): one document per record; no cited references. */
export const refworksFormat: InputFormat = {
  id: '@refworks/text',
  label: 'RefWorks tagged text (RT/A1/T1; CNKI export)',
  extensions: [],
  sniff: sniffRefworks,
  read: readRefworks,
};
