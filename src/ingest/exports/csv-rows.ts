import { parse } from 'csv-parse/sync';

/** A row of a CSV file with the 1-based line it begins on. */
export interface CsvRow {
  cells: string[];
  line: number;
}

/** A row that could not be parsed: the line it begins on and why. */
export interface CsvBadRow {
  line: number;
  reason: string;
  /** True when reading stopped at this row (too many broken rows): the rest of the file was not read. */
  rest?: boolean;
}

/** Restarts after errors at the most; a file with more broken rows is read up to there. */
const MAX_RESTARTS = 1000;

/**
 * Parses CSV text (LF line ends) with csv-parse into rows, in file order, each with the line it begins
 * on. A row that breaks the CSV rules (a stray or unclosed quote) is returned as a bad row and parsing
 * starts again on the line after its first line, so that one bad quote does not swallow the rest of
 * the file. After MAX_RESTARTS broken rows, a last bad row marked `rest` says where reading stopped.
 * Blank lines are skipped.
 */
export function readCsvRows(text: string): Array<CsvRow | CsvBadRow> {
  const out: Array<CsvRow | CsvBadRow> = [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  let firstLine = 0; // 0-based index of the line the current pass starts on
  for (let restart = 0; restart <= MAX_RESTARTS; restart++) {
    let error: string | undefined;
    let errorLine = 0;
    let lastEnd = 0;
    try {
      parse(text.slice(lineStarts[firstLine] ?? text.length), {
        relax_column_count: true,
        // blank lines are left out by csv-parse itself: as records of one field they would each cost a
        // CsvError (a deep copy of its context) for their field count, 2 s for 40,000 blank lines
        skip_empty_lines: true,
        skip_records_with_error: true,
        on_record: (record: string[], context) => {
          let breaks = 0;
          for (const cell of record) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) breaks++;
          lastEnd = context.lines;
          if (!(record.length === 1 && record[0] === '')) out.push({ cells: record, line: firstLine + context.lines - breaks });
          return null;
        },
        on_skip: (err) => {
          error = err?.message ?? 'invalid CSV';
          errorLine = typeof err?.lines === 'number' ? err.lines : 0;
          throw STOP;
        },
      });
    } catch (err) {
      if (err !== STOP) throw err;
    }
    if (error === undefined) return out;
    // The broken row begins on the first non-blank line after the last good row.
    let bad = firstLine + lastEnd;
    while (bad < lineStarts.length && lineText(text, lineStarts, bad).trim() === '') bad++;
    if (bad >= lineStarts.length) return out;
    const seen = firstLine + errorLine;
    out.push({ line: bad + 1, reason: seen > bad + 1 ? `${csvReason(error)} (noticed on line ${seen})` : csvReason(error) });
    firstLine = bad + 1;
    if (firstLine >= lineStarts.length) return out;
  }
  // Too many broken rows to restart again: the rest of the file is reported, never silently left out.
  while (firstLine < lineStarts.length && lineText(text, lineStarts, firstLine).trim() === '') firstLine++;
  if (firstLine < lineStarts.length) {
    out.push({ line: firstLine + 1, reason: `more than ${MAX_RESTARTS} rows of the file are broken, so reading stopped here`, rest: true });
  }
  return out;
}

const STOP = new Error('stop');

function lineText(text: string, lineStarts: readonly number[], index: number): string {
  const start = lineStarts[index] ?? text.length;
  const next = lineStarts[index + 1];
  return text.slice(start, next === undefined ? text.length : next - 1);
}

/** csv-parse's message without its line number (the caller reports the line). */
function csvReason(msg: string): string {
  if (msg.includes('Quote Not Closed')) return 'a quoted field is never closed';
  if (msg.includes('Invalid Closing Quote')) return 'a quote inside a field is not doubled ("")';
  if (msg.includes('Invalid Opening Quote')) return 'a quote appears in the middle of an unquoted field';
  return msg.replace(/ at line \d+.*$/, '');
}

/** True for a row that could not be parsed. */
export function isBadRow(row: CsvRow | CsvBadRow): row is CsvBadRow {
  return 'reason' in row;
}
