import type { Extracted } from '../../core/doc.js';
import type { InputFormat, RawFile } from '../../core/registry.js';
import { endnoteToRecord, ENDNOTE_SPEC } from '../exports/cnki-records.js';
import { decodeExport, finishExport } from '../exports/export-file.js';
import { toExtracted } from '../exports/export-record.js';
import { firstLines } from '../exports/head-text.js';
import { parseTaggedRecords } from '../exports/tagged-records.js';

/** EndNote tagged text: the first non-blank line is `%0 <type>` and the next is another `%` field. */
export function sniffEndnote(head: Uint8Array): boolean {
  const [l0 = '', l1 = ''] = firstLines(head, 2);
  return /^%0 \S/.test(l0) && /^%[^\s%] /.test(l1);
}

/** Reads every record of an EndNote tagged-text export (CNKI's "EndNote" export) into one Extracted each. */
async function readEndnote(file: RawFile): Promise<Extracted[]> {
  const decoded = decodeExport(file);
  const { records, leftover } = parseTaggedRecords(decoded.lines, file.path, ENDNOTE_SPEC);
  return finishExport(
    file,
    decoded,
    records.map((r) => toExtracted(endnoteToRecord(r), file.path)),
    leftover,
    { rule: 'endnote-no-records', label: 'EndNote', note: 'Check that the file is an EndNote tagged export (lines such as "%0 Journal Article").' },
  );
}

/** EndNote tagged text (.enw, CNKI exports named .txt): one document per record; no cited references. */
export const endnoteFormat: InputFormat = {
  id: '@endnote/text',
  label: 'EndNote tagged text (%0/%A/%T; CNKI export)',
  extensions: ['.enw'],
  sniff: sniffEndnote,
  read: readEndnote,
};
