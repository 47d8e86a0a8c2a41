import { foldWords } from './fold-text.js';

/** Words that journal abbreviations (ISO 4, Web of Science) leave out. */
const IGNORED: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'a', 'an', 'de', 'la', 'le', 'der', 'die', 'das', 'und', 'fur', 'des', 'du', 'et', 'y']);

/** Words of a journal or book title as compared: folded, without of/the/and/& and similar. */
export function containerWords(s: string | undefined): string[] {
  if (!s) return [];
  return foldWords(s).filter((w) => !IGNORED.has(w));
}

/** True when `short` is `long` cut after some letters ("Stat" of "Statistical") or contracted keeping first and last letters ("Natl" of "National"). */
function abbreviates(short: string, long: string): boolean {
  if (short.length > long.length) return false;
  if (long.startsWith(short)) return true;
  // Contractions: first letter and last letter kept, the others a subsequence in order.
  if (short.length < 3 || short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let j = 1;
  for (let i = 1; i < short.length; i++) {
    const ch = short[i];
    while (j < long.length && long[j] !== ch) j++;
    if (j >= long.length) return false;
    j++;
  }
  return true;
}

/**
 * True when the words of `short` abbreviate the words of `long` in order: each word a prefix or a
 * contraction of the next full word ("J Stat Softw" / "Journal of Statistical Software"), or an
 * acronym of several ("USA" / "United States America"). Every full word must be accounted for.
 */
export function isAbbreviationOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  let j = 0;
  for (let i = 0; i < short.length; i++) {
    const s = short[i] ?? '';
    const l = long[j];
    if (l === undefined) return false;
    if (abbreviates(s, l)) {
      j++;
      continue;
    }
    // Acronym of the next s.length words.
    if (s.length >= 2 && j + s.length <= long.length) {
      let ok = true;
      for (let k = 0; k < s.length; k++) {
        if ((long[j + k] ?? '')[0] !== s[k]) {
          ok = false;
          break;
        }
      }
      if (ok) {
        j += s.length;
        continue;
      }
    }
    return false;
  }
  return j === long.length;
}

/**
 * Compares two containers (journal, book, proceedings): 1 when they name the same one (equal, or
 * one abbreviates the other; for Chinese, one begins with the other), -1 when both are known and
 * differ, 0 when either is missing.
 */
export function containerMatch(a: readonly string[], b: readonly string[]): 1 | 0 | -1 {
  if (a.length === 0 || b.length === 0) return 0;
  const fa = a.join('');
  const fb = b.join('');
  if (fa === fb) return 1;
  const cjk = /[\u3400-\u9fff]/.test(fa) || /[\u3400-\u9fff]/.test(fb);
  if (cjk) return fa.startsWith(fb) || fb.startsWith(fa) ? 1 : -1;
  if (a.length <= b.length && isAbbreviationOf(a, b)) return 1;
  if (b.length <= a.length && isAbbreviationOf(b, a)) return 1;
  return -1;
}

/** First letters of the container words: "jss" for both "J Stat Softw" and "Journal of Statistical Software". */
export function containerAcronym(words: readonly string[]): string {
  let s = '';
  for (const w of words) s += w[0] ?? '';
  return s;
}
