import type { Doc } from '../core/doc.js';
import type { Message } from '../core/message.js';
import type { OutputFile } from '../export/write-files.js';
import { buildSimilarityGraphs, type CitationInput, type GraphDoc, type GraphsOptions, type GraphsResult, type TermMatrix } from '../graphs/index.js';
import type { ReferencesResult } from '../references/stage/analyse-references.js';
import type { ThemesAnalysis } from '../themes/analyse-themes.js';

function graphDoc(d: Doc): GraphDoc {
  const label = d.title ? (d.title.length > 60 ? `${d.title.slice(0, 59)}…` : d.title) : d.id;
  return { id: d.id, label, ...(d.year !== null ? { year: d.year } : {}), kind: d.kind };
}

/** The documents × works matrix of the graphs, from the references stage: which works each document cites. */
export function citationInput(docs: readonly Doc[], refs: ReferencesResult): CitationInput {
  const ok = docs.filter((d) => d.status === 'ok');
  const docIndex = new Map(ok.map((d, i) => [d.id, i]));
  const workIndex = new Map(refs.match.works.map((w, i) => [w.id, i]));
  const rows: Set<number>[] = ok.map(() => new Set<number>());
  for (const a of refs.match.assignments) {
    const d = docIndex.get(a.key.slice(0, a.key.lastIndexOf('#')));
    const w = workIndex.get(a.workId);
    if (d !== undefined && w !== undefined) rows[d]!.add(w);
  }
  const docPtr = new Uint32Array(ok.length + 1);
  const idx: number[] = [];
  rows.forEach((set, i) => {
    idx.push(...[...set].sort((a, b) => a - b));
    docPtr[i + 1] = idx.length;
  });
  const pairs: number[] = [];
  const citedDocOf = new Map<string, string>();
  for (const c of refs.corpusCitations) if (!citedDocOf.has(c.workId)) citedDocOf.set(c.workId, c.docId);
  rows.forEach((set, citing) => {
    for (const w of set) {
      const cited = docIndex.get(citedDocOf.get(refs.match.works[w]!.id) ?? '');
      if (cited !== undefined && cited !== citing) pairs.push(citing, cited);
    }
  });
  for (const m of refs.mentions) {
    const citing = docIndex.get(m.citingId);
    const cited = docIndex.get(m.docId);
    if (citing !== undefined && cited !== undefined && citing !== cited) pairs.push(citing, cited);
  }
  return {
    docs: ok.map(graphDoc),
    works: refs.match.works.map((w) => ({ id: w.id, label: w.citation.length > 80 ? `${w.citation.slice(0, 79)}…` : w.citation })),
    docPtr,
    workIdx: Uint32Array.from(idx),
    citations: Uint32Array.from(pairs),
  };
}

/** The documents × terms TF-IDF matrix of the themes stage, for the text-similarity graph. */
export function termMatrix(docs: readonly Doc[], themes: ThemesAnalysis): TermMatrix {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const m = themes.matrix;
  return {
    docs: themes.index.docs.map((td) => graphDoc(byId.get(td.id)!)),
    terms: [...themes.index.terms],
    docPtr: Uint32Array.from(m.docPtr),
    termIdx: Uint32Array.from(m.termIds),
    values: Float32Array.from(m.weights),
  };
}

/**
 * The graphs stage: bibliographic coupling, co-citation, direct citation and text similarity,
 * clustered and laid out with a fixed seed. Writes output/graphs/.
 */
export function graphsStage(
  docs: readonly Doc[],
  refs: ReferencesResult,
  themes: ThemesAnalysis,
  options: Partial<GraphsOptions> = {},
): { result: GraphsResult; files: OutputFile[]; messages: Message[] } {
  const result = buildSimilarityGraphs({ citations: citationInput(docs, refs), terms: termMatrix(docs, themes) }, options);
  return { result, files: result.files.map((f) => ({ path: `graphs/${f.name}`, contents: f.content })), messages: result.messages };
}
