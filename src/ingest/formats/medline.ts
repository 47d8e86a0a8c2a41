import type { Extracted } from '../../core/doc.js';
import type { Message } from '../../core/message.js';
import type { InputFormat, RawFile } from '../../core/registry.js';
import { decodeExport, exportMessage, finishExport, PendingMessages } from '../exports/export-file.js';
import { placeOf, toExtracted, type ExportRecord } from '../exports/export-record.js';
import { cleanDoi, kindOfType, languageOf, parseYear } from '../exports/field-values.js';
import { firstLines } from '../exports/head-text.js';
import { joinWrapped } from '../exports/tagged-records.js';
import { shorten } from '../exports/wos-plain.js';

/**
 * A MEDLINE field line: a tag of 2 to 4 capitals or digits, padded with spaces, a dash, then the
 * value (`PMID- 26524502`, `TI  - Title`). Standard lines put the dash in column 5; other padding is
 * read and reported. Anchored, no nested repetition: linear on any line.
 */
const TAG_LINE = /^([A-Z][A-Z0-9]{1,3}) *-(?: (.*))?$/;
const NOT_BLANK = /\S/;

/** True when the line begins with a MEDLINE tag padded to four characters (`PMID`, `TI  `, `FAU `) and a dash follows. */
function isTagHead(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c < 0x41 || c > 0x5a || line.length < 5) return false;
  let padded = false;
  for (let k = 1; k < 4; k++) {
    const d = line.charCodeAt(k);
    if (d === 0x20) padded = true;
    else if (padded || !((d >= 0x41 && d <= 0x5a) || (d >= 0x30 && d <= 0x39))) return false;
  }
  return !padded || line.charCodeAt(1) !== 0x20;
}

/** MEDLINE (PubMed) export: the first non-blank line is `PMID- ` followed by a number. */
export function sniffMedline(head: Uint8Array): boolean {
  const [l0 = ''] = firstLines(head, 1);
  return /^PMID- \d/.test(l0);
}

/** The tags medlineToRecord reads; other fields (affiliations, dates of the record's history …) are skipped while parsing. */
const USED_TAGS = new Set([
  'PMID', 'TI', 'BTI', 'TT', 'AB', 'FAU', 'AU', 'CN', 'DP', 'DEP', 'LID', 'AID', 'JT', 'TA', 'OT', 'MH', 'PT', 'LA',
  'PMC', 'VI', 'IP', 'PG', 'IS', 'ISBN', 'PB', 'RF', 'CON', 'CIN', 'SO',
]);

/** One record as read: the fields medlineToRecord uses (USED_TAGS), in file order, continuation lines joined. */
export interface MedlineRecord {
  number: number;
  line: number;
  /** `more`: continuation lines while the record is read; joined into `value` when it is complete. */
  fields: { tag: string; value: string; more: string[] | undefined }[];
  /** Non-empty values of each tag, in file order (filled when the record is complete). */
  byTag: Map<string, string[]>;
  messages: Message[];
}

/** Records of a MEDLINE file, and messages that belong to no record. */
export interface MedlineResult {
  records: MedlineRecord[];
  leftover: Message[];
}

/**
 * Parses the lines of a MEDLINE file: records begin with `PMID- ` and are separated by blank lines;
 * lines indented with spaces continue the value above. A record that does not begin with PMID is read
 * from its first field and reported; an unindented line that is not a field line is skipped and
 * reported (record and line).
 */
