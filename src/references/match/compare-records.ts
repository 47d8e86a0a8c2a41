import { containerMatch } from './container-match.js';
import type { RefFeatures } from './ref-features.js';
import { samePolicy } from './same-policy.js';
import { diceSorted, ngramHashes, titleSimilarity } from './title-similarity.js';
import type { MatchRule } from './types.js';

/** The verdict on two references: the rule that links them and its score. */
export interface PairVerdict {
  rule: MatchRule;
  score: number;
}

/** 1 when both are known and equal, -1 when both are known and differ, 0 otherwise. */
function agree(a: string, b: string): 1 | 0 | -1 {
  if (!a || !b) return 0;
  return a === b ? 1 : -1;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/**
 * A title the parser split in two ("“Order classes” and the limits …" read as title "Order
 * classes" and journal "and the limits …"): true when title and container of one, joined, give
 * the title of the other.
 */
function splitTitle(a: RefFeatures, b: RefFeatures): boolean {
  if (!a.title || !b.title || !a.containerFull) return false;
  const head = a.title.flat;
  const whole = b.title.flat;
  return head.length + a.containerFull.length === whole.length && whole.startsWith(head) && whole.endsWith(a.containerFull);
}

/** True when a Web of Science source (the first 20 characters of a book title) begins the title, allowing a typo. */
function sourceIsTitle(source: string, title: string): boolean {
  if (source.length < 10) return false;
  if (title.startsWith(source)) return true;
  const head = title.slice(0, source.length + 1);
  return diceSorted(ngramHashes(source, 3), ngramHashes(head, 3)) >= 0.75;
}

/**
 * Compares two references already known to share the first author (or to have none) and a year
 * within one. Returns the rule and score when they are the same work at `threshold` or above,
 * null otherwise. Conflicting DOIs, initials or document numbers never match.
 */
export function compareRecords(a: RefFeatures, b: RefFeatures, threshold: number): PairVerdict | null {
  if (a.doi && b.doi && a.doi !== b.doi) return null;
  if (a.initial && b.initial && a.initial !== b.initial) return null;
  if (a.docNumber && b.docNumber && a.docNumber !== b.docNumber) return null;
  const dy = a.year && b.year ? Math.abs(a.year - b.year) : 0;
  if (dy > 1) return null;
  // Online-first and print years differ for articles; an organisation's reports of consecutive
  // years with one title ("Education at a Glance") are different editions; anonymous items a year
  // apart need their titles to agree.
  if (dy === 1) {
    if ((a.author && !a.person) || (b.author && !b.person)) return null;
    if ((!a.author || !b.author) && !(a.title && b.title)) return null;
  }
  // Policy documents named by a kind of document (意见, 方案, Opinions, Plan …) are compared strictly:
  // "Opinions on Deepening the Reform of Higher Vocational Education" is not "… of Vocational
  // Education", however similar the letters (see same-policy.ts).
  // This holds also when the parser took one of them for a journal article ("…,” Beijing, 2022.").
  if ((a.policy || b.policy) && !a.person && !b.person && (a.policyWorded || b.policyWorded) && a.title && b.title) {
    if (dy !== 0) return null;
    const s = samePolicy({ title: a.title.text, issuer: a.issuer, year: a.year }, { title: b.title.text, issuer: b.issuer, year: b.year });
    return s >= threshold ? { rule: 'policy-title', score: s } : null;
  }
  const yearPenalty = dy === 1 ? 0.06 : 0;
  const v = agree(a.volume, b.volume);
  const p = agree(a.page, b.page);
  if (a.title && b.title) {
    let t = titleSimilarity(a.title, b.title);
    let repaired = false;
    if (t < 0.95 && (splitTitle(a, b) || splitTitle(b, a))) {
      t = 0.95;
      repaired = true;
    }
    // Container, volume and page add 0.12 at most: most pairs end here.
    if (t < 0.55 || t + 0.12 - yearPenalty < threshold) return null;
    const c = repaired ? 0 : containerMatch(a.container, b.container);
    let s = t;
    if (c > 0) s += 0.04;
    if (c < 0) s -= 0.12;
    if (v > 0) s += 0.04;
    if (v < 0) s -= 0.1;
    if (p > 0) s += 0.04;
    if (p < 0) s -= 0.1;
    s = Math.min(1, s) - yearPenalty;
    if (s < threshold) return null;
    return { rule: a.policy && b.policy ? 'policy-title' : 'title', score: round3(s) };
  }
  // At least one has no title: the Web of Science short form (author, year, source, volume, page).
  const c = containerMatch(a.container, b.container);
  if (c > 0 && v >= 0 && p > 0) {
    const s = (v > 0 ? 0.95 : 0.86) - yearPenalty;
    return s >= threshold ? { rule: 'wos-short', score: round3(s) } : null;
  }
  // A book cited by Web of Science: its source is the book title cut to 20 characters.
  if (c === 0 && v >= 0 && p >= 0) {
    const [short, full] = a.title ? [b, a] : [a, b];
    if (!short.title && full.title && short.container.length > 0 && full.container.length === 0 && sourceIsTitle(short.containerFull, full.title.flat)) {
      const s = 0.9 - yearPenalty;
      return s >= threshold ? { rule: 'wos-short', score: round3(s) } : null;
    }
  }
  return null;
}
