/** Helvetica advance widths (thousandths of an em) for printable ASCII, from the standard metrics. */
const HELVETICA_ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space - /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 - ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ - O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P - _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` - o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p - ~
];

const HELVETICA_OTHER: Record<string, number> = {
  '\u201c': 333, '\u201d': 333, '\u2018': 222, '\u2019': 222, '\u2013': 556, '\u2014': 1000,
  '\u00b9': 333, '\u00b2': 333, '\u00a0': 278,
};

/** Width in points of `text` set in Helvetica (bold is about 6 % wider) at `size` points. */
export function latinWidth(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\u00ad') continue;
    units += cp >= 0x20 && cp <= 0x7e ? (HELVETICA_ASCII[cp - 0x20] ?? 556) : (HELVETICA_OTHER[ch] ?? 556);
  }
  return (units * size * (bold ? 1.06 : 1)) / 1000;
}

/** Width in points of `text` in the CJK font, whose glyphs are all one em wide (DW 1000, no W array). */
export function cjkWidth(text: string, size: number): number {
  return Array.from(text).length * size;
}

/**
 * Wraps a Latin-script paragraph greedily at spaces to lines no wider than `width` (the first line
 * `firstWidth`). A soft hyphen (U+00AD) inside a word that does not fit lets the word break there with a
 * hyphen; soft hyphens never appear in the output.
 */
export function wrapLatin(text: string, width: number, size: number, bold = false, firstWidth = width): string[] {
  const lines: string[] = [];
  let line = '';
  const limit = (): number => (lines.length === 0 ? firstWidth : width);
  const fits = (s: string): boolean => latinWidth(s, size, bold) <= limit();
  const words = text.split(' ').filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    let word = words[i] ?? '';
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (word.includes('\u00ad') && line !== '') {
      const parts = word.split('\u00ad');
      let cut = -1;
      for (let k = parts.length - 1; k >= 1; k--) {
        const head = parts.slice(0, k).join('');
        if (fits(`${line} ${head}-`)) {
          cut = k;
          break;
        }
      }
      if (cut > 0) {
        lines.push(`${line} ${parts.slice(0, cut).join('')}-`);
        word = parts.slice(cut).join('\u00ad');
        line = '';
        words[i] = word;
        i--;
        continue;
      }
    }
    if (line !== '') lines.push(line);
    line = word;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => l.split('\u00ad').join(''));
}

/** Characters a Chinese line must not start with. */
const NO_LINE_START = new Set(Array.from('，。、；：？！）》」』”’…·%．'));
/** Characters a Chinese line must not end with. */
const NO_LINE_END = new Set(Array.from('（《「『“‘'));

/** Splits text into unbreakable pieces: runs of Latin letters, digits and URL punctuation, or single characters. */
function cjkTokens(text: string): string[] {
  const tokens: string[] = [];
  let run = '';
  for (const ch of text) {
    if (/[A-Za-z0-9.:/_\-@()[\],&]/.test(ch)) {
      run += ch;
      continue;
    }
    if (run !== '') {
      tokens.push(run);
      run = '';
    }
    tokens.push(ch);
  }
  if (run !== '') tokens.push(run);
  return tokens;
}

/**
 * Wraps Chinese (or mixed) text for the CJK font into lines of at most `chars` characters (the first line
 * `firstChars`), breaking between Chinese characters or at spaces, keeping Latin words whole and obeying
 * simple line-breaking rules (no closing punctuation at a line start, no opening one at a line end).
 */
export function wrapCjk(text: string, chars: number, firstChars = chars): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let len = 0;
  const limit = (): number => (lines.length === 0 ? firstChars : chars);
  const flush = (): void => {
    while (line.length > 0 && line[line.length - 1] === ' ') line.pop();
    lines.push(line.join(''));
    line = [];
    len = 0;
  };
  for (const token of cjkTokens(text)) {
    const n = Array.from(token).length;
    if (token === ' ' && len === 0) continue;
    if (len + n <= limit()) {
      line.push(token);
      len += n;
      continue;
    }
    if (n === 1 && NO_LINE_START.has(token)) {
      // hang the punctuation mark at the end of the line, as Chinese typesetting does
      line.push(token);
      flush();
      continue;
    }
    if (n > limit()) {
      // a URL or other piece longer than a line: cut it by characters
      for (const ch of Array.from(token)) {
        if (len + 1 > limit()) flush();
        line.push(ch);
        len += 1;
      }
      continue;
    }
    const carry: string[] = [];
    while (line.length > 0 && NO_LINE_END.has(line[line.length - 1] ?? '')) carry.unshift(line.pop() ?? '');
    flush();
    if (token !== ' ') {
      line.push(...carry, token);
      len = carry.length + n;
    }
  }
  if (line.length > 0) flush();
  return lines;
}
