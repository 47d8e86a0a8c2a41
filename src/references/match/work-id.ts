import type { RefFeatures } from './ref-features.js';

/** Id prefixes of works: what an alias file may name as a work id. */
export const WORK_ID_PREFIXES = ['doi:', 'pol:', 'w:', 'raw:', 'alias:'] as const;

/** True when `s` is written as a work id (`doi:…`, `pol:…`, `w:…`, `raw:…`, `alias:…`). */
export function looksLikeWorkId(s: string): boolean {
  return WORK_ID_PREFIXES.some((p) => s.startsWith(p) && s.length > p.length);
}

/**
 * A 48-bit hash of `s` as 12 hex digits: two FNV-1a style 32-bit lanes with different seeds and
 * multipliers (a cryptographic hash is not needed, and creating one per work costs more than the rest).
 */
export function shortHash(s: string): string {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x9e3779b9 | 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  return (h1 >>> 0).toString(16).padStart(8, '0') + ((h2 >>> 0) & 0xffff).toString(16).padStart(4, '0');
}

/** Letters and digits of a label, joined by '-', at most `max` characters: "Smith 2019b" -> "smith-2019b". */
export function slug(s: string, max = 60): string {
  const words = s
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return [...words.join('-')].slice(0, max).join('');
}

/**
 * The id of a work, from its canonical member only (never from input order): the DOI; the policy
 * document number; for an unparsed reference a hash of its text; otherwise the first author, the
 * year and a hash of author, year, title (or, without a title, source, volume and page).
 */
export function workIdOf(f: RefFeatures): string {
  if (f.doi) return `doi:${f.doi}`;
  if (f.docNumber) return `pol:${f.docNumber}`;
  if (f.rawKey) return `raw:${shortHash(f.rawKey)}`;
  const what = f.title ? f.title.flat : `${f.container.join(' ')}|${f.volume}|${f.page}`;
  const who = slug(f.author, 24) || (f.policy ? 'policy' : 'anon');
  return `w:${who}-${f.year || 'nd'}-${shortHash(`${f.author}|${f.year}|${what}`)}`;
}
