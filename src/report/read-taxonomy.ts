import type { Message } from '../core/message.js';
import { LIMITS } from './limits.js';
import { num, readTable, type Table } from './read-table.js';
import type { ReportDoc, ReportTaxonomy, TaxonomyCategory, TaxonomyFinding } from './report-data.js';

const FACET_ORDER = ['problem', 'strategy'];
/** Dimensions of the default codebook, from the policy level down to operation; others follow alphabetically. */
const DIMENSION_ORDER = ['policy', 'mechanism', 'operation'];
const KIND_ORDER = ['policy', 'paper'];

function orderOf(list: readonly string[], v: string): number {
  const i = list.indexOf(v);
  return i < 0 ? list.length : i;
}

/** Categories in heatmap order: problems, then strategies; within a facet by dimension (policy, mechanism, operation, others), then id. */
export function compareCategories(a: TaxonomyCategory, b: TaxonomyCategory): number {
  return (
    orderOf(FACET_ORDER, a.facet) - orderOf(FACET_ORDER, b.facet) ||
    (a.facet < b.facet ? -1 : a.facet > b.facet ? 1 : 0) ||
    orderOf(DIMENSION_ORDER, a.dimension) - orderOf(DIMENSION_ORDER, b.dimension) ||
    (a.dimension < b.dimension ? -1 : a.dimension > b.dimension ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * Reads taxonomy/findings.csv (the coded sentences) into a documents x categories matrix with the
 * sentences behind each cell. Without findings.csv, counts are read from taxonomy/frequency.csv when
 * it is in long form (document, category, count); null when neither is there.
 */
export async function readTaxonomy(outDir: string, docs: readonly ReportDoc[], messages: Message[], notes: string[]): Promise<ReportTaxonomy | null> {
  const findings = await readTable(outDir, 'taxonomy/findings.csv', ['document', 'category']);
  if (findings.message) messages.push(findings.message);
  if (findings.table) return fromFindings(findings.table, docs, notes);
  const frequency = await readTable(outDir, 'taxonomy/frequency.csv', ['document']);
  if (frequency.message) messages.push(frequency.message);
  if (frequency.table) {
    const t = fromFrequency(frequency.table, docs, notes);
    if (t) return t;
  }
  notes.push('Taxonomy: the output folder has no taxonomy/findings.csv; run corpus-lens run with the taxonomy stage to code the documents.');
  return null;
}

interface Cell {
  doc: string;
  category: TaxonomyCategory;
  count: number;
}

function fromFindings(table: Table, docs: readonly ReportDoc[], notes: string[]): ReportTaxonomy {
  const cats = new Map<string, TaxonomyCategory>();
  const raw: (Omit<TaxonomyFinding, 'd' | 'c'> & { doc: string; cat: string; offset: number })[] = [];
  for (const r of table.rows) {
    const doc = r.document ?? '';
    const cat = r.category ?? '';
    if (doc === '' || cat === '') continue;
    if (!cats.has(cat)) cats.set(cat, { id: cat, facet: r.facet ?? '', dimension: r.dimension ?? '' });
    let sentence = (r.sentence ?? '').replace(/\s+/g, ' ').trim();
    if (sentence.length > LIMITS.sentenceChars) sentence = `${sentence.slice(0, LIMITS.sentenceChars)}…`;
    raw.push({ doc, cat, offset: num(r.offset) ?? 0, page: num(r.page), section: r.section ?? '', score: num(r.score), cues: r.cues ?? '', sentence });
  }
  const cells: Cell[] = raw.map((f) => ({ doc: f.doc, category: cats.get(f.cat)!, count: 1 }));
  const tax = assemble(cats, cells, docs, notes, 'taxonomy/findings.csv');
  const row = new Map(tax.docs.map((d, i) => [d, i]));
  const col = new Map(tax.categories.map((c, i) => [c.id, i]));
  tax.findings = raw
    .filter((f) => row.has(f.doc))
    .map((f) => ({ f, d: row.get(f.doc)!, c: col.get(f.cat)! }))
    .sort((a, b) => a.d - b.d || (a.f.page ?? 0) - (b.f.page ?? 0) || a.f.offset - b.f.offset || a.c - b.c)
    .map(({ f, d, c }) => ({ d, c, page: f.page, section: f.section, score: f.score, cues: f.cues, sentence: f.sentence }));
  return tax;
}

function fromFrequency(table: Table, docs: readonly ReportDoc[], notes: string[]): ReportTaxonomy | null {
  const countColumn = ['count', 'findings', 'frequency'].find((c) => table.header.includes(c));
  if (!table.header.includes('category') || !countColumn) {
    notes.push('Taxonomy: taxonomy/frequency.csv is not in the long form the report reads (document, category, count) and there is no findings.csv.');
    return null;
  }
  const cats = new Map<string, TaxonomyCategory>();
  const cells: Cell[] = [];
  for (const r of table.rows) {
    const doc = r.document ?? '';
    const cat = r.category ?? '';
    if (doc === '' || cat === '') continue;
    if (!cats.has(cat)) cats.set(cat, { id: cat, facet: r.facet ?? '', dimension: r.dimension ?? '' });
    cells.push({ doc, category: cats.get(cat)!, count: num(r[countColumn]) ?? 0 });
  }
  notes.push('Taxonomy: taxonomy/findings.csv is absent, so the counts come from frequency.csv and clicking a cell shows no sentences.');
  return assemble(cats, cells, docs, notes, 'taxonomy/frequency.csv');
}

function assemble(cats: Map<string, TaxonomyCategory>, cells: Cell[], docs: readonly ReportDoc[], notes: string[], source: string): ReportTaxonomy {
  const categories = [...cats.values()].sort(compareCategories);
  const col = new Map(categories.map((c, i) => [c.id, i]));
  const byId = new Map(docs.map((d) => [d.id, d]));
  const totals = new Map<string, number>();
  // Every document read is a row (a policy that names no problem is a finding too), then documents
  // that only the taxonomy table knows.
  for (const d of docs) if (d.status === 'ok') totals.set(d.id, 0);
  for (const c of cells) totals.set(c.doc, (totals.get(c.doc) ?? 0) + c.count);
  let ids = [...totals.keys()];
  let hiddenDocs = 0;
  if (ids.length > LIMITS.heatmapRows) {
    const keep = new Set(
      [...ids].sort((a, b) => totals.get(b)! - totals.get(a)! || (a < b ? -1 : a > b ? 1 : 0)).slice(0, LIMITS.heatmapRows),
    );
    hiddenDocs = ids.filter((id) => !keep.has(id) && totals.get(id)! > 0).length;
    ids = ids.filter((id) => keep.has(id));
    notes.push(`Taxonomy: the heatmap shows the ${LIMITS.heatmapRows} documents with the most findings; ${source} lists all.`);
  }
  ids.sort((a, b) => {
    const da = byId.get(a);
    const db = byId.get(b);
    return (
      orderOf(KIND_ORDER, da?.kind ?? '') - orderOf(KIND_ORDER, db?.kind ?? '') ||
      (da?.year ?? 9999) - (db?.year ?? 9999) ||
      (a < b ? -1 : a > b ? 1 : 0)
    );
  });
  const row = new Map(ids.map((d, i) => [d, i]));
  const counts = ids.map(() => categories.map(() => 0));
  for (const c of cells) {
    const r = row.get(c.doc);
    if (r !== undefined) counts[r]![col.get(c.category.id)!]! += c.count;
  }
  const total = cells.reduce((s, c) => s + c.count, 0);
  return { categories, docs: ids, sentences: ids.map((id) => byId.get(id)?.sentences ?? null), counts, findings: [], hiddenDocs, source, total };
}
