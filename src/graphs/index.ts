/** The similarity graphs: what other stages and the pipeline call. */
export type { CitationInput, GraphDoc, GraphWork, TermMatrix, PreparedCitations } from './citation-input.js';
export { prepareCitations } from './citation-input.js';
export type { GraphsInput, GraphsOptions, GraphsResult } from './similarity-graphs.js';
export { buildSimilarityGraphs, defaultGraphsOptions } from './similarity-graphs.js';
export type { GraphFile } from './graph-files.js';
export type { GraphKind, LinkGraph, KindGraph } from './link-graph.js';
export { buildCoupling, couplingEvidence, type Counting } from './coupling.js';
export { LINK_MEASURES, type LinkMeasure } from './link-measure.js';
export { buildCocitation, cocitationEvidence } from './cocitation.js';
export { buildDirectCitation } from './citation.js';
export { buildTextSimilarity, textEvidence } from './text-similarity.js';
export { countSharedPairs } from './pair-counts.js';
export { symmetricAdjacency, modularity } from './adjacency.js';
export { louvain } from './louvain.js';