export function parseMedline(lines: readonly string[], path: string): MedlineResult {
  const records: MedlineRecord[] = [];
  const pending = new PendingMessages();
  let open: MedlineRecord | undefined;
  /** The field being read and the continuation lines met so far (joined once the record is complete). */
  let last: { tag: string; value: string; more: string[] | undefined } | undefined;
  /** True while the lines belong to a field that is not kept (its continuation lines are passed over). */
  let skipping = false;

  const start = (lineNo: number): MedlineRecord => {
    const rec: MedlineRecord = { number: records.length + 1, line: lineNo, fields: [], byTag: new Map(), messages: [] };
    records.push(rec);
    pending.flushInto(rec.messages);
    return rec;
  };
  const report = (rule: string, reason: string, lineNo: number, note?: string): void => {
    const msg = exportMessage('warning', rule, path, reason, open ? { record: open.number, line: lineNo } : { line: lineNo }, note);
    if (open) open.messages.push(msg);
    else pending.add(msg);
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const lineNo = i + 1;
    const c0 = raw.charCodeAt(0);
    if (c0 === 0x20 || c0 === 0x09) {
      if (skipping && NOT_BLANK.test(raw)) continue;
      const part = raw.trim();
      if (part === '') {
        open = undefined;
        last = undefined;
        skipping = false;
      } else if (open && last) (last.more ??= []).push(part);
      else report('medline-malformed-line', `Line ${lineNo} is indented like a continuation line but continues no field; it was skipped: "${shorten(raw)}"`, lineNo);
      continue;
    }
    const line = raw.trimEnd();
    skipping = false;
    if (line === '') {
      open = undefined;
      last = undefined;
      continue;
    }
    // The usual line, `TAG - value` with the tag padded to four characters, is read without a regular expression.
    let tag: string;
    let value: string;
    const standard = line.charCodeAt(4) === 0x2d && (line.length === 5 || line.charCodeAt(5) === 0x20) && isTagHead(line);
    if (standard) {
      tag = line.charCodeAt(3) === 0x20 ? line.slice(0, 4).trimEnd() : line.slice(0, 4);
      value = line.length > 6 && line.charCodeAt(6) === 0x20 ? line.slice(6).trim() : line.slice(6);
    } else {
      const m = TAG_LINE.exec(line);
      if (!m) {
        report(
          'medline-malformed-line',
          `Line ${lineNo} is not a MEDLINE field line ("TAG - value") nor an indented continuation; it was skipped: "${shorten(line)}"`,
          lineNo,
          'A line of the record may have lost its indentation; check the record in the file.',
        );
        continue;
      }
      tag = m[1] as string;
      value = (m[2] ?? '').trim();
    }
    if (tag === 'PMID') open = start(lineNo);
    else if (!open) {
      open = start(lineNo);
      open.messages.push(
        exportMessage(
          'warning',
          'medline-malformed-record',
          path,
          `Record ${open.number} does not begin with a PMID line; it was read from its first field ${tag} (line ${lineNo})`,
          { record: open.number, line: lineNo },
          'A blank line may have split a record in two, or its PMID line is damaged.',
        ),
      );
    }
    if (!standard) {
      report('medline-malformed-line', `Line ${lineNo} does not pad its field tag to four characters; it was read as ${tag} "${shorten(value)}"`, lineNo);
    }
    if (!USED_TAGS.has(tag)) {
      last = undefined;
      skipping = true;
      continue;
    }
    last = { tag, value, more: undefined };
    open.fields.push(last);
  }
  for (const rec of records) {
    for (const f of rec.fields) {
      if (f.more) {
        let v = f.value;
        for (const part of f.more) v = joinWrapped(v, part);
        f.value = v;
        f.more = undefined;
      }
      if (f.value === '') continue;
      const g = rec.byTag.get(f.tag);
      if (g) g.push(f.value);
      else rec.byTag.set(f.tag, [f.value]);
    }
  }
  return { records, leftover: pending.take() };
}

function values(rec: MedlineRecord, tag: string): string[] {
  return rec.byTag.get(tag) ?? [];
}

function first(rec: MedlineRecord, ...tags: string[]): string {
  for (const tag of tags) {
    const v = values(rec, tag)[0];
    if (v !== undefined) return v;
  }
  return '';
}

/** The value of an article identifier marked `[doi]` among LID and AID lines, without the mark. */
function doiOf(rec: MedlineRecord): string | undefined {
  for (const tag of ['LID', 'AID']) {
    for (const v of values(rec, tag)) {
      if (v.endsWith('[doi]')) {
        const doi = cleanDoi(v.slice(0, -'[doi]'.length));
        if (doi) return doi;
      }
    }
  }
  return undefined;
}

/**
 * Authors in the order of the record: full names (FAU) when there are as many as short names (AU),
 * else the short names; a collective author (CN) keeps its place among them.
 */
function authorsOf(rec: MedlineRecord): string[] {
  const full = values(rec, 'FAU');
  const short = values(rec, 'AU');
  const useFull = full.length > 0 && full.length === short.length;
  const personTag = useFull ? 'FAU' : 'AU';
  const out: string[] = [];
  for (const f of rec.fields) {
    if ((f.tag === personTag || f.tag === 'CN') && f.value !== '') out.push(f.value);
  }
  return out;
}

/**
 * The title as cited: without the final period MEDLINE adds to every title, and without the brackets
 * it puts around a title translated into English (`[Title in English].` → `Title in English`).
 */
function citedTitle(title: string): string {
  const t = title.endsWith('.') && !title.endsWith('..') ? title.slice(0, -1) : title;
  return t.startsWith('[') && t.endsWith(']') && t.indexOf(']') === t.length - 1 ? t.slice(1, -1) : t;
}

