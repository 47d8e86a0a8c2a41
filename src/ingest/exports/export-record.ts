import type { DocHints, DocKind, Extracted, Language } from '../../core/doc.js';
import { message, type Message } from '../../core/message.js';

/** Where a record came from, as `hints.extra.source`. */
export type ExportSource = 'wos' | 'scopus' | 'lens' | 'ieee' | 'openalex' | 'springer' | 'ris' | 'bibtex' | 'csl' | 'endnote' | 'refworks' | 'cnki';

/** One record of a bibliographic export, read into plain fields before it becomes an Extracted. */
export interface ExportRecord {
  /** 1-based number of the record in the file. */
  record: number;
  /** 1-based line where the record begins (0 when unknown). */
  line: number;
  title: string;
  abstract: string;
  /** As printed: 'Family, Given', 'Family G', '张三'. */
  authors: string[];
  year?: number | undefined;
  doi?: string | undefined;
  container?: string | undefined;
  keywords: string[];
  kind: DocKind;
  language?: Language | undefined;
  /** Free-form details; empty values are dropped. Always holds `source`. */
  extra: Record<string, string>;
  /** Cited references as the export gives them; undefined when the export has no such field. */
  references?: string[] | undefined;
  messages: Message[];
}

/** A fresh record with empty fields. */
export function emptyRecord(record: number, line: number, source: ExportSource): ExportRecord {
  return { record, line, title: '', abstract: '', authors: [], keywords: [], kind: 'paper', extra: { source }, messages: [] };
}

const SPACE_RUN = /[\s\u00a0\u3000]+/g;
const NEEDS_SQUASH = /[\t\n\r\v\f\u00a0\u3000]| {2}/;

/** Collapses runs of white space (line breaks, no-break and ideographic spaces included) to one space and trims. */
export function squash(text: string): string {
  return NEEDS_SQUASH.test(text) ? text.replace(SPACE_RUN, ' ').trim() : text.trim();
}

/**
 * Turns a record into what a format reader returns: one unpaged page holding the title, the
 * abstract and the keywords (joined with '; '), a blank line between them; the bibliographic fields
 * as hints; the cited references as given. A record without title and abstract gets a warning.
 */
export function toExtracted(rec: ExportRecord, path: string): Extracted {
  const lines: string[] = [];
  for (const part of [rec.title, rec.abstract, rec.keywords.join('; ')]) {
    const text = squash(part);
    if (text === '') continue;
    if (lines.length > 0) lines.push('');
    lines.push(text);
  }
  const messages = [...rec.messages];
  if (squash(rec.title) === '' && squash(rec.abstract) === '') {
    messages.push(
      message('warning', 'ingest', 'export-record-no-text', path, `Record ${rec.record} has neither a title nor an abstract, so it adds no text to the corpus`, {
        place: placeOf(rec.record, rec.line),
        note: 'Check the record in the database you exported it from; export it again with "full record" selected.',
      }),
    );
  }
  const hints: DocHints = { kind: rec.kind };
  const title = squash(rec.title);
  if (title) hints.title = title;
  const authors = rec.authors.map(squash).filter((a) => a !== '');
  if (authors.length > 0) hints.authors = authors;
  if (rec.year !== undefined) hints.year = rec.year;
  if (rec.doi) hints.doi = rec.doi;
  if (rec.language) hints.language = rec.language;
  const container = squash(rec.container ?? '');
  if (container) hints.container = container;
  const keywords = rec.keywords.map(squash).filter((k) => k !== '');
  if (keywords.length > 0) hints.keywords = keywords;
  const extra: Record<string, string> = {};
  for (const key of Object.keys(rec.extra).sort()) {
    const value = squash(rec.extra[key] ?? '');
    if (value !== '') extra[key] = value;
  }
  hints.extra = extra;
  const out: Extracted = { pages: [lines], paged: false, hints, messages, record: rec.record };
  if (rec.references !== undefined) out.references = rec.references;
  return out;
}

/**
 * The Extracted for a record that could not be read at all: no pages (`pages: []`), its number, and
 * the error messages that say why. The pipeline turns it into a failed document, so that the record
 * keeps its row in documents.csv and the file's record count stays complete.
 */
export function unreadableRecord(record: number, source: ExportSource, messages: Message[]): Extracted {
  return { pages: [], paged: false, hints: { extra: { source, unreadable: 'true' } }, messages, record };
}

/** True for the Extracted of a record that could not be read (see unreadableRecord). */
export function isUnreadableRecord(ex: Extracted): boolean {
  return ex.record !== undefined && ex.pages.length === 0;
}

/** The place of a record, with its first line when known. */
export function placeOf(record: number, line: number): { record: number; line?: number } {
  return line > 0 ? { record, line } : { record };
}
