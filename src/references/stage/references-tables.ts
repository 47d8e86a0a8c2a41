import type { Doc } from '../../core/doc.js';
import type { Table } from '../../export/csv.js';
import type { CslItem, CslName } from '../csl.js';
import { referenceKey, type ReferencesResult } from './analyse-references.js';

function nameText(n: CslName | undefined): string {
  if (!n) return '';
  if ('literal' in n && n.literal) return n.literal;
  const f = n as { family?: string; given?: string };
  return [f.family, f.given].filter(Boolean).join(', ');
}

function authorsOf(c: CslItem | null): string {
  return (c?.author ?? []).map(nameText).join('; ');
}

function yearOf(c: CslItem | null): string {
  const y = c?.issued?.['date-parts']?.[0]?.[0];
  return y === undefined ? '' : String(y);
}

/** output/references.csv: every reference of every document, with its parsed fields and its work. */
export function referencesTable(r: ReferencesResult): Table {
  const workOf = new Map(r.match.assignments.map((a) => [a.key, a.workId]));
  return {
    header: ['document', 'position', 'page', 'raw', 'type', 'authors', 'year', 'title', 'container', 'volume', 'issue', 'pages', 'doi', 'number', 'work_id'],
    rows: r.entries.map((e) => {
      const c = e.csl;
      return [
        e.docId,
        e.position,
        e.page ?? '',
        e.raw,
        c?.type ?? '',
        authorsOf(c),
        yearOf(c),
        c?.title ?? '',
        c?.['container-title'] ?? '',
        c?.volume ?? '',
        c?.issue ?? '',
        c?.page ?? '',
        c?.DOI ?? '',
        c?.number ?? '',
        workOf.get(referenceKey(e)) ?? '',
      ];
    }),
  };
}

/** output/works.csv: each cited work once, most cited first, with the corpus document it is (if any). */
export function worksTable(r: ReferencesResult): Table {
  const docOf = new Map<string, string>();
  for (const c of r.corpusCitations) if (!docOf.has(c.workId)) docOf.set(c.workId, c.docId);
  return {
    header: ['work_id', 'citation', 'first_author', 'year', 'title', 'container', 'doi', 'times_cited', 'references', 'corpus_document'],
    rows: r.match.works.map((w) => [
      w.id,
      w.citation,
      nameText(w.canonical.author?.[0]),
      yearOf(w.canonical),
      w.canonical.title ?? '',
      w.canonical['container-title'] ?? '',
      w.doi,
      w.timesCited,
      w.members.length,
      docOf.get(w.id) ?? '',
    ]),
  };
}

/** output/matches.csv: why each reference joined its work (rule and score), for auditing. */
export function matchesTable(r: ReferencesResult): Table {
  return {
    header: ['reference', 'document', 'position', 'work_id', 'rule', 'score'],
    rows: r.match.assignments.map((a) => {
      const hash = a.key.lastIndexOf('#');
      return [a.key, a.key.slice(0, hash), Number(a.key.slice(hash + 1)), a.workId, a.rule, Math.round(a.score * 1000) / 1000];
    }),
  };
}

/** output/citations.csv: direct citations and mentions among the corpus's own documents. */
export function citationsTable(r: ReferencesResult, docs: readonly Doc[]): Table {
  const citingOf = new Map<string, Set<string>>();
  for (const a of r.match.assignments) {
    const doc = a.key.slice(0, a.key.lastIndexOf('#'));
    const set = citingOf.get(a.workId) ?? new Set<string>();
    set.add(doc);
    citingOf.set(a.workId, set);
  }
  const rows: (string | number)[][] = [];
  for (const c of r.corpusCitations) {
    for (const citing of [...(citingOf.get(c.workId) ?? [])].sort()) {
      if (citing !== c.docId) rows.push([citing, c.docId, 'reference', c.workId, c.rule, Math.round(c.score * 1000) / 1000, '']);
    }
  }
  const known = new Set(docs.map((d) => d.id));
  for (const m of r.mentions) {
    if (known.has(m.docId)) rows.push([m.citingId, m.docId, 'mention', '', 'title-in-text', 1, m.offset]);
  }
  rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])) || String(a[2]).localeCompare(String(b[2])) || Number(a[6] || 0) - Number(b[6] || 0));
  return { header: ['citing', 'cited', 'via', 'work_id', 'rule', 'score', 'offset'], rows };
}
