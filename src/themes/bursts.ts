import type { CorpusIndex } from './corpus-index.js';
import { termLanguage, type TermLanguage } from './term-table.js';
import type { TfIdfMatrix } from './tfidf.js';
import { compareStrings } from './vocabulary.js';
import { yearCounts, type YearTable } from './years.js';

/**
 * Parameters of Kleinberg's two-state burst automaton for batched data (Kleinberg 2002, "Bursty
 * and hierarchical structure in streams", section 3 "enumerating bursts"), the model CiteSpace uses
 * for keyword and citation bursts.
 */
export interface BurstOptions {
  /**
   * s: ratio of the burst rate to the base rate, p1 = s · p0 (default 2). Larger s asks for a
   * sharper rise before a period counts as a burst.
   */
  s?: number;
  /**
   * γ: cost of entering the burst state, τ = γ · ln(n) for n time points (default 1). Larger γ
   * gives fewer, longer bursts.
   */
  gamma?: number;
  /** Shortest burst kept, in time points (default 1). */
  minDuration?: number;
}

/** A burst in a series: first and last time index (inclusive) and its weight. */
export interface BurstInterval {
  start: number;
  end: number;
  /**
   * Kleinberg's weight of the burst: the cost saved by the burst state over the base state,
   * Σ over the interval of σ(0, r_t, d_t) − σ(1, r_t, d_t). CiteSpace reports it as "Strength".
   */
  strength: number;
}

/**
 * Bursts of one series by Kleinberg's two-state model for batches: at time t, r_t of d_t items are
 * relevant (documents holding the term of all documents that year).
 *
 *   p0 = Σr / Σd,  p1 = min(s · p0, 0.9999)
 *   σ(i, r, d) = −[r ln p_i + (d − r) ln(1 − p_i)]     (the binomial coefficient is the same in
 *                                                       both states and is left out)
 *   τ(0 → 1) = γ ln n,  τ(1 → 0) = 0,  the automaton starts in state 0.
 *
 * The state sequence of least total cost is found by dynamic programming (ties: state 0); each
 * maximal run of state 1 is a burst.
 * @param r relevant items per time point
 * @param d all items per time point
 * @param options s, γ, minimum duration
 */
export function kleinbergBursts(r: ArrayLike<number>, d: ArrayLike<number>, options: BurstOptions = {}): BurstInterval[] {
  const n = Math.min(r.length, d.length);
  const s = options.s ?? 2;
  const gamma = options.gamma ?? 1;
  const minDuration = options.minDuration ?? 1;
  if (n < 2) return [];
  let R = 0;
  let D = 0;
  for (let t = 0; t < n; t++) {
    R += r[t] ?? 0;
    D += d[t] ?? 0;
  }
  if (D <= 0 || R <= 0 || R >= D) return [];
  const p0 = R / D;
  const p1 = Math.min(s * p0, 0.9999);
  if (p1 <= p0) return [];
  const tau = gamma * Math.log(n);
  const cost = (p: number, t: number): number => {
    const rt = r[t] ?? 0;
    const dt = d[t] ?? 0;
    return -(rt * Math.log(p) + (dt - rt) * Math.log(1 - p));
  };
  const from0 = new Uint8Array(n);
  const from1 = new Uint8Array(n);
  let c0 = 0;
  let c1 = Infinity;
  for (let t = 0; t < n; t++) {
    // best way into state 0 at t: from 0 (free) or from 1 (free); into state 1: from 0 (τ) or from 1
    const into0 = c1 < c0 ? 1 : 0;
    const base0 = Math.min(c0, c1);
    const into1 = c1 < c0 + tau ? 1 : 0;
    const base1 = Math.min(c0 + tau, c1);
    from0[t] = into0;
    from1[t] = into1;
    c0 = base0 + cost(p0, t);
    c1 = base1 + cost(p1, t);
  }
  const states = new Uint8Array(n);
  let state = c1 < c0 ? 1 : 0;
  for (let t = n - 1; t >= 0; t--) {
    states[t] = state;
    state = state === 1 ? (from1[t] ?? 0) : (from0[t] ?? 0);
  }
  const bursts: BurstInterval[] = [];
  for (let t = 0; t < n; t++) {
    if (states[t] !== 1) continue;
    let end = t;
    let strength = 0;
    while (end < n && states[end] === 1) {
      strength += cost(p0, end) - cost(p1, end);
      end++;
    }
    if (end - t >= minDuration) bursts.push({ start: t, end: end - 1, strength });
    t = end - 1;
  }
  return bursts;
}

/** A burst of a term, in years. */
export interface TermBurst {
  id: number;
  term: string;
  form: string;
  language: TermLanguage;
  begin: number;
  end: number;
  strength: number;
  /** Documents holding the term in the corpus (all years). */
  documents: number;
}

/** Options of termBursts. */
export interface TermBurstOptions extends BurstOptions {
  /** Look at terms found in at least this many dated documents (default 2). */
  minDocuments?: number;
  /** Keep the strongest `limit` bursts (default: all). */
  limit?: number;
}

/**
 * Burst detection on every counted term's yearly document counts (documents holding the term
 * among the year's documents, as CiteSpace counts records), strongest first, then term, then begin.
 * @param index the tokenised corpus
 * @param matrix its TF-IDF matrix
 * @param years the corpus's year table
 * @param options s, γ, minimum duration, minimum documents, limit
 */
export function termBursts(index: CorpusIndex, matrix: TfIdfMatrix, years: YearTable, options: TermBurstOptions = {}): TermBurst[] {
  const Y = years.years.length;
  if (Y < 2) return [];
  const minDocs = options.minDocuments ?? 2;
  const candidates: number[] = [];
  for (let t = 0; t < index.termCount; t++) {
    if (index.counted[t] === 1 && (matrix.df[t] ?? 0) >= minDocs) candidates.push(t);
  }
  const { documents } = yearCounts(matrix, years, candidates);
  const out: TermBurst[] = [];
  candidates.forEach((t, s) => {
    const series = documents.subarray(s * Y, (s + 1) * Y);
    for (const b of kleinbergBursts(series, years.docs, options)) {
      out.push({
        id: t,
        term: index.terms[t] ?? '',
        form: index.forms[t] ?? '',
        language: termLanguage(index.script[t] ?? 0),
        begin: years.years[b.start] ?? 0,
        end: years.years[b.end] ?? 0,
        strength: b.strength,
        documents: index.docFrequency[t] ?? 0,
      });
    }
  });
  out.sort((a, b) => b.strength - a.strength || compareStrings(a.term, b.term) || a.begin - b.begin);
  return out.slice(0, options.limit ?? out.length);
}
