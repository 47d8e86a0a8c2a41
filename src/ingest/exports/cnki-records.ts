import { emptyRecord, type ExportRecord } from './export-record.js';
import { cleanDoi, kindOfType, languageOf, pageRange, parseYear, splitKeywords, splitNameList } from './field-values.js';
import { allValues, firstValue, type TagLine, type TaggedRecord, type TaggedSpec } from './tagged-records.js';

/** EndNote tagged text: `%X value` lines; a record begins with `%0 Type`. */
export const ENDNOTE_SPEC: TaggedSpec = {
  rule: 'endnote',
  label: 'EndNote',
  startTag: '%0',
  tagOf(line: string): TagLine | undefined {
    if (line.charCodeAt(0) !== 0x25 || line.length < 2) return undefined;
    const tagChar = line.charCodeAt(1);
    if (tagChar === 0x20 || tagChar === 0x25) return undefined;
    const tag = line.slice(0, 2);
    if (line.length === 2) return { tag, value: '' };
    if (line.charCodeAt(2) === 0x20) return { tag, value: line.slice(3) };
    return { tag, value: line.slice(2), malformed: true };
  },
};

/** RefWorks tags, to recover a tag written without its space. */
const REFWORKS_TAGS = new Set(
  'RT SR ID A1 A2 A3 A4 A5 T1 T2 T3 JF JO YR FD VO IS SP OP K1 AB NO PB PP ED AD AN SN LA CN DS DO LK UL OL CL SF WP WT WV RD ST OT U1 U2 U3 U4 U5 AU'.split(' '),
);

/** RefWorks tagged text: `XX value` lines (two-character tags); a record begins with `RT Type`. */
export const REFWORKS_SPEC: TaggedSpec = {
  rule: 'refworks',
  label: 'RefWorks',
  startTag: 'RT',
  tagOf(line: string): TagLine | undefined {
    const a = line.charCodeAt(0);
    const b = line.charCodeAt(1);
    const isTag = a >= 0x41 && a <= 0x5a && ((b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39));
    if (!isTag) return undefined;
    const tag = line.slice(0, 2);
    if (line.length === 2) return { tag, value: '' };
    if (line.charCodeAt(2) === 0x20) return { tag, value: line.slice(3) };
    // 'A1张三': a known tag glued to its value (never glued to a Latin letter, which would be a word).
    const c = line.charCodeAt(2);
    if (REFWORKS_TAGS.has(tag) && c > 0x7f) return { tag, value: line.slice(2), malformed: true };
    return undefined;
  },
};

/** 'cnki' when the record names CNKI as its database or links to cnki.net, else the tool's name. */
function sourceOf(database: string, url: string, fallback: 'endnote' | 'refworks'): 'cnki' | 'endnote' | 'refworks' {
  return /cnki/i.test(database) || /cnki\.(net|com)/i.test(url) ? 'cnki' : fallback;
}

/**
 * An EndNote record: %0 type, %A authors (one per line; ';' lists split), %T title, %J journal (%B
 * secondary title), %D year, %K keywords (';' or '；'), %X abstract, %R DOI, %V %N %P, %@ ISSN,
 * %I publisher, %G language, %W database (CNKI).
 */
export function endnoteToRecord(t: TaggedRecord): ExportRecord {
  const f = t.fields;
  const database = firstValue(f, '%W');
  const url = firstValue(f, '%U');
  const rec = emptyRecord(t.number, t.line, sourceOf(database, url, 'endnote'));
  rec.messages = t.messages;
  const type = firstValue(f, '%0');
  rec.title = firstValue(f, '%T');
  rec.abstract = firstValue(f, '%X');
  rec.authors = allValues(f, '%A').flatMap(splitNameList);
  rec.year = parseYear(firstValue(f, '%D', '%8'));
  rec.container = firstValue(f, '%J', '%B');
  rec.keywords = allValues(f, '%K').flatMap((k) => splitKeywords(k));
  rec.doi = cleanDoi(firstValue(f, '%R'));
  rec.kind = kindOfType(type);
  const language = firstValue(f, '%G');
  rec.language = languageOf(language);
  Object.assign(rec.extra, {
    type,
    typeOfWork: firstValue(f, '%9'),
    database,
    accession: firstValue(f, '%M'),
    language,
    volume: firstValue(f, '%V'),
    issue: firstValue(f, '%N'),
    pages: firstValue(f, '%P'),
    issn: firstValue(f, '%@'),
    publisher: firstValue(f, '%I'),
    url,
  });
  return rec;
}

/**
 * A RefWorks record: RT type, A1 authors (one per line; ';' lists split), T1 title, JF/JO/T2
 * journal, YR (else FD) year, K1 keywords, AB abstract, DO DOI, VO IS SP OP, SN, PB, LA, DS database.
 */
export function refworksToRecord(t: TaggedRecord): ExportRecord {
  const f = t.fields;
  const database = firstValue(f, 'DS');
  const url = firstValue(f, 'LK', 'UL');
  const rec = emptyRecord(t.number, t.line, sourceOf(database, url, 'refworks'));
  rec.messages = t.messages;
  const type = firstValue(f, 'RT');
  rec.title = firstValue(f, 'T1');
  rec.abstract = firstValue(f, 'AB');
  rec.authors = allValues(f, 'A1', 'AU').flatMap(splitNameList);
  rec.year = parseYear(firstValue(f, 'YR', 'FD'));
  rec.container = firstValue(f, 'JF', 'JO', 'T2');
  rec.keywords = allValues(f, 'K1').flatMap((k) => splitKeywords(k));
  rec.doi = cleanDoi(firstValue(f, 'DO'));
  rec.kind = kindOfType(type);
  const language = firstValue(f, 'LA');
  rec.language = languageOf(language);
  Object.assign(rec.extra, {
    type,
    database,
    language,
    volume: firstValue(f, 'VO'),
    issue: firstValue(f, 'IS'),
    pages: pageRange(firstValue(f, 'SP'), firstValue(f, 'OP')),
    issn: firstValue(f, 'SN'),
    publisher: firstValue(f, 'PB'),
    callNumber: firstValue(f, 'CN'),
    url,
  });
  return rec;
}
