import type { CslDate } from './csl.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
  // French, German, Spanish, Italian month names often seen in references.
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12, januar: 1, februar: 2, märz: 3,
  juni: 6, juli: 7, oktober: 10, dezember: 12, enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5,
  junio: 6, julio: 7, agosto: 8, septiembre: 9, octubre: 10, noviembre: 11, diciembre: 12, gennaio: 1,
  febbraio: 2, aprile: 4, maggio: 5, giugno: 6, luglio: 7, settembre: 9, ottobre: 10, dicembre: 12,
};

/** The month number of an English (or French, German, Spanish, Italian) month name or abbreviation. */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** True when the word is a month name or abbreviation. */
export function isMonth(word: string): boolean {
  return monthNumber(word) !== undefined;
}

/** True for a plausible publication year. */
export function plausibleYear(n: number): boolean {
  return n >= 1500 && n <= 2099;
}

/** A CSL date from year, month and day; month and day only when valid. */
export function cslDate(year: number, month?: number, day?: number): CslDate {
  const parts: [number, number?, number?] = [year];
  if (month !== undefined && month >= 1 && month <= 12) {
    parts.push(month);
    if (day !== undefined && day >= 1 && day <= 31) parts.push(day);
  }
  return { 'date-parts': [parts] };
}

/** A date found in a reference, with where it is. */
export interface FoundDate {
  year: number;
  month?: number;
  day?: number;
  start: number;
  end: number;
}

const ISO_DATE = /(\d{4})-(\d{1,2})-(\d{1,2})/y;

/**
 * Reads an author-year date at `pos` (after skipping spaces and one comma or period): "(2019)",
 * "(2019a).", "(2010, January 28).", "2019.", ", 2022,", "[2013]", "(2017-12-19)", "c1980",
 * "(n.d.)". Returns the date and the offset after it (and after a closing period or colon), or null.
 */
export function dateAt(s: string, pos: number): (FoundDate & { next: number; noDate?: boolean }) | null {
  let i = pos;
  while (s[i] === ' ') i++;
  if (s[i] === ',' || s[i] === '.') {
    i++;
    while (s[i] === ' ') i++;
  }
  const start = i;
  const open = s[i] === '(' || s[i] === '[' ? s[i] : '';
  if (open) i++;
  const nd = /(?:n\.\s?d\.?|nd|s\.\s?d\.?|o\.\s?J\.?|in press|In press|forthcoming|in preparation|submitted|无日期(?:-[a-z])?)/y;
  nd.lastIndex = i;
  const ndm = nd.exec(s);
  if (ndm && (!open || s[i + ndm[0].length] === ')' || s[i + ndm[0].length] === ']')) {
    let j = i + ndm[0].length + (open ? 1 : 0);
    j = skipEnd(s, j);
    return { year: 0, start, end: j, next: j, noDate: true };
  }
  if (s[i] === 'c' && /\d/.test(s[i + 1] ?? '')) i++;
  if (open === '(') {
    // "(December 1998)", "(July 4, 1998)", "(Spring 2001)", "(4 July 1998)".
    const md = /(?:(\d{1,2})\s)?([A-Za-zéû]{3,9})\.?(?:\s(\d{1,2}),?)?\s(\d{4})\)/y;
    md.lastIndex = i;
    const mm = md.exec(s);
    if (mm && mm[2] && mm[4] && (monthNumber(mm[2]) !== undefined || /^(?:Spring|Summer|Fall|Autumn|Winter)$/.test(mm[2]))) {
      const year = Number(mm[4]);
      if (plausibleYear(year)) {
        const month = monthNumber(mm[2]);
        const dayText = mm[1] ?? mm[3];
        const end = i + mm[0].length;
        const out: FoundDate & { next: number } = { year, start, end, next: skipEnd(s, end) };
        if (month !== undefined) out.month = month;
        if (month !== undefined && dayText) out.day = Number(dayText);
        return out;
      }
    }
  }
  const y = /(\d{4})(?![\d])/y;
  y.lastIndex = i;
  const m = y.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (!plausibleYear(year)) return null;
  let j = i + 4;
  let month: number | undefined;
  let day: number | undefined;
  ISO_DATE.lastIndex = i;
  const iso = ISO_DATE.exec(s);
  if (iso) {
    month = Number(iso[2]);
    day = Number(iso[3]);
    j = i + iso[0].length;
  }
  // Letter suffix and ranges: 2019a, 1994-95, 2012/2013, 1883-.
  if (/[a-z]/.test(s[j] ?? '') && !/[a-z]/i.test(s[j + 1] ?? '')) j++;
  const range = /[-–/]\d{0,4}/y;
  range.lastIndex = j;
  const rm = !iso ? range.exec(s) : null;
  if (rm) j += rm[0].length;
  if (open) {
    // "(2010, January 28)", "(2012, May)", "(1930)", "(January 2001)" is not read here.
    const close = open === '(' ? ')' : ']';
    const k = s.indexOf(close, j);
    if (k < 0 || k - j > 30) return null;
    const inner = s.slice(j, k);
    // "(2012, Novembre-Décembre)": month names in other languages carry accents.
    if (!/^[\s,.:;\p{L}0-9–-]*$/u.test(inner)) return null;
    const mm = /(\p{L}{3,9})\.?\s?(\d{1,2})?/u.exec(inner);
    if (mm && month === undefined) {
      month = monthNumber(mm[1] ?? '');
      if (month !== undefined && mm[2]) day = Number(mm[2]);
    }
    j = k + 1;
  } else {
    // A bare year must end there: "2019." / "2019," / "2019:" / "2019 " / end.
    const c = s[j];
    if (c !== undefined && !/[\s.,:;)\]]/.test(c)) return null;
  }
  const end = j;
  j = skipEnd(s, j);
  const out: FoundDate & { next: number } = { year, start, end, next: j };
  if (month !== undefined) out.month = month;
  if (day !== undefined) out.day = day;
  return out;
}

