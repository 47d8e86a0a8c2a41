import type { Message } from '../../core/message.js';
import { exportMessage } from './export-file.js';
import { emptyRecord, placeOf, squash, type ExportRecord } from './export-record.js';
import { cleanDoi, languageOf, pageRange, parseYear, splitKeywords } from './field-values.js';

/**
 * The fields of one Web of Science record: tag → values. List fields (AU, AF, BA, BF, CA, GP, CR)
 * hold one item per value; for the other fields the values are the lines of one text, joined with
 * a space.
 */
export type WosFields = Map<string, string[]>;

/** Fields whose values are separate items (one author or one cited reference each). */
export const WOS_LIST_FIELDS: ReadonlySet<string> = new Set(['AU', 'AF', 'BA', 'BF', 'CA', 'GP', 'CR', 'BE']);

/**
 * Every field tag of the Web of Science export formats (plain text and tab-delimited), from the
 * Clarivate field list. Used to recover a tag written without its space ('AUGilles, H').
 */
export const WOS_TAGS: ReadonlySet<string> = new Set(
  (
    'FN VR PT AU AF BA BF CA GP BE TI SO SE BS LA DT CT CY CL SP HO DE ID AB C1 C3 RP EM RI OI FU FP FX CR NR TC ' +
    'Z9 U1 U2 PU PI PA SN EI BN J9 JI PD PY VL IS PN SU SI MA BP EP AR DI DL D2 EA PG WC WE SC GA UT PM OA HC ' +
    'HP DA ER EF'
  ).split(' '),
);

/** The joined text of a field ('' when absent). */
export function wosText(fields: WosFields, tag: string): string {
  const v = fields.get(tag);
  return v ? squash(v.join(' ')) : '';
}

/** The items of a list field, trimmed, empty ones dropped. */
export function wosItems(fields: WosFields, tag: string): string[] {
  const v = fields.get(tag);
  return v ? v.map((s) => s.trim()).filter((s) => s !== '') : [];
}

/**
 * Turns the fields of one Web of Science record into an ExportRecord: authors from AF (full names)
 * when it lists as many names as AU, else AU (then book authors, then group authors); year from PY,
 * else the early-access date EA; keywords from DE (Keywords Plus, ID, go to extra.keywordsPlus);
 * references from CR, or [] when NR says 0 and CR is absent. Warns when NR and the CR count differ.
 */
export function wosToRecord(fields: WosFields, record: number, line: number, path: string, messages: Message[]): ExportRecord {
  const rec = emptyRecord(record, line, 'wos');
  rec.messages = messages;
  rec.title = wosText(fields, 'TI');
  rec.abstract = wosText(fields, 'AB');
  const au = wosItems(fields, 'AU');
  const af = wosItems(fields, 'AF');
  if (af.length > 0 && (au.length === 0 || af.length === au.length)) rec.authors = af;
  else if (au.length > 0) rec.authors = au;
  else {
    const bf = wosItems(fields, 'BF');
    rec.authors = bf.length > 0 ? bf : wosItems(fields, 'BA');
    if (rec.authors.length === 0) rec.authors = [...wosItems(fields, 'CA'), ...wosItems(fields, 'GP')];
  }
  rec.year = parseYear(wosText(fields, 'PY')) ?? parseYear(wosText(fields, 'EA'));
  rec.doi = cleanDoi(wosText(fields, 'DI')) ?? cleanDoi(wosText(fields, 'D2'));
  rec.container = wosText(fields, 'SO') || wosText(fields, 'SE');
  rec.keywords = splitKeywords(wosText(fields, 'DE'));
  const language = wosText(fields, 'LA');
  rec.language = languageOf(language);
  const nr = wosText(fields, 'NR');
  Object.assign(rec.extra, {
    ut: wosText(fields, 'UT'),
    documentType: wosText(fields, 'DT'),
    publicationType: wosText(fields, 'PT'),
    language,
    timesCited: wosText(fields, 'TC'),
    citedReferenceCount: nr,
    volume: wosText(fields, 'VL'),
    issue: wosText(fields, 'IS'),
    pages: pageRange(wosText(fields, 'BP'), wosText(fields, 'EP')) || wosText(fields, 'AR'),
    issn: wosText(fields, 'SN') || wosText(fields, 'EI'),
    publisher: wosText(fields, 'PU'),
    journalAbbreviation: wosText(fields, 'JI') || wosText(fields, 'J9'),
    keywordsPlus: splitKeywords(wosText(fields, 'ID')).join('; '),
    pmid: wosText(fields, 'PM'),
  });
  const nrCount = /^\d+$/.test(nr) ? Number(nr) : undefined;
  if (fields.has('CR')) {
    rec.references = wosItems(fields, 'CR');
    if (nrCount !== undefined && nrCount !== rec.references.length) {
      messages.push(
        exportMessage(
          'warning',
          'wos-reference-count',
          path,
          `Record ${record} says it cites ${nrCount} references (NR) but lists ${rec.references.length} (CR)`,
          placeOf(record, line),
          'Some cited references may be missing or misplaced in the export; the listed ones are used.',
        ),
      );
    }
  } else if (nrCount === 0) {
    rec.references = [];
  }
  return rec;
}

/**
 * Adds an info message to the first record when no record of the file lists cited references (no CR
 * field) although some say they cite some (NR > 0): the export was made without cited references.
 */
export function noteMissingReferences(records: readonly ExportRecord[], path: string): void {
  const first = records[0];
  if (!first) return;
  if (records.some((r) => r.references !== undefined && r.references.length > 0)) return;
  if (!records.some((r) => Number(r.extra.citedReferenceCount ?? '0') > 0)) return;
  first.messages.push(
    exportMessage(
      'info',
      'wos-no-cited-references',
      path,
      'The export holds no cited references (CR field): its records say they cite some, but none are listed',
      placeOf(first.record, first.line),
      'To analyse references, export again from Web of Science choosing "Full Record and Cited References".',
    ),
  );
}
