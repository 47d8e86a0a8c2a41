import type { CorpusIndex } from './corpus-index.js';
import type { TfIdfMatrix } from './tfidf.js';
import { compareStrings } from './vocabulary.js';

/** Language of a term, from its script: 'en' for words of spaced scripts, 'zh' for CJK words. */
export type TermLanguage = 'en' | 'zh' | '';

/** One row of the corpus term table. */
export interface TermStat {
  /** Term id in the index. */
  id: number;
  /** Normal form (stem for English). */
  term: string;
  /** Display form: commonest spelling. */
  form: string;
  language: TermLanguage;
  frequency: number;
  documents: number;
  /** Occurrences per 10,000 word tokens of the corpus. */
  ratePer10k: number;
  /** Mean over all documents of the term's TF-IDF weight (0 where it is absent). */
  tfidf: number;
  vocab: boolean;
}

/** Options of termStats. */
export interface TermTableOptions {
  /** Keep terms seen at least this often (default 1). */
  minFrequency?: number;
  /** Keep the first `limit` rows (default: all). */
  limit?: number;
}

/** Language code of a script code. */
export function termLanguage(script: number): TermLanguage {
  return script === 0 ? 'en' : script === 1 ? 'zh' : '';
}

/** Orders term ids by frequency (descending), then normal form. */
export function byFrequency(index: CorpusIndex): (a: number, b: number) => number {
  return (a, b) => (index.frequency[b] ?? 0) - (index.frequency[a] ?? 0) || compareStrings(index.terms[a] ?? '', index.terms[b] ?? '');
}

/**
 * The corpus term table: every counted term (no stop words, no numbers) with its frequency,
 * document frequency, rate per 10k tokens and mean TF-IDF; sorted by frequency, then term.
 * @param index the tokenised corpus
 * @param matrix its TF-IDF matrix
 * @param options frequency floor and row limit
 */
export function termStats(index: CorpusIndex, matrix: TfIdfMatrix, options: TermTableOptions = {}): TermStat[] {
  const min = options.minFrequency ?? 1;
  const sums = tfidfSums(index, matrix);
  const ids: number[] = [];
  for (let t = 0; t < index.termCount; t++) {
    if (index.counted[t] === 1 && (index.frequency[t] ?? 0) >= Math.max(1, min)) ids.push(t);
  }
  ids.sort(byFrequency(index));
  const rows = ids.slice(0, options.limit ?? ids.length).map((t) => termStat(index, t, (sums[t] ?? 0) / Math.max(1, matrix.docCount)));
  return rows;
}

/** Term id → sum over the documents of its TF-IDF weight. */
export function tfidfSums(index: CorpusIndex, matrix: TfIdfMatrix): Float64Array {
  const sums = new Float64Array(index.termCount);
  for (let j = 0; j < matrix.termIds.length; j++) {
    const t = matrix.termIds[j] ?? 0;
    sums[t] = (sums[t] ?? 0) + (matrix.weights[j] ?? 0);
  }
  return sums;
}

/** The term-table row of term `t`, with its mean TF-IDF given. */
export function termStat(index: CorpusIndex, t: number, tfidf: number): TermStat {
  const frequency = index.frequency[t] ?? 0;
  return {
    id: t,
    term: index.terms[t] ?? '',
    form: index.forms[t] ?? '',
    language: termLanguage(index.script[t] ?? 0),
    frequency,
    documents: index.docFrequency[t] ?? 0,
    ratePer10k: index.totalTokens > 0 ? (frequency * 10000) / index.totalTokens : 0,
    tfidf,
    vocab: index.vocab[t] === 1,
  };
}
