import type { PreparedCitations } from './citation-input.js';
import { citingDocs } from './citation-input.js';
import type { Counting } from './coupling.js';
import type { KindGraph, LinkGraph } from './link-graph.js';
import { associationStrength, linkGraph, setMeasures } from './link-graph.js';
import { kindMeasure, type LinkMeasure } from './link-measure.js';
import { countSharedPairs, intersectSorted, type PairCounts } from './pair-counts.js';

export interface CocitationOptions {
  /** Full or fractional counting (default 'full'). */
  counting?: Counting;
  /** Works cited by fewer corpus documents are left out (default 2). */
  minCitations?: number;
  /** Keep the N most cited works (default 1,000; ties by order of the works list). */
  topWorks?: number;
  /** Pairs co-cited fewer times are not linked (default 1). */
  minShared?: number;
}

/** The co-citation graph of the most cited works. */
export interface Cocitation {
  graph: LinkGraph;
  pairs: PairCounts;
  counting: Counting;
  /** Work index (into the citation input) of each node, most cited first. */
  works: Uint32Array;
  /** Citing documents of each node, ascending: docs[docPtr[r] .. docPtr[r+1]). */
  docPtr: Uint32Array;
  docs: Uint32Array;
}

/**
 * Builds the co-citation graph: nodes are the `topWorks` most cited works (at least `minCitations`
 * citations); two works are linked by the number of corpus documents citing both (full counting),
 * or by the sum over those documents of 1 / (n - 1) where n is the number of selected works the
 * document cites (fractional counting).
 */
export function buildCocitation(c: PreparedCitations, options: CocitationOptions = {}): Cocitation {
  const counting = options.counting ?? 'full';
  const minCitations = Math.max(1, options.minCitations ?? 2);
  const top = Math.max(0, options.topWorks ?? 1000);
  const candidates: number[] = [];
  for (let k = 0; k < c.nWorks; k++) if (c.citedBy[k]! >= minCitations) candidates.push(k);
  candidates.sort((a, b) => c.citedBy[b]! - c.citedBy[a]! || a - b);
  const works = Uint32Array.from(candidates.slice(0, top));
  const t = citingDocs(c);
  const docPtr = new Uint32Array(works.length + 1);
  for (let r = 0; r < works.length; r++) docPtr[r + 1] = docPtr[r]! + c.citedBy[works[r]!]!;
  const docs = new Uint32Array(docPtr[works.length]!);
  for (let r = 0; r < works.length; r++) docs.set(t.idx.subarray(t.ptr[works[r]!]!, t.ptr[works[r]! + 1]!), docPtr[r]!);
  let columnWeights: Float64Array | undefined;
  if (counting === 'fractional') {
    const cited = new Uint32Array(c.nDocs);
    for (let p = 0; p < docs.length; p++) cited[docs[p]!]!++;
    columnWeights = new Float64Array(c.nDocs);
    for (let d = 0; d < c.nDocs; d++) columnWeights[d] = cited[d]! > 1 ? 1 / (cited[d]! - 1) : 0;
  }
  const pairs = countSharedPairs(works.length, docPtr, docs, c.nDocs, { minShared: options.minShared ?? 1, ...(columnWeights ? { columnWeights } : {}) });
  const member = new Uint8Array(works.length).fill(1);
  const weight = pairs.fractional ?? pairs.shared;
  return { graph: linkGraph(works.length, pairs.ptr, pairs.dst, weight, member, pairs), pairs, counting, works, docPtr, docs };
}

/** The documents citing both works r and s (node numbers), ascending document indices. */
export function cocitationEvidence(co: Cocitation, r: number, s: number): number[] {
  return intersectSorted(co.docs, co.docPtr[r]!, co.docPtr[r + 1]!, co.docs, co.docPtr[s]!, co.docPtr[s + 1]!);
}

/** Wraps a co-citation graph with what its tables and files need; `measure` weighs clustering and layout (default the counted weight). */
export function cocitationKind(c: PreparedCitations, co: Cocitation, settings: Record<string, string | number>, measure: LinkMeasure = 'shared'): KindGraph {
  const g = co.graph;
  const citations = (r: number): number => co.docPtr[r + 1]! - co.docPtr[r]!;
  const weighted = kindMeasure(g, co.pairs.shared, citations, measure);
  return {
    kind: 'cocitation',
    graph: g,
    itemName: 'Cited work',
    nodeNumbers: ['citations'],
    node: (r) => {
      const w = c.works[co.works[r]!]!;
      return { id: w.id, label: w.label, numbers: [citations(r)] };
    },
    edgeColumns: [
      { name: 'shared', type: 'integer' },
      { name: 'association', type: 'double' },
      { name: 'salton', type: 'double' },
      { name: 'jaccard', type: 'double' },
      { name: 'inclusion', type: 'double' },
    ],
    edgeValues: (r, s, e) => {
      const shared = co.pairs.shared[e]!;
      const m = setMeasures(shared, citations(r), citations(s));
      return [shared, associationStrength(g.weight[e]!, g.strength[r]!, g.strength[s]!, g.totalStrength), m.salton, m.jaccard, m.inclusion];
    },
    evidenceColumns: ['doc', 'doc_label'],
    evidence: (r, s) => cocitationEvidence(co, r, s).map((d) => [c.docs[d]!.id, c.docs[d]!.label]),
    settings,
    ...(weighted ? { measure: weighted } : {}),
  };
}
