import { writeGexf } from '../export/graph-formats/gexf.js';
import { writeGraphml } from '../export/graph-formats/graphml.js';
import { writePajek } from '../export/graph-formats/pajek.js';
import { writeVosviewerJson, writeVosviewerMap, writeVosviewerNetwork } from '../export/graph-formats/vosviewer.js';
import type { OutputFile } from '../export/write-files.js';
import { analyseGraph, type AnalyseOptions } from '../graphs/analyse-graph.js';
import type { ExportGraph } from '../graphs/export-graph.js';
import { exportGraph, nodeColumns } from '../graphs/graph-files.js';
import { linkGraph, type GraphKind, type KindGraph } from '../graphs/link-graph.js';
import type { CooccurrenceNetwork } from '../themes/cooccurrence.js';

/** The kind of the co-occurrence graph in the graph files (GraphML graph id, titles). */
const COOCCURRENCE_KIND = 'cooccurrence' satisfies GraphKind;

/** The co-occurrence network as a graph of src/graphs: nodes are terms, link weight the units holding both. */
export function cooccurrenceKindGraph(network: CooccurrenceNetwork): KindGraph {
  const n = network.nodes.length;
  // Upper-triangle compressed sparse rows: edges by source, then target.
  const edges = [...network.edges].sort((a, b) => a.source - b.source || a.target - b.target);
  const ptr = new Uint32Array(n + 1);
  for (const e of edges) ptr[e.source + 1]!++;
  for (let i = 0; i < n; i++) ptr[i + 1] = ptr[i + 1]! + ptr[i]!;
  const dst = Uint32Array.from(edges, (e) => e.target);
  const weight = Uint32Array.from(edges, (e) => e.weight);
  const graph = linkGraph(n, ptr, dst, weight, new Uint8Array(n).fill(1));
  return {
    kind: COOCCURRENCE_KIND,
    graph,
    itemName: 'Term',
    nodeNumbers: ['frequency', 'units'],
    node: (i) => {
      const node = network.nodes[i]!;
      return { id: node.term, label: node.label, numbers: [node.frequency, node.units] };
    },
    edgeColumns: [{ name: 'association', type: 'double' }],
    edgeValues: (_i, _j, e) => [edges[e]!.association],
    evidenceColumns: [],
    evidence: () => [],
    settings: { window: network.window, units: network.units },
  };
}

/** The exported co-occurrence graph: every node and link, with Louvain clusters and a seeded ForceAtlas2 layout. */
export function cooccurrenceExportGraph(network: CooccurrenceNetwork, options: AnalyseOptions = {}): ExportGraph {
  const kind = cooccurrenceKindGraph(network);
  const n = network.nodes.length;
  const a = analyseGraph(kind, { maxNodes: Math.max(n, 1), maxEdges: Math.max(network.edges.length, 1), ...options });
  const columns = nodeColumns(a);
  const graph = exportGraph(a, {
    attributes: [{ name: 'language', type: 'string' }, ...columns.attributes],
    values: (i) => [network.nodes[i]!.language, ...columns.values(i)],
  });
  return { ...graph, title: `Term co-occurrence (${network.window === 'sentence' ? 'sentences' : 'documents'} holding both terms)` };
}

/**
 * The graph files of the term co-occurrence network, as the similarity graphs get them:
 * themes/cooccurrence.gexf, .graphml, .net, .vosviewer.json, -vosviewer-map.txt and
 * -vosviewer-network.txt. Same network, byte-identical files (seeded clustering and layout).
 */
export function cooccurrenceGraphFiles(network: CooccurrenceNetwork, options: AnalyseOptions = {}): OutputFile[] {
  const graph = cooccurrenceExportGraph(network, options);
  return [
    { path: 'themes/cooccurrence.gexf', contents: writeGexf(graph) },
    { path: 'themes/cooccurrence.graphml', contents: writeGraphml(graph) },
    { path: 'themes/cooccurrence.net', contents: writePajek(graph) },
    { path: 'themes/cooccurrence.vosviewer.json', contents: writeVosviewerJson(graph) },
    { path: 'themes/cooccurrence-vosviewer-map.txt', contents: writeVosviewerMap(graph) },
    { path: 'themes/cooccurrence-vosviewer-network.txt', contents: writeVosviewerNetwork(graph) },
  ];
}
