import type { LinkGraph } from './link-graph.js';
import { associationStrength, setMeasures } from './link-graph.js';

/**
 * The weight of a coupling or co-citation link that clustering, PageRank and layout use:
 * 'shared' is the counted weight (shared works or citing documents, or their fractional sum);
 * the others are the normalised strengths of the edge table (see link-graph.ts).
 */
export type LinkMeasure = 'shared' | 'association' | 'salton' | 'jaccard' | 'inclusion';

/** Every measure, in the order of the edge table's columns. */
export const LINK_MEASURES: readonly LinkMeasure[] = ['shared', 'association', 'salton', 'jaccard', 'inclusion'];

/**
 * The weight of every edge of g under a normalised measure (not 'shared'): association strength
 * from the counted weights and total strengths, Salton, Jaccard and inclusion from the shared
 * counts and the set size of each node (references of a document, citations of a work).
 */
export function linkMeasureWeights(g: LinkGraph, shared: ArrayLike<number>, size: (i: number) => number, measure: Exclude<LinkMeasure, 'shared'>): Float64Array {
  const out = new Float64Array(g.edges);
  for (let i = 0; i < g.n; i++) {
    const end = g.ptr[i + 1]!;
    for (let e = g.ptr[i]!; e < end; e++) {
      const j = g.dst[e]!;
      if (measure === 'association') out[e] = associationStrength(g.weight[e]!, g.strength[i]!, g.strength[j]!, g.totalStrength);
      else out[e] = setMeasures(shared[e]!, size(i), size(j))[measure];
    }
  }
  return out;
}

/** The graph's measure for a KindGraph: undefined for 'shared' (the counted weight is the graph's own). */
export function kindMeasure(g: LinkGraph, shared: ArrayLike<number>, size: (i: number) => number, measure: LinkMeasure): { name: LinkMeasure; weight: Float64Array } | undefined {
  return measure === 'shared' ? undefined : { name: measure, weight: linkMeasureWeights(g, shared, size, measure) };
}
