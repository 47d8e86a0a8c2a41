import type { CorpusIndex } from './corpus-index.js';
import type { TfIdfMatrix } from './tfidf.js';

/** The years of a corpus and what each holds. */
export interface YearTable {
  /** Every year from the first to the last (only the years present when they span more than 500). */
  years: number[];
  /** Documents per year. */
  docs: Int32Array;
  /** Word tokens per year. */
  tokens: Float64Array;
  /** Document → index into `years`, or -1 for a document without a year. */
  yearOf: Int32Array;
  /** Documents without a year (left out of trends and bursts). */
  undated: number;
}

/** Builds the year table of a corpus. */
export function yearTable(index: CorpusIndex): YearTable {
  const present = [...new Set(index.docs.flatMap((d) => (d.year === null || !Number.isInteger(d.year) ? [] : [d.year])))].sort((a, b) => a - b);
  let years = present;
  const first = present[0];
  const last = present[present.length - 1];
  if (first !== undefined && last !== undefined && last - first <= 500) {
    years = [];
    for (let y = first; y <= last; y++) years.push(y);
  }
  const pos = new Map(years.map((y, i) => [y, i]));
  const docs = new Int32Array(years.length);
  const tokens = new Float64Array(years.length);
  const yearOf = new Int32Array(index.docs.length).fill(-1);
  let undated = 0;
  index.docs.forEach((d, i) => {
    const p = d.year === null ? undefined : pos.get(d.year);
    if (p === undefined) {
      undated++;
      return;
    }
    yearOf[i] = p;
    docs[p] = (docs[p] ?? 0) + 1;
    tokens[p] = (tokens[p] ?? 0) + (index.docTokens[i] ?? 0);
  });
  return { years, docs, tokens, yearOf, undated };
}

/**
 * Per-year counts of chosen terms: occurrences and documents, as flat arrays indexed
 * [termPosition * years + yearIndex].
 */
export function yearCounts(matrix: TfIdfMatrix, table: YearTable, terms: readonly number[]): { frequency: Int32Array; documents: Int32Array } {
  const Y = table.years.length;
  const slot = new Int32Array(matrix.termCount).fill(-1);
  terms.forEach((t, i) => {
    slot[t] = i;
  });
  const frequency = new Int32Array(terms.length * Y);
  const documents = new Int32Array(terms.length * Y);
  for (let d = 0; d < matrix.docCount; d++) {
    const y = table.yearOf[d] ?? -1;
    if (y < 0) continue;
    for (let j = matrix.docPtr[d] ?? 0; j < (matrix.docPtr[d + 1] ?? 0); j++) {
      const s = slot[matrix.termIds[j] ?? 0] ?? -1;
      if (s < 0) continue;
      const k = s * Y + y;
      frequency[k] = (frequency[k] ?? 0) + (matrix.counts[j] ?? 0);
      documents[k] = (documents[k] ?? 0) + 1;
    }
  }
  return { frequency, documents };
}
