import { message, type Message } from '../../core/message.js';
import { rawKeyOf } from './ref-features.js';
import type { Alias } from './types.js';
import { looksLikeWorkId } from './work-id.js';

interface CsvRow {
  fields: string[];
  line: number;
}

/**
 * Splits CSV text into rows (RFC 4180: comma separator, double quotes, "" inside quotes, line
 * breaks inside quotes). Returns the rows read and, if a quote is never closed, the line it opened on.
 */
function readCsv(text: string): { rows: CsvRow[]; unclosedAt: number } {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = (): void => {
    fields.push(quoted ? field : field.trim());
    rows.push({ fields, line: rowLine });
    fields = [];
    field = '';
    quoted = false;
  };
  for (; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      inQuotes = true;
      quoted = true;
      field = '';
      quoteLine = line;
    } else if (ch === ',') {
      fields.push(quoted ? field : field.trim());
      field = '';
      quoted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else if (!(quoted && (ch === ' ' || ch === '\t'))) {
      field += ch;
    }
  }
  if (inQuotes) return { rows, unclosedAt: quoteLine };
  if (field !== '' || fields.length > 0 || quoted) endRow();
  return { rows, unclosedAt: 0 };
}

function isBlank(row: CsvRow): boolean {
  return row.fields.every((f) => f.trim() === '');
}

/** The key under which an alias reference is looked up: the work id, or the folded reference text. */
export function aliasKey(reference: string): string {
  const r = reference.trim();
  return looksLikeWorkId(r) ? r : rawKeyOf(r);
}

/**
 * Reads an alias file: a CSV with a header naming the columns `reference` (a reference as printed,
 * or a work id such as `w:smith-2019-0a1b2c3d4e5f`) and `work` (the work id to merge into, or a
 * label that names a new work). Other columns (a `note`) are ignored; lines starting with `#` are
 * comments. Bad lines are reported with their line number and skipped.
 */
export function parseAliases(text: string, path: string): { aliases: Alias[]; messages: Message[] } {
  const messages: Message[] = [];
  const aliases: Alias[] = [];
  const warn = (rule: string, line: number, reason: string, note?: string): void => {
    messages.push(message('warning', 'references', rule, path, reason, note ? { place: { line }, note } : { place: { line } }));
  };
  const { rows, unclosedAt } = readCsv(text);
  const content = rows.filter((r) => !isBlank(r) && !(r.fields[0] ?? '').startsWith('#'));
  const header = content[0];
  if (!header) {
    messages.push(
      message('warning', 'references', 'alias-empty', path, 'The alias file has no header and no aliases.', {
        note: 'Write a first line "reference,work" and one alias per line.',
      }),
    );
    return { aliases, messages };
  }
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const refCol = names.indexOf('reference');
  const workCol = names.indexOf('work');
  if (refCol < 0 || workCol < 0) {
    messages.push(
      message('error', 'references', 'alias-bad-header', path, `The alias file's first line must name the columns "reference" and "work"; it reads "${header.fields.join(',')}".`, {
        place: { line: header.line },
        note: 'Add the header line "reference,work"; no alias of this file was used.',
      }),
    );
    return { aliases, messages };
  }
  const seen = new Map<string, { work: string; line: number }>();
  for (const row of content.slice(1)) {
    const reference = (row.fields[refCol] ?? '').trim();
    const work = (row.fields[workCol] ?? '').trim();
    if (row.fields.length <= Math.max(refCol, workCol)) {
      warn('alias-bad-line', row.line, `Line ${row.line} of the alias file has ${row.fields.length} column(s); "reference" and "work" are both needed.`, 'Quote a reference that contains commas: "Smith, J. (2019). Title.",w:smith-2019-…');
      continue;
    }
    if (!reference || !work) {
      warn('alias-bad-line', row.line, `Line ${row.line} of the alias file has an empty ${reference ? 'work' : 'reference'}; the line is skipped.`);
      continue;
    }
    const key = aliasKey(reference);
    if (!key) {
      warn('alias-bad-line', row.line, `Line ${row.line} of the alias file names a reference without letters or digits; the line is skipped.`);
      continue;
    }
    if (key === work) {
      warn('alias-bad-line', row.line, `Line ${row.line} of the alias file maps ${work} to itself; the line is skipped.`);
      continue;
    }
    const before = seen.get(key);
    if (before) {
      if (before.work !== work) {
        warn('alias-conflict', row.line, `Line ${row.line} of the alias file sends a reference to "${work}" that line ${before.line} already sends to "${before.work}"; line ${before.line} is kept.`);
      }
      continue;
    }
    seen.set(key, { work, line: row.line });
    aliases.push({ reference, work, path, line: row.line });
  }
  if (unclosedAt > 0) {
    warn('alias-bad-line', unclosedAt, `A quote opened on line ${unclosedAt} of the alias file is never closed; the rest of the file was not read.`, 'Close the quote, and write a quote inside a quoted reference as two quotes ("").');
  }
  return { aliases, messages };
}
