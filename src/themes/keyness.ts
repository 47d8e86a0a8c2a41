import type { CorpusIndex } from './corpus-index.js';
import { termLanguage, type TermLanguage } from './term-table.js';
import type { TfIdfMatrix } from './tfidf.js';
import type { ThemeDoc } from './theme-doc.js';
import { compareStrings } from './vocabulary.js';

/**
 * Log-likelihood G² of a term's frequencies in two corpora (Rayson & Garside 2000, the form on
 * Rayson's UCREL log-likelihood page):
 *
 *   E1 = c (a + b) / (c + d),  E2 = d (a + b) / (c + d)
 *   G² = 2 (a ln(a / E1) + b ln(b / E2)),   with 0 ln 0 = 0
 *
 * @param a frequency in corpus A
 * @param b frequency in corpus B
 * @param c size of A in tokens
 * @param d size of B in tokens
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  if (c <= 0 || d <= 0 || a + b <= 0) return 0;
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  const g2 = 2 * ((a > 0 ? a * Math.log(a / e1) : 0) + (b > 0 ? b * Math.log(b / e2) : 0));
  return Math.max(0, g2);
}

/**
 * Log ratio (Hardie 2014): the binary log of the ratio of relative frequencies,
 * log2((a / c) / (b / d)); a zero frequency is replaced by 0.5 so that the ratio stays finite.
 * +1 means twice as frequent in A, -1 half as frequent.
 */
export function logRatio(a: number, b: number, c: number, d: number): number {
  if (c <= 0 || d <= 0) return 0;
  const fa = a > 0 ? a : 0.5;
  const fb = b > 0 ? b : 0.5;
  return Math.log2(fa / c / (fb / d));
}

/**
 * BIC approximation of the Bayes factor for G² with one degree of freedom (Wilson 2013):
 * BIC = G² − ln(c + d). Above 2 positive evidence, above 6 strong, above 10 very strong.
 */
export function bayesFactor(g2: number, total: number): number {
  return total > 1 ? g2 - Math.log(total) : g2;
}

/** The smallest conventional p for a G² with one degree of freedom: 3.84, 6.63, 10.83, 15.13. */
export function significance(g2: number): string {
  if (g2 >= 15.13) return 'p<0.0001';
  if (g2 >= 10.83) return 'p<0.001';
  if (g2 >= 6.63) return 'p<0.01';
  if (g2 >= 3.84) return 'p<0.05';
  return '';
}

/** One term compared between groups A and B. */
export interface KeynessRow {
  id: number;
  term: string;
  form: string;
  language: TermLanguage;
  freqA: number;
  freqB: number;
  /** Per 10,000 tokens of A and of B. */
  rateA: number;
  rateB: number;
  g2: number;
  significance: string;
  bic: number;
  logRatio: number;
  /** 'A' when the term is relatively more frequent in A, 'B' otherwise. */
  direction: 'A' | 'B';
}

/** Options of keyness. */
export interface KeynessOptions {
  /** Keep terms whose a + b reaches this (default 5). */
  minFrequency?: number;
  /** Keep rows whose G² reaches this (default 0: all). */
  minG2?: number;
  /** Keep the first `limit` rows (default: all). */
  limit?: number;
}

/**
 * Keyness of every counted term between two sets of documents: G², significance, BIC and log
 * ratio, sorted by G² (descending), then term. Corpus sizes are the groups' word tokens.
 * @param index the tokenised corpus
 * @param matrix its TF-IDF matrix (for per-document counts)
 * @param inA documents of group A
 * @param inB documents of group B (a document in both counts in A only)
 * @param options frequency floor, G² floor, row limit
 */
export function keyness(
  index: CorpusIndex,
  matrix: TfIdfMatrix,
  inA: (doc: ThemeDoc) => boolean,
  inB: (doc: ThemeDoc) => boolean,
  options: KeynessOptions = {},
): KeynessRow[] {
  const fa = new Int32Array(index.termCount);
  const fb = new Int32Array(index.termCount);
  let c = 0;
  let d = 0;
  index.docs.forEach((doc, i) => {
    const side = inA(doc) ? fa : inB(doc) ? fb : undefined;
    if (!side) return;
    if (side === fa) c += index.docTokens[i] ?? 0;
    else d += index.docTokens[i] ?? 0;
    for (let j = matrix.docPtr[i] ?? 0; j < (matrix.docPtr[i + 1] ?? 0); j++) {
      const t = matrix.termIds[j] ?? 0;
      side[t] = (side[t] ?? 0) + (matrix.counts[j] ?? 0);
    }
  });
  const minF = options.minFrequency ?? 5;
  const minG2 = options.minG2 ?? 0;
  const rows: KeynessRow[] = [];
  for (let t = 0; t < index.termCount; t++) {
    const a = fa[t] ?? 0;
    const b = fb[t] ?? 0;
    if (a + b < minF || a + b === 0) continue;
    const g2 = logLikelihood(a, b, c, d);
    if (g2 < minG2) continue;
    rows.push({
      id: t,
      term: index.terms[t] ?? '',
      form: index.forms[t] ?? '',
      language: termLanguage(index.script[t] ?? 0),
      freqA: a,
      freqB: b,
      rateA: c > 0 ? (a * 10000) / c : 0,
      rateB: d > 0 ? (b * 10000) / d : 0,
      g2,
      significance: significance(g2),
      bic: bayesFactor(g2, c + d),
      logRatio: logRatio(a, b, c, d),
      direction: a * d >= b * c ? 'A' : 'B',
    });
  }
  rows.sort((x, y) => y.g2 - x.g2 || compareStrings(x.term, y.term));
  return rows.slice(0, options.limit ?? rows.length);
}
