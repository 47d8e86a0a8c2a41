import type { CslName } from '../csl.js';
import { docNumberKey } from './doc-number.js';
import { cjkShare, flatKey } from './fold-text.js';
import { normalizeDoi } from './normalize-doi.js';
import { isPersonName } from './ref-features.js';
import { policyTitleKeys } from './policy-title.js';
import { titleShape, titleSimilarity, type TitleShape } from './title-similarity.js';
import type { Work } from './types.js';

/** A document of the corpus, as far as finding its citations needs it. */
export interface CorpusDocument {
  id: string;
  title: string;
  authors: string[];
  year: number | null;
  doi: string;
  kind: 'policy' | 'paper';
  /** Document number (文号) when known; otherwise it is looked for in the title. */
  number?: string;
}

/** A cited work that is a document of the corpus: a direct citation. */
export interface CorpusCitation {
  workId: string;
  docId: string;
  /** 'doi', 'title' (first author, year and title), 'policy-title' or 'doc-number'. */
  rule: string;
  score: number;
}

/** Lowest title similarity at which a cited paper is taken for a corpus paper. */
const PAPER_TITLE = 0.85;
/** Lowest similarity for a policy title compared word by word (English titles, small variations). */
const POLICY_TITLE = 0.9;

/** Family-name keys a corpus author string may have: "Chen, Ming", "Chen M", "Ming Chen", "陈立新". */
function authorKeys(author: string | undefined): string[] {
  if (!author) return [];
  const a = author.trim();
  if (!a) return [];
  if (a.includes(',')) return [flatKey(a.slice(0, a.indexOf(',')))].filter(Boolean);
  if (cjkShare(flatKey(a)) >= 0.5) return [flatKey(a)];
  const words = a.split(/\s+/).filter(Boolean);
  const keys = new Set<string>();
  keys.add(flatKey(words[0] ?? ''));
  keys.add(flatKey(words[words.length - 1] ?? ''));
  keys.delete('');
  return [...keys];
}

function workAuthorKey(name: CslName | undefined): string {
  if (!name) return '';
  if ('literal' in name) return flatKey(name.literal).slice(0, 40);
  return flatKey(`${name['non-dropping-particle'] ?? ''}${name.family}`).slice(0, 40);
}

/** True when one flat title ends with the other: the longer one starts with an issuing body. */
function endsWithTitle(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const min = cjkShare(short) >= 0.5 ? 8 : 20;
  return short.length >= min && long.endsWith(short);
}

interface DocIndex {
  doc: CorpusDocument;
  title: TitleShape;
  policyKeys: string[];
  number: string;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const g = m.get(k);
  if (g) g.push(v);
  else m.set(k, [v]);
}

/**
 * Finds the cited works that are documents of the corpus. A paper matches by DOI, or by first
 * author, year (±1) and title similarity; a policy document by its title (in English or in 《》,
 * ignoring quotes and a leading issuing body) or by its document number. Each work is linked to
 * its best document (all documents that tie). Rows are sorted by work id, then document id.
 */
export function matchCorpusDocuments(works: readonly Work[], docs: readonly CorpusDocument[]): CorpusCitation[] {
  const indexed: DocIndex[] = [...docs]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((doc) => ({
      doc,
      title: titleShape(doc.title),
      policyKeys: [...new Set([...policyTitleKeys(doc.title), ...policyTitleKeys(doc.title, true)])],
      number: docNumberKey(doc.number) || docNumberKey(doc.title),
    }));
  const byDoi = new Map<string, DocIndex[]>();
  const byAuthorYear = new Map<string, DocIndex[]>();
  const byPolicyKey = new Map<string, DocIndex[]>();
  const byNumber = new Map<string, DocIndex[]>();
  const policiesByYear = new Map<number, DocIndex[]>();
  for (const d of indexed) {
    const doi = normalizeDoi(d.doc.doi);
    if (doi) push(byDoi, doi, d);
    if (d.number) push(byNumber, d.number, d);
    if (d.doc.kind === 'policy') {
      push(policiesByYear, d.doc.year ?? 0, d);
      for (const k of d.policyKeys) push(byPolicyKey, k, d);
    }
    for (const k of authorKeys(d.doc.authors[0])) push(byAuthorYear, `${k}|${d.doc.year ?? 0}`, d);
  }

  const out: CorpusCitation[] = [];
  for (const work of works) {
    const found = new Map<string, { rule: string; score: number }>();
    const offer = (d: DocIndex, rule: string, score: number): void => {
      const cur = found.get(d.doc.id);
      if (!cur || score > cur.score) found.set(d.doc.id, { rule, score });
    };
    const csl = work.canonical;
    const doi = work.doi || normalizeDoi(csl.DOI);
    if (doi) for (const d of byDoi.get(doi) ?? []) offer(d, 'doi', 1);
    const number = work.id.startsWith('pol:') ? work.id.slice(4).replace(/~\d+$/, '') : docNumberKey(csl.number);
    if (number) for (const d of byNumber.get(number) ?? []) offer(d, 'doc-number', 1);
    const year = csl.issued?.['date-parts']?.[0]?.[0] ?? 0;
    const title = csl.title ? titleShape(csl.title) : null;
    if (title) {
      for (const k of [...policyTitleKeys(csl.title), ...policyTitleKeys(csl.title, true)]) {
        for (const d of byPolicyKey.get(k) ?? []) offer(d, 'policy-title', 0.95);
      }
      const first = (csl.author ?? csl.editor ?? [])[0];
      const person = first !== undefined && isPersonName(first);
      const key = workAuthorKey(first);
      if (key && year) {
        for (const y of [year, year - 1, year + 1]) {
          for (const d of byAuthorYear.get(`${key}|${y}`) ?? []) {
            const s = titleSimilarity(title, d.title) - (y === year ? 0 : 0.06);
            if (s >= PAPER_TITLE) offer(d, 'title', Math.round(s * 1000) / 1000);
          }
        }
      }
      if (!person || !key) {
        const near = year ? [year - 1, year, year + 1, 0] : [...policiesByYear.keys()].sort((a, b) => a - b);
        for (const d of near.flatMap((y) => policiesByYear.get(y) ?? [])) {
          const s = titleSimilarity(title, d.title);
          if (s >= POLICY_TITLE) offer(d, 'policy-title', Math.round(Math.min(0.95, s) * 1000) / 1000);
          else if (endsWithTitle(title.flat, d.title.flat)) offer(d, 'policy-title', 0.9);
        }
      }
    }
    let best = -1;
    for (const v of found.values()) best = Math.max(best, v.score);
    for (const [docId, v] of found) if (v.score === best) out.push({ workId: work.id, docId, rule: v.rule, score: v.score });
  }
  out.sort((a, b) => (a.workId < b.workId ? -1 : a.workId > b.workId ? 1 : a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
  return out;
}
