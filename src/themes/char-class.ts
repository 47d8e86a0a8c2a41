/**
 * Character classes for the theme tokeniser, looked up in one table per UTF-16 code unit, so the
 * scanning loop costs one array read per character.
 */

/** Not part of a word: spaces, punctuation, symbols. */
export const OTHER = 0;
/** A letter of an alphabetic script (Latin, Greek, Cyrillic, ...): words separated by spaces. */
export const LETTER = 1;
/** A decimal digit. */
export const DIGIT = 2;
/** A Han character, kana or hangul: written without spaces, segmented by the dictionary. */
export const CJK = 3;
/** A high surrogate of the planes that hold the CJK extensions (U+20000–U+3FFFF). */
export const CJK_HIGH = 4;
/** A hyphen or en dash: joins two word parts when it stands between them ("school-enterprise"). */
export const HYPHEN = 5;
/** An apostrophe: joins word parts ("don't", "teachers'"). */
export const APOSTROPHE = 6;
/** A combining mark: continues the word before it. */
export const MARK = 7;
/** A low surrogate: continues the character before it. */
export const LOW_SURROGATE = 8;

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const mark = /\p{M}/u;
  const digit = /\p{Nd}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (digit.test(ch)) table[c] = DIGIT;
    else if (mark.test(ch)) table[c] = MARK;
    else if (letter.test(ch)) table[c] = isCjkCode(c) ? CJK : LETTER;
  }
  table[0x3005] = CJK; // 々 iteration mark
  table[0x3007] = CJK; // 〇 ideographic zero
  for (const c of [0x2d, 0x2010, 0x2011, 0x2013]) table[c] = HYPHEN;
  for (const c of [0x27, 0x2019]) table[c] = APOSTROPHE;
  for (let c = 0xd840; c <= 0xd8bf; c++) table[c] = CJK_HIGH;
  for (let c = 0xdc00; c <= 0xdfff; c++) table[c] = LOW_SURROGATE;
  return table;
}

function isCjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x31f0 && c <= 0x31ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x3130 && c <= 0x318f)
  );
}

/** The class of each UTF-16 code unit (OTHER, LETTER, DIGIT, CJK, ...). */
export const CHAR_CLASS: Uint8Array = buildTable();

/** True when the string holds at least one CJK character. */
export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const k = CHAR_CLASS[text.charCodeAt(i)];
    if (k === CJK || k === CJK_HIGH) return true;
  }
  return false;
}

/** True when the string holds at least one letter or digit of a spaced script. */
export function hasLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const k = CHAR_CLASS[text.charCodeAt(i)];
    if (k === LETTER || k === DIGIT) return true;
  }
  return false;
}
