import { createHash } from 'node:crypto';
import type { RefFeatures } from './ref-features.js';

/** Id prefixes of works: what an alias file may name as a work id. */
export const WORK_ID_PREFIXES = ['doi:', 'pol:', 'w:', 'raw:', 'alias:'] as const;

/** True when `s` is written as a work id (`doi:…`, `pol:…`, `w:…`, `raw:…`, `alias:…`). */
export function looksLikeWorkId(s: string): boolean {
  return WORK_ID_PREFIXES.some((p) => s.startsWith(p) && s.length > p.length);
}

/** First 12 hex digits of the SHA-1 of `s`. */
export function shortHash(s: string): string {
  return createHash('sha1').update(s).digest('hex').slice(0, 12);
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
