/**
 * A document × term matrix in compressed sparse rows, with TF-IDF weights:
 *
 *   tf(t, d)  = count(t, d) / length(d)              (length: the document's word tokens)
 *   idf(t)    = ln((1 + N) / (1 + df(t))) + 1        (N documents; smoothed, never 0)
 *   w(t, d)   = tf(t, d) × idf(t)
 *
 * Terms of a row are in ascending id order.
 */
export interface TfIdfMatrix {
  docCount: number;
  termCount: number;
  /** Row d holds entries docPtr[d] .. docPtr[d + 1] - 1. */
  docPtr: Int32Array;
  termIds: Int32Array;
  counts: Int32Array;
  weights: Float64Array;
  /** Term id → documents holding it (counted terms only). */
  df: Int32Array;
  /** Term id → idf (0 for terms in no document). */
  idf: Float64Array;
}

/** Options of computeTfIdf. */
export interface TfIdfOptions {
  /** Term id → 1 when the term is counted (default: every term). */
  counted?: Uint8Array;
  /** Document → length used for tf (default: the number of counted tokens). */
  lengths?: ArrayLike<number>;
}

/**
 * Builds the TF-IDF matrix of documents given as arrays of term ids: a first pass finds each row's
 * size, a second counts with a dense counter and marks the terms met in a two-level bitmap, read
 * back in ascending order (no sort); linear in the number of tokens plus termCount / 1024 per
 * document, and every array is allocated once at its final size.
 * @param docs term ids of each document's tokens
 * @param termCount number of term ids (all ids are below it)
 * @param options counted terms and document lengths
 */
export function computeTfIdf(docs: ReadonlyArray<ArrayLike<number>>, termCount: number, options: TfIdfOptions = {}): TfIdfMatrix {
  const counted = options.counted;
  const N = docs.length;
  const counter = new Int32Array(termCount);
  const docPtr = new Int32Array(N + 1);
  const countedLength = new Float64Array(N);
  const df = new Int32Array(termCount);

  // First pass: distinct terms per document, so that the arrays are allocated once at their size.
  const lastDoc = new Int32Array(termCount).fill(-1);
  for (let d = 0; d < N; d++) {
    const ids = docs[d] ?? [];
    let k = 0;
    let len = 0;
    for (let i = 0; i < ids.length; i++) {
      const t = ids[i] ?? 0;
      if (counted && counted[t] !== 1) continue;
      len++;
      if (lastDoc[t] !== d) {
        lastDoc[t] = d;
        k++;
      }
    }
    countedLength[d] = len;
    docPtr[d + 1] = (docPtr[d] ?? 0) + k;
  }
  const nnz = docPtr[N] ?? 0;
  const termIds = new Int32Array(nnz);
  const counts = new Int32Array(nnz);

  // Second pass: count with a dense counter; `low` has a bit per term met, `high` a bit per non-zero
  // word of `low`, so that the row comes out in term order by reading set bits.
  const low = new Int32Array((termCount >>> 5) + 1);
  const high = new Int32Array((low.length >>> 5) + 1);
  for (let d = 0; d < N; d++) {
    const ids = docs[d] ?? [];
    for (let i = 0; i < ids.length; i++) {
      const t = ids[i] ?? 0;
      if (counted && counted[t] !== 1) continue;
      if (counter[t] === 0) {
        low[t >>> 5] = (low[t >>> 5] ?? 0) | (1 << (t & 31));
        high[t >>> 10] = (high[t >>> 10] ?? 0) | (1 << ((t >>> 5) & 31));
      }
      counter[t] = (counter[t] ?? 0) + 1;
    }
    let j = docPtr[d] ?? 0;
    for (let w = 0; w < high.length; w++) {
      let hi = high[w] ?? 0;
      if (hi === 0) continue;
      high[w] = 0;
      while (hi !== 0) {
        const hbit = hi & -hi;
        hi ^= hbit;
        const word = (w << 5) | (31 - Math.clz32(hbit));
        let lo = low[word] ?? 0;
        low[word] = 0;
        while (lo !== 0) {
          const bit = lo & -lo;
          lo ^= bit;
          const t = (word << 5) | (31 - Math.clz32(bit));
          termIds[j] = t;
          counts[j] = counter[t] ?? 0;
          counter[t] = 0;
          df[t] = (df[t] ?? 0) + 1;
          j++;
        }
      }
    }
  }

  const idf = new Float64Array(termCount);
  for (let t = 0; t < termCount; t++) {
    const f = df[t] ?? 0;
    if (f > 0) idf[t] = Math.log((1 + N) / (1 + f)) + 1;
  }
  const weights = new Float64Array(nnz);
  const lengths = options.lengths ?? countedLength;
  for (let d = 0; d < N; d++) {
    const len = lengths[d] ?? 0;
    if (len <= 0) continue;
    for (let j = docPtr[d] ?? 0; j < (docPtr[d + 1] ?? 0); j++) {
      weights[j] = ((counts[j] ?? 0) / len) * (idf[termIds[j] ?? 0] ?? 0);
    }
  }
  return { docCount: N, termCount, docPtr, termIds, counts, weights, df, idf };
}
