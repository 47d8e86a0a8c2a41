/**
 * Identifiers and access notes are taken out of a reference before its fields are read:
 * DOI, URL, ISBN/ISSN, "Retrieved from", "[accessed 6 June 2016]", "[2013-03-24]" after a URL.
 */

export interface Identifiers {
  DOI?: string;
  URL?: string;
  /** The reference with identifiers and access notes removed (same offsets are not kept). */
  rest: string;
}

/** Characters that can end a URL or DOI but usually are the sentence's punctuation. */
function trimTrailing(id: string): string {
  let out = id;
  for (;;) {
    const last = out[out.length - 1];
    if (last === undefined) break;
    if ('.,;:'.includes(last)) {
      out = out.slice(0, -1);
      continue;
    }
    if (last === ')' && !out.includes('(')) {
      out = out.slice(0, -1);
      continue;
    }
    if (last === ']' && !out.includes('[')) {
      out = out.slice(0, -1);
      continue;
    }
    break;
  }
  return out;
}

/** Reads a run of non-space characters from i, at most `max` long. */
function runFrom(s: string, i: number, max = 500): number {
  let j = i;
  while (j < s.length && j - i < max && s[j] !== ' ' && !/[\u3000-\u303f\u4e00-\u9fff“”《》]/u.test(s[j] ?? '')) j++;
  return j;
}

const DOI_START = /(?:https?:\/\/(?:dx\.)?doi\.org\/|doi\.org\/|\bdoi\s?:\s?|\bDOI\s?:?\s?)?(10\.\d{4,9}\/)/gi;
const URL_START = /\b(?:https?:\/\/|ftp:\/\/|www\.)/gi;

/** Removes the first DOI and the first URL from a reference and returns them. */
export function extractIdentifiers(s: string): Identifiers {
  const out: Identifiers = { rest: s };
  const cuts: [number, number][] = [];
  DOI_START.lastIndex = 0;
  const d = DOI_START.exec(s);
  if (d && d[1]) {
    const idStart = d.index + d[0].length - d[1].length;
    const end = runFrom(s, idStart);
    const doi = trimTrailing(s.slice(idStart, end));
    if (doi.length > 8) {
      out.DOI = doi;
      cuts.push([d.index, idStart + doi.length]);
    }
  }
  URL_START.lastIndex = 0;
  let u: RegExpExecArray | null;
  while ((u = URL_START.exec(s)) !== null) {
    const start = u.index;
    if (cuts.some(([a, b]) => start >= a && start < b)) continue;
    let end = runFrom(s, start);
    // "http://www. boston.com/..." split by a line break in the PDF: join a following path-like run.
    if (s[end] === ' ' && /^[a-z0-9-]+\.[a-z]{2,}\//i.test(s.slice(end + 1, end + 60))) end = runFrom(s, end + 1);
    const url = trimTrailing(s.slice(start, end));
    if (/doi\.org\/10\./i.test(url) && !out.DOI) {
      out.DOI = url.replace(/^.*doi\.org\//i, '');
    }
    if (!out.URL && !/doi\.org\//i.test(url)) out.URL = url;
    cuts.push([start, start + url.length]);
    URL_START.lastIndex = end;
  }
  if (cuts.length === 0) return out;
  cuts.sort((a, b) => a[0] - b[0]);
  let rest = '';
  let pos = 0;
  for (const [a, b] of cuts) {
    if (a < pos) continue;
    rest += s.slice(pos, a) + ' ';
    pos = b;
  }
  rest += s.slice(pos);
  out.rest = cleanAccessNotes(rest);
  return out;
}

/** Removes "Retrieved from", "Available at:", "[accessed …]", "Accessed …", ISBN and ISSN notes. */
export function cleanAccessNotes(s: string): string {
  let r = s;
  r = r.replace(/\b(?:Retrieved|Retirado|Abgerufen|Consulté|Recuperado)\b[^.()\[\]]{0,60}?\bfrom\b:?/gi, ' ');
  r = r.replace(/\b(?:Retrieved from|Available (?:at|from|online|via WWW from|via)|Available:|URL:|Accessed:|Access(?:ed)? on)\s?:?\s?(?=$|[\s.,;])/gi, ' ');
  r = r.replace(/\[(?:Online|online|Internet|Electronic resource)\]/g, ' ');
  r = r.replace(/[[(]\s?(?:accessed|viewed|retrieved|cited|consulted|zugegriffen|consulté)[^\])]{0,40}[\])]/gi, ' ');
  r = r.replace(/\b(?:accessed|viewed|last accessed|cited)(?: on)? \d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9}\.? \d{4}/gi, ' ');
  r = r.replace(/\b(?:accessed|viewed|last accessed|cited)(?: on)? [A-Za-z]{3,9}\.? \d{1,2},? \d{4}/gi, ' ');
  r = r.replace(/\bIS[BS]N(?:-1[03])?:?\s?[\dXx][\dXx -]{6,20}[\dXx]/g, ' ');
  r = r.replace(/\bCited (?:by )?\d{1,6} times?\.?/gi, ' ');
  r = r.replace(/ {2,}/g, ' ');
  r = r.replace(/ ([.,;:])/g, '$1');
  return r.trim();
}
