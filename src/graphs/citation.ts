import type { PreparedCitations } from './citation-input.js';
import type { KindGraph, LinkGraph } from './link-graph.js';
import { linkGraph } from './link-graph.js';

/** The direct-citation graph among corpus documents. */
export interface DirectCitation {
  graph: LinkGraph;
  /** Per edge: 1 when the lower-numbered document cites the other, 2 the reverse, 3 both. */
  direction: Uint8Array;
}

/**
 * Builds the direct-citation graph: documents linked when one cites the other (weight 1, or 2 when
 * they cite each other). Undirected, for clustering and drawing; the direction is kept per edge and
 * listed in the evidence. Nodes are the documents with at least one citation link.
 */
export function buildDirectCitation(c: PreparedCitations): DirectCitation {
  const n = c.nDocs;
  const pairs = c.citations;
  // One sortable number per citation: (pair key) * 4 + direction bit; no Map keyed by pairs.
  const keys = new Float64Array(pairs.length / 2);
  for (let p = 0, t = 0; p < pairs.length; p += 2, t++) {
    const a = pairs[p]!;
    const b = pairs[p + 1]!;
    keys[t] = (Math.min(a, b) * n + Math.max(a, b)) * 4 + (a < b ? 1 : 2);
  }
  keys.sort();
  const ptr = new Uint32Array(n + 1);
  const dst: number[] = [];
  const weight: number[] = [];
  const direction: number[] = [];
  const member = new Uint8Array(n);
  for (let t = 0; t < keys.length; ) {
    const key = Math.floor(keys[t]! / 4);
    let dir = 0;
    while (t < keys.length && Math.floor(keys[t]! / 4) === key) {
      dir |= keys[t]! - key * 4;
      t++;
    }
    const lo = Math.floor(key / n);
    const hi = key - lo * n;
    ptr[lo + 1]!++;
    dst.push(hi);
    weight.push(dir === 3 ? 2 : 1);
    direction.push(dir);
    member[lo] = 1;
    member[hi] = 1;
  }
  for (let i = 0; i < n; i++) ptr[i + 1] = ptr[i + 1]! + ptr[i]!;
  return { graph: linkGraph(n, ptr, Uint32Array.from(dst), Uint8Array.from(weight), member), direction: Uint8Array.from(direction) };
}

/** Wraps a direct-citation graph with what its tables and files need. */
export function citationKind(c: PreparedCitations, dc: DirectCitation, settings: Record<string, string | number>): KindGraph {
  const names = ['', 'source cites target', 'target cites source', 'both'];
  return {
    kind: 'citation',
    graph: dc.graph,
    itemName: 'Document',
    nodeNumbers: [],
    node: (i) => ({ ...c.docs[i]!, numbers: [] }),
    edgeColumns: [{ name: 'direction', type: 'string' }],
    edgeValues: (_i, _j, e) => [names[dc.direction[e]!]!],
    evidenceColumns: ['citing', 'cited'],
    evidence: (i, j, e) => {
      const rows: string[][] = [];
      const dir = dc.direction[e]!;
      if (dir & 1) rows.push([c.docs[i]!.id, c.docs[j]!.id]);
      if (dir & 2) rows.push([c.docs[j]!.id, c.docs[i]!.id]);
      return rows;
    },
    settings,
  };
}
