import {
  isCjkLetter,
  isCombiningMark,
  isInvisible,
  isLetter,
  isSpace,
} from './char-class.js';

/**
 * One line after character cleaning, with the pieces that tie it to the raw text. `cuts` is a flat
 * list of [cleanOffset, rawOffset] boundaries, from [0, rawStart] to [text.length, rawEnd]: between two
 * cuts, clean and raw have the same length (one code unit for one) or the piece was replaced whole.
 */
export interface CleanLine {
  text: string;
  /** Raw offset of the first character kept (leading white space and invisible characters skipped). */
  rawStart: number;
  /** Raw offset after the last character kept. */
  rawEnd: number;
  cuts: number[];
  /** The line ended with a soft hyphen (U+00AD), a hyphenation point set by the typesetter. */
  softHyphen: boolean;
}

/**
 * A character that may need work: anything but printable ASCII, CJK punctuation U+3001–U+3035, kana,
 * Han and Hangul, which NFKC leaves alone; or two spaces in a row.
 */
const NEEDS_WORK = /[^\x20-\x7e\u3001-\u3035\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]| {2}/;
const SPECIAL = new RegExp(NEEDS_WORK.source, 'g');

/** NFKC turns spacing accents (´ ¨ ˘) into a space and a combining mark; those are kept as printed. */
const SPACING_ACCENT = /^ [\u0300-\u036f]+$/;

/** How far the full-width punctuation rule looks for a letter on each side. */
const CONTEXT = 30;

/**
 * Cleans one line: NFKC per character (combining marks go with their base character), invisible
 * characters removed, runs of white space collapsed to one space, leading and trailing white space
 * dropped. Exceptions to NFKC, which would erase distinctions Chinese text relies on:
 * - full-width punctuation (，。：；（）！？ …, U+FF01–U+FF65 except letters and digits) and the
 *   ellipsis … stay as they are when the nearest letter on either side (within 30 characters,
 *   digits and punctuation skipped) is Chinese or Japanese, or when there is no letter nearby; they
 *   become their ASCII forms between Latin letters ("Ａ，Ｂ" → "A,B");
 * - circled and parenthesised numbers (①, ⑴, ㈠) are kept: they number items in Chinese documents;
 * - spacing accents (´ ¨, which PDFs print before a letter: "M´exico") are kept rather than turned
 *   into a space and a combining mark.
 * `rawBase` is the raw offset of the line's first code unit.
 */
export function cleanLine(line: string, rawBase: number): CleanLine {
  let start = 0;
  let end = line.length;
  while (start < end && skippable(line.charCodeAt(start))) start++;
  let softHyphen = false;
  while (end > start && skippable(line.charCodeAt(end - 1))) {
    if (line.charCodeAt(end - 1) === 0xad) softHyphen = true;
    end--;
  }
  if (start < end && !NEEDS_WORK.test(line)) {
    // The common case: printable ASCII, Han and kana, single spaces. Nothing to change inside.
    return { text: start === 0 && end === line.length ? line : line.slice(start, end), rawStart: rawBase + start, rawEnd: rawBase + end, cuts: [0, rawBase + start, end - start, rawBase + end], softHyphen };
  }
  const cuts: number[] = [0, rawBase + start];
  if (start >= end) return { text: '', rawStart: rawBase + start, rawEnd: rawBase + start, cuts: [0, rawBase + start, 0, rawBase + start], softHyphen: false };

  const out: string[] = [];
  let outLength = 0;
  let runStart = start;
  const flush = (to: number): void => {
    if (to > runStart) {
      out.push(line.slice(runStart, to));
      outLength += to - runStart;
    }
  };
  const edit = (from: number, to: number, replacement: string): void => {
    flush(from);
    if (replacement.length === to - from) {
      out.push(replacement);
      outLength += replacement.length;
    } else {
      pushCut(cuts, outLength, rawBase + from);
      out.push(replacement);
      outLength += replacement.length;
      pushCut(cuts, outLength, rawBase + to);
    }
    runStart = to;
  };

  let i = start;
  while (i < end) {
    // Jump to the next character that may need work; the engine skips the rest natively.
    SPECIAL.lastIndex = i;
    const hit = SPECIAL.exec(line);
    if (!hit || hit.index >= end) break;
    i = hit.index;
    const code = line.charCodeAt(i);
    if (isSpace(code) || isInvisible(code)) {
      // A run of white space and invisible characters, with the space before it if there is one.
      const from = i > runStart && line.charCodeAt(i - 1) === 0x20 ? i - 1 : i;
      let j = i;
      let sawSpace = from < i;
      while (j < end) {
        const c = line.charCodeAt(j);
        if (isSpace(c)) sawSpace = true;
        else if (!isInvisible(c)) break;
        j++;
      }
      const replacement = sawSpace ? ' ' : '';
      if (!(j === from + 1 && line.charCodeAt(from) === 0x20)) edit(from, j, replacement);
      i = j;
      continue;
    }
    // One unit: a code point and the combining marks after it (a mark after a plain letter takes it along).
    let from = i;
    if (isCombiningMark(code) && i > runStart && !isLowSurrogate(line.charCodeAt(i - 1))) from = i - 1;
    const cp = line.codePointAt(from) ?? code;
    let j = from + (cp > 0xffff ? 2 : 1);
    while (j < end && isCombiningMark(line.charCodeAt(j))) j++;
    if (keepAsIs(cp, line, from, j)) {
      i = j;
      continue;
    }
    const unit = line.slice(from, j);
    const normal = unit.normalize('NFKC');
    if (normal !== unit && !SPACING_ACCENT.test(normal)) {
      if (normal.trim() === '') {
        let k = j;
        while (k < end && (isSpace(line.charCodeAt(k)) || isInvisible(line.charCodeAt(k)))) k++;
        edit(from, k, ' ');
        i = k;
        continue;
      }
      edit(from, j, normal);
    }
    i = j;
  }
  flush(end);
  pushCut(cuts, outLength, rawBase + end);
  return { text: out.join(''), rawStart: rawBase + start, rawEnd: rawBase + end, cuts, softHyphen };
}

