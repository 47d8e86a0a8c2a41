import type { CslName } from '../csl.js';
import { docNumberKey } from './doc-number.js';
import { cjkShare, flatKey } from './fold-text.js';
import { normalizeDoi } from './normalize-doi.js';
import { isOrganisationName } from './org-name.js';
import { isPersonName } from './ref-features.js';
import { policyJoinKeys, samePolicy, type PolicySide } from './same-policy.js';
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
  /** Other titles (a policy's official English title, a paper's Chinese or English title), matched like the title. */
  altTitles?: string[];
}

/** A cited work that is a document of the corpus: a direct citation. */
export interface CorpusCitation {
  workId: string;
  docId: string;
  /** 'doi', 'title' (first author, year and title), 'policy-title' (see samePolicy) or 'doc-number'. */
  rule: string;
  score: number;
}

/** Lowest title similarity at which a cited paper is taken for a corpus paper. */
const PAPER_TITLE = 0.85;

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

interface DocIndex {
  doc: CorpusDocument;
  /** The document's title and its other titles, as titleSimilarity compares them. */
  titles: TitleShape[];
  /** The policy document's titles with its issuing body and year, as samePolicy compares them. */
  sides: PolicySide[];
  number: string;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const g = m.get(k);
  if (g) g.push(v);
  else m.set(k, [v]);
}

/** A document's title and its other titles, the empty ones left out. */
export function documentTitles(doc: { title: string; altTitles?: readonly string[] }): string[] {
  return [doc.title, ...(doc.altTitles ?? [])].filter((t) => t.trim() !== '');
}

/** The issuing body of a corpus document: its first author when that reads as an organisation. */
function docIssuer(doc: CorpusDocument): string {
  const first = doc.authors[0]?.trim() ?? '';
  return first && isOrganisationName(first) ? first : '';
}

/** The titles under which a work is cited, with their issuing bodies ('' for a person or nobody). */
function workSides(work: Work, year: number): { side: PolicySide; person: boolean }[] {
  const first = (work.canonical.author ?? work.canonical.editor ?? [])[0];
  const person = first !== undefined && isPersonName(first);
  const issuer = first && !person ? ('literal' in first ? first.literal : first.family) : '';
  const out: { side: PolicySide; person: boolean }[] = [];
  if (work.canonical.title) out.push({ side: { title: work.canonical.title, issuer, year }, person });
  for (const t of work.policyTitles ?? []) out.push({ side: { title: t.title, issuer: t.issuer, year }, person: false });
  return out;
}

/**
 * Finds the cited works that are documents of the corpus. A paper matches by DOI, or by first
 * author, year (±1) and title similarity; a policy document by its document number, or by its title
 * (or one of its `altTitles`) under the conservative rule of samePolicy: the same title once
 * quotes, 《》, document numbers, case, punctuation and function words are set aside, or once a
 * leading issuing body is cut off (never a word more or less), in the same year or one apart. A work
 * cited by a person's name matches a policy only by the same title exactly (0.95). Each work is
 * linked to its best document (all documents that tie). Rows are sorted by work id, then document id.
 */
export function matchCorpusDocuments(works: readonly Work[], docs: readonly CorpusDocument[]): CorpusCitation[] {
  const indexed: DocIndex[] = [...docs]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((doc) => {
      const issuer = docIssuer(doc);
      const year = doc.year ?? 0;
      const all = documentTitles(doc);
      const sides = doc.kind === 'policy' ? all.map((title) => ({ title, issuer, year })) : [];
      const titles = all.map(titleShape);
      return { doc, titles, sides, number: docNumberKey(doc.number) || docNumberKey(doc.title) };
    });
  const byDoi = new Map<string, DocIndex[]>();
  const byAuthorYear = new Map<string, DocIndex[]>();
  const byPolicyKey = new Map<string, DocIndex[]>();
  const byNumber = new Map<string, DocIndex[]>();
  for (const d of indexed) {
    const doi = normalizeDoi(d.doc.doi);
    if (doi) push(byDoi, doi, d);
    if (d.number) push(byNumber, d.number, d);
    const keys = new Set(d.sides.flatMap((s) => policyJoinKeys(s.title, s.issuer)));
    for (const k of keys) push(byPolicyKey, k, d);
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
    for (const { side, person } of workSides(work, year)) {
      const candidates = new Set<DocIndex>();
      for (const k of policyJoinKeys(side.title, side.issuer)) for (const d of byPolicyKey.get(k) ?? []) candidates.add(d);
      for (const d of candidates) {
        const docYear = d.doc.year ?? 0;
        if (year && docYear && Math.abs(year - docYear) > 1) continue;
        let s = 0;
        for (const ds of d.sides) s = Math.max(s, samePolicy(side, ds));
        if (person && s < 0.95) continue;
        if (s > 0) offer(d, 'policy-title', s);
      }
    }
    const title = csl.title ? titleShape(csl.title) : null;
    if (title) {
      const first = (csl.author ?? csl.editor ?? [])[0];
      const person = first !== undefined && isPersonName(first);
      const key = workAuthorKey(first);
      if (key && year) {
        for (const y of [year, year - 1, year + 1]) {
          for (const d of byAuthorYear.get(`${key}|${y}`) ?? []) {
            // A policy document cited under its issuing body is matched by samePolicy above only.
            if (!person && d.doc.kind === 'policy') continue;
            let s = 0;
            for (const t of d.titles) s = Math.max(s, titleSimilarity(title, t));
            s -= y === year ? 0 : 0.06;
            if (s >= PAPER_TITLE) offer(d, 'title', Math.round(s * 1000) / 1000);
          }
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
