import { CorpusLensError } from '../core/errors.js';
import type { TermMatrix } from './citation-input.js';
import { checkTermMatrix, transposeCsr } from './citation-input.js';
import type { KindGraph, LinkGraph } from './link-graph.js';
import { linkGraph } from './link-graph.js';

export interface TextOptions {
  /** Pairs less similar than this are not linked (cosine, default 0.1). */
  minSimilarity?: number;
  /** Keep only each document's k most similar partners (a link stays when either end keeps it); 0 keeps all (default 10). */
  maxNeighbours?: number;
  /** Shared terms listed as evidence per link, strongest first (default 10). */
  evidenceTerms?: number;
}

/** The text-similarity graph: documents linked by the cosine of their TF-IDF vectors. */
export interface TextSimilarity {
  graph: LinkGraph;
  /** Rows sorted by term, as used for the evidence. */
  docPtr: Uint32Array;
  termIdx: Uint32Array;
  values: Float64Array;
  norms: Float64Array;
}

/** Copies the matrix with each row sorted by term; a term listed twice in a row is a shape error. */
function sortedRows(m: TermMatrix): { ptr: Uint32Array; idx: Uint32Array; val: Float64Array } {
  const n = m.docs.length;
  const idx = new Uint32Array(m.termIdx.length);
  const val = new Float64Array(m.values.length);
  for (let i = 0; i < n; i++) {
    const start = m.docPtr[i]!;
    const end = m.docPtr[i + 1]!;
    const order = Array.from({ length: end - start }, (_, t) => start + t).sort((a, b) => m.termIdx[a]! - m.termIdx[b]!);
    order.forEach((p, t) => {
      idx[start + t] = m.termIdx[p]!;
      val[start + t] = m.values[p]!;
      if (t > 0 && idx[start + t] === idx[start + t - 1]) {
        throw new CorpusLensError('graphs-bad-input', `The term matrix lists the term "${m.terms[m.termIdx[p]!]}" twice for document ${m.docs[i]!.id}; each term appears once per document.`);
      }
    });
  }
  return { ptr: m.docPtr, idx, val };
}

/** Keeps the links among each node's k strongest (a link stays when either end keeps it). */
function keepTopNeighbours(n: number, ptr: Uint32Array, dst: number[], w: number[], k: number): { ptr: Uint32Array; dst: number[]; w: number[] } {
  const deg = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    for (let e = ptr[i]!; e < ptr[i + 1]!; e++) {
      deg[i + 1]!++;
      deg[dst[e]! + 1]!++;
    }
  }
  for (let i = 0; i < n; i++) deg[i + 1] = deg[i + 1]! + deg[i]!;
  const fill = deg.slice(0, n);
  const incident = new Float64Array(deg[n]!);
  for (let i = 0; i < n; i++) {
    for (let e = ptr[i]!; e < ptr[i + 1]!; e++) {
      incident[fill[i]!++] = w[e]!;
      incident[fill[dst[e]!]!++] = w[e]!;
    }
  }
  const kth = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = incident.subarray(deg[i]!, deg[i + 1]!).sort();
    kth[i] = row.length >= k ? row[row.length - k]! : 0;
  }
  const outPtr = new Uint32Array(n + 1);
  const outDst: number[] = [];
  const outW: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let e = ptr[i]!; e < ptr[i + 1]!; e++) {
      const j = dst[e]!;
      if (w[e]! >= kth[i]! || w[e]! >= kth[j]!) {
        outDst.push(j);
        outW.push(w[e]!);
      }
    }
    outPtr[i + 1] = outDst.length;
  }
  return { ptr: outPtr, dst: outDst, w: outW };
}

/**
 * Builds the text-similarity graph: the cosine of two documents' TF-IDF vectors, computed exactly
 * for every pair sharing a term (inverted index, one accumulator per document), kept when at least
 * `minSimilarity`, then thinned to each document's `maxNeighbours` most similar. Nodes are the
 * documents with at least one term.
 */
