import { CorpusLensError } from '../core/errors.js';
import type { Message } from '../core/message.js';
import { message } from '../core/message.js';
import { summaryCsv, type SummaryRow } from '../export/graph-formats/graph-csv.js';
import { analyseGraph, type AnalysedGraph } from './analyse-graph.js';
import type { CitationInput, TermMatrix } from './citation-input.js';
import { prepareCitations } from './citation-input.js';
import { buildDirectCitation, citationKind } from './citation.js';
import { buildCocitation, cocitationKind } from './cocitation.js';
import { buildCoupling, couplingKind, type Counting } from './coupling.js';
import { LINK_MEASURES, type LinkMeasure } from './link-measure.js';
import { graphFiles, type GraphFile } from './graph-files.js';
import type { GraphKind, KindGraph } from './link-graph.js';
import { buildTextSimilarity, textKind } from './text-similarity.js';

/** What the graphs are built from: matched references (and citations), and/or a TF-IDF matrix. */
export interface GraphsInput {
  citations?: CitationInput;
  terms?: TermMatrix;
}

/** Settings of the similarity graphs; every field has a documented default. */
export interface GraphsOptions {
  /** Kinds to build (default: every kind its input allows). */
  kinds: GraphKind[];
  /** Full or fractional counting for coupling and co-citation (default 'full'). */
  counting: Counting;
  /**
   * Coupling and co-citation: the link weight clustering, PageRank, layout and the files' link
   * weight use: 'shared' (the counted weight, default), 'association' (VOSviewer's association
   * strength), 'salton', 'jaccard' or 'inclusion'. Every measure stays a column of K-edges.csv.
   */
  measure: LinkMeasure;
  /** Coupling: documents sharing fewer works are not linked (default 1). */
  minShared: number;
  /** Coupling: works cited by fewer corpus documents do not count (default 1). */
  minCitations: number;
  /** Co-citation: works cited by fewer corpus documents are left out (default 2). */
  cocitationMinCitations: number;
  /** Co-citation: the N most cited works are nodes (default 1,000). */
  topWorks: number;
  /** Co-citation: works co-cited fewer times are not linked (default 1). */
  minCocitations: number;
  /** Text: pairs less similar are not linked (cosine, default 0.1). */
  minSimilarity: number;
  /** Text: each document's k most similar partners are kept (default 10; 0 keeps all). */
  maxNeighbours: number;
  /** Louvain resolution (default 1). */
  resolution: number;
  /** Seed of Louvain and of the layout (default 42). */
  seed: number;
  /** Exported and drawn graph: top-N nodes by total link strength (default 2,000). */
  maxNodes: number;
  /** Exported and drawn graph: the strongest links among them (default 50,000). */
  maxEdges: number;
  /** ForceAtlas2 iterations (default 100). */
  layoutIterations: number;
}

/** The defaults of every graph setting (see GraphsOptions). */
export const defaultGraphsOptions: Readonly<GraphsOptions> = Object.freeze({
  kinds: ['coupling', 'cocitation', 'citation', 'text'] as GraphKind[],
  counting: 'full',
  measure: 'shared',
  minShared: 1,
  minCitations: 1,
  cocitationMinCitations: 2,
  topWorks: 1000,
  minCocitations: 1,
  minSimilarity: 0.1,
  maxNeighbours: 10,
  resolution: 1,
  seed: 42,
  maxNodes: 2000,
  maxEdges: 50000,
  layoutIterations: 100,
});

/** The graphs built, their files and summary, and what was noticed on the way. */
export interface GraphsResult {
  graphs: AnalysedGraph[];
  summary: SummaryRow[];
  /** Files per kind, then summary.csv. */
  files: GraphFile[];
  messages: Message[];
}

