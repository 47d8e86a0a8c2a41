import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Doc, DocKind } from '../core/doc.js';
import { message, type Message } from '../core/message.js';

/** One row of corpus/metadata.csv: what the scholar says about a document, which wins over guesses. */
export interface MetadataRow {
  path: string;
  line: number;
  title?: string;
  authors?: string[];
  year?: number;
  kind?: DocKind;
  doi?: string;
  /** Other titles of the document (column other_titles, separated by ';'). */
  altTitles?: string[];
}

export const METADATA_FILE = 'metadata.csv';
const COLUMNS = ['path', 'title', 'authors', 'year', 'kind', 'doi', 'other_titles'];

/**
 * Reads the sidecar metadata file (UTF-8, with or without BOM; columns path, title, authors, year,
 * kind, doi, other_titles; authors and other titles separated by ';'). Returns no rows and no messages when the file does not exist.
 * Bad cells are reported with their line and skipped; the rest of the row is used.
 */
export async function readMetadata(absPath: string, relPath = METADATA_FILE): Promise<{ rows: MetadataRow[]; messages: Message[] }> {
  let text: string;
  try {
    text = await readFile(absPath, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { rows: [], messages: [] };
    return {
      rows: [],
      messages: [message('error', 'ingest', 'metadata-unreadable', relPath, `The metadata file cannot be read: ${(err as Error).message}`)],
    };
  }
  return parseMetadata(text, relPath);
}

/** Parses the text of a metadata file; see readMetadata. */
export function parseMetadata(text: string, relPath = METADATA_FILE): { rows: MetadataRow[]; messages: Message[] } {
  const messages: Message[] = [];
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (err) {
    const e = err as { lines?: number; message: string };
    messages.push(
      message('error', 'ingest', 'metadata-malformed', relPath, `The metadata file is not valid CSV: ${e.message}`, {
        ...(e.lines ? { place: { line: e.lines } } : {}),
        note: 'Save it from Excel as "CSV UTF-8", with the columns path, title, authors, year, kind, doi.',
      }),
    );
    return { rows: [], messages };
  }
  const header = (records[0] ?? []).map((h) => h.toLowerCase());
  if (!header.includes('path')) {
    messages.push(
      message('error', 'ingest', 'metadata-no-path-column', relPath, `The metadata file has no "path" column (found: ${header.join(', ') || 'nothing'})`, {
        place: { line: 1 },
        note: `The first line must name the columns: ${COLUMNS.join(',')}.`,
      }),
    );
    return { rows: [], messages };
  }
  const unknown = header.filter((h) => h && !COLUMNS.includes(h));
  if (unknown.length > 0) {
    messages.push(
      message('warning', 'ingest', 'metadata-unknown-column', relPath, `The metadata file has columns corpus-lens does not use: ${unknown.join(', ')}`, {
        place: { line: 1 },
      }),
    );
  }
  const rows: MetadataRow[] = [];
  records.slice(1).forEach((rec, i) => {
    const line = i + 2;
    const cell = (name: string): string => rec[header.indexOf(name)] ?? '';
    const path = cell('path').replace(/\\/g, '/').replace(/^\.\//, '');
    if (!path) {
      messages.push(message('warning', 'ingest', 'metadata-no-path', relPath, 'A metadata row has no path; it is skipped', { place: { line } }));
      return;
    }
    const row: MetadataRow = { path, line };
    if (cell('title')) row.title = cell('title');
    if (cell('authors')) row.authors = cell('authors').split(';').map((a) => a.trim()).filter(Boolean);
    const year = cell('year');
    if (year) {
      if (/^\d{4}$/.test(year)) row.year = Number(year);
      else messages.push(message('warning', 'ingest', 'metadata-bad-year', relPath, `The year "${year}" is not a four-digit year; it is ignored`, { place: { line } }));
    }
    const kind = cell('kind').toLowerCase();
    if (kind) {
      if (kind === 'policy' || kind === 'paper') row.kind = kind;
      else messages.push(message('warning', 'ingest', 'metadata-bad-kind', relPath, `The kind "${cell('kind')}" is neither "policy" nor "paper"; it is ignored`, { place: { line } }));
    }
    if (cell('doi')) row.doi = cell('doi');
    const others = cell('other_titles').split(';').map((t) => t.trim()).filter(Boolean);
    if (others.length > 0) row.altTitles = others;
    rows.push(row);
  });
  return { rows, messages };
}

/**
 * Applies metadata rows to the documents they name (by path; for exports, every record of the file).
 * Rows naming no document are reported. Returns the documents changed in place.
 */
export function applyMetadata(docs: Doc[], rows: readonly MetadataRow[], relPath = METADATA_FILE, folder = ''): Message[] {
  const messages: Message[] = [];
  const byPath = new Map<string, Doc[]>();
  for (const d of docs) {
    const list = byPath.get(d.path) ?? [];
    list.push(d);
    byPath.set(d.path, list);
  }
  for (const row of rows) {
    const targets = byPath.get(row.path);
    if (!targets) {
      messages.push(
        message('warning', 'ingest', 'metadata-unknown-path', relPath, `The metadata row names "${row.path.slice(folder.length)}", which is not in the corpus`, {
          place: { line: row.line },
          note: folder
            ? `Paths are relative to the folder of this metadata file (${folder}), with / between folders.`
            : 'Paths are relative to the corpus folder, with / between folders.',
        }),
      );
      continue;
    }
    for (const d of targets) {
      if (row.title) d.title = row.title;
      if (row.authors) d.authors = row.authors;
      if (row.year !== undefined) d.year = row.year;
      if (row.doi) d.doi = row.doi;
      if (row.altTitles) d.altTitles = row.altTitles;
      if (row.kind) {
        d.kind = row.kind;
        d.kindSource = 'metadata';
      }
    }
  }
  return messages;
}
