import type { BibEntry } from './bibtex-parser.js';
import { emptyRecord, squash, type ExportRecord, type ExportSource } from './export-record.js';
import { cleanDoi, kindOfType, languageOf, parseYear, splitKeywords } from './field-values.js';
import { latexLight, latexToUnicode } from './latex.js';
import { splitScopusReferences } from './scopus-references.js';

/** Prose value: LaTeX to Unicode, braces dropped, white space collapsed. */
function prose(value: string | undefined): string {
  return value === undefined ? '' : squash(latexToUnicode(value));
}

/** Non-prose value (DOI, URL, pages, ids): braces dropped, escapes undone, white space collapsed. */
function plain(value: string | undefined): string {
  return value === undefined ? '' : squash(latexLight(value));
}

/**
 * Splits a BibTeX name list on ' and ' outside braces ('A and B and {Institution and Co}'), dropping
 * 'others'; each name is converted from LaTeX and kept as written ('Family, Given' or 'Given Family').
 */
export function splitBibNames(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === 'a' || c === 'A') && /\s/.test(value[i - 1] ?? '') && /^and\s/i.test(value.slice(i, i + 4))) {
      names.push(value.slice(start, i));
      start = i + 3;
      i += 2;
    }
  }
  names.push(value.slice(start));
  return names.map((nm) => prose(nm)).filter((nm) => nm !== '' && nm.toLowerCase() !== 'others');
}

/** Where a BibTeX entry came from: Web of Science and Scopus write telltale fields. */
function sourceOf(fields: Map<string, string>): ExportSource {
  const id = plain(fields.get('unique-id'));
  if (/^(ISI|WOS):/i.test(id) || fields.has('web-of-science-categories')) return 'wos';
  if (plain(fields.get('source')).toLowerCase() === 'scopus') return 'scopus';
  return 'bibtex';
}

/** 'Cited By 12' (Scopus note) or 'Times-Cited' (Web of Science). */
function timesCited(fields: Map<string, string>): string {
  const tc = plain(fields.get('times-cited'));
  if (tc) return tc;
  const m = /cited by:?\s*(\d+)/i.exec(plain(fields.get('note')));
  return m ? (m[1] as string) : '';
}

/**
 * Turns a BibTeX entry into an ExportRecord. Container: journal, journaltitle, booktitle or series;
 * year: year, else date; keywords: author_keywords (Scopus), else keywords, split on ';' (or ','). References: the
 * `Cited-References` field of a Web of Science BibTeX export, one per line; the `references` field
 * of a Scopus BibTeX export, split like the Scopus column.
 */
export function bibToRecord(entry: BibEntry, record: number): ExportRecord {
  const f = entry.fields;
  const source = sourceOf(f);
  const rec = emptyRecord(record, entry.line, source);
  rec.title = prose(f.get('title'));
  rec.abstract = prose(f.get('abstract'));
  rec.authors = f.has('author') ? splitBibNames(f.get('author') as string) : [];
  // Scopus appends affiliation letters to the initials ('Iorio, C.a'): they are no part of the name.
  if (source === 'scopus') rec.authors = rec.authors.map((a) => a.replace(/\.[a-z]{1,3}$/, '.'));
  rec.year = parseYear(plain(f.get('year'))) ?? parseYear(plain(f.get('date')));
  rec.doi = cleanDoi(plain(f.get('doi'))) ?? (plain(f.get('url')).includes('doi.org/') ? cleanDoi(plain(f.get('url'))) : undefined);
  rec.container = prose(f.get('journal') ?? f.get('journaltitle') ?? f.get('booktitle') ?? f.get('series'));
  // Scopus writes the authors' keywords to author_keywords and mixes index terms into keywords.
  rec.keywords = splitKeywords(prose(f.get('author_keywords') ?? f.get('keywords') ?? f.get('keyword')));
  const language = plain(f.get('language') ?? f.get('langid'));
  rec.language = languageOf(language);
  rec.kind = kindOfType(entry.type);
  Object.assign(rec.extra, {
    key: entry.key,
    entryType: entry.type,
    ut: source === 'wos' ? plain(f.get('unique-id')) : '',
    documentType: plain(f.get('type') ?? f.get('document_type')),
    language,
    timesCited: timesCited(f),
    volume: plain(f.get('volume')),
    issue: plain(f.get('number') ?? f.get('issue')),
    pages: plain(f.get('pages')).replace(/-+/g, '-'),
    publisher: prose(f.get('publisher')),
    issn: plain(f.get('issn')),
    url: plain(f.get('url')),
  });
  const cited = f.get('cited-references');
  const refs = f.get('references');
  if (cited !== undefined) {
    rec.references = cited
      .split('\n')
      .map((line) => plain(line))
      .filter((line) => line !== '');
  } else if (refs !== undefined) {
    rec.references = splitScopusReferences(plain(refs));
  }
  return rec;
}
