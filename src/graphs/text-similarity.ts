import { CorpusLensError } from '../core/errors.js';
import type { TermMatrix } from './citation-input.js';
import { checkTermMatrix } from './citation-input.js';
import type { KindGraph, LinkGraph } from './link-graph.js';
import { linkGraph } from './link-graph.js';
import { cosineNeighbours } from './cosine-neighbours.js';

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
  /** Partner postings the neighbour search read (its main cost). */
  partnerVisits: number;
  /** Pairs whose cosine the neighbour search computed in full. */
  pairsScored: number;
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

/**
 * Builds the text-similarity graph: the cosine of two documents' TF-IDF vectors, computed exactly
 * for every pair sharing a term (inverted index, one accumulator per document), kept when at least
 * `minSimilarity`, then thinned to each document's `maxNeighbours` most similar while the pairs are
 * found (TopNeighbours: only links that are among the strongest of an end so far are held). Nodes are
 * the documents with at least one term.
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
  const kept = cosineNeighbours({ ...rows, norms }, m.terms.length, minSimilarity, Math.max(0, maxNeighbours));
  const graph = linkGraph(n, kept.ptr, kept.dst, kept.w, member);
  return { graph, docPtr: rows.ptr, termIdx: rows.idx, values: rows.val, norms, partnerVisits: kept.partnerVisits, pairsScored: kept.pairsScored };
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
