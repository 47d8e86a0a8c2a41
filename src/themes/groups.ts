import type { CorpusIndex } from './corpus-index.js';
import { termLanguage, type TermLanguage } from './term-table.js';
import type { TfIdfMatrix } from './tfidf.js';
import type { ThemeDoc } from './theme-doc.js';
import { compareStrings } from './vocabulary.js';

/**
 * The value of a document for a grouping: 'kind', 'year', 'language', or the name of a metadata
 * column in `doc.group`. '' when the document has none.
 */
export function groupValue(doc: ThemeDoc, by: string): string {
  if (by === 'kind') return doc.kind;
  if (by === 'year') return doc.year === null ? '' : String(doc.year);
  if (by === 'language') return doc.language;
  return doc.group?.[by] ?? '';
}

/** Orders group values: numbers numerically, then other text in code-unit order, '' last. */
export function compareGroupValues(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const na = Number(a);
  const nb = Number(b);
  const numA = a.trim() !== '' && Number.isFinite(na);
  const numB = b.trim() !== '' && Number.isFinite(nb);
  if (numA && numB && na !== nb) return na - nb;
  if (numA !== numB) return numA ? -1 : 1;
  return compareStrings(a, b);
}

/** A term's place in one group. */
export interface GroupTerm {
  id: number;
  rank: number;
  term: string;
  form: string;
  language: TermLanguage;
  frequency: number;
  documents: number;
  /** Per 10,000 word tokens of the group. */
  ratePer10k: number;
}

/** The top terms of one group of documents. */
export interface GroupTerms {
  by: string;
  value: string;
  documents: number;
  tokens: number;
  terms: GroupTerm[];
}

/** Per-term frequency and document frequency within a set of documents, from the matrix rows. */
export function groupCounts(matrix: TfIdfMatrix, docs: readonly number[]): { frequency: Int32Array; documents: Int32Array } {
  const frequency = new Int32Array(matrix.termCount);
  const documents = new Int32Array(matrix.termCount);
  for (const d of docs) {
    for (let j = matrix.docPtr[d] ?? 0; j < (matrix.docPtr[d + 1] ?? 0); j++) {
      const t = matrix.termIds[j] ?? 0;
      frequency[t] = (frequency[t] ?? 0) + (matrix.counts[j] ?? 0);
      documents[t] = (documents[t] ?? 0) + 1;
    }
  }
  return { frequency, documents };
}

/** Document indices of each group value, values in compareGroupValues order. */
export function groupDocs(docs: readonly ThemeDoc[], by: string): Array<[string, number[]]> {
  const groups = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    const v = groupValue(doc, by);
    const list = groups.get(v);
    if (list) list.push(i);
    else groups.set(v, [i]);
  });
  return [...groups.entries()].sort((a, b) => compareGroupValues(a[0], b[0]));
}

/**
 * The `top` most frequent counted terms of each group of documents (by kind, year, language or a
 * metadata column), with rates per 10k tokens of the group so that groups of different sizes compare.
 * @param index the tokenised corpus
 * @param matrix its TF-IDF matrix
 * @param by 'kind', 'year', 'language' or a metadata column name
 * @param top terms per group (default 20)
 */
export function termsByGroup(index: CorpusIndex, matrix: TfIdfMatrix, by: string, top = 20): GroupTerms[] {
  return groupDocs(index.docs, by).map(([value, docs]) => {
    const { frequency, documents } = groupCounts(matrix, docs);
    let tokens = 0;
    for (const d of docs) tokens += index.docTokens[d] ?? 0;
    const ids: number[] = [];
    for (let t = 0; t < matrix.termCount; t++) if ((frequency[t] ?? 0) > 0) ids.push(t);
    ids.sort((a, b) => (frequency[b] ?? 0) - (frequency[a] ?? 0) || compareStrings(index.terms[a] ?? '', index.terms[b] ?? ''));
    const terms = ids.slice(0, top).map((t, i) => ({
      id: t,
      rank: i + 1,
      term: index.terms[t] ?? '',
      form: index.forms[t] ?? '',
      language: termLanguage(index.script[t] ?? 0),
      frequency: frequency[t] ?? 0,
      documents: documents[t] ?? 0,
      ratePer10k: tokens > 0 ? ((frequency[t] ?? 0) * 10000) / tokens : 0,
    }));
    return { by, value, documents: docs.length, tokens, terms };
  });
}