function skipEnd(s: string, j: number): number {
  let k = j;
  while (s[k] === ' ') k++;
  if (s[k] === '.' || s[k] === ',' || s[k] === ':' || s[k] === ';') k++;
  while (s[k] === ' ') k++;
  return k;
}

/**
 * Every plausible year in `s` that stands alone as a number, with the context that tells a
 * publication year from a page or volume number.
 */
export interface YearCandidate extends FoundDate {
  /** Inside parentheses: "(1930)", "(January–February 2004)". */
  paren: boolean;
  /** Inside square brackets: an access date such as "[2013-03-24]". */
  bracket: boolean;
  /** Preceded by a month name or followed by one. */
  month?: number;
  /** Part of a number range that is not a year range: pages "1761–1800". */
  pageRange: boolean;
  /** After a volume or page label: "vol. 1998", "pp. 2001". */
  labelled: boolean;
}

/** Finds the year candidates of `s` between `from` and `to` in one left-to-right pass. */
export function yearCandidates(s: string, from = 0, to = s.length): YearCandidate[] {
  const out: YearCandidate[] = [];
  let depthParen = 0;
  let depthBracket = 0;
  for (let i = from; i < to; i++) {
    const ch = s[i] ?? '';
    if (ch === '(') depthParen++;
    else if (ch === ')') depthParen = Math.max(0, depthParen - 1);
    else if (ch === '[') depthBracket++;
    else if (ch === ']') depthBracket = Math.max(0, depthBracket - 1);
    if (ch < '0' || ch > '9') continue;
    // Start of a digit run.
    let j = i;
    while (j < to && s[j]! >= '0' && s[j]! <= '9') j++;
    const len = j - i;
    const before = s[i - 1] ?? '';
    const after = s[j] ?? '';
    const runStart = i;
    i = j - 1;
    if (len !== 4) continue;
    if (/[\p{L}.,/]/u.test(before) && !(before === 'c' && !/\p{L}/u.test(s[runStart - 2] ?? '')) && before !== ',') continue;
    if (before === ',' && /\d/.test(s[runStart - 2] ?? '')) continue;
    if (/[\p{L}]/u.test(after) && !/^[a-z](?![\p{L}])/u.test(s.slice(j, j + 2))) continue;
    if ((after === '.' || after === ',' || after === ':') && /\d/.test(s[j + 1] ?? '')) continue;
    const year = Number(s.slice(runStart, j));
    if (!plausibleYear(year)) continue;
    // Range: pages unless both ends are years close together.
    let pageRange = false;
    const dashBefore = /[-–—]/.test(before) && /\d/.test(s[runStart - 2] ?? '');
    const rangeAfter = /^\s?[-–—]{1,2}\s?(\d+)/.exec(s.slice(j, j + 10));
    if (rangeAfter && rangeAfter[1] && !/^\d{4}-\d{1,2}-\d{1,2}/.test(s.slice(runStart, runStart + 10))) {
      const other = Number(rangeAfter[1]);
      const otherYear = rangeAfter[1].length === 4 ? other : rangeAfter[1].length === 2 ? Math.floor(year / 100) * 100 + other : NaN;
      if (!(otherYear > year && otherYear - year < 30)) pageRange = true;
      // "Metab. 2007, 92, 2017–2029": a range right after a volume is pages even when both ends read as years.
      if (/(?:\d{1,4}[,:]\s?|\bpp?\.\s?)$/.test(s.slice(Math.max(0, runStart - 8), runStart))) pageRange = true;
    }
    if (dashBefore) {
      const m = /(\d+)\s?[-–—]{1,2}\s?$/.exec(s.slice(Math.max(0, runStart - 12), runStart));
      const other = m ? Number(m[1]) : NaN;
      if (!(plausibleYear(other) && year > other && year - other < 30)) pageRange = true;
      const otherStart = m ? runStart - m[0].length : runStart;
      if (/(?:\d{1,4}[,:]\s?|\bpp?\.\s?)$/.test(s.slice(Math.max(0, otherStart - 8), otherStart))) pageRange = true;
    }
    const prefix = s.slice(Math.max(0, runStart - 10), runStart);
    const labelled = /(?:\bvol\.?|\bvolume|\bpp?\.|\bpages?|\bno\.|\bnr\.|\bISBN|\bISSN|\bS\.|\bBd\.|\bNo|\bn°|§)\s?$/i.test(prefix);
    let month: number | undefined;
    const mb = /([A-Za-zéû]{3,9})\.?,?\s(?:\d{1,2},?\s)?$/.exec(s.slice(Math.max(0, runStart - 20), runStart));
    if (mb && mb[1]) month = monthNumber(mb[1]);
    let day: number | undefined;
    let end = j;
    const iso = /^-(\d{1,2})-(\d{1,2})/.exec(s.slice(j, j + 6));
    if (iso) {
      month = Number(iso[1]);
      day = Number(iso[2]);
      end = j + iso[0].length;
      pageRange = false;
    }
    const c: YearCandidate = { year, start: runStart, end, paren: depthParen > 0, bracket: depthBracket > 0, pageRange, labelled };
    if (month !== undefined) c.month = month;
    if (day !== undefined) c.day = day;
    out.push(c);
  }
  return out;
}
