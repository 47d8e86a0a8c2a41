import { jiebaWordFrequencies } from './chinese-segmenter.js';
import type { CorpusIndex } from './corpus-index.js';
import { logLikelihood, logRatio, significance } from './keyness.js';
import { CJK_SCRIPT } from './lexicon.js';
import { termStat, tfidfSums, type TermStat } from './term-table.js';
import type { TfIdfMatrix } from './tfidf.js';
import { compareStrings } from './vocabulary.js';

/** Word counts of general language that a corpus's terms of one script are compared with. */
export interface ReferenceCorpus {
  /** Written on every row of key-terms.csv, e.g. `jieba-dict`. */
  name: string;
  /** Script code of the terms it covers (LATIN, CJK_SCRIPT). */
  script: number;
  /** Size of the reference corpus in tokens. */
  total: number;
  /** Frequency of each word (a word not in it counts 0). */
  counts: ReadonlyMap<string, number>;
}

/** One row of key-terms.csv: a term-table row and its comparison with the reference corpus. */
export interface KeyTerm extends TermStat {
  reference: string;
  referenceFrequency: number;
  /** Occurrences per 10,000 tokens of the reference corpus. */
  referenceRatePer10k: number;
  /** Log-likelihood G² of corpus against reference. */
  g2: number;
  significance: string;
  /** Log ratio of the corpus rate to the reference rate (a zero reference frequency counts 0.5). */
  logRatio: number;
}

/** Options of keyTerms. */
export interface KeyTermOptions {
  /** Keep terms seen at least this often in the corpus (default 3). */
  minFrequency?: number;
  /** Keep terms whose G² reaches this (default 15.13, p < 0.0001 with one degree of freedom). */
  minG2?: number;
  /** Keep the first `limit` rows (default: all). */
  limit?: number;
}

/** The name of the built-in Chinese reference corpus. */
export const JIEBA_REFERENCE = 'jieba-dict';

/**
 * The built-in reference for Chinese terms: the word frequencies of jieba's default dictionary
 * (@node-rs/jieba's dict.txt, 60.1 million tokens of general Chinese), read for the Chinese terms of
 * the corpus seen at least `minFrequency` times; undefined when there are none (the list is not read).
 * @param index the tokenised corpus
 * @param minFrequency smallest corpus frequency of a term looked up (default 3)
 */
export function jiebaReference(index: CorpusIndex, minFrequency = 3): ReferenceCorpus | undefined {
  const wanted = new Set<string>();
  for (let t = 0; t < index.termCount; t++) {
    if (index.script[t] === CJK_SCRIPT && index.counted[t] === 1 && (index.frequency[t] ?? 0) >= minFrequency) wanted.add(index.terms[t] ?? '');
  }
  if (wanted.size === 0) return undefined;
  const { total, counts } = jiebaWordFrequencies(wanted);
  return { name: JIEBA_REFERENCE, script: CJK_SCRIPT, total, counts };
}

/**
 * Key terms: the counted terms that are significantly more frequent in the corpus than in general
 * language, ranked by how much more (log ratio), then by G², then term. Each term is compared with
 * the reference corpus of its script; the corpus size is the number of word tokens of that script
 * (stop words included, as in the reference). Terms of a script without a reference are left out.
 * This is the keyness practice of corpus linguistics (Hardie 2014: filter by significance, rank by
 * effect size); domain terms that general language does not use as words (职业教育, 产教融合) come
 * first, generic legal words (应当, 国家, 规定) last or not at all.
 * @param index the tokenised corpus
 * @param matrix its TF-IDF matrix (for the mean TF-IDF column)
 * @param references one reference corpus per script
 * @param options frequency and G² floors, row limit
 */
export function keyTerms(index: CorpusIndex, matrix: TfIdfMatrix, references: readonly ReferenceCorpus[], options: KeyTermOptions = {}): KeyTerm[] {
  const minF = Math.max(1, options.minFrequency ?? 3);
  const minG2 = options.minG2 ?? 15.13;
  const sums = tfidfSums(index, matrix);
  const rows: KeyTerm[] = [];
  for (const ref of references) {
    if (ref.total <= 0) continue;
    let c = 0;
    for (let t = 0; t < index.termCount; t++) if (index.script[t] === ref.script) c += index.frequency[t] ?? 0;
    if (c === 0) continue;
    const d = ref.total;
    for (let t = 0; t < index.termCount; t++) {
      const a = index.frequency[t] ?? 0;
      if (index.script[t] !== ref.script || index.counted[t] !== 1 || a < minF) continue;
      const b = ref.counts.get(index.terms[t] ?? '') ?? 0;
      if (a * d <= b * c) continue;
      const g2 = logLikelihood(a, b, c, d);
      if (g2 < minG2) continue;
      rows.push({
        ...termStat(index, t, (sums[t] ?? 0) / Math.max(1, matrix.docCount)),
        reference: ref.name,
        referenceFrequency: b,
        referenceRatePer10k: (b * 10000) / d,
        g2,
        significance: significance(g2),
        logRatio: logRatio(a, b, c, d),
      });
    }
  }
  rows.sort((x, y) => y.logRatio - x.logRatio || y.g2 - x.g2 || compareStrings(x.term, y.term));
  return rows.slice(0, options.limit ?? rows.length);
}
