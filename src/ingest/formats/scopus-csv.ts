import type { Extracted } from '../../core/doc.js';
import { DocumentError } from '../../core/errors.js';
import type { Message } from '../../core/message.js';
import type { InputFormat, RawFile } from '../../core/registry.js';
import { csvProfileOf, CSV_PROFILES } from '../exports/csv-profiles.js';
import { isBadRow, readCsvRows } from '../exports/csv-rows.js';
import { decodeExport, exportMessage, finishExport } from '../exports/export-file.js';
import { toExtracted, unreadableRecord } from '../exports/export-record.js';
import { headText } from '../exports/head-text.js';

/** The column names of a CSV header line (quotes removed), for sniffing. */
function headerColumns(line: string): Set<string> {
  const names = new Set<string>();
  for (const raw of line.split(',')) {
    let name = raw.trim();
    if (name.startsWith('"') && name.endsWith('"') && name.length >= 2) name = name.slice(1, -1).replace(/""/g, '"');
    names.add(name.trim());
  }
  return names;
}

/**
 * A Scopus CSV export (header with Title, Source title and Authors / Author full names / EID), or
 * the CSV of Lens, IEEE Xplore, OpenAlex or Springer Link, recognised by their own header columns.
 */
export function sniffBibliographicCsv(head: Uint8Array): boolean {
  const text = headText(head);
  const end = text.indexOf('\n');
  const first = end >= 0 ? text.slice(0, end) : text;
  if (!first.includes(',')) return false;
  return csvProfileOf(headerColumns(first)) !== undefined;
}

