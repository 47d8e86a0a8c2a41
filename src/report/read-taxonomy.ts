import type { Message } from '../core/message.js';
import { LIMITS } from './limits.js';
import { num, readTable, type Table } from './read-table.js';
import type { ReportDoc, ReportTaxonomy, TaxonomyCategory, TaxonomyFinding } from './report-data.js';

const FACET_ORDER = ['problem', 'strategy'];
/** Dimensions of the default codebook, from the policy level down to operation; others follow in order of appearance. */
const DIMENSION_ORDER = ['policy', 'mechanism', 'operation'];
const KIND_ORDER = ['policy', 'paper'];

function orderOf(list: readonly string[], v: string): number {
  const i = list.indexOf(v);
  return i < 0 ? list.length : i;
}

/**
 * Categories in heatmap order: problems, then strategies, then other facets; within a facet by
 * dimension (policy, mechanism, operation, then others as they first appear); within a dimension in
 * the order given (the codebook's order, as frequency.csv lists it).
 */
export function orderCategories(categories: readonly TaxonomyCategory[]): TaxonomyCategory[] {
  const facets = [...new Set(categories.map((c) => c.facet))];
  const dims = [...new Set(categories.map((c) => c.dimension))];
  const rank = (list: readonly string[], known: readonly string[], v: string): number => (known.includes(v) ? known.indexOf(v) : known.length + list.indexOf(v));
  return categories
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(facets, FACET_ORDER, a.c.facet) - rank(facets, FACET_ORDER, b.c.facet) || rank(dims, DIMENSION_ORDER, a.c.dimension) - rank(dims, DIMENSION_ORDER, b.c.dimension) || a.i - b.i)
    .map((x) => x.c);
}

/**
 * Reads the taxonomy tables into a documents x categories matrix with the sentences behind each
 * cell: taxonomy/findings.csv (one row per coded sentence and category; the sentence's text in
 * `text`, or in `sentence` when there is no `text` column) for the counts and the sentences, and
 * taxonomy/frequency.csv (long form: document, category, count) for the codebook's categories and
 * their order, and for the counts when findings.csv is absent. Null when neither is there.
 */
export async function readTaxonomy(outDir: string, docs: readonly ReportDoc[], messages: Message[], notes: string[]): Promise<ReportTaxonomy | null> {
  const findings = await readTable(outDir, 'taxonomy/findings.csv', ['document', 'category']);
  if (findings.message) messages.push(findings.message);
  const frequency = await readTable(outDir, 'taxonomy/frequency.csv', ['document', 'category']);
  if (frequency.message) messages.push(frequency.message);
  const countColumn = frequency.table ? ['count', 'findings', 'frequency'].find((c) => frequency.table!.header.includes(c)) : undefined;
  if (frequency.table && !countColumn) notes.push('Taxonomy: taxonomy/frequency.csv has no count column; its categories are used, not its counts.');

  const cats = new Map<string, TaxonomyCategory>();
  const addCategory = (r: Record<string, string>): string => {
    const id = r.category ?? '';
    if (id !== '' && !cats.has(id)) cats.set(id, { id, facet: r.facet ?? '', dimension: r.dimension ?? '' });
    return id;
  };
  for (const r of frequency.table?.rows ?? []) addCategory(r);
  const sentencesOf = new Map<string, number>();
  for (const r of frequency.table?.rows ?? []) {
    const s = num(r.sentences);
    if (s !== null && r.document) sentencesOf.set(r.document, s);
  }

  const cells: Cell[] = [];
  const raw: Raw[] = [];
  let source: string;
  if (findings.table) {
    source = 'taxonomy/findings.csv';
    const hasText = findings.table.header.includes('text');
    for (const r of findings.table.rows) {
      const doc = r.document ?? '';
      const cat = addCategory(r);
      if (doc === '' || cat === '') continue;
      let sentence = (hasText ? (r.text ?? '') : (r.sentence ?? '')).replace(/\s+/g, ' ').trim();
      if (sentence.length > LIMITS.sentenceChars) sentence = `${sentence.slice(0, LIMITS.sentenceChars)}…`;
      raw.push({
        doc,
        cat,
        page: num(r.page),
        offset: num(r.offset),
        number: hasText ? num(r.sentence) : null,
        section: r.section ?? '',
        score: num(r.score),
        cues: r.cues ?? '',
        sentence,
      });
      cells.push({ doc, cat, count: 1 });
    }
  } else if (frequency.table && countColumn) {
    source = 'taxonomy/frequency.csv';
    for (const r of frequency.table.rows) {
      const doc = r.document ?? '';
      const cat = r.category ?? '';
      if (doc !== '' && cat !== '') cells.push({ doc, cat, count: num(r[countColumn]) ?? 0 });
    }
    notes.push('Taxonomy: taxonomy/findings.csv is absent, so the counts come from frequency.csv and clicking a cell shows no sentences.');
  } else {
    notes.push('Taxonomy: the output folder has no taxonomy/findings.csv; run corpus-lens run with the taxonomy stage to code the documents.');
    return null;
  }

  const tax = assemble(orderCategories([...cats.values()]), cells, docs, sentencesOf, notes, source);
  const row = new Map(tax.docs.map((d, i) => [d, i]));
  const col = new Map(tax.categories.map((c, i) => [c.id, i]));
  tax.findings = raw
    .filter((f) => row.has(f.doc))
    .map((f) => ({ f, d: row.get(f.doc)!, c: col.get(f.cat)! }))
    .sort((a, b) => a.d - b.d || (a.f.page ?? 0) - (b.f.page ?? 0) || (a.f.offset ?? 0) - (b.f.offset ?? 0) || a.c - b.c)
    .map(({ f, d, c }): TaxonomyFinding => ({ d, c, page: f.page, offset: f.offset, number: f.number, section: f.section, score: f.score, cues: f.cues, sentence: f.sentence }));
  return tax;
}

