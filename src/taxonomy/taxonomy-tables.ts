import type { Table } from '../export/csv.js';
import { FACETS, type Codebook, type Facet } from './codebook.js';
import type { CodedDocument } from './code-documents.js';

/** Rounds to `digits` decimals without float noise (the same on every machine). */
function round(x: number, digits: number): number {
  if (!Number.isFinite(x)) return 0;
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

/** Findings per 100 sentences (0 for a document without counted sentences). */
function rate(count: number, sentences: number): number {
  return sentences > 0 ? round((100 * count) / sentences, 4) : 0;
}

/**
 * taxonomy-findings: one row per coded unit and category, in document order, each pointing back to
 * its place (page, section, sentence number, offsets) with its evidence.
 * @param docs the coded documents
 */
export function findingsTable(docs: readonly CodedDocument[]): Table {
  const rows: Array<Array<string | number>> = [];
  for (const d of docs) {
    for (const f of d.findings) {
      rows.push([f.document, f.kind, f.page ?? '', f.section, f.sentence, f.offset, f.end, f.category, f.facet, f.dimension, f.score, f.cues.join('; '), f.text]);
    }
  }
  return { header: ['document', 'kind', 'page', 'section', 'sentence', 'offset', 'end', 'category', 'facet', 'dimension', 'score', 'cues', 'text'], rows };
}

/**
 * taxonomy-frequency: document × category, every pair (zeros included, codebook order): units
 * coded with the category and the rate per 100 counted sentences.
 * @param docs the coded documents
 * @param codebook the codebook they were coded with
 */
export function frequencyTable(docs: readonly CodedDocument[], codebook: Codebook): Table {
  const rows: Array<Array<string | number>> = [];
  for (const d of docs) {
    const counts = new Map<string, number>();
    for (const f of d.findings) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
    for (const c of codebook.categories) {
      const n = counts.get(c.id) ?? 0;
      rows.push([d.document, d.kind, d.language, d.sentences, c.id, c.facet, c.dimension, n, rate(n, d.sentences)]);
    }
  }
  return { header: ['document', 'kind', 'language', 'sentences', 'category', 'facet', 'dimension', 'count', 'rate_per_100_sentences'], rows };
}

/**
 * taxonomy-dimensions: findings rolled up by dimension and facet, per document (level
 * `document`), per kind of document (level `kind`: policy against paper) and for the whole corpus
 * (level `corpus`). `documents` counts the documents with at least one such finding; `share` is
 * the part of the facet's findings at that level that fall in the dimension.
 * @param docs the coded documents
 * @param codebook the codebook they were coded with
 */
export function dimensionsTable(docs: readonly CodedDocument[], codebook: Codebook): Table {
  const rows: Array<Array<string | number>> = [];
  const add = (level: string, key: string, kind: string, group: readonly CodedDocument[]): void => {
    const sentences = group.reduce((n, d) => n + d.sentences, 0);
    for (const facet of FACETS) {
      const facetTotal = group.reduce((n, d) => n + d.findings.filter((f) => f.facet === facet).length, 0);
      for (const dim of codebook.dimensions) {
        const count = (d: CodedDocument): number => d.findings.filter((f) => f.facet === facet && f.dimension === dim.id).length;
        const findings = group.reduce((n, d) => n + count(d), 0);
        const withAny = group.filter((d) => count(d) > 0).length;
        rows.push([level, key, kind, dim.id, facet, findings, withAny, sentences, rate(findings, sentences), facetTotal > 0 ? round(findings / facetTotal, 4) : 0]);
      }
    }
  };
  for (const d of docs) add('document', d.document, d.kind, [d]);
  const kinds = [...new Set(docs.map((d) => d.kind))].sort();
  for (const k of kinds) add('kind', k, k, docs.filter((d) => d.kind === k));
  add('corpus', 'all', '', docs);
  return { header: ['level', 'key', 'kind', 'dimension', 'facet', 'findings', 'documents', 'sentences', 'rate_per_100_sentences', 'share'], rows };
}

/** Count of findings per facet, for summaries. */
export function facetCounts(docs: readonly CodedDocument[]): Record<Facet, number> {
  const out: Record<Facet, number> = { problem: 0, strategy: 0 };
  for (const d of docs) for (const f of d.findings) out[f.facet]++;
  return out;
}
