/**
 * Text folding for comparison: one form for "Gröber", "GROBER" and "Ｇｒöｂｅｒ"; Chinese kept as
 * characters. Every function here is a single pass over the string.
 */

/** Letters that NFKD does not decompose but that readers treat as plain Latin letters. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

const MARKS = /\p{M}+/gu;
const SPECIAL_ONE = /[ßæœøłđðþı]/;
const SPECIAL_ALL = /[ßæœøłđðþı]/g;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const NOT_ASCII_WORD = /[^a-z0-9]+/;

/** NFKC (full-width forms, ligatures), then NFKD without combining marks, lower case. */
export function foldText(s: string): string {
  if (ASCII_ONLY.test(s)) return s.toLowerCase();
  let t = s.normalize('NFKC').normalize('NFKD').replace(MARKS, '').toLowerCase();
  if (SPECIAL_ONE.test(t)) t = t.replace(SPECIAL_ALL, (c) => SPECIAL[c] ?? c);
  return t;
}

/** True for a Han, kana or hangul code point: such characters are words on their own. */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x2fa1f)
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True for an ASCII letter or digit (fast path) or any other letter or digit. */
function isWordChar(ch: string, c: number): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return true;
  if (c < 0x80) return false;
  return LETTER_OR_DIGIT.test(ch);
}

/**
 * Splits already-folded text into words: runs of letters and digits; each CJK character is a word
 * of its own. Everything else separates words.
 */
export function splitWords(folded: string): string[] {
  if (ASCII_ONLY.test(folded)) {
    const parts = folded.split(NOT_ASCII_WORD);
    if (parts[0] === '') parts.shift();
    if (parts[parts.length - 1] === '') parts.pop();
    return parts;
  }
  const out: string[] = [];
  let word = '';
  for (const ch of folded) {
    const c = ch.codePointAt(0) ?? 0;
    if (isCjkCode(c)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else if (isWordChar(ch, c)) {
      word += ch;
    } else if (word) {
      out.push(word);
      word = '';
    }
  }
  if (word) out.push(word);
  return out;
}

/** Folds and splits in one go: splitWords(foldText(s)), with one test for plain ASCII. */
export function foldWords(s: string): string[] {
  if (ASCII_ONLY.test(s)) {
    const parts = s.toLowerCase().split(NOT_ASCII_WORD);
    if (parts[0] === '') parts.shift();
    if (parts[parts.length - 1] === '') parts.pop();
    return parts;
  }
  return splitWords(foldText(s));
}

/** Folded letters and digits only, no spaces: "Work-based learning!" -> "workbasedlearning". */
export function flatKey(s: string): string {
  return foldWords(s).join('');
}

/** English words that carry no meaning in a title, and common function words of other languages. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the of and or in on at to for from by with without into onto upon as via than ' +
    'is are was were be been its it this that these those their his her our your ' +
    'de des du la le les et en un une der die das und im zur zum von el los las y del para por ' +
    'vs versus'
  ).split(' '),
);

/** Content words of a title: folded words without stop words (CJK characters are kept one by one). */
export function contentWords(s: string): string[] {
  return foldWords(s).filter((w) => !STOP_WORDS.has(w));
}

/** Share of CJK characters among the word characters of `flat`. */
export function cjkShare(flat: string): number {
  if (ASCII_ONLY.test(flat)) return 0;
  let cjk = 0;
  let all = 0;
  for (const ch of flat) {
    all++;
    if (isCjkCode(ch.codePointAt(0) ?? 0)) cjk++;
  }
  return all === 0 ? 0 : cjk / all;
}
