import type { Codebook } from './codebook.js';
import { englishWords, type Word } from './match-text.js';

/**
 * A multinomial naive Bayes classifier trained on a codebook's own text: each category's
 * description, its example passages and its include terms. The coder uses it to choose among the
 * categories of the facet a passage's cues point to; it never decides alone whether a passage is
 * coded (see create-coder.ts).
 */
export interface Classifier {
  /** Number of training texts (descriptions, examples, term lists) it learnt from. */
  readonly documents: number;
  /**
   * Posterior probabilities of the given categories (indices into codebook.categories) for a text,
   * with equal priors and tempered (see TEMPERATURE); they sum to 1. An empty list gives [].
   */
  posterior(text: string, candidates: readonly number[]): number[];
  /** The same from features already computed (classifierFeatures). */
  posteriorOf(features: readonly string[], candidates: readonly number[]): number[];
}

/** Additive smoothing of word counts. */
const ALPHA = 0.5;
/** Naive Bayes is over-confident (its words are not independent): log-likelihoods are divided by this before normalising. */
const TEMPERATURE = 2;

const STOP_WORDS: ReadonlySet<string> = new Set(
  ('the a an of and or to in on for with by as at from that this these those is are was were be been being it its their they them ' +
    'which who whom whose than then there here such can could would should may might must will also both each other more most many ' +
    'much some any all not no into onto over under about between through during within without so thus hence while whereas but yet ' +
    'has have had do does did our we us you your he she his her one two three first second new').split(' '),
);

/**
 * The features of a text: English words (lower case, plural endings removed, stop words, numbers
 * and words under three letters left out) and Chinese character bigrams.
 * @param text any text
 * @param words its English words when already computed (englishWords of the NFKC text)
 */
export function classifierFeatures(text: string, words?: readonly Word[]): string[] {
  const out: string[] = [];
  const t = text.normalize('NFKC');
  for (const w of words ?? englishWords(t)) {
    if (w.lower.length < 3 || STOP_WORDS.has(w.lower) || !/[a-z]/.test(w.lower)) continue;
    out.push(w.light);
  }
  let run = '';
  const flush = (): void => {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    run = '';
  };
  for (const ch of t) {
    if (/[\u3400-\u9fff]/.test(ch)) run += ch;
    else flush();
  }
  flush();
  return out;
}

/**
 * Trains the classifier on a codebook: per category its description, each example passage and the
 * list of its include terms are training texts.
 * @param codebook a loaded codebook
 */
export function trainClassifier(codebook: Codebook): Classifier {
  const n = codebook.categories.length;
  const counts: Array<Map<string, number>> = [];
  const totals = new Array<number>(n).fill(0);
  const vocabulary = new Set<string>();
  let documents = 0;
  codebook.categories.forEach((c, i) => {
    const m = new Map<string, number>();
    counts.push(m);
    const texts = [c.description, ...c.examples.map((e) => e.text), c.include.map((t) => t.text).join(' ; ')];
    for (const text of texts) {
      if (text.trim() === '') continue;
      documents++;
      for (const f of classifierFeatures(text)) {
        m.set(f, (m.get(f) ?? 0) + 1);
        totals[i] = (totals[i] ?? 0) + 1;
        vocabulary.add(f);
      }
    }
  });
  const v = Math.max(1, vocabulary.size);
  const posteriorOf = (all: readonly string[], candidates: readonly number[]): number[] => {
    if (candidates.length === 0) return [];
    const features = all.filter((f) => vocabulary.has(f));
    const logs = candidates.map((c) => {
      const m = counts[c];
      const denominator = (totals[c] ?? 0) + ALPHA * v;
      let s = 0;
      for (const f of features) s += Math.log(((m?.get(f) ?? 0) + ALPHA) / denominator);
      return s;
    });
    const max = Math.max(...logs);
    const exps = logs.map((l) => Math.exp((l - max) / TEMPERATURE));
    const z = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / z);
  };
  const posterior = (text: string, candidates: readonly number[]): number[] => posteriorOf(classifierFeatures(text), candidates);
  return { documents, posterior, posteriorOf };
}
