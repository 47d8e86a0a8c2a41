import { isDigit, isLower, isUpper, QUOTES } from './script.js';
import { parseNameList } from './names.js';
import { CONTAINER_WORDS, containerEnd, PUBLISHER, startsDateLike, startsTailLike, startsVolumeLike } from './tail.js';

/** A title found in a reference: its text and the offset after it (and after its closing punctuation). */
export interface FoundTitle {
  text: string;
  start: number;
  end: number;
  quoted: boolean;
}

/** Words after which a period does not end a sentence. */
const NO_BREAK_AFTER = new Set([
  'vs', 'Vs', 'v', 'no', 'No', 'Nos', 'vol', 'Vol', 'pp', 'ed', 'eds', 'Ed', 'Eds', 'Dr', 'St', 'Mr', 'Mrs', 'Ms',
  'Jr', 'Sr', 'Prof', 'Fig', 'fig', 'eg', 'ie', 'cf', 'ca', 'approx', 'Inc', 'Ltd', 'Co', 'Corp', 'al', 'Univ',
  'Dept', 'Mt', 'Ft', 'Gen', 'Gov', 'Sen', 'Rep', 'Rev', 'Ph', 'Phil', 'Bros', 'sp', 'spp', 'var', 'subsp',
]);

/** Abbreviations of container words that are never the last word of a title. */
const KNOWN_ABBREVIATIONS = /^(?:Proc|Conf|Symp|Trans|Intl|Int|Natl|Proceed|Rec|Repts?|Bull|Jour|Ann|Annu|Mtg|Assoc|Soc|Acad|Res|Rev|Lett|Phys|Chem|Math|Comput|Eng|Sci|Tech|Inst|Univ|Dept|Vol|Ed|Eds)$/;

/** The opening quotation mark at `pos`, if any, as a key of QUOTES. */
export function quoteAt(s: string, pos: number): string | null {
  if (s.startsWith('``', pos)) return '``';
  const ch = s[pos] ?? '';
  if (ch === "'" ) {
    // A single straight quote opens a title only when another one closes it later.
    return s.indexOf("'", pos + 1) > pos + 3 ? "'" : null;
  }
  return QUOTES[ch] ? ch : null;
}

/** Reads a quoted title starting at `pos`; returns null when the closing quote is missing. */
export function quotedTitleAt(s: string, pos: number): FoundTitle | null {
  const q = quoteAt(s, pos);
  if (!q) return null;
  const closers = QUOTES[q] ?? [];
  const from = pos + q.length;
  let best = -1;
  let bestLen = 0;
  for (const c of closers) {
    let k = s.indexOf(c, from);
    // A straight double quote closes only when it is followed by punctuation, space or the end.
    // An apostrophe inside a word ("what’s", "user's") does not close the quotation.
    while (k >= 0 && (c === "'" || c === '’') && /\p{L}/u.test(s[k + 1] ?? '') && /\p{L}/u.test(s[k - 1] ?? '')) k = s.indexOf(c, k + 1);
    if (k > from && (best < 0 || k < best)) {
      best = k;
      bestLen = c.length;
    }
  }
  // Nested quotations: "« La « société civile » dans la … »", "‘Democratizing the ‘Arab Spring’: …’".
  if ((q === '«' || q === '‘') && best > 0) {
    const close = q === '«' ? '»' : '’';
    let depth = 0;
    for (let k = from; k < Math.min(s.length, from + 600); k++) {
      const ch = s[k];
      if (ch === q && (q === '«' || !/\p{L}/u.test(s[k - 1] ?? ''))) depth++;
      else if (ch === close && !(close === '’' && /\p{L}/u.test(s[k + 1] ?? '') && /\p{L}/u.test(s[k - 1] ?? ''))) {
        if (depth === 0) {
          best = k;
          bestLen = 1;
          break;
        }
        depth--;
      }
    }
  }
  if (best < 0 || best - from > 600) return null;
  const text = s.slice(from, best);
  let end = best + bestLen;
  while (end < s.length && /[\s,.;:]/.test(s[end] ?? '')) end++;
  return { text, start: from, end, quoted: true };
}

/**
 * Finds where an unquoted title that starts at `from` ends: at the first period (or question or
 * exclamation mark) that ends a sentence. With `comma` set, a comma also ends it
 * ("Feferman, S., Transfinite recursive progressions, J. Symbolic Logic, 27").
 */
