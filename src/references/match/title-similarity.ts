import { STOP_WORDS, cjkShare, foldWords } from './fold-text.js';

/** A title prepared once for many comparisons. */
export interface TitleShape {
  /** The title as written (kept by reference, to derive `words` when needed). */
  text: string;
  /** Folded letters and digits, no spaces: "zoos3infrastructureforregular…". */
  flat: string;
  /** Numbers in the title ("2020", "part ii") in their order: titles that differ there are different works. */
  numbers: string;
  /** True when the title is mostly CJK: compared on character bigrams instead of trigrams. */
  cjk: boolean;
  /** Content words (no stop words), sorted and unique; filled on first use, may be dropped to save memory. */
  words?: string[] | undefined;
  /** Sorted unique n-gram hashes of `flat`; filled on first use, may be dropped to save memory. */
  grams?: Int32Array | undefined;
}

const ROMAN = /^(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)$/;
const SERIES = new Set(['part', 'vol', 'volume', 'book', 'chapter', 'section', 'phase', 'study', 'paper', 'no']);
const HAS_DIGIT_OR_SERIES = /\d|part|vol|book|chapter|section|phase|study|paper|no/;

/** Prepares a title for comparison. */
export function titleShape(title: string): TitleShape {
  const all = foldWords(title);
  const flat = all.join('');
  let numbers = '';
  if (HAS_DIGIT_OR_SERIES.test(flat)) {
    const found: string[] = [];
    for (let i = 0; i < all.length; i++) {
      const w = all[i] ?? '';
      if (/^\d+$/.test(w)) found.push(String(Number(w)));
      else if (ROMAN.test(w) && SERIES.has(all[i - 1] ?? '')) found.push(w);
    }
    numbers = found.join(',');
  }
  return { text: title, flat, numbers, cjk: cjkShare(flat) >= 0.5 };
}

function wordsOf(t: TitleShape): string[] {
  if (!t.words) {
    const set = new Set<string>();
    for (const w of foldWords(t.text)) if (!STOP_WORDS.has(w)) set.add(w);
    t.words = [...set].sort();
  }
  return t.words;
}

/** Sorted unique hashes of the n-grams of `s` (the whole string when shorter than n). */
export function ngramHashes(s: string, n: number): Int32Array {
  const len = s.length;
  if (len === 0) return new Int32Array(0);
  const count = len >= n ? len - n + 1 : 1;
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5 | 0;
    const end = Math.min(i + n, len);
    for (let k = i; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
    out[i] = h;
  }
  out.sort();
  let w = 0;
  for (let i = 0; i < count; i++) {
    if (i === 0 || out[i] !== out[w - 1]) out[w++] = out[i] ?? 0;
  }
  return out.subarray(0, w);
}

/** Dice coefficient of two sorted unique integer sets. */
export function diceSorted(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

/** Dice coefficient of two sorted unique string lists. */
function diceWords(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? '';
    const y = b[j] ?? '';
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

function gramsOf(t: TitleShape): Int32Array {
  if (!t.grams) t.grams = ngramHashes(t.flat, t.cjk ? 2 : 3);
  return t.grams;
}

/** Shortest title kept when the other title only adds a subtitle: 15 letters or 6 CJK characters. */
function longPrefix(short: string, cjk: boolean): boolean {
  return short.length >= (cjk ? 6 : 15);
}

/**
 * Similarity of two titles between 0 and 1: the best of character n-gram Dice (trigrams; bigrams
 * for Chinese), content-word Dice, and 0.88 when one title is the other with a subtitle dropped
 * (0.85 when what is left also has a typo).
 * Titles whose numbers differ ("Part I" / "Part II", "(2020)" / "(2021)") lose 0.25.
 */
export function titleSimilarity(a: TitleShape, b: TitleShape): number {
  if (a.flat === b.flat) return a.flat.length > 0 ? 1 : 0;
  const la = a.flat.length;
  const lb = b.flat.length;
  if (la === 0 || lb === 0) return 0;
  const [short, long] = la <= lb ? [a.flat, b.flat] : [b.flat, a.flat];
  let t = 0;
  const cjk = a.cjk || b.cjk;
  const prefixOk = longPrefix(short, cjk) && short.length < long.length;
  if (prefixOk && long.startsWith(short)) t = 0.88;
  // Dice cannot exceed 2·short/(short+long); skip the n-grams when that is below any useful value.
  if ((2 * short.length) / (short.length + long.length) >= 0.6) {
    const grams = diceSorted(gramsOf(a), gramsOf(b));
    t = Math.max(t, grams);
    // Words in another order lower the n-gram score only a little: compare word sets in between.
    if (grams >= 0.4 && grams < 0.9) t = Math.max(t, diceWords(wordsOf(a), wordsOf(b)));
  }
  // The subtitle dropped and a typo in what is left: compare with the same length of the longer title.
  if (t < 0.85 && prefixOk && short.length <= long.length * 0.85 && long.charCodeAt(0) === short.charCodeAt(0) && long.startsWith(short.slice(0, 4))) {
    const shortShape = la <= lb ? a : b;
    if (diceSorted(gramsOf(shortShape), ngramHashes(long.slice(0, short.length), cjk ? 2 : 3)) >= 0.8) t = 0.85;
  }
  if (a.numbers !== b.numbers && a.numbers !== '' && b.numbers !== '') t -= 0.25;
  return Math.max(0, t);
}
