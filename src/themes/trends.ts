import type { CorpusIndex } from './corpus-index.js';
import { termLanguage, type TermLanguage } from './term-table.js';
import type { TfIdfMatrix } from './tfidf.js';
import { yearCounts, type YearTable } from './years.js';

/** A term in one year. */
export interface TrendRow {
  id: number;
  term: string;
  form: string;
  language: TermLanguage;
  year: number;
  frequency: number;
  documents: number;
  /** Occurrences per 10,000 word tokens of that year's documents. */
  ratePer10k: number;
  /** Share of that year's documents that hold the term. */
  docShare: number;
}

/**
 * The yearly series of the given terms, one row per term and year (years without documents
 * included, with zeros, so that lines can be drawn), terms in the order given, years ascending.
 * @param index the tokenised corpus
 * @param matrix its TF-IDF matrix
 * @param years the corpus's year table (yearTable)
 * @param terms term ids
 */
export function trends(index: CorpusIndex, matrix: TfIdfMatrix, years: YearTable, terms: readonly number[]): TrendRow[] {
  const Y = years.years.length;
  const { frequency, documents } = yearCounts(matrix, years, terms);
  const rows: TrendRow[] = [];
  terms.forEach((t, s) => {
    for (let y = 0; y < Y; y++) {
      const f = frequency[s * Y + y] ?? 0;
      const docs = documents[s * Y + y] ?? 0;
      const tokens = years.tokens[y] ?? 0;
      const nDocs = years.docs[y] ?? 0;
      rows.push({
        id: t,
        term: index.terms[t] ?? '',
        form: index.forms[t] ?? '',
        language: termLanguage(index.script[t] ?? 0),
        year: years.years[y] ?? 0,
        frequency: f,
        documents: docs,
        ratePer10k: tokens > 0 ? (f * 10000) / tokens : 0,
        docShare: nDocs > 0 ? docs / nDocs : 0,
      });
    }
  });
  return rows;
}
