/** Character classes shared by the reference parser. */

/** Han, kana and hangul characters: names and titles written in them are never split into words. */
export const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;

/** True when `s` holds at least one CJK character. */
export function hasCjk(s: string): boolean {
  return CJK_CHAR.test(s);
}

/** True when the character is a CJK character or the middle dot of transliterated names (约翰·史密斯). */
export function isCjkChar(ch: string): boolean {
  return CJK_CHAR.test(ch) || ch === '·' || ch === '•';
}

/** True for an upper-case or title-case letter. */
export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Lu}|\p{Lt}/u.test(ch);
}

/** True for a lower-case letter. */
export function isLower(ch: string | undefined): boolean {
  return ch !== undefined && /\p{Ll}/u.test(ch);
}

/** True for any letter or combining mark. */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{M}]/u.test(ch);
}

/** True for an ASCII digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** Opening quotation marks and the closing mark each expects. */
export const QUOTES: Record<string, string[]> = {
  '"': ['"', '”'],
  '“': ['”', '"', '“'],
  '„': ['“', '”', '"'],
  '«': ['»'],
  '‘': ['’'],
  "'": ["'", '’'],
  '``': ["''", '”', '"'],
  '《': ['》'],
  '「': ['」'],
  '『': ['』'],
};

/** Removes punctuation and spaces from both ends, and brackets left without their partner. */
export function trimPunct(s: string): string {
  let out = s;
  for (let round = 0; round < 3; round++) {
    let a = 0;
    let b = out.length;
    while (a < b && /[\s,.;:·/\\|–—-]/.test(out[a] ?? '')) a++;
    while (b > a && /[\s,.;:/\\|–—-]/.test(out[b - 1] ?? '')) b--;
    const before = out;
    out = out.slice(a, b);
    if (out.endsWith(')') && !out.includes('(')) out = out.slice(0, -1);
    if (out.startsWith('(') && !out.includes(')')) out = out.slice(1);
    if (out.endsWith(']') && !out.includes('[')) out = out.slice(0, -1);
    if (out === before) break;
  }
  return out;
}
