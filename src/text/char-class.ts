/**
 * Character classes used by the text stage. They take a code point (from `codePointAt`) so that
 * characters outside the Basic Multilingual Plane are classed correctly.
 */

/** True for Han ideographs: the unified blocks and extensions, compatibility ideographs, and 〇. */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x3134f) ||
    code === 0x3007
  );
}

/** True for Han ideographs and Japanese kana: the characters written without spaces between words. */
export function isCjkLetter(code: number): boolean {
  return isHan(code) || (code >= 0x3040 && code <= 0x30ff) || (code >= 0x31f0 && code <= 0x31ff);
}

/**
 * True for CJK punctuation: CJK Symbols and Punctuation (U+3001–U+303F), the punctuation of the
 * full-width forms block, and the vertical and small-form variants.
 */
export function isCjkPunct(code: number): boolean {
  return (
    (code >= 0x3001 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xff0f) ||
    (code >= 0xff1a && code <= 0xff20) ||
    (code >= 0xff3b && code <= 0xff40) ||
    (code >= 0xff5b && code <= 0xff65) ||
    (code >= 0xfe10 && code <= 0xfe1f) ||
    (code >= 0xfe30 && code <= 0xfe4f)
  );
}

/** True for a CJK letter or CJK punctuation. */
export function isCjk(code: number): boolean {
  return isCjkLetter(code) || isCjkPunct(code);
}

/** True for letters of the Latin script: ASCII, Latin-1, Latin Extended-A/B and Additional. */
export function isLatinLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return (
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}

/** True for an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** True for any letter (Unicode category L). */
export function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(String.fromCodePoint(code));
}

/** True for an upper-case letter (Unicode category Lu). */
export function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER.test(String.fromCodePoint(code));
}

/**
 * True for white space the cleaner turns into one ASCII space: ASCII white space and controls that
 * separate text (tab, line feed, form feed...), no-break spaces, the Unicode space separators and the
 * ideographic space U+3000.
 */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x85
  );
}

/**
 * True for invisible characters the cleaner deletes: other control characters (Cc), format
 * characters (Cf) such as the soft hyphen, zero-width space, byte-order mark and bidirectional marks.
 */
export function isInvisible(code: number): boolean {
  return (
    (code < 0x20 && !(code >= 0x09 && code <= 0x0d)) ||
    (code >= 0x7f && code <= 0x9f && code !== 0x85) ||
    code === 0xad ||
    code === 0x61c ||
    code === 0x180e ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    code === 0xfeff ||
    (code >= 0xfff9 && code <= 0xfffb)
  );
}

/** True for combining marks that NFKC may compose with the character before them. */
export function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    code === 0x3099 ||
    code === 0x309a
  );
}

/** Closing quotes and brackets that stay with the sentence they end (English and Chinese). */
export const CLOSERS = new Set([
  '"', "'", ')', ']', '}', '”', '’', '»', '›', '）', '］', '｝', '」', '』', '】', '》', '〉', '〕', '〗', '〙', '＂', '＇',
]);

/** Opening quotes and brackets that may begin a sentence. */
export const OPENERS = new Set([
  '"', "'", '(', '[', '{', '“', '‘', '«', '‹', '（', '［', '｛', '「', '『', '【', '《', '〈', '〔', '〖', '〘', '＂', '＇',
]);