function settingsText(settings: Record<string, string | number>): string {
  return Object.entries(settings)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

/**
 * Builds the similarity graphs of a corpus (bibliographic coupling, co-citation, direct citation,
 * text similarity), clusters each with a seeded Louvain, lays out the top-N part and writes the
 * files as strings. A kind whose input is missing or whose building fails is reported as a message
 * and left out; the others still come. Same input and options, byte-identical files.
 */
export function buildSimilarityGraphs(input: GraphsInput, options: Partial<GraphsOptions> = {}): GraphsResult {
  const o: GraphsOptions = { ...defaultGraphsOptions, ...options };
  const messages: Message[] = [];
  if (!LINK_MEASURES.includes(o.measure)) {
    messages.push(
      message('error', 'graphs', 'graphs-bad-measure', '', `Unknown link measure "${String(o.measure)}": the counted weight (shared) was used instead.`, {
        note: `Choose one of ${LINK_MEASURES.join(', ')}.`,
      }),
    );
    o.measure = 'shared';
  }
  const kinds: KindGraph[] = [];
  const wanted = new Set(o.kinds);
  const common = { resolution: o.resolution, seed: o.seed, maxNodes: o.maxNodes, maxEdges: o.maxEdges };
  const noInput: GraphKind[] = [];
  // The summary names the measure when it is not the counted weight (the default).
  const measureSetting: Record<string, string> = o.measure === 'shared' ? {} : { measure: o.measure };
  const attempt = (kind: GraphKind, build: () => KindGraph | null): void => {
    if (!wanted.has(kind)) return;
    try {
      const k = build();
      if (k) kinds.push(k);
      else noInput.push(kind);
    } catch (error) {
      if (!(error instanceof CorpusLensError)) throw error;
      messages.push(message('error', 'graphs', error.code, '', `The ${kind} graph could not be built: ${error.message}`));
    }
  };
  const prepared = input.citations ? prepareCitations(input.citations) : null;
  if (prepared) messages.push(...prepared.messages);
  attempt('coupling', () => {
    if (!prepared) return null;
    const c = buildCoupling(prepared, { counting: o.counting, minShared: o.minShared, minCitations: o.minCitations });
    return couplingKind(prepared, c, { counting: o.counting, ...measureSetting, minShared: o.minShared, minCitations: o.minCitations, ...common }, o.measure);
  });
  attempt('cocitation', () => {
    if (!prepared) return null;
    const co = buildCocitation(prepared, { counting: o.counting, minCitations: o.cocitationMinCitations, topWorks: o.topWorks, minShared: o.minCocitations });
    return cocitationKind(prepared, co, { counting: o.counting, ...measureSetting, minCitations: o.cocitationMinCitations, topWorks: o.topWorks, minShared: o.minCocitations, ...common }, o.measure);
  });
  attempt('citation', () => {
    if (!prepared || prepared.citations.length === 0) return null;
    return citationKind(prepared, buildDirectCitation(prepared), { ...common });
  });
  attempt('text', () => {
    if (!input.terms) return null;
    const ts = buildTextSimilarity(input.terms, { minSimilarity: o.minSimilarity, maxNeighbours: o.maxNeighbours });
    return textKind(input.terms, ts, { minSimilarity: o.minSimilarity, maxNeighbours: o.maxNeighbours, ...common });
  });
  for (const kind of noInput) {
    const why = kind === 'text' ? 'no term matrix was given' : kind === 'citation' ? 'no citations among the corpus documents were found' : 'no matched references were given';
    messages.push(message('info', 'graphs', 'graphs-kind-skipped', '', `No ${kind} graph: ${why}.`));
  }

  const graphs: AnalysedGraph[] = [];
  const files: GraphFile[] = [];
  const summary: SummaryRow[] = [];
  for (const kind of kinds) {
    const a = analyseGraph(kind, { ...common, layoutIterations: o.layoutIterations });
    graphs.push(a);
    messages.push(...a.messages);
    if (kind.graph.edges === 0) {
      messages.push(message('warning', 'graphs', 'graphs-no-links', '', `The ${kind.kind} graph has no links: no two ${kind.itemName.toLowerCase()}s are related with the current thresholds.`));
    }
    files.push(...graphFiles(a));
    summary.push({
      kind: kind.kind,
      nodes: a.nodes,
      edges: kind.graph.edges,
      clusters: a.clusters,
      modularity: a.modularity,
      isolated: a.isolated,
      exported_nodes: a.selection.nodes.length,
      exported_edges: a.selection.edges.length,
      settings: settingsText(kind.settings),
    });
  }
  files.push({ name: 'summary.csv', content: summaryCsv(summary) });
  return { graphs, summary, files, messages };
}
