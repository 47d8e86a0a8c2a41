import type { CslItem, CslName } from '../csl.js';

const MAX_TITLE = 90;

/** "ZEILEIS" -> "Zeileis"; names with any lower-case letter are kept as written. */
function displayFamily(family: string): string {
  if (/\p{Ll}/u.test(family) || !/\p{Lu}/u.test(family)) return family;
  return family.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Initials without dots or spaces: "J. Q." -> "JQ", "Jian-Qiang" -> "JQ". */
function initials(given: string): string {
  let out = '';
  for (const part of given.split(/[\s.\-‐]+/)) {
    const ch = part[0];
    if (ch) out += ch.toUpperCase();
  }
  return out;
}

function nameText(n: CslName): string {
  if ('literal' in n) return n.literal;
  const particle = n['non-dropping-particle'] ? `${n['non-dropping-particle']} ` : '';
  const given = n.given ? ` ${initials(n.given)}` : '';
  return `${particle}${displayFamily(n.family)}${given}`;
}

function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const chars = [...s];
  if (chars.length <= max) return s;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut} …`;
}

/**
 * A short human citation of a work: "Zeileis A, Grothendieck G (2005) zoo: S3 infrastructure for
 * regular and irregular time series. J Stat Softw 14(6)". Authors up to three (then "et al."),
 * the title cut at 90 characters, then journal with volume(issue), or publisher, or document number.
 */
export function workCitation(csl: CslItem, fallback = ''): string {
  const parts: string[] = [];
  const names = csl.author ?? csl.editor ?? [];
  if (names.length > 0) {
    const shown = names.length > 3 ? [names[0] as CslName] : names;
    parts.push(shown.map(nameText).join(', ') + (names.length > 3 ? ' et al.' : ''));
  }
  const year = csl.issued?.['date-parts']?.[0]?.[0];
  parts.push(year ? `(${year})` : '(n.d.)');
  if (csl.title) {
    const title = truncate(csl.title.trim(), MAX_TITLE);
    parts.push(/[.?!。？！…]$/u.test(title) ? title : `${title}.`);
  } else if (!csl['container-title'] && fallback) {
    parts.push(truncate(fallback.trim(), MAX_TITLE * 2));
  }
  const tail: string[] = [];
  if (csl['container-title']) {
    let c = csl['container-title'].trim();
    if (csl.volume) c += ` ${csl.volume}`;
    if (csl.issue) c += csl.volume ? `(${csl.issue})` : ` (${csl.issue})`;
    if (!csl.title && csl.page) c += `, ${csl.page}`;
    tail.push(c);
  } else if (csl.publisher) {
    tail.push(csl.publisher.trim());
  }
  if (csl.number) tail.push(csl.number.trim());
  if (tail.length > 0) parts.push(tail.join(', '));
  let out = parts.join(' ');
  if (out.endsWith('.')) out = out.slice(0, -1);
  return out;
}
