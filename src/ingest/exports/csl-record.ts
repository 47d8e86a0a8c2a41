import type { Message } from '../../core/message.js';
import { emptyRecord, type ExportRecord } from './export-record.js';
import { cleanDoi, kindOfType, languageOf, parseYear, splitKeywords } from './field-values.js';

/** A CSL-JSON value as text: strings as they are, numbers written out, arrays of strings joined. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string' || typeof v === 'number').join('; ');
  return '';
}

/** A CSL name as printed: 'Family, Given' (with its particles and suffix), or the literal. */
export function cslName(name: unknown): string {
  if (typeof name === 'string') return name.trim();
  if (!name || typeof name !== 'object') return '';
  const n = name as Record<string, unknown>;
  const literal = text(n.literal).trim();
  if (literal) return literal;
  const family = [text(n['non-dropping-particle']), text(n.family)].filter((s) => s.trim() !== '').join(' ');
  const given = [text(n.given), text(n['dropping-particle'])].filter((s) => s.trim() !== '').join(' ');
  const suffix = text(n.suffix).trim();
  if (!family) return given;
  return [family, given, suffix].filter((s) => s !== '').join(', ');
}

/** The year of a CSL date: date-parts, else raw or literal text. */
export function cslYear(date: unknown): number | undefined {
  if (typeof date === 'string' || typeof date === 'number') return parseYear(String(date));
  if (!date || typeof date !== 'object') return undefined;
  const d = date as Record<string, unknown>;
  const parts = d['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0])) {
    const y = Number((parts[0] as unknown[])[0]);
    if (Number.isInteger(y) && y > 0) return y;
  }
  return parseYear(text(d.raw)) ?? parseYear(text(d.literal));
}

/**
 * Turns one CSL-JSON item into an ExportRecord: title, author (editor when there is no author),
 * issued, DOI, container-title, keyword (split on ',' or ';'), abstract, type ('legislation',
 * 'bill', 'regulation' make a policy document).
 */
export function cslToRecord(item: Record<string, unknown>, record: number, messages: Message[]): ExportRecord {
  const rec = emptyRecord(record, 0, 'csl');
  rec.messages = messages;
  rec.title = text(item.title);
  rec.abstract = text(item.abstract);
  const people = Array.isArray(item.author) ? item.author : Array.isArray(item.editor) && !item.author ? item.editor : [];
  rec.authors = people.map(cslName).filter((a) => a !== '');
  rec.year = cslYear(item.issued) ?? cslYear(item['original-date']);
  rec.doi = cleanDoi(text(item.DOI ?? item.doi));
  rec.container = text(item['container-title']) || text(item['collection-title']);
  rec.keywords = splitKeywords(text(item.keyword ?? item.keywords));
  const language = text(item.language);
  rec.language = languageOf(language);
  const type = text(item.type);
  rec.kind = kindOfType(type);
  Object.assign(rec.extra, {
    id: text(item.id),
    type,
    language,
    volume: text(item.volume),
    issue: text(item.issue),
    pages: text(item.page),
    publisher: text(item.publisher),
    issn: text(item.ISSN),
    url: text(item.URL),
    number: text(item.number),
    authority: text(item.authority),
  });
  return rec;
}
