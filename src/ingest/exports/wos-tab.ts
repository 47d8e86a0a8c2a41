import type { Message } from '../../core/message.js';
import { exportMessage } from './export-file.js';
import type { ExportRecord } from './export-record.js';
import { WOS_LIST_FIELDS, wosToRecord, type WosFields } from './wos-record.js';

/** Records read from a Web of Science tab-delimited export, and messages that belong to no record. */
export interface WosTabResult {
  records: ExportRecord[];
  leftover: Message[];
}

/** The number of tabs in a line. */
function tabCount(line: string): number {
  let n = 0;
  for (let at = line.indexOf('\t'); at >= 0; at = line.indexOf('\t', at + 1)) n++;
  return n;
}

/** A line that begins a record: a one-letter publication type (J, B, S, P) and a tab. */
function startsRecord(line: string): boolean {
  const c = line.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a && line.charCodeAt(1) === 0x09;
}

/**
 * Parses the lines of a Web of Science tab-delimited export: a header of field tags (`PT\tAU\t...`),
 * then one record per line; list fields (AU, AF, CR, ...) separate their items with '; '. A record
 * broken over several lines (a line break pasted into a field) is joined back when the pieces add up
 * to the header's width; other rows of the wrong width are read by position and reported.
 * `headerIndex` is the index of the header line in `lines`.
 */
export function parseWosTab(lines: readonly string[], path: string, headerIndex = 0): WosTabResult {
  const records: ExportRecord[] = [];
  const leftover: Message[] = [];
  const header = (lines[headerIndex] ?? '').split('\t').map((h) => h.trim());
  while (header.length > 0 && header[header.length - 1] === '') header.pop();
  const width = header.length;
  let count = 0;
  // For the look-ahead over a record broken by line breaks: each joined line adds its tabs to the
  // fields, so with prefix sums of the tabs (tabsBefore) and the next line that begins a record
  // (nextStart), where a broken record would end is found by binary search. Joining line after line
  // to find out cost quadratic time on a run of short lines.
  const tabsBefore = new Float64Array(lines.length + 1);
  for (let k = 0; k < lines.length; k++) tabsBefore[k + 1] = (tabsBefore[k] as number) + tabCount(lines[k] as string);
  const nextStart = new Int32Array(lines.length + 1).fill(lines.length);
  for (let k = lines.length - 1; k > headerIndex; k--) nextStart[k] = startsRecord(lines[k] as string) ? k : (nextStart[k + 1] as number);

  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const lineNo = i + 1;
    count++;
    const messages: Message[] = [];
    let cells = line.split('\t');
    let lastLine = lineNo;
    if (cells.length < width) {
      // Look ahead for the rest of a record broken by line breaks inside a field: lines i+1 .. j-1 are
      // joined, j the first line by which `width` fields are gathered, else the next record's start.
      const fieldsUpTo = (end: number): number => 1 + (tabsBefore[end] as number) - (tabsBefore[i] as number);
      const stop = nextStart[i + 1] as number;
      let lo = i + 1;
      let hi = stop;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (fieldsUpTo(mid) >= width) hi = mid;
        else lo = mid + 1;
      }
      const j = lo;
      const fields = fieldsUpTo(j);
      const overflow = fields > width ? (lines[j - 1] as string).split('\t').slice(width - fields) : [];
      if (fields === width || (fields > width && overflow.every((c) => c.trim() === ''))) {
        if (j > i + 1) {
          let joined = cells;
          for (let k = i + 1; k < j; k++) {
            const more = (lines[k] as string).split('\t');
            joined = [...joined.slice(0, -1), `${joined[joined.length - 1] ?? ''} ${more[0] ?? ''}`, ...more.slice(1)];
          }
          cells = joined;
          lastLine = j;
          i = j - 1;
          messages.push(
            exportMessage(
              'warning',
              'wos-malformed-record',
              path,
              `Record ${count} is broken over lines ${lineNo}-${lastLine} (line breaks inside a field); the lines were joined`,
              { record: count, line: lineNo },
              'The file may have been edited in a spreadsheet; export it again from Web of Science if fields look wrong.',
            ),
          );
        }
      } else {
        messages.push(
          exportMessage(
            'warning',
            'wos-malformed-record',
            path,
            `Record ${count} (line ${lineNo}) has ${cells.length} fields where the header names ${width}; the fields present were read by position`,
            { record: count, line: lineNo },
            'The line may be cut short or damaged; check the record in the export.',
          ),
        );
      }
    } else if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
      messages.push(
        exportMessage(
          'warning',
          'wos-malformed-record',
          path,
          `Record ${count} (line ${lineNo}) has ${cells.length} fields where the header names ${width}; the extra fields were ignored`,
          { record: count, line: lineNo },
          'A tab inside a field may have shifted the columns; check the record in the export.',
        ),
      );
    }
    const fields: WosFields = new Map();
    for (let c = 0; c < width && c < cells.length; c++) {
      const tag = header[c] as string;
      const value = (cells[c] as string).trim();
      if (value === '') continue;
      fields.set(tag, WOS_LIST_FIELDS.has(tag) ? value.split('; ') : [value]);
    }
    records.push(wosToRecord(fields, count, lineNo, path, messages));
  }
  return { records, leftover };
}