/** Raw offset of a clean offset of the line that lies on a cut or inside a one-for-one piece. */
export function lineRawAt(line: CleanLine, cleanOffset: number): number {
  const { cuts } = line;
  for (let k = 0; k + 2 < cuts.length; k += 2) {
    const c0 = cuts[k] ?? 0;
    const c1 = cuts[k + 2] ?? 0;
    if (cleanOffset >= c0 && cleanOffset < c1) return (cuts[k + 1] ?? 0) + Math.min(cleanOffset - c0, (cuts[k + 3] ?? 0) - (cuts[k + 1] ?? 0));
  }
  return line.rawEnd;
}

function pushCut(cuts: number[], clean: number, raw: number): void {
  const n = cuts.length;
  if (cuts[n - 2] === clean && cuts[n - 1] === raw) return;
  cuts.push(clean, raw);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function skippable(code: number): boolean {
  return isSpace(code) || isInvisible(code);
}

/** Characters exempt from NFKC (see cleanLine). */
function keepAsIs(cp: number, line: string, from: number, to: number): boolean {
  if ((cp >= 0x2460 && cp <= 0x24ff) || (cp >= 0x2776 && cp <= 0x2793) || (cp >= 0x3200 && cp <= 0x32ff)) return true;
  const fullWidthPunct =
    (cp >= 0xff01 && cp <= 0xff0f) ||
    (cp >= 0xff1a && cp <= 0xff20) ||
    (cp >= 0xff3b && cp <= 0xff40) ||
    (cp >= 0xff5b && cp <= 0xff65) ||
    cp === 0x2026 ||
    cp === 0x2025;
  if (!fullWidthPunct) return false;
  const before = nearestLetter(line, from - 1, -1);
  const after = nearestLetter(line, to, 1);
  if (before === 'cjk' || after === 'cjk') return true;
  return before === 'none' && after === 'none';
}

/** Class of the nearest letter from `at` going in direction `step`, within CONTEXT characters. */
function nearestLetter(line: string, at: number, step: 1 | -1): 'cjk' | 'other' | 'none' {
  for (let k = 0, i = at; k < CONTEXT && i >= 0 && i < line.length; k++, i += step) {
    const code = line.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 'other';
      continue;
    }
    if (isCjkLetter(code)) return 'cjk';
    // Punctuation blocks hold no letters: skip them without asking the regular-expression engine.
    if ((code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff20) || (code >= 0xff3b && code <= 0xff40) || (code >= 0xff5b && code <= 0xff65)) continue;
    if (code >= 0xd800 && code <= 0xdfff) {
      const cp = line.codePointAt(step === 1 ? i : i - 1) ?? code;
      if (isCjkLetter(cp)) return 'cjk';
      if (isLetter(cp)) return 'other';
      continue;
    }
    if (isLetter(code)) return 'other';
  }
  return 'none';
}
