import type { Doc } from '../core/doc.js';
import { message, type Message } from '../core/message.js';

/** Why two records were taken for one publication: the evidence, strongest first. */
export type DuplicateRule = 'accession' | 'doi' | 'title-year-author';

export interface DuplicateRecord {
  /** The record left out of the analyses. */
  dropped: string;
  /** The record kept for the same publication. */
  kept: string;
  rule: DuplicateRule;
  /** The shared value that proves it (an accession number, a DOI, a title). */
  evidence: string;
}

/** Database accession numbers that name one publication: Web of Science UT, Scopus EID, PubMed id. */
const ACCESSION_KEYS = ['ut', 'eid', 'pmid', 'accession'] as const;

/** A title reduced to letters and digits in lower case (NFKC first, so full-width forms agree). */
function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The first author's family name, reduced like a title ("Gilles, H" and "GILLES H" agree). */
function firstAuthorKey(authors: readonly string[]): string {
  const first = (authors[0] ?? '').normalize('NFKC').trim();
  const family = first.includes(',') ? first.slice(0, first.indexOf(',')) : (first.split(/\s+/)[0] ?? '');
  return titleKey(family);
}

/**
 * True when two records that share title, year and first author still show two publications: a
 * meeting abstract and the article that followed it carry the same title in other venues or volumes.
 */
function conflicts(a: Doc, b: Doc): boolean {
  const va = (a.extra.volume ?? '').trim();
  const vb = (b.extra.volume ?? '').trim();
  if (va && vb && va !== vb) return true;
  const ca = titleKey(a.container ?? '');
  const cb = titleKey(b.container ?? '');
  return ca !== '' && cb !== '' && !ca.startsWith(cb) && !cb.startsWith(ca);
}

/** The identity keys of a record, strongest first; a key is `rule|value`. */
function keysOf(d: Doc): Array<{ rule: DuplicateRule; key: string; evidence: string }> {
  const keys: Array<{ rule: DuplicateRule; key: string; evidence: string }> = [];
  for (const name of ACCESSION_KEYS) {
    const raw = (d.extra[name] ?? '').trim();
    // WoS writes "WOS:Missing" or nothing for records without a number
    if (raw === '' || /missing/i.test(raw)) continue;
    keys.push({ rule: 'accession', key: `${name}|${raw.toUpperCase()}`, evidence: `${name.toUpperCase()} ${raw}` });
  }
  const doi = d.doi.trim().toLowerCase();
  if (doi) keys.push({ rule: 'doi', key: `doi|${doi}`, evidence: `DOI ${d.doi.trim()}` });
  const title = titleKey(d.title);
  const author = firstAuthorKey(d.authors);
  // a short title ("Editorial", "Introduction") names many publications: never enough alone
  if (title.length >= 20 && d.year !== null && author !== '') {
    keys.push({ rule: 'title-year-author', key: `tya|${title}|${d.year}|${author}`, evidence: `title, year ${d.year} and first author` });
  }
  return keys;
}

/**
 * Finds the bibliographic records (documents read from exports) that describe a publication an
 * earlier record already describes — the same paper exported twice, or from Web of Science and from
 * Scopus — by accession number, DOI, or title with year and first author (unless their volumes or
 * journals differ: an abstract and its article). Of each group the record
 * with the most cited references is kept (on a tie, the first in corpus order); the others get status
 * `skipped`, `extra.duplicate_of`, and an info message, so that no paper counts twice in the tables
 * and graphs. Full-text documents are never dropped. Changes `docs` in place; deterministic.
 */
export function markDuplicateRecords(docs: Doc[]): { duplicates: DuplicateRecord[]; messages: Message[] } {
  const records = docs.filter((d) => d.status === 'ok' && d.record !== undefined);
  // union of records sharing any key, in corpus order
  const parent = records.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const firstWithKey = new Map<string, number>();
  const why = new Map<number, { rule: DuplicateRule; evidence: string }>();
  records.forEach((d, i) => {
    for (const k of keysOf(d)) {
      const j = firstWithKey.get(k.key);
      if (j === undefined) {
        firstWithKey.set(k.key, i);
        continue;
      }
      if (k.rule === 'title-year-author' && conflicts(d, records[j]!)) continue;
      const a = find(i);
      const b = find(j);
      if (a === b) continue;
      parent[Math.max(a, b)] = Math.min(a, b);
      if (!why.has(i)) why.set(i, { rule: k.rule, evidence: k.evidence });
    }
  });
  const groups = new Map<number, number[]>();
  records.forEach((_, i) => {
    const root = find(i);
    const g = groups.get(root) ?? [];
    g.push(i);
    groups.set(root, g);
  });
  const duplicates: DuplicateRecord[] = [];
  const messages: Message[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const refs = (i: number): number => records[i]!.sourceReferences?.length ?? 0;
    const keep = members.reduce((best, i) => (refs(i) > refs(best) ? i : best), members[0]!);
    const kept = records[keep]!;
    for (const i of members) {
      if (i === keep) continue;
      const d = records[i]!;
      const reason = why.get(i) ?? why.get(keep) ?? { rule: 'title-year-author' as const, evidence: 'title, year and first author' };
      d.status = 'skipped';
      d.extra.duplicate_of = kept.id;
      duplicates.push({ dropped: d.id, kept: kept.id, rule: reason.rule, evidence: reason.evidence });
      messages.push(
        message(
          'info',
          'ingest',
          'duplicate-record',
          d.path,
          `Record ${d.record} is the publication that ${kept.id} already describes (same ${reason.evidence}); it is left out so that it does not count twice`,
          {
            place: { record: d.record },
            note: 'To keep every record, run with --keep-duplicates.',
          },
        ),
      );
    }
  }
  return { duplicates, messages };
}
