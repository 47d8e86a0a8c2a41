import { emptyRecord, type ExportRecord, type ExportSource } from './export-record.js';
import { cleanDoi, languageOf, pageRange, parseYear } from './field-values.js';
import { splitScopusReferences } from './scopus-references.js';

/** Reads a cell of the current row by column name ('' when the column or the cell is missing). */
export type CellGetter = (column: string) => string;

/** A vendor's CSV layout: how to recognise its header and how to read one row. */
export interface CsvProfile {
  source: ExportSource;
  /** Shown in messages: 'Scopus'. */
  label: string;
  /** The column that must hold a value for a row to be a record. */
  titleColumn: string;
  /** True when the header (column names, exact case) is this vendor's. */
  matches(columns: ReadonlySet<string>): boolean;
  /** Fills a record from a row. */
  read(get: CellGetter, has: (column: string) => boolean, record: number, line: number): ExportRecord;
}

/** Splits a list cell on a separator, trimming items and dropping empty ones. */
function items(cell: string, separator: string | RegExp): string[] {
  if (cell.trim() === '') return [];
  return cell
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Scopus placeholders for empty fields. */
function scopusValue(cell: string): string {
  const t = cell.trim();
  return t === '[No abstract available]' || t === '[No author name available]' || t === '[No title available]' ? '' : t;
}

/** 'Liu, Fengyuan (60410297700)' → 'Liu, Fengyuan'. */
function withoutScopusId(name: string): string {
  if (!name.endsWith(')')) return name;
  const open = name.lastIndexOf('(');
  return open >= 0 && /^\d+$/.test(name.slice(open + 1, -1)) ? name.slice(0, open).trimEnd() : name;
}

/** Scopus authors: 'Author full names' without the Scopus ids when present, else 'Authors'. */
function scopusAuthors(get: CellGetter): string[] {
  const full = items(scopusValue(get('Author full names')), '; ').map(withoutScopusId);
  if (full.length > 0) return full;
  const short = scopusValue(get('Authors'));
  // Since 2023 names are separated by '; '; before, by ', ' ('Phillips J.C., Braun R.').
  return short.includes(';') ? items(short, ';') : items(short, ', ');
}

const scopus: CsvProfile = {
  source: 'scopus',
  label: 'Scopus',
  titleColumn: 'Title',
  matches: (c) => c.has('Title') && c.has('Source title') && (c.has('Authors') || c.has('Author full names') || c.has('EID')),
  read(get, has, record, line) {
    const rec = emptyRecord(record, line, 'scopus');
    rec.title = scopusValue(get('Title'));
    rec.abstract = scopusValue(get('Abstract'));
    rec.authors = scopusAuthors(get);
    rec.year = parseYear(get('Year'));
    rec.doi = cleanDoi(get('DOI'));
    rec.container = get('Source title');
    rec.keywords = items(get('Author Keywords'), ';');
    const language = get('Language of Original Document');
    rec.language = languageOf(language);
    Object.assign(rec.extra, {
      eid: get('EID'),
      documentType: get('Document Type'),
      language,
      timesCited: get('Cited by'),
      volume: get('Volume'),
      issue: get('Issue'),
      pages: pageRange(get('Page start'), get('Page end')) || get('Art. No.'),
      issn: get('ISSN'),
      publisher: get('Publisher'),
      indexKeywords: items(get('Index Keywords'), ';').join('; '),
      pmid: get('PubMed ID'),
      publicationStage: get('Publication Stage'),
    });
    if (has('References')) rec.references = splitScopusReferences(get('References'));
    return rec;
  },
};

const lens: CsvProfile = {
  source: 'lens',
  label: 'Lens',
  titleColumn: 'Title',
  matches: (c) => c.has('Lens ID') && c.has('Title'),
  read(get, _has, record, line) {
    const rec = emptyRecord(record, line, 'lens');
    rec.title = get('Title');
    rec.abstract = get('Abstract');
    rec.authors = items(get('Author/s'), ';');
    rec.year = parseYear(get('Publication Year')) ?? parseYear(get('Date Published'));
    rec.doi = cleanDoi(get('DOI'));
    rec.container = get('Source Title');
    rec.keywords = items(get('Keywords'), ';');
    // The References column of Lens lists Lens ids, not reference strings: only their number is kept.
    const ids = items(get('References'), ';');
    Object.assign(rec.extra, {
      lensId: get('Lens ID'),
      documentType: get('Publication Type'),
      timesCited: get('Citing Works Count'),
      volume: get('Volume'),
      issue: get('Issue Number'),
      pages: pageRange(get('Start Page'), get('End Page')),
      issn: get('ISSNs'),
      publisher: get('Publisher'),
      pmid: get('PMID'),
      referenceCount: ids.length > 0 ? String(ids.length) : '',
    });
    return rec;
  },
};

const ieee: CsvProfile = {
  source: 'ieee',
  label: 'IEEE Xplore',
  titleColumn: 'Document Title',
  matches: (c) => c.has('Document Title') && c.has('Publication Title'),
  read(get, _has, record, line) {
    const rec = emptyRecord(record, line, 'ieee');
    rec.title = get('Document Title');
    rec.abstract = get('Abstract');
    rec.authors = items(get('Authors'), ';');
    rec.year = parseYear(get('Publication Year'));
    rec.doi = cleanDoi(get('DOI'));
    rec.container = get('Publication Title');
    rec.keywords = items(get('Author Keywords'), ';');
    Object.assign(rec.extra, {
      documentType: get('Document Identifier'),
      timesCited: get('Article Citation Count'),
      volume: get('Volume'),
      issue: get('Issue'),
      pages: pageRange(get('Start Page'), get('End Page')),
      issn: get('ISSN'),
      publisher: get('Publisher'),
      referenceCount: get('Reference Count'),
    });
    return rec;
  },
};

const openalex: CsvProfile = {
  source: 'openalex',
  label: 'OpenAlex',
  titleColumn: 'display_name',
  matches: (c) => c.has('display_name') && c.has('authorships.author.display_name'),
  read(get, _has, record, line) {
    const rec = emptyRecord(record, line, 'openalex');
    rec.title = get('display_name') || get('title');
    rec.abstract = get('abstract');
    rec.authors = items(get('authorships.author.display_name'), '|');
    rec.year = parseYear(get('publication_year')) ?? parseYear(get('publication_date'));
    rec.doi = cleanDoi(get('doi'));
    rec.container = get('primary_location.source.display_name');
    rec.keywords = items(get('keywords.display_name'), '|');
    const language = get('language');
    rec.language = languageOf(language);
    Object.assign(rec.extra, {
      openalexId: get('id'),
      documentType: get('type'),
      language,
      timesCited: get('cited_by_count'),
      issn: get('primary_location.source.issn_l'),
    });
    return rec;
  },
};

const springer: CsvProfile = {
  source: 'springer',
  label: 'Springer Link',
  titleColumn: 'Item Title',
  matches: (c) => c.has('Item Title') && c.has('Item DOI'),
  read(get, _has, record, line) {
    const rec = emptyRecord(record, line, 'springer');
    rec.title = get('Item Title');
    // Springer runs the names together ('Araz R. AlievNigar T. Ismayilova'); no rule splits them
    // safely (McDonald, DeWitt), so they are kept as printed in extra.authorsAsPrinted only.
    rec.year = parseYear(get('Publication Year'));
    rec.doi = cleanDoi(get('Item DOI'));
    rec.container = get('Publication Title') || get('Book Series Title');
    Object.assign(rec.extra, {
      authorsAsPrinted: get('Authors'),
      documentType: get('Content Type'),
      volume: get('Journal Volume'),
      issue: get('Journal Issue'),
      url: get('URL'),
    });
    return rec;
  },
};

/** The CSV layouts read, in the order they are tried. */
export const CSV_PROFILES: readonly CsvProfile[] = [scopus, lens, ieee, openalex, springer];

/** The profile whose header this is, if any. */
export function csvProfileOf(columns: ReadonlySet<string>): CsvProfile | undefined {
  return CSV_PROFILES.find((p) => p.matches(columns));
}