/**
 * Turns one MEDLINE record into an ExportRecord. Title TI (without its final period and the brackets of a translated title;
 * the vernacular title TT kept as `originalTitle`), BTI for a book; authors FAU/AU with CN; year DP;
 * DOI from LID/AID `[doi]`; container JT (else TA, else BTI for a chapter); keywords OT; abstract AB;
 * kind from PT (Legislation → policy). MEDLINE lists no cited references: `references` stays
 * undefined; RF (the count of references) is kept as `citedReferenceCount`, and comment links
 * (CON, CIN) as `commentOn` / `commentIn`.
 */
export function medlineToRecord(rec: MedlineRecord): ExportRecord {
  const title = first(rec, 'TI');
  const bookTitle = first(rec, 'BTI');
  const types = values(rec, 'PT');
  const language = first(rec, 'LA');
  const out: ExportRecord = {
    record: rec.number,
    line: rec.line,
    title: title ? citedTitle(title) : citedTitle(bookTitle),
    abstract: first(rec, 'AB'),
    authors: authorsOf(rec),
    year: parseYear(first(rec, 'DP', 'DEP')),
    doi: doiOf(rec),
    container: first(rec, 'JT', 'TA') || (title ? citedTitle(bookTitle) : ''),
    keywords: values(rec, 'OT'),
    kind: types.some((t) => kindOfType(t) === 'policy') ? 'policy' : 'paper',
    language: languageOf(language),
    extra: {
      source: 'medline',
      pmid: first(rec, 'PMID'),
      pmcid: first(rec, 'PMC'),
      type: types.join('; '),
      language,
      volume: first(rec, 'VI'),
      issue: first(rec, 'IP'),
      pages: first(rec, 'PG'),
      issn: first(rec, 'IS'),
      isbn: first(rec, 'ISBN'),
      publisher: first(rec, 'PB'),
      journalAbbreviation: first(rec, 'TA'),
      originalTitle: first(rec, 'TT'),
      mesh: values(rec, 'MH').join('; '),
      citedReferenceCount: first(rec, 'RF'),
      commentOn: values(rec, 'CON').join('; '),
      commentIn: values(rec, 'CIN').join('; '),
      citation: first(rec, 'SO'),
    },
    messages: rec.messages,
  };
  return out;
}

/**
 * File-level checks after parsing: a last record without the SO line that PubMed writes at the end
 * of every record, when others have it, means the file was cut short (error on that record); RF
 * counts without listed references get one info message (MEDLINE never lists them).
 */
function checkFile(records: readonly MedlineRecord[], path: string): void {
  const lastRec = records[records.length - 1];
  if (lastRec && records.length > 1 && first(lastRec, 'SO') === '' && records.some((r) => first(r, 'SO') !== '')) {
    lastRec.messages.push(
      exportMessage(
        'error',
        'medline-truncated-file',
        path,
        `The file ends inside record ${lastRec.number} (it lacks the SO line that ends every other record): the file may have been cut short, and record ${lastRec.number} may be incomplete`,
        placeOf(lastRec.number, lastRec.line),
        'Export the records again, or check the record count against the number PubMed showed.',
      ),
    );
  }
  const counted = records.find((r) => Number(first(r, 'RF')) > 0);
  if (counted) {
    counted.messages.push(
      exportMessage(
        'info',
        'medline-no-cited-references',
        path,
        'MEDLINE records give the number of their cited references (RF) but never the references themselves: these records cite nothing in the analysis',
        placeOf(counted.number, counted.line),
        'To analyse their references, export the same records from Web of Science or Scopus with cited references.',
      ),
    );
  }
}

/** Reads every record of a MEDLINE export into one Extracted each. */
async function readMedline(file: RawFile): Promise<Extracted[]> {
  const decoded = decodeExport(file);
  const { records, leftover } = parseMedline(decoded.lines, file.path);
  checkFile(records, file.path);
  return finishExport(
    file,
    decoded,
    records.map((r) => toExtracted(medlineToRecord(r), file.path)),
    leftover,
    {
      rule: 'medline-no-records',
      label: 'MEDLINE',
      note: 'Check that the file is a PubMed export in MEDLINE format (lines such as "PMID- 12345678").',
    },
  );
}

/** MEDLINE / PubMed export (.nbib, .medline, sniffed in .txt): one document per record; no cited references. */
export const medlineFormat: InputFormat = {
  id: '@medline/text',
  label: 'MEDLINE / PubMed export (PMID-/TI  - tagged)',
  extensions: ['.nbib', '.medline'],
  sniff: sniffMedline,
  read: readMedline,
};
