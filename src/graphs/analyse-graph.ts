import type { Message } from '../core/message.js';
import { message } from '../core/message.js';
import { symmetricAdjacency } from './adjacency.js';
import { forceAtlasLayout, type Positions } from './layout.js';
import type { KindGraph, LinkGraph } from './link-graph.js';
import { linkGraph } from './link-graph.js';
import { louvain } from './louvain.js';
import { betweenness, pagerank } from './metrics.js';
import { selectForExport, type Selection } from './select.js';

export interface AnalyseOptions {
  /** Louvain resolution (default 1). */
  resolution?: number;
  /** Seed of Louvain's node order and of the layout's initial positions (default 42). */
  seed?: number;
  /** Most nodes and edges in the exported, drawn graph (defaults 2,000 and 50,000). */
  maxNodes?: number;
  maxEdges?: number;
  /** ForceAtlas2 iterations (default 100). */
  layoutIterations?: number;
  /** Betweenness is computed on the drawn graph when its nodes x links stay under this (default 2e7, under a second). */
  betweennessBudget?: number;
}

/** A graph with its clusters, node metrics, and the drawn part with its layout. */
export interface AnalysedGraph {
  kind: KindGraph;
  /** 1-based cluster of each node (numbered by decreasing size), 0 for nodes outside the graph. */
  cluster: Int32Array;
  clusters: number;
  /** Modularity of the clustering (null when the graph has no links). */
  modularity: number | null;
  /** Member nodes, and those without any link. */
  nodes: number;
  isolated: number;
  pagerank: Float64Array;
  /** Betweenness of the drawn nodes in the drawn graph (by node index; NaN for nodes not drawn); null when too large. */
  betweenness: Float64Array | null;
  selection: Selection;
  positions: Positions;
  messages: Message[];
}

/** Unweighted betweenness within the drawn graph, spread back to node indices (NaN elsewhere). */
function drawnBetweenness(g: LinkGraph, sel: Selection): Float64Array {
  const m = sel.nodes.length;
  const ptr = new Uint32Array(m + 1);
  for (let t = 0; t < sel.source.length; t++) ptr[sel.source[t]! + 1]!++;
  for (let p = 0; p < m; p++) ptr[p + 1] = ptr[p + 1]! + ptr[p]!;
  const sub = linkGraph(m, ptr, sel.target, new Float64Array(sel.target.length).fill(1), new Uint8Array(m).fill(1));
  const local = betweenness(symmetricAdjacency(sub), sub.member);
  const out = new Float64Array(g.n).fill(NaN);
  sel.nodes.forEach((i, p) => (out[i] = local[p]!));
  return out;
}

/**
 * Clusters a graph (Louvain on its compact adjacency), computes node metrics (degree, weighted
 * degree and PageRank on the whole graph; betweenness on the drawn part, when affordable), selects
 * the part to export and lays it out. With kind.measure, clustering, PageRank and layout use its
 * weights; the top-N selection keeps the counted ones.
 */
export function analyseGraph(kind: KindGraph, options: AnalyseOptions = {}): AnalysedGraph {
  const g = kind.graph;
  const seed = options.seed ?? 42;
  const resolution = options.resolution ?? 1;
  const messages: Message[] = [];
  // Clustering, PageRank and layout run on the chosen measure's weights when there is one.
  const weighted = kind.measure ? linkGraph(g.n, g.ptr, g.dst, kind.measure.weight, g.member) : g;
  const adj = symmetricAdjacency(weighted);
  const result = louvain(adj, { resolution, seed });
  // Number clusters among member nodes only, by decreasing size, ties by smallest node.
  const size = new Uint32Array(result.count);
  const first = new Int32Array(result.count).fill(-1);
  let nodes = 0;
  let isolated = 0;
  for (let i = 0; i < g.n; i++) {
    if (g.member[i] === 0) continue;
    nodes++;
    if (g.degree[i] === 0) isolated++;
    const c = result.membership[i]!;
    size[c]!++;
    if (first[c]! < 0) first[c] = i;
  }
  const used: number[] = [];
  for (let c = 0; c < result.count; c++) if (size[c]! > 0) used.push(c);
  used.sort((a, b) => size[b]! - size[a]! || first[a]! - first[b]!);
  const rank = new Int32Array(result.count);
  used.forEach((c, r) => (rank[c] = r + 1));
  const cluster = new Int32Array(g.n);
  for (let i = 0; i < g.n; i++) cluster[i] = g.member[i] === 1 ? rank[result.membership[i]!]! : 0;

  const pr = pagerank(adj, g.member);
  const selection = selectForExport(g, { ...(options.maxNodes !== undefined ? { maxNodes: options.maxNodes } : {}), ...(options.maxEdges !== undefined ? { maxEdges: options.maxEdges } : {}) });
  if (selection.nodes.length < nodes) {
    messages.push(
      message('info', 'graphs', 'graphs-top-n', '', `The ${kind.kind} graph files hold the ${selection.nodes.length} of ${nodes} nodes with the greatest total link strength; the node table lists all of them with their clusters.`),
    );
  }
  const budget = options.betweennessBudget ?? 2e7;
  let bc: Float64Array | null = null;
  if (selection.nodes.length * Math.max(1, selection.edges.length) <= budget) bc = drawnBetweenness(g, selection);
  else {
    messages.push(
      message('info', 'graphs', 'graphs-betweenness-skipped', '', `Betweenness was not computed for the ${kind.kind} graph: ${selection.nodes.length} drawn nodes and ${selection.edges.length} links would take too long.`, {
        note: 'Lower the number of exported nodes or links to get it.',
      }),
    );
  }
  const weight = Float64Array.from(selection.edges, (e) => weighted.weight[e]!);
  const positions = forceAtlasLayout(selection.nodes.length, selection.source, selection.target, weight, {
    seed,
    groups: Array.from(selection.nodes, (i) => cluster[i]!),
    ...(options.layoutIterations !== undefined ? { iterations: options.layoutIterations } : {}),
  });
  return {
    kind,
    cluster,
    clusters: used.length,
    modularity: g.edges > 0 ? result.modularity : null,
    nodes,
    isolated,
    pagerank: pr,
    betweenness: bc,
    selection,
    positions,
    messages,
  };
}
