import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { message, type Message } from '../core/message.js';

/** A CSV table of the output folder: its header and its rows keyed by column name. */
export interface Table {
  /** Output-relative path it was read from: 'graphs/coupling-nodes.csv'. */
  path: string;
  header: string[];
  rows: Record<string, string>[];
}

/** What reading one table gave: the table, or nothing (absent or unreadable) and why. */
export interface TableResult {
  table?: Table;
  /** Set when the file exists but could not be used. */
  message?: Message;
}

/** Text a spreadsheet would take for a formula gets an apostrophe in our CSVs (export/csv.ts); this undoes it. */
export function unsafeCell(value: string): string {
  if (value.length >= 2 && value.charCodeAt(0) === 39) {
    const c = value.charAt(1);
    if (c === '=' || c === '+' || c === '-' || c === '@' || c === '\t' || c === '\r') return value.slice(1);
  }
  return value;
}

/**
 * Reads `rel` (relative to `outDir`) as a CSV with a header row: UTF-8 with or without a byte-order
 * mark, extra columns kept, short rows padded with ''. A missing file gives an empty result; a file
 * that cannot be parsed gives a warning `report-bad-table`.
 */
export async function readTable(outDir: string, rel: string, required: readonly string[] = []): Promise<TableResult> {
  let text: string;
  try {
    text = await readFile(join(outDir, rel), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { message: bad(rel, `it cannot be read (${(err as Error).message})`) };
  }
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  } catch (err) {
    return { message: bad(rel, `it is not a valid CSV file (${(err as Error).message.split('\n')[0] ?? ''})`) };
  }
  const header = (records[0] ?? []).map((h) => h.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (header.length === 0 || missing.length > 0) {
    return { message: bad(rel, `it lacks the column${missing.length === 1 ? '' : 's'} ${missing.join(', ') || '(no header)'}`) };
  }
  const rows: Record<string, string>[] = [];
  for (let r = 1; r < records.length; r++) {
    const rec = records[r]!;
    const row: Record<string, string> = Object.create(null) as Record<string, string>;
    for (let c = 0; c < header.length; c++) row[header[c]!] = unsafeCell(rec[c] ?? '');
    rows.push(row);
  }
  return { table: { path: rel, header, rows } };
}

function bad(rel: string, why: string): Message {
  return message('warning', 'report', 'report-bad-table', '', `The output file ${rel} was left out of the report: ${why}`, {
    note: `Run corpus-lens run again to rewrite ${rel}, or fix the file by hand.`,
  });
}

/** Reads a JSON file of the output folder; undefined when absent, a warning when it is not JSON. */
export async function readJson(outDir: string, rel: string): Promise<{ value?: unknown; message?: Message }> {
  let text: string;
  try {
    text = await readFile(join(outDir, rel), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    return { message: bad(rel, `it cannot be read (${(err as Error).message})`) };
  }
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (err) {
    return { message: bad(rel, `it is not valid JSON (${(err as Error).message})`) };
  }
}

/** A number from a cell; null for '' or anything not a finite number. */
export function num(value: string | undefined): number | null {
  if (value === undefined) return null;
  const t = value.trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
