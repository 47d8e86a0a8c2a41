import { isCjkChar, isDigit, isLetter } from './script.js';

/** A word, a number, a run of CJK characters or one punctuation character of a reference string. */
export interface Token {
  /** w: word, n: number, c: CJK run, p: punctuation. */
  kind: 'w' | 'n' | 'c' | 'p';
  text: string;
  start: number;
  end: number;
  /** True when a space precedes the token. */
  space: boolean;
}

const JOINERS = new Set(["'", '’', '-', '‐', '.']);

/**
 * Splits `s` from `from` into tokens, stopping after `maxTokens`. Words keep inner apostrophes,
 * hyphens and periods ("O'Brien", "Jean-Luc", "D.I", "W.-P"); a final period is its own token.
 */
export function tokenize(s: string, from = 0, maxTokens = 400): Token[] {
  const out: Token[] = [];
  let i = from;
  let space = false;
  while (i < s.length && out.length < maxTokens) {
    const ch = s[i] ?? '';
    if (ch === ' ') {
      space = true;
      i++;
      continue;
    }
    const start = i;
    let kind: Token['kind'];
    if (isCjkChar(ch)) {
      kind = 'c';
      while (i < s.length && isCjkChar(s[i] ?? '')) i++;
    } else if (isDigit(ch)) {
      kind = 'n';
      while (i < s.length && isDigit(s[i])) i++;
      // "1991a" keeps its letter suffix when no other letter follows.
      if (/[a-z]/.test(s[i] ?? '') && !isLetter(s[i + 1])) i++;
    } else if (isLetter(ch)) {
      kind = 'w';
      i++;
      for (;;) {
        while (i < s.length && isLetter(s[i])) i++;
        // A joiner continues the word only when a letter follows it (possibly after one more joiner).
        const j = s[i] ?? '';
        if (!JOINERS.has(j)) break;
        const k = s[i + 1] ?? '';
        if (isLetter(k)) {
          i += 1;
          continue;
        }
        if (JOINERS.has(k) && isLetter(s[i + 2])) {
          i += 2;
          continue;
        }
        break;
      }
    } else {
      kind = 'p';
      i++;
    }
    out.push({ kind, text: s.slice(start, i), start, end: i, space });
    space = false;
  }
  return out;
}
