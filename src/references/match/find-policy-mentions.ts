import { cjkShare, contentWords, flatKey, foldText, foldWords } from './fold-text.js';
import { policyTitleKeys } from './policy-title.js';

/** A policy document named in body text. Offsets into the text, half-open, including the brackets. */
export interface PolicyMention {
  docId: string;
  offset: number;
  end: number;
}

/** Longest bracketed span read as a title. */
const MAX_SPAN = 300;

const PAIRS: Record<string, string> = { '《': '》', '“': '”', '〈': '〉', '‘': '’' };
const CLOSERS: Record<string, string> = { '》': '《', '”': '“', '〉': '〈', '’': '‘' };
/** A straight double quote opens a span when none is open and closes the open one otherwise. */
const STRAIGHT = '"';

/** An English title searched without quotes needs this many content words and letters. */
const BARE_MIN_WORDS = 4;
const BARE_MIN_LETTERS = 30;

/** Runs of letters and digits in body text (one pass, no backtracking). */
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /^[\x00-\x7f]*$/;

interface BareTitle {
  docId: string;
  words: string[];
}

/**
 * English policy titles to look for in running text without quotes (a title set in italics loses
 * its marks in extraction): long enough (four content words, 30 letters) that the words in that
 * order name the document and nothing else. Indexed by their first two words.
 */
function bareTitleIndex(policyTitles: readonly { docId: string; title: string }[]): Map<string, BareTitle[]> {
  const index = new Map<string, BareTitle[]>();
  for (const p of policyTitles) {
    if (cjkShare(flatKey(p.title)) >= 0.5) continue;
    const words = foldWords(p.title);
    if (words[0] === 'the') words.shift();
    if (words.length < 2 || contentWords(p.title).length < BARE_MIN_WORDS || words.join('').length < BARE_MIN_LETTERS) continue;
    const k = `${words[0]} ${words[1]}`;
    const g = index.get(k);
    if (g) g.push({ docId: p.docId, words });
    else index.set(k, [{ docId: p.docId, words }]);
  }
  return index;
}

/**
 * Finds English policy titles written out in running text, without quotes, word for word (case,
 * hyphens and punctuation between words ignored). Linear in the text: each word starts at most the
 * few titles that begin with it and the next word.
 */
function findBareTitles(text: string, index: ReadonlyMap<string, BareTitle[]>): PolicyMention[] {
  if (index.size === 0) return [];
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(WORD_RUN)) {
    const w = m[0];
    words.push(ASCII_WORD.test(w) ? w.toLowerCase() : foldText(w));
    starts.push(m.index);
    ends.push(m.index + w.length);
  }
  const out: PolicyMention[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const cands = index.get(`${words[i]} ${words[i + 1]}`);
    if (!cands) continue;
    for (const c of cands) {
      if (i + c.words.length > words.length) continue;
      let k = 2;
      while (k < c.words.length && words[i + k] === c.words[k]) k++;
      if (k === c.words.length) out.push({ docId: c.docId, offset: starts[i] ?? 0, end: ends[i + k - 1] ?? 0 });
    }
  }
  return out;
}

/** True when a quoted mention of the same document (sorted by offset, at most MAX_SPAN + 2 long) covers `m`. */
function insideQuoted(quoted: readonly PolicyMention[], m: PolicyMention): boolean {
  let lo = 0;
  let hi = quoted.length;
  const from = m.offset - MAX_SPAN - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quoted[mid]?.offset ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < quoted.length; i++) {
    const q = quoted[i] as PolicyMention;
    if (q.offset > m.offset) break;
    if (q.docId === m.docId && m.end <= q.end) return true;
  }
  return false;
}

/**
 * Finds the places where body text names a policy document of the corpus by its title: a span in
 * 《…》 (or “…”, "…", ‘…’, 〈…〉) whose title is the document's title, exactly or nearly (quotes, spaces,
 * punctuation, a leading issuing body, the notice wrapper 关于印发《X》的通知, bracketed parts such
 * as （2020—2023年） ignored). One pass over the text with a small bracket stack and a map of
 * normalised titles: linear in the length of the text. Sorted by offset; a mention inside a longer
 * one for the same document is kept, the longer one dropped.
 */