/** Reads every row of a Scopus (or Lens, IEEE Xplore, OpenAlex, Springer Link) CSV export into one Extracted each. */
async function readBibliographicCsv(file: RawFile): Promise<Extracted[]> {
  const decoded = decodeExport(file);
  const rows = readCsvRows(decoded.text);
  const header = rows[0];
  if (!header || isBadRow(header)) {
    throw new DocumentError('csv-no-header', `${file.path} has no readable CSV header line`, {
      note: 'Export the records again from Scopus as CSV, with the first line naming the columns.',
      line: header?.line ?? 1,
    });
  }
  const names = header.cells.map((c) => c.trim());
  const profile = csvProfileOf(new Set(names));
  if (!profile) {
    const shown = names.slice(0, 8).join(', ');
    throw new DocumentError(
      'csv-unknown-layout',
      `${file.path} is a CSV file but not a bibliographic export that corpus-lens knows (columns: ${shown}${names.length > 8 ? ', …' : ''})`,
      {
        note: `Known layouts: ${CSV_PROFILES.map((p) => p.label).join(', ')}. Export from one of them, or remove the file from the corpus.`,
        line: header.line,
      },
    );
  }
  const index = new Map<string, number>();
  names.forEach((n, i) => {
    if (!index.has(n)) index.set(n, i);
  });
  const titleIndex = index.get(profile.titleColumn) ?? 0;
  const out: Extracted[] = [];
  let record = 0;
  let realigned = 0;
  for (const row of rows.slice(1)) {
    record++;
    const place = { record, line: row.line };
    if (isBadRow(row)) {
      out.push(
        unreadableRecord(record, profile.source, [
          exportMessage(
            'error',
            'csv-malformed-record',
            file.path,
            `Record ${record} (line ${row.line})${row.rest ? ' and the rows after it' : ''} could not be read: ${row.reason}`,
            place,
            row.rest
              ? 'Fix the broken rows (quotes that are not doubled or never closed) or export the records again; the rows from this line on were not read.'
              : 'Open the file in a text editor at that line; the rows after it were read.',
          ),
        ]),
      );
      continue;
    }
    const messages: Message[] = [];
    if (row.cells.length <= titleIndex) {
      out.push(
        unreadableRecord(record, profile.source, [
          exportMessage(
            'error',
            'csv-malformed-record',
            file.path,
            `Record ${record} (line ${row.line}) has only ${row.cells.length} of the ${names.length} columns and no title, so it could not be read`,
            place,
            'The row may be cut short or broken by a line break; check it in the file.',
          ),
        ]),
      );
      continue;
    }
    let cells = row.cells;
    const aligned = profile.source === 'scopus' ? alignFundingTexts(names, cells) : undefined;
    if (aligned) {
      cells = aligned;
      realigned++;
    } else if (cells.length !== names.length) {
      messages.push(
        exportMessage(
          'warning',
          'csv-malformed-record',
          file.path,
          `Record ${record} (line ${row.line}) has ${row.cells.length} columns where the header names ${names.length}; the cells were read by position`,
          place,
          'A missing or extra comma may have shifted the columns; check the record in the file.',
        ),
      );
    }
    const get = (column: string): string => {
      const i = index.get(column);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const rec = profile.read(get, (column) => index.has(column), record, row.line);
    rec.messages.push(...messages);
    out.push(toExtracted(rec, file.path));
  }
  const first = out[0];
  if (first && realigned > 0) {
    first.messages.push(
      exportMessage(
        'info',
        'scopus-funding-columns',
        file.path,
        `${realigned} ${realigned === 1 ? 'record has' : 'records have'} more "Funding Text" cells than the header names (a known quirk of Scopus exports); their cells were realigned`,
        { record: first.record ?? 1 },
      ),
    );
  }
  if (first && profile.source === 'springer') {
    first.messages.push(
      exportMessage(
        'info',
        'springer-authors-joined',
        file.path,
        'Springer Link CSV runs author names together without a separator, so the records have no author list (the names are kept as printed)',
        { record: first.record ?? 1 },
        'For author analyses, export the same search as RIS or BibTeX from Springer Link.',
      ),
    );
  }
  if (first && profile.source === 'scopus' && !index.has('References')) {
    first.messages.push(
      exportMessage(
        'info',
        'scopus-no-cited-references',
        file.path,
        'The export holds no cited references (no References column)',
        { record: first.record ?? 1 },
        'To analyse references, export again from Scopus with "Include references" ticked.',
      ),
    );
  }
  return finishExport(file, decoded, out, [], {
    rule: 'csv-no-records',
    label: profile.label,
    note: 'The file has a header but no rows; export the records again.',
  });
}

/**
 * Scopus writes one "Funding Text n" column per funding text of a record but names in the header
 * only as many as the first records need, so later rows can carry extra cells right after the last
 * named "Funding Text" column. Returns the row without them (the extra texts are appended to the last
 * named funding text) when that makes the row as wide as the header and puts a Scopus id (2-s2.0-...)
 * under EID; undefined otherwise.
 */
function alignFundingTexts(names: readonly string[], cells: readonly string[]): string[] | undefined {
  const extra = cells.length - names.length;
  if (extra <= 0) return undefined;
  let last = -1;
  names.forEach((n, i) => {
    if (/^Funding Text \d+$/.test(n)) last = i;
  });
  if (last < 0) return undefined;
  const aligned = [
    ...cells.slice(0, last),
    cells
      .slice(last, last + extra + 1)
      .filter((c) => c.trim() !== '')
      .join(' '),
    ...cells.slice(last + extra + 1),
  ];
  const eid = names.indexOf('EID');
  if (eid >= 0 && !(aligned[eid] ?? '').startsWith('2-s2.0-')) return undefined;
  return aligned;
}

/** Scopus CSV export (also Lens, IEEE Xplore, OpenAlex and Springer Link CSV): one document per row, References split. */
export const scopusCsvFormat: InputFormat = {
  id: '@scopus/csv',
  label: 'Scopus CSV export (also Lens, IEEE Xplore, OpenAlex, Springer Link CSV)',
  extensions: ['.csv', '.scopus'],
  sniff: sniffBibliographicCsv,
  read: readBibliographicCsv,
};
