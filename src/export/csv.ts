import { stringify } from 'csv-stringify/sync';

/** A table ready to be written: header and rows of cells. */
export interface Table {
  header: readonly string[];
  rows: readonly (readonly (string | number | null | undefined)[])[];
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Makes a cell safe to open in a spreadsheet: text from a document that starts like a formula
 * (=, +, -, @) gets a leading apostrophe, so Excel shows it instead of running it. Numbers pass as they are.
 */
export function safeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/**
 * Renders a table as CSV for Excel and for scripts alike: UTF-8 with a byte-order mark (so Excel shows
 * Chinese), RFC 4180 quoting, LF line ends, formula-like text defused (see safeCell).
 */
export function toCsv(table: Table): string {
  const body = stringify([table.header as string[], ...table.rows.map((r) => r.map(safeCell))], {
    record_delimiter: 'unix',
    quoted_match: /^\s|\s$/,
  });
  return `\uFEFF${body}`;
}
