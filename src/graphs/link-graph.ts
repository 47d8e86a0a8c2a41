import type { GraphDoc } from './citation-input.js';

/** The four similarity graphs. */
/** The graphs built from the corpus; 'cooccurrence' is the themes stage's term network. */
export type GraphKind = 'coupling' | 'cocitation' | 'citation' | 'text' | 'cooccurrence';

/** Any typed array of edge weights. */
export type WeightArray = Uint8Array | Uint16Array | Uint32Array | Float32Array | Float64Array;

/**
 * An undirected weighted graph as a compact edge list: the upper triangle in compressed sparse rows
 * (edge e joins i and dst[e] > i for ptr[i] <= e < ptr[i+1]). No graphology object, no Map: it holds
 * tens of millions of edges.
 */
export interface LinkGraph {
  /** Number of nodes (documents or works), including those left out of the analysis. */
  n: number;
  /** Number of edges. */
  edges: number;
  ptr: Uint32Array;
  dst: Uint32Array;
  /** Edge weight used for clustering, metrics and layout; always positive (builders leave out the rest). */
  weight: WeightArray;
  /** 1 for nodes that take part in the graph (listed in the node table, counted in the summary). */
  member: Uint8Array;
  /** Sum of the weights of each node's edges (total link strength). */
  strength: Float64Array;
  /** Number of edges of each node (links). */
  degree: Uint32Array;
  /** Sum of all strengths (twice the total edge weight). */
  totalStrength: number;
}

/** A node as the tables and files show it. */
export interface NodeInfo extends GraphDoc {
  /** Extra numbers shown with the node (citations, references), in the order of `KindGraph.nodeNumbers`. */
  numbers: number[];
}

/** One value in a table cell or a file attribute. */
export type Cell = string | number | null;

/** A built graph of one kind, with what its files need to describe nodes, edges and evidence. */
export interface KindGraph {
  kind: GraphKind;
  graph: LinkGraph;
  /** Word for a node in VOSviewer's terminology: 'Document', 'Work'. */
  itemName: string;
  /** Names of the extra numbers of each node (e.g. ['references']). */
  nodeNumbers: string[];
  node(i: number): NodeInfo;
  /** Names and types of the extra edge columns (after source, target, weight). */
  edgeColumns: { name: string; type: 'integer' | 'double' | 'string' }[];
  /** Values of the extra edge columns of edge e between i and j. */
  edgeValues(i: number, j: number, e: number): Cell[];
  /** Column names of the evidence table after source and target. */
  evidenceColumns: string[];
  /** The evidence behind the edge between i and j: one row per shared work (or document, term). */
  evidence(i: number, j: number, e: number): Cell[][];
  /** Settings that shaped the graph, for the summary. */
  settings: Record<string, string | number>;
  /**
   * A normalised measure chosen as the link weight (coupling, co-citation): clustering, PageRank,
   * layout and the files' link weight use it; the choice of the top-N nodes and links, and the
   * total link strength of the nodes, keep the counted weights. Absent: the counted weight.
   */
  measure?: { name: string; weight: Float64Array };
}

/** Computes strength, degree and total strength of the nodes of an edge list. */
export function nodeTotals(n: number, ptr: Uint32Array, dst: Uint32Array, weight: WeightArray): { strength: Float64Array; degree: Uint32Array; totalStrength: number } {
  const strength = new Float64Array(n);
  const degree = new Uint32Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let si = 0;
    const end = ptr[i + 1]!;
    degree[i] = degree[i]! + (end - ptr[i]!);
    for (let e = ptr[i]!; e < end; e++) {
      const j = dst[e]!;
      const w = weight[e]!;
      si += w;
      strength[j]! += w;
      degree[j]!++;
    }
    strength[i]! += si;
    total += 2 * si;
  }
  return { strength, degree, totalStrength: total };
}

/** Builds a LinkGraph from an upper-triangle edge list, computing the node totals unless given. */
export function linkGraph(
  n: number,
  ptr: Uint32Array,
  dst: Uint32Array,
  weight: WeightArray,
  member: Uint8Array,
  totals: { strength: Float64Array; degree: Uint32Array; totalStrength: number } = nodeTotals(n, ptr, dst, weight),
): LinkGraph {
  return { n, edges: ptr[n]!, ptr, dst, weight, member, strength: totals.strength, degree: totals.degree, totalStrength: totals.totalStrength };
}

/** Finds the edge between i and j (either order) by scanning i's or j's row; -1 when absent. */
export function findEdge(g: LinkGraph, i: number, j: number): number {
  const a = Math.min(i, j);
  const b = Math.max(i, j);
  for (let e = g.ptr[a]!; e < g.ptr[a + 1]!; e++) if (g.dst[e] === b) return e;
  return -1;
}

/** The four normalised strengths of a link from the shared count and the two set sizes. */
export function setMeasures(shared: number, sizeA: number, sizeB: number): { salton: number; jaccard: number; inclusion: number } {
  const salton = sizeA > 0 && sizeB > 0 ? shared / Math.sqrt(sizeA * sizeB) : 0;
  const union = sizeA + sizeB - shared;
  const jaccard = union > 0 ? shared / union : 0;
  const min = Math.min(sizeA, sizeB);
  const inclusion = min > 0 ? shared / min : 0;
  return { salton, jaccard, inclusion };
}

/**
 * VOSviewer's association strength of a link: its weight divided by the weight expected when links
 * fall at random given the nodes' total strengths, a_ij / (s_i s_j / S) with S the sum of all
 * strengths (networkanalysis' createNormalizedNetworkUsingAssociationStrength).
 */
export function associationStrength(weight: number, strengthA: number, strengthB: number, totalStrength: number): number {
  const denominator = strengthA * strengthB;
  return denominator > 0 ? (weight * totalStrength) / denominator : 0;
}
