import type { PreparedCitations } from './citation-input.js';
import type { KindGraph, LinkGraph } from './link-graph.js';
import { associationStrength, linkGraph, setMeasures } from './link-graph.js';
import { kindMeasure, type LinkMeasure } from './link-measure.js';
import { countSharedPairs, intersectSorted, type PairCounts } from './pair-counts.js';

/** How links are counted: each shared work counts 1 (full) or 1 / (documents citing it - 1) (fractional). */
export type Counting = 'full' | 'fractional';

export interface CouplingOptions {
  /** Full or fractional counting (default 'full'). */
  counting?: Counting;
  /** Pairs sharing fewer works are not linked (default 1). */
  minShared?: number;
  /** A work counts only when at least this many corpus documents cite it (default 1). */
  minCitations?: number;
  /** Most threads to count the pairs on (default 2; the result is the same on any number). */
  threads?: number;
}

/** The bibliographic-coupling graph of the documents and how it was counted. */
export interface Coupling {
  graph: LinkGraph;
  pairs: PairCounts;
  counting: Counting;
  /** Works that count (cited by at least minCitations documents); null when every work counts. */
  active: Uint8Array | null;
  /** Counted references of each document. */
  refs: Uint32Array;
}

/**
 * Builds the bibliographic-coupling graph: two documents are linked by the number of cited works
 * they share (full counting), or by the sum over those works of 1 / (c - 1) where c is the number
 * of corpus documents citing the work (fractional counting, Perianes-Rodriguez, van Eck & Waltman
 * 2016: a document's links through one reference add up to 1). Nodes are the documents with at
 * least one counted reference; those sharing nothing stay in as isolated nodes.
 */
export function buildCoupling(c: PreparedCitations, options: CouplingOptions = {}): Coupling {
  const counting = options.counting ?? 'full';
  const minCitations = Math.max(1, options.minCitations ?? 1);
  let active: Uint8Array | null = null;
  if (minCitations > 1) {
    active = new Uint8Array(c.nWorks);
    for (let k = 0; k < c.nWorks; k++) active[k] = c.citedBy[k]! >= minCitations ? 1 : 0;
  }
  let columnWeights: Float64Array | undefined;
  if (counting === 'fractional') {
    columnWeights = new Float64Array(c.nWorks);
    for (let k = 0; k < c.nWorks; k++) {
      const cites = c.citedBy[k]!;
      columnWeights[k] = cites > 1 ? 1 / (cites - 1) : 0;
    }
  }
  const pairs = countSharedPairs(c.nDocs, c.docPtr, c.workIdx, c.nWorks, {
    minShared: options.minShared ?? 1,
    columnCounts: c.citedBy,
    ...(active ? { active } : {}),
    ...(columnWeights ? { columnWeights } : {}),
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
  });
  const refs = new Uint32Array(c.nDocs);
  const member = new Uint8Array(c.nDocs);
  for (let i = 0; i < c.nDocs; i++) {
    let r = c.docPtr[i + 1]! - c.docPtr[i]!;
    if (active) {
      r = 0;
      for (let p = c.docPtr[i]!; p < c.docPtr[i + 1]!; p++) r += active[c.workIdx[p]!]!;
    }
    refs[i] = r;
    member[i] = r > 0 ? 1 : 0;
  }
  const weight = pairs.fractional ?? pairs.shared;
  return { graph: linkGraph(c.nDocs, pairs.ptr, pairs.dst, weight, member, pairs), pairs, counting, active, refs };
}

/** The works two documents share (counted works only), ascending work indices. */
export function couplingEvidence(c: PreparedCitations, active: Uint8Array | null, i: number, j: number): number[] {
  const common = intersectSorted(c.workIdx, c.docPtr[i]!, c.docPtr[i + 1]!, c.workIdx, c.docPtr[j]!, c.docPtr[j + 1]!);
  return active ? common.filter((k) => active[k] === 1) : common;
}

/** Wraps a coupling graph with what its tables and files need; `measure` weighs clustering and layout (default the counted weight). */
export function couplingKind(c: PreparedCitations, coupling: Coupling, settings: Record<string, string | number>, measure: LinkMeasure = 'shared'): KindGraph {
  const g = coupling.graph;
  const weighted = kindMeasure(g, coupling.pairs.shared, (i) => coupling.refs[i]!, measure);
  return {
    kind: 'coupling',
    graph: g,
    itemName: 'Document',
    nodeNumbers: ['references'],
    node: (i) => {
      const d = c.docs[i]!;
      return { ...d, numbers: [coupling.refs[i]!] };
    },
    edgeColumns: [
      { name: 'shared', type: 'integer' },
      { name: 'association', type: 'double' },
      { name: 'salton', type: 'double' },
      { name: 'jaccard', type: 'double' },
      { name: 'inclusion', type: 'double' },
    ],
    edgeValues: (i, j, e) => {
      const shared = coupling.pairs.shared[e]!;
      const m = setMeasures(shared, coupling.refs[i]!, coupling.refs[j]!);
      return [shared, associationStrength(g.weight[e]!, g.strength[i]!, g.strength[j]!, g.totalStrength), m.salton, m.jaccard, m.inclusion];
    },
    evidenceColumns: ['work', 'work_label'],
    evidence: (i, j) => couplingEvidence(c, coupling.active, i, j).map((k) => [c.works[k]!.id, c.works[k]!.label]),
    settings,
    ...(weighted ? { measure: weighted } : {}),
  };
}
