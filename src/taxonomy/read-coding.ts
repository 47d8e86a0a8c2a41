import { parse } from 'csv-parse/sync';
import { message, type Message } from '../core/message.js';
import type { Label } from './agree.js';

/** A human coding read from CSV. */
export interface HumanCoding {
  labels: Label[];
  /** Which column identifies passages: `id`, or `text` (then each label's id is labelKey(text)). */
  key: 'id' | 'text';
  messages: Message[];
}

const STAGE = 'taxonomy';

/** The id a passage gets when a coding names passages by their text: NFKC, white space collapsed, trimmed. */
export function labelKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * Reads a human coding: CSV (UTF-8, a byte-order mark allowed) with a header row holding `category`
 * (or `code`) and `id` or `text`; other columns are ignored. An empty category means "no
 * category"; several categories in one cell are separated by `;` or `|`. Bad rows (no id or text,
 * a category the codebook does not have, a repeated row) are reported with their line and skipped.
 * @param text the file's contents
 * @param path the file's path, for messages
 * @param options categories: the codebook's category ids, to check the coding against
 */
export function readCoding(text: string, path: string, options: { categories?: ReadonlySet<string> } = {}): HumanCoding {
  const messages: Message[] = [];
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (e) {
    const line = typeof (e as { lines?: unknown }).lines === 'number' ? (e as { lines: number }).lines : undefined;
    messages.push(
      message('error', STAGE, 'coding-csv-syntax', path, `The coding file is not valid CSV: ${e instanceof Error ? e.message : String(e)}.`, {
        ...(line !== undefined ? { place: { line } } : {}),
        note: 'Check the quotes on that line: a field holding a comma, quote or line break must be quoted, and quotes inside it doubled.',
      }),
    );
    return { labels: [], key: 'id', messages };
  }
  const header = records[0]?.record.map((h) => h.trim().toLowerCase()) ?? [];
  const categoryColumn = header.findIndex((h) => h === 'category' || h === 'code');
  const idColumn = header.indexOf('id');
  const textColumn = header.indexOf('text');
  const key: 'id' | 'text' = idColumn >= 0 ? 'id' : 'text';
  const keyColumn = idColumn >= 0 ? idColumn : textColumn;
  if (categoryColumn < 0 || keyColumn < 0) {
    messages.push(
      message('error', STAGE, 'coding-missing-columns', path, `The coding file needs a header row with a \`category\` column and an \`id\` or \`text\` column; it has: ${header.join(', ') || '(nothing)'}.`, {
        place: { line: 1 },
        note: 'Add the header row `id,category` (or `text,category`); leave the category empty for passages that fit no category.',
      }),
    );
    return { labels: [], key, messages };
  }
  const labels: Label[] = [];
  const seen = new Set<string>();
  for (const { record, info } of records.slice(1)) {
    const line = startLine(record, info.lines);
    const rawKey = (record[keyColumn] ?? '').trim();
    if (rawKey === '') {
      messages.push(
        message('warning', STAGE, 'coding-row-without-id', path, `Row on line ${line} has no ${key}; it was skipped.`, {
          place: { line },
          note: `Fill in the ${key} column, or delete the row.`,
        }),
      );
      continue;
    }
    if (record.length <= categoryColumn) {
      messages.push(
        message('warning', STAGE, 'coding-short-row', path, `Row on line ${line} has ${record.length} columns, fewer than the header's ${header.length}; it was skipped.`, {
          place: { line },
          note: 'Is a comma missing, or a field with a comma not quoted?',
        }),
      );
      continue;
    }
    const id = key === 'text' ? labelKey(rawKey) : rawKey;
    const cell = (record[categoryColumn] ?? '').trim();
    const categories = cell === '' ? [null] : cell.split(/[;|]/).map((c) => c.trim()).filter((c) => c.length > 0);
    for (const category of categories.length > 0 ? categories : [null]) {
      if (category !== null && options.categories && !options.categories.has(category)) {
        messages.push(
          message('warning', STAGE, 'coding-unknown-category', path, `Row on line ${line} has category "${category}", which the codebook does not have; it was skipped.`, {
            place: { line },
            note: 'Use the category ids of the codebook (`corpus-lens taxonomy show` lists them), or leave the cell empty for "no category".',
          }),
        );
        continue;
      }
      const k = `${id}\u0000${category ?? ''}`;
      if (seen.has(k)) {
        messages.push(
          message('warning', STAGE, 'coding-duplicate-row', path, `Row on line ${line} repeats ${key} "${shorten(id)}" with the same category; it was skipped.`, {
            place: { line },
            note: 'Delete the repeated row.',
          }),
        );
        continue;
      }
      seen.add(k);
      labels.push({ id, category });
    }
  }
  return { labels, key, messages };
}

/** The line a record starts on, given the line it ends on (line breaks inside quoted fields counted). */
function startLine(record: readonly string[], endLine: number): number {
  let breaks = 0;
  for (const field of record) {
    for (let i = 0; i < field.length; i++) if (field.charCodeAt(i) === 10) breaks++;
  }
  return endLine - breaks;
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
