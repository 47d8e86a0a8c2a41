import type { Message } from '../../core/message.js';
import { exportMessage, PendingMessages } from './export-file.js';
import type { ExportRecord } from './export-record.js';
import { WOS_TAGS, wosToRecord, type WosFields } from './wos-record.js';

/** Records read from a Web of Science plain-text export, and messages that belong to no record. */
export interface WosPlainResult {
  records: ExportRecord[];
  leftover: Message[];
}

interface OpenRecord {
  number: number;
  line: number;
  fields: WosFields;
  /** Values of the field being read (continuation lines are added to it). */
  current: string[] | undefined;
  messages: Message[];
}

/** True for a two-character field tag: an upper-case letter, then an upper-case letter or a digit. */
function isTagShape(a: number, b: number): boolean {
  return a >= 0x41 && a <= 0x5a && ((b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39));
}

/**
 * Parses the lines of a Web of Science plain-text export (FN/VR header, records from PT to ER,
 * continuation lines indented, EF at the end; several exports pasted together are fine) in one pass.
 * Damage is reported and read around: a record without ER ends where the next begins, a record
 * without PT begins at its first field, a tag written without its space is recovered, stray lines
 * are skipped, and a file without EF is reported as possibly cut short. No record is dropped.
 */
export function parseWosPlain(lines: readonly string[], path: string): WosPlainResult {
  const records: ExportRecord[] = [];
  const pending = new PendingMessages();
  let open: OpenRecord | undefined;
  let count = 0;
  let sawEnd = true; // no EF needed before the first record
  let lastContentLine = 0;
  let sawHeader = false;

  const start = (lineNo: number): OpenRecord => {
    count++;
    sawEnd = false;
    const rec: OpenRecord = { number: count, line: lineNo, fields: new Map(), current: undefined, messages: [] };
    pending.flushInto(rec.messages);
    return rec;
  };
  const finish = (rec: OpenRecord): void => {
    records.push(wosToRecord(rec.fields, rec.number, rec.line, path, rec.messages));
  };
  const warnOpen = (rec: OpenRecord, lineNo: number, what: string): void => {
    rec.messages.push(
      exportMessage(
        'warning',
        'wos-malformed-record',
        path,
        `Record ${rec.number} has no ER line; it was taken to end where ${what} (line ${lineNo})`,
        { record: rec.number, line: rec.line },
        'Check that the record is complete in the export.',
      ),
    );
  };
  const addField = (rec: OpenRecord, tag: string, value: string): void => {
    let values = rec.fields.get(tag);
    if (!values) {
      values = [];
      rec.fields.set(tag, values);
    }
    if (value !== '') values.push(value);
    rec.current = values;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const lineNo = i + 1;
    const first = line.charCodeAt(0);
    if (line.trim() === '') continue;
    lastContentLine = lineNo;

    // Continuation line: indented (three spaces in real exports).
    if (first === 0x20 || first === 0x09) {
      if (open?.current) {
        const value = line.trim();
        if (value !== '') open.current.push(value);
      } else {
        const m = exportMessage(
          'warning',
          'wos-malformed-line',
          path,
          `Line ${lineNo} is indented like a continuation line but follows no field; it was skipped`,
          open ? { record: open.number, line: lineNo } : { line: lineNo },
        );
        if (open) open.messages.push(m);
        else pending.add(m);
      }
      continue;
    }

    let tag: string | undefined;
    let value = '';
    if (line.length >= 2 && isTagShape(first, line.charCodeAt(1))) {
      const third = line.charCodeAt(2);
      if (line.length === 2 || third === 0x20 || third === 0x09) {
        tag = line.slice(0, 2);
        value = line.slice(3).trim();
      } else if (WOS_TAGS.has(line.slice(0, 2)) && open) {
        tag = line.slice(0, 2);
        value = line.slice(2).trim();
        open.messages.push(
          exportMessage(
            'warning',
            'wos-malformed-line',
            path,
            `Line ${lineNo} lacks the space after its field tag; it was read as ${tag} "${shorten(value)}"`,
            { record: open.number, line: lineNo },
          ),
        );
      }
    }
    if (tag === undefined) {
      const where = open ? { record: open.number, line: lineNo } : { line: lineNo };
      if (open?.current) {
        open.current.push(line.trim());
        open.messages.push(
          exportMessage(
            'warning',
            'wos-malformed-line',
            path,
            `Line ${lineNo} has no field tag and is not indented; it was read as a continuation of the field above`,
            where,
          ),
        );
      } else {
        const m = exportMessage('warning', 'wos-malformed-line', path, `Line ${lineNo} is not a Web of Science field line; it was skipped: "${shorten(line)}"`, where);
        if (open) open.messages.push(m);
        else pending.add(m);
      }
      continue;
    }

    switch (tag) {
      case 'FN':
      case 'VR':
        sawHeader = true;
        if (open) {
          warnOpen(open, lineNo, 'a new export header begins');
          finish(open);
          open = undefined;
        }
        break;
      case 'EF':
        if (open) {
          warnOpen(open, lineNo, 'the file end mark EF stands');
          finish(open);
          open = undefined;
        }
        sawEnd = true;
        break;
      case 'ER':
        if (open) {
          finish(open);
          open = undefined;
        } else {
          pending.add(exportMessage('warning', 'wos-malformed-line', path, `Line ${lineNo} ends a record (ER) but no record is open; it was skipped`, { line: lineNo }));
        }
        break;
      case 'PT':
        if (open) {
          warnOpen(open, lineNo, 'the next record begins');
          finish(open);
        }
        open = start(lineNo);
        addField(open, tag, value);
        break;
      default:
        if (!open) {
          open = start(lineNo);
          open.messages.push(
            exportMessage(
              'warning',
              'wos-malformed-record',
              path,
              `Record ${open.number} does not begin with a PT line; it was read from its first field ${tag} (line ${lineNo})`,
              { record: open.number, line: lineNo },
              'The line before it may be damaged; check the record in the export.',
            ),
          );
        }
        addField(open, tag, value);
    }
  }

  if (open) {
    open.messages.push(
      exportMessage(
        'error',
        'wos-truncated-file',
        path,
        `The file ends inside record ${open.number} (no ER and EF lines after line ${lastContentLine}): it may have been cut short, and record ${open.number} may be incomplete`,
        { record: open.number, line: open.line },
        'Export the records again from Web of Science, or check the record count against the number the database showed.',
      ),
    );
    finish(open);
    open = undefined;
  } else if (!sawEnd && records.length > 0) {
    const last = records[records.length - 1] as ExportRecord;
    last.messages.push(
      exportMessage(
        // A file without the FN header was put together by hand: its missing EF proves nothing.
        sawHeader ? 'error' : 'warning',
        'wos-truncated-file',
        path,
        `The file ends without the EF line that closes every Web of Science export: it may have been cut short after record ${last.record}, so later records may be missing`,
        { record: last.record, line: lastContentLine },
        'Export the records again from Web of Science, or check the record count against the number the database showed.',
      ),
    );
  }
  return { records, leftover: pending.take() };
}

/** The first 60 characters of a text, with an ellipsis when cut. */
export function shorten(text: string): string {
  const t = text.trim();
  return t.length > 60 ? `${t.slice(0, 60)}…` : t;
}
