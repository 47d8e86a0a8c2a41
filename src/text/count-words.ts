/**
 * Counts words the simple, checkable way: each run of Latin-script letters (with digits, apostrophes
 * and hyphens inside it: "industry-education", "don't", "COVID-19") is one word, and each Han
 * character or kana is one word. Numbers alone ("2019") are not words. Chinese is not segmented
 * here, so a Chinese text's count is its number of characters.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  let hasLatin = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let kind: number; // 0 other, 1 Latin letter, 2 digit, 3 joiner, 4 CJK, 5 combining mark
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) kind = 1;
      else if (c >= 0x30 && c <= 0x39) kind = 2;
      else if (c === 0x27 || c === 0x2d) kind = 3;
      else kind = 0;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007) {
      kind = 4;
    } else if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) {
      kind = 1;
    } else if (c === 0x2019) {
      kind = 3;
    } else if (c >= 0x300 && c <= 0x36f) {
      kind = 5;
    } else if (c >= 0xd840 && c <= 0xd87f) {
      // High surrogates of the supplementary ideographic planes (U+20000–U+3FFFF).
      kind = 4;
      i++;
    } else {
      kind = 0;
    }
    if (kind === 1) {
      inWord = true;
      hasLatin = true;
    } else if (kind === 2 || (kind === 5 && inWord)) {
      inWord = true;
    } else if (kind === 3 && inWord && isWordChar(text.charCodeAt(i + 1))) {
      // an apostrophe or hyphen inside a word
    } else {
      if (inWord && hasLatin) words++;
      inWord = false;
      hasLatin = false;
      if (kind === 4) words++;
    }
  }
  if (inWord && hasLatin) words++;
  return words;
}

/** Counts the characters that are not white space (code points, so an emoji or a rare Han character counts once). */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (code === 0x20 || code === 0x0a || code === 0x0c || code === 0x09 || code === 0x0d || code === 0xa0 || code === 0x3000) continue;
    n++;
  }
  return n;
}

function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}
