import { containerMatch } from './container-match.js';
import type { RefFeatures } from './ref-features.js';
import type { ConstrainedUnionFind } from './union-find.js';

/** Candidate lists longer than this are too ambiguous to pick the one work from. */
const MAX_CANDIDATES = 5000;

function agree(a: string, b: string): number {
  if (!a || !b) return 0;
  return a === b ? 1 : -1;
}

/**
 * Score of a short form against a candidate: -2 when they contradict each other (DOI, initial,
 * volume or page), -1 when the candidate does not apply (another source, year, nothing to agree
 * on), else the score.
 */
function fit(s: RefFeatures, c: RefFeatures): number {
  if (s.doi && c.doi && s.doi !== c.doi) return -2;
  if (s.initial && c.initial && s.initial !== c.initial) return -2;
  const v = agree(s.volume, c.volume);
  const p = agree(s.page, c.page);
  if (v < 0 || p < 0) return -2;
  if (!c.year || Math.abs(c.year - s.year) > 1) return -1;
  if (containerMatch(s.container, c.container) !== 1) return -1;
  // The source alone (no volume or page to compare) scores just above the default threshold.
  return 0.83 + (v > 0 ? 0.05 : 0) + (p > 0 ? 0.05 : 0) - (c.year !== s.year ? 0.06 : 0);
}

/**
 * Second pass for short forms (Web of Science: author, year, source, volume, page) that found no
 * work with a title in the first pass, typically because a volume or page is missing on one side
 * ("Zhang J, 2019, J HIGH EDUC, V12"). Such a reference joins a work when exactly one work, by the
 * same first author within a year, has a compatible source, no member that contradicts it
 * (initial, volume, page, DOI), and is anchored: it has a title, or a volume and a page. Scores:
 * 0.83 on the source alone (same year only, at the default threshold), 0.88 with an equal volume
 * or page, 0.93 with both; 0.06 less a year apart. With two candidate works it stays alone. Signatures are visited in their canonical order, so the result does not depend on input
 * order. Calls `joined` for every link made.
 */
export function attachSparse(
  feats: readonly RefFeatures[],
  uf: ConstrainedUnionFind,
  threshold: number,
  joined: (a: number, b: number, score: number) => void,
): void {
  const n = feats.length;
  const titled = new Uint8Array(n);
  const anchored = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    const r = uf.find(i);
    if (f.title) titled[r] = 1;
    if (f.title || (f.volume && f.page)) anchored[r] = 1;
  }
  const index = new Map<string, number[]>();
  const sparse: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = feats[i]!;
    // Anonymous items are too many and too alike for "the only candidate" to mean "the same work".
    if (!f.author || !f.year || f.container.length === 0 || f.rawKey) continue;
    const key = `${f.author}|${f.acronym}`;
    const g = index.get(key);
    if (g) g.push(i);
    else index.set(key, [i]);
    if (!f.title && !titled[uf.find(i)]) sparse.push(i);
  }
  for (const s of sparse) {
    const fs = feats[s]!;
    const list = index.get(`${fs.author}|${fs.acronym}`);
    if (!list || list.length > MAX_CANDIDATES) continue;
    const own = uf.find(s);
    if (titled[own]) continue;
    // Candidate works: every member met must agree; one contradiction rules the work out.
    const ruledOut = new Set<number>();
    const scoreOf = new Map<number, { score: number; at: number }>();
    for (const c of list) {
      const rc = uf.find(c);
      if (rc === own || !anchored[rc] || ruledOut.has(rc)) continue;
      const score = fit(fs, feats[c]!);
      if (score === -2) {
        ruledOut.add(rc);
        scoreOf.delete(rc);
        continue;
      }
      if (score < 0) continue;
      const cur = scoreOf.get(rc);
      if (!cur || score > cur.score) scoreOf.set(rc, { score, at: c });
    }
    const ambiguous = scoreOf.size !== 1;
    const only = scoreOf.values().next().value;
    const root = only ? uf.find(only.at) : -1;
    const best = only ? only.score : -1;
    const bestAt = only ? only.at : -1;
    if (ambiguous || root < 0 || best < threshold) continue;
    const t = titled[own]! | titled[root]!;
    if (uf.union(s, bestAt, 'weak') !== 'joined') continue;
    const r = uf.find(s);
    titled[r] = t;
    anchored[r] = 1;
    joined(s, bestAt, Math.round(best * 1000) / 1000);
  }
}