export function findPolicyMentions(text: string, policyTitles: readonly { docId: string; title: string }[]): PolicyMention[] {
  return policyMentionFinder(policyTitles)(text);
}

/**
 * findPolicyMentions with the index of titles built once: returns a function that finds the mentions
 * in one text. Use it for a whole corpus (building the index per document costs documents × policies).
 */
export function policyMentionFinder(policyTitles: readonly { docId: string; title: string }[]): (text: string) => PolicyMention[] {
  const exact = new Map<string, string[]>();
  const loose = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, k: string, docId: string): void => {
    const g = m.get(k);
    if (!g) m.set(k, [docId]);
    else if (!g.includes(docId)) g.push(docId);
  };
  for (const p of policyTitles) {
    for (const k of policyTitleKeys(p.title)) add(exact, k, p.docId);
    for (const k of policyTitleKeys(p.title, true)) add(loose, k, p.docId);
  }
  const bare = bareTitleIndex(policyTitles);
  return (text: string): PolicyMention[] => (policyTitles.length === 0 ? [] : mentionsIn(text, exact, loose, bare));
}

function mentionsIn(text: string, exact: Map<string, string[]>, loose: Map<string, string[]>, bare: Map<string, BareTitle[]>): PolicyMention[] {
  const found: PolicyMention[] = [];
  const lookup = (inner: string, offset: number, end: number): void => {
    let ids: string[] | undefined;
    for (const k of policyTitleKeys(inner)) {
      ids = exact.get(k);
      if (ids) break;
    }
    if (!ids) {
      for (const k of policyTitleKeys(inner, true)) {
        ids = loose.get(k);
        if (ids) break;
      }
    }
    for (const docId of ids ?? []) found.push({ docId, offset, end });
  };
  const stack: { ch: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (PAIRS[ch] !== undefined) {
      if (stack.length >= 4) stack.shift();
      stack.push({ ch, at: i });
      continue;
    }
    if (ch === STRAIGHT) {
      const at = stack.findIndex((o) => o.ch === STRAIGHT);
      if (at < 0) {
        if (stack.length >= 4) stack.shift();
        stack.push({ ch, at: i });
      } else {
        const open = stack[at] as { ch: string; at: number };
        stack.length = at;
        if (i - open.at - 1 <= MAX_SPAN && i - open.at > 2) lookup(text.slice(open.at + 1, i), open.at, i + 1);
      }
      continue;
    }
    const opener = CLOSERS[ch];
    if (opener !== undefined) {
      // Close the nearest matching opener; unmatched openers above it are dropped.
      for (let s = stack.length - 1; s >= 0; s--) {
        const open = stack[s];
        if (open && open.ch === opener) {
          stack.length = s;
          if (i - open.at - 1 <= MAX_SPAN && i - open.at > 2) lookup(text.slice(open.at + 1, i), open.at, i + 1);
          break;
        }
      }
      continue;
    }
    if (ch === '\n' && text[i + 1] === '\n') stack.length = 0;
    // A span that has grown too long is not a title.
    while (stack.length > 0 && i - (stack[0]?.at ?? i) > MAX_SPAN) stack.shift();
  }
  // English titles without quotes, where no quoted mention of the same document covers them.
  const quoted = [...found].sort((a, b) => a.offset - b.offset);
  for (const m of findBareTitles(text, bare)) {
    if (!insideQuoted(quoted, m)) found.push(m);
  }
  found.sort((a, b) => a.offset - b.offset || b.end - a.end || (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
  // Drop a mention that contains a shorter one of the same document (《关于印发《X》的通知》 -> 《X》).
  // Spans are at most MAX_SPAN long, so only the next few mentions can lie inside one.
  return found.filter((m, x) => {
    for (let y = x + 1; y < found.length; y++) {
      const n = found[y];
      if (!n || n.offset >= m.end) break;
      if (n.docId === m.docId && n.end <= m.end && n.end - n.offset < m.end - m.offset) return false;
    }
    return true;
  });
}