export function buildTextSimilarity(m: TermMatrix, options: TextOptions = {}): TextSimilarity {
  checkTermMatrix(m);
  const minSimilarity = options.minSimilarity ?? 0.1;
  const maxNeighbours = options.maxNeighbours ?? 10;
  const n = m.docs.length;
  const rows = sortedRows(m);
  const norms = new Float64Array(n);
  const member = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let p = rows.ptr[i]!; p < rows.ptr[i + 1]!; p++) s += rows.val[p]! * rows.val[p]!;
    norms[i] = Math.sqrt(s);
    member[i] = s > 0 ? 1 : 0;
  }
  const t = transposeCsr(n, m.terms.length, rows.ptr, rows.idx);
  // Postings values in the transpose's order.
  const postVal = new Float64Array(t.idx.length);
  const fill = t.ptr.slice(0, m.terms.length);
  for (let i = 0; i < n; i++) for (let p = rows.ptr[i]!; p < rows.ptr[i + 1]!; p++) postVal[fill[rows.idx[p]!]!++] = rows.val[p]!;
  const cursor = new Uint32Array(m.terms.length);
  const acc = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const cand = new Int32Array(n);
  let ptr: Uint32Array = new Uint32Array(n + 1);
  let dst: number[] = [];
  let w: number[] = [];
  for (let i = 0; i < n; i++) {
    let nc = 0;
    for (let p = rows.ptr[i]!; p < rows.ptr[i + 1]!; p++) {
      const term = rows.idx[p]!;
      const a = rows.val[p]!;
      const start = t.ptr[term]! + cursor[term]! + 1;
      cursor[term]!++;
      for (let q = start; q < t.ptr[term + 1]!; q++) {
        const j = t.idx[q]!;
        if (stamp[j] !== i) {
          stamp[j] = i;
          acc[j] = 0;
          cand[nc++] = j;
        }
        acc[j]! += a * postVal[q]!;
      }
    }
    cand.subarray(0, nc).sort();
    for (let c = 0; c < nc; c++) {
      const j = cand[c]!;
      const denominator = norms[i]! * norms[j]!;
      const cosine = denominator > 0 ? acc[j]! / denominator : 0;
      if (cosine > 0 && cosine >= minSimilarity) {
        dst.push(j);
        w.push(Math.min(1, cosine));
      }
    }
    ptr[i + 1] = dst.length;
  }
  if (maxNeighbours > 0) ({ ptr, dst, w } = keepTopNeighbours(n, ptr, dst, w, maxNeighbours));
  const graph = linkGraph(n, ptr, Uint32Array.from(dst), Float64Array.from(w), member);
  return { graph, docPtr: rows.ptr, termIdx: rows.idx, values: rows.val, norms };
}

/** Terms two documents share with their share of the cosine, strongest first (ties by term order). */
export function textEvidence(ts: TextSimilarity, i: number, j: number): { term: number; contribution: number }[] {
  const out: { term: number; contribution: number }[] = [];
  let p = ts.docPtr[i]!;
  let q = ts.docPtr[j]!;
  const pEnd = ts.docPtr[i + 1]!;
  const qEnd = ts.docPtr[j + 1]!;
  const denominator = ts.norms[i]! * ts.norms[j]!;
  while (p < pEnd && q < qEnd) {
    const a = ts.termIdx[p]!;
    const b = ts.termIdx[q]!;
    if (a === b) {
      out.push({ term: a, contribution: denominator > 0 ? (ts.values[p]! * ts.values[q]!) / denominator : 0 });
      p++;
      q++;
    } else if (a < b) p++;
    else q++;
  }
  return out.sort((x, y) => y.contribution - x.contribution || x.term - y.term);
}

/** Wraps a text-similarity graph with what its tables and files need. */
export function textKind(m: TermMatrix, ts: TextSimilarity, settings: Record<string, string | number>, evidenceTerms = 10): KindGraph {
  return {
    kind: 'text',
    graph: ts.graph,
    itemName: 'Document',
    nodeNumbers: ['terms'],
    node: (i) => ({ ...m.docs[i]!, numbers: [ts.docPtr[i + 1]! - ts.docPtr[i]!] }),
    edgeColumns: [{ name: 'shared_terms', type: 'integer' }],
    edgeValues: (i, j) => [textEvidence(ts, i, j).length],
    evidenceColumns: ['term', 'contribution'],
    evidence: (i, j) =>
      textEvidence(ts, i, j)
        .slice(0, evidenceTerms)
        .map((x) => [m.terms[x.term]!, x.contribution]),
    settings,
  };
}
