import type { ReportData, ReportTaxonomy } from '../report-data.js';
import { barsFigure } from './bars-figure.js';
import { heatmapFigure } from './heatmap-figure.js';
import { keynessFigure } from './keyness-figure.js';
import { networkFigure } from './network-figure.js';
import type { Scene } from './scene.js';
import { trendsFigure } from './trends-figure.js';

/** Documents (rows) in the taxonomy heatmap figure at most: those with the most findings. */
export const FIGURE_HEATMAP_ROWS = 60;

const NETWORK_TITLES: Record<string, string> = {
  coupling: 'Bibliographic coupling of documents',
  cocitation: 'Co-citation of cited works',
  citation: 'Direct citations among documents',
  text: 'Text similarity of documents',
};

/**
 * The publication figures of a report, as scenes: a map of each network, top terms and phrases,
 * each keyness comparison, the taxonomy heatmap (documents and kinds of document), trends by year.
 * Figures whose data is absent are left out.
 */
export function buildFigures(data: ReportData): Scene[] {
  const scenes: Scene[] = [];
  for (const net of data.networks) {
    if (net.nodes.length > 0) scenes.push(networkFigure(net, NETWORK_TITLES[net.kind] ?? net.title));
  }
  const th = data.themes;
  if (th) {
    if (th.terms.length) scenes.push(barsFigure('terms', 'Most frequent terms', 'Occurrences in the corpus (reference lists left out)', th.terms.map((t) => ({ label: t.term, value: t.frequency })), '#2563eb'));
    if (th.phrases.length) scenes.push(barsFigure('phrases', 'Most frequent phrases', 'Occurrences in the corpus', th.phrases.map((t) => ({ label: t.term, value: t.frequency })), '#0d9488'));
    for (const k of th.keyness) if (k.rows.length) scenes.push(keynessFigure(k));
    if (th.trends && th.trends.series.length) scenes.push(trendsFigure(th.trends));
  }
  if (data.taxonomy && data.taxonomy.categories.length) scenes.push(...taxonomyFigures(data, data.taxonomy));
  const names = new Set<string>();
  return scenes.filter((s) => (names.has(s.name) ? false : (names.add(s.name), true)));
}

function shortCategory(id: string): string {
  const dot = id.indexOf('.');
  return dot > 0 && dot < id.length - 1 ? id.slice(dot + 1) : id;
}

function taxonomyFigures(data: ReportData, tax: ReportTaxonomy): Scene[] {
  const docs = new Map(data.documents.map((d) => [d.id, d]));
  const cols = tax.categories.map((c) => ({ label: shortCategory(c.id), group: c.facet, band: c.dimension }));
  const totals = tax.counts.map((row) => row.reduce((s, v) => s + v, 0));
  let rows = tax.docs.map((_, i) => i);
  let subtitle = 'Sentences coded in each document; rows: policy documents (orange mark), then papers (blue)';
  if (rows.length > FIGURE_HEATMAP_ROWS) {
    const keep = new Set([...rows].sort((a, b) => totals[b]! - totals[a]! || a - b).slice(0, FIGURE_HEATMAP_ROWS));
    rows = rows.filter((r) => keep.has(r));
    subtitle = `Sentences coded; the ${FIGURE_HEATMAP_ROWS} documents with the most findings of ${tax.docs.length} (see taxonomy/frequency.csv for all)`;
  }
  const label = (id: string): string => {
    const d = docs.get(id);
    if (!d) return id;
    return `${d.year !== null ? `${d.year} ` : ''}${d.title || d.id}`;
  };
  const byDoc = heatmapFigure({
    name: 'taxonomy-heatmap',
    title: 'Problems and strategies named in each document',
    subtitle,
    rows: rows.map((r) => ({ label: label(tax.docs[r]!), group: docs.get(tax.docs[r]!)?.kind ?? '' })),
    cols,
    values: rows.map((r) => tax.counts[r]!.map((v) => v)),
    measure: 'sentences coded',
  });
  // Kinds of document: rate per 100 sentences.
  const kinds = ['policy', 'paper', ...[...new Set(tax.docs.map((id) => docs.get(id)?.kind ?? ''))].filter((k) => k && k !== 'policy' && k !== 'paper').sort()];
  const kindRows = kinds
    .map((k) => ({ k, rows: tax.docs.map((_, i) => i).filter((i) => docs.get(tax.docs[i]!)?.kind === k) }))
    .filter((x) => x.rows.length > 0);
  const scenes = [byDoc];
  if (kindRows.length > 0) {
    scenes.push(
      heatmapFigure({
        name: 'taxonomy-kinds',
        title: 'Problems and strategies: policy documents against papers',
        subtitle: 'Sentences coded per 100 sentences of all documents of each kind',
        rows: kindRows.map((x) => ({ label: `${x.k} (${x.rows.length} documents)`, group: x.k })),
        cols,
        values: kindRows.map((x) => {
          const sentences = x.rows.reduce((s, r) => s + (tax.sentences[r] ?? 0), 0);
          return tax.categories.map((_, j) => {
            if (sentences <= 0) return null;
            const n = x.rows.reduce((s, r) => s + tax.counts[r]![j]!, 0);
            return Math.round((10000 * n) / sentences) / 100;
          });
        }),
        measure: 'per 100 sentences',
      }),
    );
  }
  return scenes;
}
