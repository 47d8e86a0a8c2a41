import { policyTitleKeys } from './policy-title.js';

/** A policy document named in body text. Offsets into the text, half-open, including the brackets. */
export interface PolicyMention {
  docId: string;
  offset: number;
  end: number;
}

/** Longest bracketed span read as a title. */
const MAX_SPAN = 300;

const PAIRS: Record<string, string> = { '《': '》', '“': '”', '〈': '〉' };
const CLOSERS: Record<string, string> = { '》': '《', '”': '“', '〉': '〈' };

/**
 * Finds the places where body text names a policy document of the corpus by its title: a span in
 * 《…》 (or “…”, 〈…〉) whose title is the document's title, exactly or nearly (quotes, spaces,
 * punctuation, a leading issuing body, the notice wrapper 关于印发《X》的通知, bracketed parts such
 * as （2020—2023年） ignored). One pass over the text with a small bracket stack and a map of
 * normalised titles: linear in the length of the text. Sorted by offset; a mention inside a longer
 * one for the same document is kept, the longer one dropped.
 */
export function findPolicyMentions(text: string, policyTitles: readonly { docId: string; title: string }[]): PolicyMention[] {
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
  if (exact.size === 0 && loose.size === 0) return [];
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
