import { CorpusLensError } from '../core/errors.js';
import type { Message } from '../core/message.js';
import { message } from '../core/message.js';

/** A document of the corpus as the graphs see it. */
export interface GraphDoc {
  id: string;
  label: string;
  year?: number;
  kind?: string;
}

/** A cited work (a reference matched across documents). */
export interface GraphWork {
  id: string;
  label: string;
}

/**
 * What the references stage hands to the graphs: which works each document cites, as a compressed
 * sparse row matrix (documents x works).
 */
export interface CitationInput {
  docs: GraphDoc[];
  works: GraphWork[];
  /** CSR: refs of doc i are workIdx[docPtr[i] .. docPtr[i+1]) (deduplicated per doc) */
  docPtr: Uint32Array;
  workIdx: Uint32Array;
  /** optional: direct citations among docs, pairs of doc indices (citing, cited, citing, cited, ...) */
  citations?: Uint32Array;
}

/**
 * A documents x terms TF-IDF matrix for the text-similarity graph, in compressed sparse rows:
 * the terms of doc i are termIdx[docPtr[i] .. docPtr[i+1]) with weights values[...].
 */
export interface TermMatrix {
  docs: GraphDoc[];
  terms: string[];
  docPtr: Uint32Array;
  termIdx: Uint32Array;
  values: Float32Array;
}

/** CitationInput checked and completed: rows sorted and deduplicated, plus the transpose. */
export interface PreparedCitations {
  docs: GraphDoc[];
  works: GraphWork[];
  nDocs: number;
  nWorks: number;
  docPtr: Uint32Array;
  /** Works of each document, ascending. */
  workIdx: Uint32Array;
  /** Number of corpus documents citing each work (16 bits when every count fits: half the memory). */
  citedBy: Uint16Array | Uint32Array;
  /** Direct citations (citing, cited) without self-citations and repeats; empty when none were given. */
  citations: Uint32Array;
  messages: Message[];
}

function bad(what: string): never {
  throw new CorpusLensError(
    'graphs-bad-input',
    `The citation data handed to the graphs is inconsistent: ${what}. This is a bug in the stage that built it; please report it with the corpus.`,
  );
}

/** Checks the CSR shape of a documents x columns matrix; throws CorpusLensError('graphs-bad-input'). */
export function checkCsr(rows: number, cols: number, ptr: Uint32Array, idx: Uint32Array, what: string): void {
  if (ptr.length !== rows + 1) bad(`${what}: docPtr has ${ptr.length} entries for ${rows} documents (expected ${rows + 1})`);
  if (ptr[0] !== 0) bad(`${what}: docPtr[0] is ${ptr[0]}, not 0`);
  for (let i = 0; i < rows; i++) {
    if (ptr[i + 1]! < ptr[i]!) bad(`${what}: docPtr decreases at document ${i}`);
  }
  if (ptr[rows] !== idx.length) bad(`${what}: docPtr ends at ${ptr[rows]} but there are ${idx.length} entries`);
  for (let p = 0; p < idx.length; p++) {
    if (idx[p]! >= cols) bad(`${what}: entry ${p} points to column ${idx[p]} of ${cols}`);
  }
}

/** Sorts and deduplicates each row of a CSR matrix; returns the same arrays when nothing changes. */
function sortRows(rows: number, ptr: Uint32Array, idx: Uint32Array): { ptr: Uint32Array; idx: Uint32Array; removed: number; firstRow: number } {
  let clean = true;
  for (let i = 0; i < rows && clean; i++) {
    for (let p = ptr[i]! + 1; p < ptr[i + 1]!; p++) {
      if (idx[p]! <= idx[p - 1]!) {
        clean = false;
        break;
      }
    }
  }
  if (clean) return { ptr, idx, removed: 0, firstRow: -1 };
  const outPtr = new Uint32Array(rows + 1);
  const outIdx = new Uint32Array(idx.length);
  let len = 0;
  let removed = 0;
  let firstRow = -1;
  for (let i = 0; i < rows; i++) {
    const row = idx.slice(ptr[i]!, ptr[i + 1]!).sort();
    for (let p = 0; p < row.length; p++) {
      if (p > 0 && row[p] === row[p - 1]) {
        removed++;
        if (firstRow < 0) firstRow = i;
        continue;
      }
      outIdx[len++] = row[p]!;
    }
    outPtr[i + 1] = len;
  }
  return { ptr: outPtr, idx: outIdx.slice(0, len), removed, firstRow };
}

/** Builds the transpose of a rows x cols CSR matrix; each column lists its rows ascending. */
export function transposeCsr(rows: number, cols: number, ptr: Uint32Array, idx: Uint32Array): { ptr: Uint32Array; idx: Uint32Array } {
  const tPtr = new Uint32Array(cols + 1);
  for (let p = 0; p < idx.length; p++) tPtr[idx[p]! + 1]!++;
  for (let k = 0; k < cols; k++) tPtr[k + 1] = tPtr[k + 1]! + tPtr[k]!;
  const fill = tPtr.slice(0, cols);
  const tIdx = new Uint32Array(idx.length);
  for (let i = 0; i < rows; i++) {
    for (let p = ptr[i]!; p < ptr[i + 1]!; p++) {
      const k = idx[p]!;
      tIdx[fill[k]!++] = i;
    }
  }
  return { ptr: tPtr, idx: tIdx };
}

