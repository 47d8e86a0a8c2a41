import type { Table } from '../export/csv.js';
import type { ThemesAnalysis } from './analyse-themes.js';
import type { TermBurst } from './bursts.js';
import type { CooccurrenceNetwork } from './cooccurrence.js';
import type { GroupTerms } from './groups.js';
import type { KeyTerm } from './key-terms.js';
import type { KwicLine } from './kwic.js';
import type { PhraseResult } from './phrases.js';
import type { TermStat } from './term-table.js';
import type { TrendRow } from './trends.js';

/** Rounds to `digits` decimals, so that outputs do not show float noise (same on every machine). */
export function round(x: number, digits: number): number {
  if (!Number.isFinite(x)) return 0;
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

/** terms.csv: the corpus term table. */
export function termsTable(rows: readonly TermStat[]): Table {
  return {
    header: ['rank', 'term', 'form', 'language', 'frequency', 'documents', 'rate_per_10k', 'tfidf_mean', 'vocabulary'],
    rows: rows.map((r, i) => [i + 1, r.term, r.form, r.language, r.frequency, r.documents, round(r.ratePer10k, 4), round(r.tfidf, 6), r.vocab ? 'yes' : '']),
  };
}

/** key-terms.csv: terms more frequent than in the reference corpus of their language, highest log ratio first. */
export function keyTermsTable(rows: readonly KeyTerm[]): Table {
  return {
    header: ['rank', 'term', 'form', 'language', 'frequency', 'documents', 'rate_per_10k', 'reference', 'reference_frequency', 'reference_per_10k', 'g2', 'significance', 'log_ratio', 'vocabulary'],
    rows: rows.map((r, i) => [
      i + 1,
      r.term,
      r.form,
      r.language,
      r.frequency,
      r.documents,
      round(r.ratePer10k, 4),
      r.reference,
      r.referenceFrequency,
      round(r.referenceRatePer10k, 6),
      round(r.g2, 4),
      r.significance,
      round(r.logRatio, 4),
      r.vocab ? 'yes' : '',
    ]),
  };
}

/** phrases.csv: multi-word phrases, best G² first. */
export function phrasesTable(result: PhraseResult): Table {
  return {
    header: ['rank', 'phrase', 'form', 'language', 'length', 'frequency', 'documents', 'g2', 'pmi', 'noun_phrase'],
    rows: result.phrases.map((p, i) => [i + 1, p.text, p.form, p.language, p.terms.length, p.frequency, p.documents, round(p.g2, 4), round(p.pmi, 4), p.nounPhrase]),
  };
}

/** doc-terms.csv: each document's top terms by TF-IDF, then its top phrases. */
export function docTermsTable(analysis: ThemesAnalysis): Table {
  const { index, matrix, phrases } = analysis;
  const rows: (string | number)[][] = [];
  index.docs.forEach((doc, d) => {
    const year = doc.year ?? '';
    (analysis.docTerms[d] ?? []).forEach((j, i) => {
      const t = matrix.termIds[j] ?? 0;
      rows.push([doc.id, doc.kind, year, 'term', i + 1, index.terms[t] ?? '', index.forms[t] ?? '', lang(index.script[t] ?? 0), matrix.counts[j] ?? 0, round(matrix.weights[j] ?? 0, 6)]);
    });
    (phrases.byDocument[d] ?? []).forEach((p, i) => {
      const phrase = phrases.phrases[p.phrase];
      if (!phrase) return;
      rows.push([doc.id, doc.kind, year, 'phrase', i + 1, phrase.text, phrase.form, phrase.language, p.count, round(p.tfidf, 6)]);
    });
  });
  return { header: ['doc_id', 'kind', 'year', 'type', 'rank', 'term', 'form', 'language', 'count', 'tfidf'], rows };
}

function lang(script: number): string {
  return script === 0 ? 'en' : script === 1 ? 'zh' : '';
}

/** groups.csv: top terms of each group (kind, year, metadata column). */
export function groupsTable(groups: readonly GroupTerms[]): Table {
  const rows: (string | number)[][] = [];
  for (const g of groups) {
    for (const t of g.terms) {
      rows.push([g.by, g.value === '' ? '(none)' : g.value, g.documents, g.tokens, t.rank, t.term, t.form, t.language, t.frequency, t.documents, round(t.ratePer10k, 4)]);
    }
  }
  return {
    header: ['group_by', 'group', 'group_documents', 'group_tokens', 'rank', 'term', 'form', 'language', 'frequency', 'documents', 'rate_per_10k'],
    rows,
  };
}

/** keyness.csv: terms compared between two groups, highest G² first. */
export function keynessTable(keyness: ThemesAnalysis['keyness']): Table {
  const header = ['group_by', 'group_a', 'group_b', 'rank', 'term', 'form', 'language', 'freq_a', 'freq_b', 'rate_a_per_10k', 'rate_b_per_10k', 'g2', 'significance', 'bic', 'log_ratio', 'more_in'];
  if (!keyness) return { header, rows: [] };
  const { spec } = keyness;
  const b = spec.b ?? `not ${spec.a}`;
  return {
    header,
    rows: keyness.rows.map((r, i) => [
      spec.by,
      spec.a,
      b,
      i + 1,
      r.term,
      r.form,
      r.language,
      r.freqA,
      r.freqB,
      round(r.rateA, 4),
      round(r.rateB, 4),
      round(r.g2, 4),
      r.significance,
      round(r.bic, 4),
      round(r.logRatio, 4),
      r.direction === 'A' ? spec.a : b,
    ]),
  };
}

/** trends.csv: yearly series of the top terms (long format: one row per term and year). */
export function trendsTable(rows: readonly TrendRow[]): Table {
  return {
    header: ['term', 'form', 'language', 'year', 'frequency', 'documents', 'rate_per_10k', 'doc_share'],
    rows: rows.map((r) => [r.term, r.form, r.language, r.year, r.frequency, r.documents, round(r.ratePer10k, 4), round(r.docShare, 4)]),
  };
}

/** bursts.csv: Kleinberg bursts of terms, strongest first, with the parameters used. */
export function burstsTable(bursts: readonly TermBurst[], params: { s: number; gamma: number; minDuration: number }): Table {
  return {
    header: ['rank', 'term', 'form', 'language', 'begin', 'end', 'strength', 'documents', 's', 'gamma', 'min_duration'],
    rows: bursts.map((b, i) => [i + 1, b.term, b.form, b.language, b.begin, b.end, round(b.strength, 4), b.documents, params.s, params.gamma, params.minDuration]),
  };
}

/** The co-occurrence network as a node table and an edge table (ids are node indices). */
export function cooccurrenceTables(network: CooccurrenceNetwork): { nodes: Table; edges: Table } {
  return {
    nodes: {
      header: ['node', 'term', 'label', 'language', 'frequency', 'units'],
      rows: network.nodes.map((n, i) => [i, n.term, n.label, n.language, n.frequency, n.units]),
    },
    edges: {
      header: ['source', 'target', 'source_term', 'target_term', 'weight', 'association', 'window'],
      rows: network.edges.map((e) => [e.source, e.target, network.nodes[e.source]?.label ?? '', network.nodes[e.target]?.label ?? '', e.weight, round(e.association, 4), network.window]),
    },
  };
}

/** A concordance as a table. */
export function kwicTable(lines: readonly KwicLine[]): Table {
  return {
    header: ['doc_id', 'page', 'offset', 'left', 'match', 'right'],
    rows: lines.map((l) => [l.doc, l.page ?? '', l.offset, l.left, l.match, l.right]),
  };
}

/** Names of the themes tables; the CSV file of each is `<name>.csv`. */
export type ThemesTableName = 'terms' | 'key-terms' | 'phrases' | 'doc-terms' | 'groups' | 'keyness' | 'trends' | 'bursts' | 'cooccurrence-nodes' | 'cooccurrence-edges';

/** Every table of the themes stage, in the order of the workbook's sheets. */
export function themesTables(analysis: ThemesAnalysis): Array<[ThemesTableName, Table]> {
  const network = cooccurrenceTables(analysis.network);
  return [
    ['terms', termsTable(analysis.terms)],
    ['key-terms', keyTermsTable(analysis.keyTerms)],
    ['phrases', phrasesTable(analysis.phrases)],
    ['doc-terms', docTermsTable(analysis)],
    ['groups', groupsTable(analysis.groups)],
    ['keyness', keynessTable(analysis.keyness)],
    ['trends', trendsTable(analysis.trends)],
    ['bursts', burstsTable(analysis.bursts, analysis.burstOptions)],
    ['cooccurrence-nodes', network.nodes],
    ['cooccurrence-edges', network.edges],
  ];
}
