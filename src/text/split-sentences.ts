import type { Language, Sentence } from '../core/doc.js';
import { pageAt } from '../core/place.js';
import { CLOSERS, OPENERS, isCjkLetter, isDigit, isUpper } from './char-class.js';
import { matchHeading } from './match-heading.js';

/** Options of splitSentences. */
export interface SplitOptions {
  language: Language;
  /** Offsets where pages begin; sentences get a page when it is not empty. */
  pageStarts: readonly number[];
  /** Also end Chinese sentences at the full-width semicolon ；. */
  semicolon?: boolean;
}

/** Abbreviations after which a full stop never ends a sentence. */
const NEVER = new Set([
  'al', 'cf', 'vs', 'viz', 'dr', 'prof', 'mr', 'mrs', 'ms', 'st', 'jr', 'sr', 'co', 'ltd', 'inc', 'corp',
  'ca', 'approx', 'esp', 'resp', 'dept', 'univ', 'assoc', 'ed', 'eds', 'fig', 'figs', 'eq', 'eqs', 'tab',
  'e.g', 'i.e', 'ph.d', 'et', 'etal',
]);
/** Abbreviations after which a full stop does not end a sentence when a number follows ("pp. 168"). */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'nr', 'vol', 'vols', 'pp', 'p', 'art', 'arts', 'sec', 'secs', 'ch', 'chap', 'ref', 'refs',
  'para', 'pt', 'pts', 'op', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** The characters the splitter stops at; everything else is skipped by the regular expression engine. */
const STOPS = /[\n\f。！？；….!?]/;
/** Longest word looked at before a full stop. */
const MAX_WORD = 25;
/** Longest paragraph examined as a heading around a page break. */
const MAX_HEADING = 200;

/**
 * Splits a text into sentences, in one pass (linear time; Intl.Segmenter is not used, being
 * super-linear on long texts in Node 20). Offsets are half-open and trimmed of white space.
 *
 * Always a boundary: a paragraph break (any "\n"); a page break ("\f") next to a heading. A page break
 * is otherwise white space, so a sentence may run across pages (its page is the page where it starts).
 * Chinese: after 。！？ (and after …… or, with `semicolon`, ；), closing quotes and brackets included.
 * English: after . ! ? followed by closing quotes or brackets, then white space and an upper-case
 * letter, a digit, an opening quote or bracket, or a CJK character (or a CJK character right away).
 * A full stop does not end a sentence after: a known abbreviation (et al., e.g., i.e., Dr., Prof., Fig.,
 * vs., cf., ...); no., vol., pp., p., Art., months, ... when a number follows; an initial (J. Smith,
 * Y.Q. Duan, U.S.); a list number at the start of a sentence ("1. "); two or more dots (an ellipsis).
 * "etc." ends a sentence when an upper-case letter follows. `language` is accepted for future rules:
 * both rule sets apply to every text, as mixed documents need them.
 */
export function splitSentences(text: string, options: SplitOptions): Sentence[] {
  const { pageStarts, semicolon = false } = options;
  const out: Sentence[] = [];
  const n = text.length;
  let start = 0;
  let paraStart = 0;
  const close = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isBlank(text.charCodeAt(s))) s++;
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      const sentence: Sentence = { offset: s, end: e };
      if (pageStarts.length > 0) {
        const page = pageAt(pageStarts, s);
        if (page !== undefined) sentence.page = page;
      }
      out.push(sentence);
    }
    start = end;
  };

  const stops = new RegExp(STOPS.source, 'g');
  let i = 0;
  while (i < n) {
    stops.lastIndex = i;
    const hit = stops.exec(text);
    if (!hit) break;
    i = hit.index;
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      close(i);
      while (i < n && text.charCodeAt(i) === 0x0a) i++;
      start = i;
      paraStart = i;
      continue;
    }
    if (code === 0x0c) {
      if (headingAtPageBreak(text, paraStart, i)) close(i);
      i++;
      paraStart = i;
      continue;
    }
    if (code === 0x3002 || code === 0xff01 || code === 0xff1f || (semicolon && code === 0xff1b)) {
      const j = consumeClosers(text, consumeTerminators(text, i + 1));
      close(j);
      i = j;
      continue;
    }
    if (code === 0x2026) {
      let j = i;
      while (j < n && text.charCodeAt(j) === 0x2026) j++;
      if (j - i >= 2) {
        const k = consumeClosers(text, j);
        if (!'，,、；;：:'.includes(text[k] ?? '')) close(k);
        i = k;
        continue;
      }
      i = j;
      continue;
    }
    if (code === 0x2e || code === 0x21 || code === 0x3f) {
      let j = i;
      let dots = 0;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 0x2e) dots++;
        else if (c !== 0x21 && c !== 0x3f) break;
        j++;
      }
      if (dots >= 2) {
        i = j;
        continue;
      }
      const k = consumeClosers(text, j);
      if (endsHere(text, k) && !(code === 0x2e && j === i + 1 && noBreakAfterDot(text, i, start, k))) close(k);
      i = k;
      continue;
    }
    i++;
  }
  close(n);
  return out;
}