export function titleEndAt(s: string, from: number, comma: boolean, questionBreaks = true): number {
  let depth = 0;
  let k = from;
  // Each comma is looked at with a bounded window; past 40 commas no title goes on.
  let commas = 0;
  while (k < s.length) {
    const ch = s[k] ?? '';
    if (ch === '(' && depth === 0 && k - from > 2) {
      // "Pelléas et Mélisande (New York, NY: Dover, 1985)": the publication statement ends the title.
      const close = s.indexOf(')', k);
      const inner = close > k && close - k < 120 ? s.slice(k + 1, close) : '';
      if (inner && (/\d{4}/.test(inner) && (/:\s/.test(inner) || PUBLISHER.test(inner)) || /^[^()]{2,60}:\s[^()]{2,60},\s?\d{4}$/.test(inner) || (/^[^()]{2,40}:\s[^()]{2,60}$/.test(inner) && PUBLISHER.test(inner)))) return k;
    }
    if (ch === '(' || ch === '[' || ch === '《' || ch === '“') depth++;
    else if ((ch === ')' || ch === ']' || ch === '》' || ch === '”') && depth > 0) depth--;
    else if (depth === 0 && ch === ',' && s[k + 1] === ' ' && k - from > 2 && ++commas <= 40 && (startsTailLike(s.slice(k + 2, k + 250)) || (comma && commaEndsTitle(s, k)))) return k;
    else if (depth === 0 && ch === '.' && (s[k + 1] === ' ' || k + 1 === s.length)) {
      const prev = /([\p{L}\d]+)$/u.exec(s.slice(Math.max(from, k - 20), k))?.[1] ?? '';
      const next = s[k + 2] ?? '';
      // An initial follows a name or another initial; "mitomycin C." ends a title.
      const before = s.slice(Math.max(from, k - 22), k - 1).trimEnd();
      const isInitial = prev.length === 1 && isUpper(prev) && !/\p{Ll}{3,}$/u.test(before);
      // "Phys. Rev. Lett.", "J. Opt. Soc. Am.": a chain of abbreviations is one name.
      const chain = prev.length <= 5 && isUpper(prev[0]) && /^\p{Lu}\p{L}{0,5}\.(?:\s|$)/u.test(s.slice(k + 2, k + 10));
      // "Functional anatomy of the basal ganglia. I. The cortico-…", "surfaces. 1. Oxidation of …": numbered parts.
      const part = /^(?:[IVX]{1,4}|\d{1,2})\.\s\p{Lu}\S*\s\S+\s\S/u.test(s.slice(k + 2, k + 40)) && !/^(?:[IVX]{1,4}|\d{1,2})\.\s\S+\s\S+,/u.test(s.slice(k + 2, k + 40));
      // "Proc. Fourth International Conf.": a known abbreviation does not end a sentence.
      const known = prev.length > 1 && prev.length <= 7 && isUpper(prev[0]) && KNOWN_ABBREVIATIONS.test(prev);
      // "Reactions at oxide surfaces. 1. Oxidation of …": the number of a part.
      const partNumber = /^(?:\d{1,2}|[IVX]{1,4})$/.test(prev) && k - prev.length - 2 > from && /\.\s$/.test(s.slice(k - prev.length - 2, k - prev.length)) && /^\p{Lu}/u.test(s.slice(k + 2, k + 3));
      if (!isInitial && !chain && !part && !known && !partNumber && !NO_BREAK_AFTER.has(prev) && !(isLower(next) && prev.length <= 4) && k - from > 1) return k;
    } else if (depth === 0 && questionBreaks && (ch === '?' || ch === '!') && (s[k + 1] === ' ' || k + 1 === s.length)) {
      // "Who cares? Journal of X, 12" ends the title; "Waterloo? Structural alignment…" does not.
      const after = k + 2;
      if (after >= s.length) return k + 1;
      const next = s[after] ?? '';
      if (s.startsWith('In ', after) || s.startsWith('in ', after) || isDigit(next)) return k + 1;
      const window = s.slice(0, Math.min(s.length, after + 300));
      const nextEnd = titleEndAt(window, after, false, false);
      const ce = containerEnd(window, after);
      if (nextEnd >= window.length) return k + 1;
      if (ce <= nextEnd) {
        // "Analogy Watershed or Waterloo? Structural alignment and the development of … analogy. In
        // Giles …", "The Health of the Body-Machine? Or Seventeenth Century Mechanism …": a subtitle
        // that starts with "Or", or one in sentence case before "In", goes on the title.
        const seg = window.slice(after, nextEnd);
        const lowerWords = (seg.match(/\s\p{Ll}{4,}/gu) ?? []).length;
        const subtitle = /^(?:Or|or)\s/.test(seg) || (lowerWords >= 3 && !CONTAINER_WORDS.test(seg) && /^\.\s(?:In|in)[\s:]/.test(window.slice(nextEnd, nextEnd + 5)));
        if (!subtitle) return k + 1;
      }
    }
    k++;
  }
  return s.length;
}

/**
 * In comma-separated styles ("Feferman, S., Title, J. Symbolic Logic, 27, 259-316"), a comma ends
 * the title when what follows is "In …" or a container name followed by its volume, pages or date.
 */
function commaEndsTitle(s: string, k: number): boolean {
  const after = s.slice(k + 2, k + 202);
  if (/^(?:in|In)[\s:]/.test(after) || quoteAt(after, 0) !== null) return true;
  // "Philosophy of Art, Douglas W. Stott (ed. and trans.)": editors or translators after the title.
  const names = /^\p{Lu}/u.test(after) ? parseNameList(after, 0, 40) : null;
  if (names && names.names.length > 0) {
    const rest0 = after.slice(names.end).trimStart();
    if (names.role === 'editor' || /^(?:\(|,\s?)(?:eds?|trans|tr)\b\.?/.test(rest0)) return true;
  }
  const e2 = containerEnd(after, 0);
  if (e2 === 0) return startsVolumeLike(after);
  const seg = after.slice(0, e2);
  // A container name starts with a capital (or a digit or a quote); at most one comma inside,
  // before a short place ("Proc. of SIGDBS Conf., Tokyo").
  if (!/^[\p{Lu}\d"“‘«]/u.test(seg)) return false;
  const parts = seg.split(', ');
  if (parts.length > 3 || parts.slice(1).some((p) => p.split(' ').length > 2) || seg.split(' ').length > 25) return false;
  // With a place after it ("Proc. of SIGDBS Conf., Tokyo") the container must look like one.
  if (parts.length > 1 && !(CONTAINER_WORDS.test(parts[0] ?? '') || /\p{Lu}\p{L}{0,6}\.\s/u.test(parts[0] ?? ''))) return false;
  if (e2 >= after.length) return after.length < 200 && CONTAINER_WORDS.test(seg);
  const rest = after.slice(e2).replace(/^[\s,.;:]+/, '');
  if (rest === '') return CONTAINER_WORDS.test(seg) || seg.split(' ').length <= 4;
  return startsVolumeLike(rest) || startsDateLike(rest) || /^(?:pp?\.|pages)/.test(rest);
}