/**
 * Checks a CitationInput and prepares it for the graph kernels: sorted, deduplicated rows, the
 * works x documents transpose, citation counts per work, and clean direct citations. Shape errors
 * throw CorpusLensError('graphs-bad-input'); repairable problems become messages.
 */
export function prepareCitations(input: CitationInput): PreparedCitations {
  const nDocs = input.docs.length;
  const nWorks = input.works.length;
  checkCsr(nDocs, nWorks, input.docPtr, input.workIdx, 'references');
  const messages: Message[] = [];
  const sorted = sortRows(nDocs, input.docPtr, input.workIdx);
  if (sorted.removed > 0) {
    const first = input.docs[sorted.firstRow]?.id ?? '';
    messages.push(
      message('warning', 'graphs', 'graphs-duplicate-reference', '', `${sorted.removed} references were listed twice in the same document and were counted once (first in ${first}).`, {
        note: 'A work cited twice by one document counts once in coupling and co-citation.',
      }),
    );
  }
  const citedBy = countCitations(nWorks, sorted.idx);
  const citations = cleanCitations(nDocs, input.citations, input.docs, messages);
  return {
    docs: input.docs,
    works: input.works,
    nDocs,
    nWorks,
    docPtr: sorted.ptr,
    workIdx: sorted.idx,
    citedBy,
    citations,
    messages,
  };
}

/** Documents citing each work, in 16 bits unless a work is cited more than 65,535 times. */
function countCitations(nWorks: number, idx: Uint32Array): Uint16Array | Uint32Array {
  const small = new Uint16Array(nWorks);
  let full = false;
  for (let p = 0; p < idx.length; p++) {
    const k = idx[p]!;
    const v = small[k]!;
    if (v === 0xffff) {
      full = true;
      break;
    }
    small[k] = v + 1;
  }
  if (!full) return small;
  const wide = new Uint32Array(nWorks);
  for (let p = 0; p < idx.length; p++) wide[idx[p]!]!++;
  return wide;
}

const transposes = new WeakMap<PreparedCitations, { ptr: Uint32Array; idx: Uint32Array }>();

/** The documents citing each work: docs of work k are idx[ptr[k] .. ptr[k+1]), ascending (built once, on demand). */
export function citingDocs(c: PreparedCitations): { ptr: Uint32Array; idx: Uint32Array } {
  let t = transposes.get(c);
  if (!t) {
    t = transposeCsr(c.nDocs, c.nWorks, c.docPtr, c.workIdx);
    transposes.set(c, t);
  }
  return t;
}

/** Drops self-citations and repeated pairs; pairs are kept in (citing, cited) order, sorted. */
function cleanCitations(nDocs: number, pairs: Uint32Array | undefined, docs: GraphDoc[], messages: Message[]): Uint32Array {
  if (!pairs || pairs.length === 0) return new Uint32Array(0);
  if (pairs.length % 2 !== 0) bad(`citations has an odd length (${pairs.length}); it must hold (citing, cited) pairs`);
  const keys: number[] = [];
  let self = 0;
  let firstSelf = -1;
  for (let p = 0; p < pairs.length; p += 2) {
    const a = pairs[p]!;
    const b = pairs[p + 1]!;
    if (a >= nDocs || b >= nDocs) bad(`citation pair ${p / 2} points to document ${Math.max(a, b)} of ${nDocs}`);
    if (a === b) {
      self++;
      if (firstSelf < 0) firstSelf = a;
      continue;
    }
    keys.push(a * nDocs + b);
  }
  if (self > 0) {
    messages.push(
      message('info', 'graphs', 'graphs-self-citation', '', `${self} citations of a document to itself were left out of the citation graph (first: ${docs[firstSelf]?.id ?? ''}).`),
    );
  }
  keys.sort((x, y) => x - y);
  const out: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (i > 0 && keys[i] === keys[i - 1]) continue;
    const key = keys[i]!;
    out.push(Math.floor(key / nDocs), key % nDocs);
  }
  return Uint32Array.from(out);
}

/** Checks a TermMatrix's shape; throws CorpusLensError('graphs-bad-input'). */
export function checkTermMatrix(m: TermMatrix): void {
  checkCsr(m.docs.length, m.terms.length, m.docPtr, m.termIdx, 'terms');
  if (m.values.length !== m.termIdx.length) bad(`terms: ${m.values.length} values for ${m.termIdx.length} entries`);
  for (let p = 0; p < m.values.length; p++) {
    const v = m.values[p]!;
    if (!(v >= 0) || !Number.isFinite(v)) bad(`terms: entry ${p} has the weight ${v}; TF-IDF weights are finite and not negative`);
  }
}