/** True when what follows position `k` (after terminal punctuation) starts a new sentence. */
function endsHere(text: string, k: number): boolean {
  let j = k;
  let space = false;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x0c || text.charCodeAt(j) === 0x09)) {
    space = true;
    j++;
  }
  if (j >= text.length || text.charCodeAt(j) === 0x0a) return true;
  const next = text.codePointAt(j) ?? 0;
  if (isCjkLetter(next)) return true;
  if (!space) return false;
  return isUpper(next) || isDigit(next) || OPENERS.has(text[j] ?? '');
}

/** Abbreviations, initials and list numbers: the full stop at `dot` does not end the sentence. */
function noBreakAfterDot(text: string, dot: number, sentenceStart: number, after: number): boolean {
  let b = dot;
  while (b > 0 && dot - b < MAX_WORD) {
    const c = text.charCodeAt(b - 1);
    if (!(isAsciiLetter(c) || c === 0x2e)) break;
    b--;
  }
  const word = text.slice(b, dot);
  if (word === '') {
    // "1." at the start of a sentence is a list number; "in 2019." ends a sentence.
    if (dot - sentenceStart > 20) return false;
    const before = text.slice(sentenceStart, dot).trim();
    return /^[([]?(?:\d{1,3}|[ivxIVX]{1,4})[)\]]?$/.test(before);
  }
  if (word.startsWith('.')) return false;
  const lower = word.toLowerCase();
  if (NEVER.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower) && isDigit(nextNonSpace(text, after))) return true;
  if (word.includes('.')) {
    // e.g, i.e, Y.Q, U.S, Ph.D: short letter groups joined by dots.
    return word.split('.').every((part) => part.length >= 1 && part.length <= 2);
  }
  // A single upper-case letter is an initial: "J. Smith".
  return word.length === 1 && isAsciiUpper(word.charCodeAt(0));
}

/** True when the page break at `at` ends a heading paragraph or starts one. */
function headingAtPageBreak(text: string, paraStart: number, at: number): boolean {
  if (at - paraStart <= MAX_HEADING) {
    const before = text.slice(paraStart, at).trim();
    const h = before ? matchHeading(before) : null;
    if (h && !h.runIn) return true;
  }
  let end = at + 1;
  const limit = Math.min(text.length, at + 1 + MAX_HEADING);
  while (end < limit && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0c) end++;
  const after = text.slice(at + 1, end).trim();
  return after !== '' && matchHeading(after) !== null;
}

function consumeTerminators(text: string, from: number): number {
  let j = from;
  while (j < text.length && '。！？!?…'.includes(text[j] ?? '')) j++;
  return j;
}

function consumeClosers(text: string, from: number): number {
  let j = from;
  while (j < text.length && CLOSERS.has(text[j] ?? '')) j++;
  return j;
}

function nextNonSpace(text: string, from: number): number {
  let j = from;
  while (j < text.length && text.charCodeAt(j) === 0x20) j++;
  return text.charCodeAt(j);
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0c || code === 0x09 || code === 0x0d;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isAsciiUpper(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}