type Raw = Omit<TaxonomyFinding, 'd' | 'c'> & { doc: string; cat: string };

interface Cell {
  doc: string;
  cat: string;
  count: number;
}

function assemble(
  categories: TaxonomyCategory[],
  cells: Cell[],
  docs: readonly ReportDoc[],
  sentencesOf: ReadonlyMap<string, number>,
  notes: string[],
  source: string,
): ReportTaxonomy {
  const col = new Map(categories.map((c, i) => [c.id, i]));
  const byId = new Map(docs.map((d) => [d.id, d]));
  const totals = new Map<string, number>();
  // Every document read is a row (a policy that names no problem is a finding too), then documents
  // that only the taxonomy tables know.
  for (const d of docs) if (d.status === 'ok') totals.set(d.id, 0);
  for (const c of cells) totals.set(c.doc, (totals.get(c.doc) ?? 0) + c.count);
  let ids = [...totals.keys()];
  let hiddenDocs = 0;
  if (ids.length > LIMITS.heatmapRows) {
    const keep = new Set([...ids].sort((a, b) => totals.get(b)! - totals.get(a)! || (a < b ? -1 : a > b ? 1 : 0)).slice(0, LIMITS.heatmapRows));
    hiddenDocs = ids.filter((id) => !keep.has(id) && totals.get(id)! > 0).length;
    ids = ids.filter((id) => keep.has(id));
    notes.push(`Taxonomy: the heatmap shows the ${LIMITS.heatmapRows} documents with the most findings; ${source} lists all.`);
  }
  ids.sort((a, b) => {
    const da = byId.get(a);
    const db = byId.get(b);
    return orderOf(KIND_ORDER, da?.kind ?? '') - orderOf(KIND_ORDER, db?.kind ?? '') || (da?.year ?? 9999) - (db?.year ?? 9999) || (a < b ? -1 : a > b ? 1 : 0);
  });
  const row = new Map(ids.map((d, i) => [d, i]));
  const counts = ids.map(() => categories.map(() => 0));
  for (const c of cells) {
    const r = row.get(c.doc);
    const j = col.get(c.cat);
    if (r !== undefined && j !== undefined) counts[r]![j]! += c.count;
  }
  const total = cells.reduce((s, c) => s + c.count, 0);
  return {
    categories,
    docs: ids,
    sentences: ids.map((id) => byId.get(id)?.sentences ?? sentencesOf.get(id) ?? null),
    counts,
    findings: [],
    hiddenDocs,
    source,
    total,
  };
}
