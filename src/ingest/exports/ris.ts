import type { Message } from '../../core/message.js';
import { exportMessage, PendingMessages } from './export-file.js';
import { emptyRecord, type ExportRecord } from './export-record.js';
import { cleanDoi, kindOfType, languageOf, pageRange, parseYear, splitKeywords } from './field-values.js';
import { splitScopusReferences } from './scopus-references.js';
import { shorten } from './wos-plain.js';

/** Records read from a RIS file, and messages that belong to no record. */
export interface RisResult {
  records: ExportRecord[];
  leftover: Message[];
}

/** RIS fields of one record: tag → values in file order. */
export type RisFields = Map<string, string[]>;

/** `TY  - JOUR`: a tag, one or two spaces, a dash, then the value (tolerating one space, as some tools write). */
const TAG_LINE = /^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$/;

interface OpenRecord {
  number: number;
  line: number;
  fields: RisFields;
  /** The values list and index of the value being read, for continuation lines. */
  last: { values: string[]; index: number } | undefined;
  messages: Message[];
}

/**
 * Parses the lines of a RIS file (records from `TY  -` to `ER  -`). Lines without a tag continue the
 * value above (wrapped abstracts). A record without ER ends where the next TY begins; tags before any
 * TY begin a record; both are reported, and the record is kept.
 */
export function parseRis(lines: readonly string[], path: string): RisResult {
  const records: ExportRecord[] = [];
  const pending = new PendingMessages();
  let open: OpenRecord | undefined;
  let count = 0;

  const start = (lineNo: number): OpenRecord => {
    count++;
    const rec: OpenRecord = { number: count, line: lineNo, fields: new Map(), last: undefined, messages: [] };
    pending.flushInto(rec.messages);
    return rec;
  };
  const finish = (rec: OpenRecord): void => {
    records.push(risToRecord(rec.fields, rec.number, rec.line, rec.messages));
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const lineNo = i + 1;
    if (line.trim() === '') continue;
    const m = TAG_LINE.exec(line.trimEnd());
    if (!m) {
      if (open?.last) {
        // Appended without trimming the whole value again, which would copy it for every line (quadratic).
        const { values, index } = open.last;
        const part = line.trim();
        const before = values[index] ?? '';
        values[index] = before === '' ? part : `${before} ${part}`;
      } else {
        const msg = exportMessage(
          'warning',
          'ris-malformed-line',
          path,
          `Line ${lineNo} is not a RIS field line ("XX  - value"); it was skipped: "${shorten(line)}"`,
          open ? { record: open.number, line: lineNo } : { line: lineNo },
        );
        if (open) open.messages.push(msg);
        else pending.add(msg);
      }
      continue;
    }
    const tag = m[1] as string;
    const value = (m[2] ?? '').trim();
    if (tag === 'TY') {
      if (open) {
        open.messages.push(
          exportMessage(
            'warning',
            'ris-malformed-record',
            path,
            `Record ${open.number} has no ER line; it was taken to end where the next record begins (line ${lineNo})`,
            { record: open.number, line: open.line },
            'Check that the record is complete in the file.',
          ),
        );
        finish(open);
      }
      open = start(lineNo);
    } else if (tag === 'ER') {
      if (open) {
        finish(open);
        open = undefined;
      } else {
        pending.add(exportMessage('warning', 'ris-malformed-line', path, `Line ${lineNo} ends a record (ER) but no record is open; it was skipped`, { line: lineNo }));
      }
      continue;
    } else if (!open) {
      open = start(lineNo);
      open.messages.push(
        exportMessage(
          'warning',
          'ris-malformed-record',
          path,
          `Record ${open.number} does not begin with a TY line; it was read from its first field ${tag} (line ${lineNo})`,
          { record: open.number, line: lineNo },
          'The TY line may be damaged; the record type is unknown.',
        ),
      );
    }
    let values = open.fields.get(tag);
    if (!values) {
      values = [];
      open.fields.set(tag, values);
    }
    values.push(value);
    open.last = { values, index: values.length - 1 };
  }
  if (open) {
    open.messages.push(
      exportMessage(
        'error',
        'ris-truncated-file',
        path,
        `The file ends inside record ${open.number} (no ER line): it may have been cut short, and record ${open.number} may be incomplete`,
        { record: open.number, line: open.line },
        'Export the records again, or check the record count against the number the database showed.',
      ),
    );
    finish(open);
  }
  return { records, leftover: pending.take() };
}

function first(fields: RisFields, ...tags: string[]): string {
  for (const tag of tags) {
    const v = fields.get(tag)?.find((s) => s.trim() !== '');
    if (v !== undefined) return v.trim();
  }
  return '';
}

function all(fields: RisFields, ...tags: string[]): string[] {
  return tags.flatMap((t) => fields.get(t) ?? []).filter((s) => s.trim() !== '');
}

/**
 * Turns the fields of one RIS record into an ExportRecord. Title TI/T1/CT (BT for a book without
 * one), authors AU then A1, year PY/Y1/DA, container JF/T2/JO/JA/J2/BT, keywords KW (each line, also
 * split on ';'), abstract AB/N2, DOI DO (else a doi.org URL). References: each CR line is one
 * reference; a note `N1  - References: a; b` (Scopus RIS) is split like the Scopus column.
 */
export function risToRecord(fields: RisFields, record: number, line: number, messages: Message[]): ExportRecord {
  const rec = emptyRecord(record, line, 'ris');
  rec.messages = messages;
  const type = first(fields, 'TY');
  const title = first(fields, 'TI', 'T1', 'CT');
  const bookTitle = first(fields, 'BT');
  rec.title = title || (type === 'BOOK' || type === 'EBOOK' ? bookTitle : '');
  rec.authors = all(fields, 'AU', 'A1');
  rec.year = parseYear(first(fields, 'PY', 'Y1', 'DA', 'Y2'));
  rec.container = first(fields, 'JF', 'T2', 'JO', 'JA', 'J2') || (title ? bookTitle : '');
  rec.keywords = all(fields, 'KW').flatMap((k) => splitKeywords(k));
  rec.abstract = first(fields, 'AB', 'N2');
  rec.doi = cleanDoi(first(fields, 'DO', 'DI')) ?? all(fields, 'UR', 'L2').map((u) => (u.includes('doi.org/') ? cleanDoi(u) : undefined)).find((d) => d);
  rec.kind = kindOfType(type);
  const language = first(fields, 'LA');
  rec.language = languageOf(language);
  Object.assign(rec.extra, {
    type,
    accession: first(fields, 'AN'),
    database: first(fields, 'DB', 'DP'),
    language,
    volume: first(fields, 'VL'),
    issue: first(fields, 'IS'),
    pages: pageRange(first(fields, 'SP'), first(fields, 'EP')),
    issn: first(fields, 'SN'),
    publisher: first(fields, 'PB'),
    url: first(fields, 'UR'),
  });
  const cr = all(fields, 'CR');
  const notes = all(fields, 'N1').filter((n) => /^References:\s/.test(n));
  if (cr.length > 0 || notes.length > 0) {
    rec.references = [...cr.map((c) => c.trim()), ...notes.flatMap((n) => splitScopusReferences(n.replace(/^References:\s*/, '')))];
  }
  return rec;
}
