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
 * size, a second counts with a dense counter and a list of touched terms; linear in the number of
 * tokens, and every array is allocated once at its final size.
 * @param docs term ids of each document's tokens
 * @param termCount number of term ids (all ids are below it)
 * @param options counted terms and document lengths
 */
export function computeTfIdf(docs: ReadonlyArray<ArrayLike<number>>, termCount: number, options: TfIdfOptions = {}): TfIdfMatrix {
  const counted = options.counted;
  const N = docs.length;
  const counter = new Int32Array(termCount);
  const touched = new Int32Array(termCount);
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

  // Second pass: count with a dense counter and the list of touched terms, rows in term order.
  for (let d = 0; d < N; d++) {
    const ids = docs[d] ?? [];
    let k = 0;
    for (let i = 0; i < ids.length; i++) {
      const t = ids[i] ?? 0;
      if (counted && counted[t] !== 1) continue;
      if (counter[t] === 0) touched[k++] = t;
      counter[t] = (counter[t] ?? 0) + 1;
    }
    const row = touched.subarray(0, k).sort();
    let j = docPtr[d] ?? 0;
    for (let x = 0; x < k; x++, j++) {
      const t = row[x] ?? 0;
      termIds[j] = t;
      counts[j] = counter[t] ?? 0;
      counter[t] = 0;
      df[t] = (df[t] ?? 0) + 1;
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
