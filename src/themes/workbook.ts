import type { Table } from '../export/csv.js';

/** The part of an exceljs Worksheet that addTablesToWorkbook uses. */
export interface WorksheetLike {
  addRow(values: unknown[]): unknown;
}

/** The part of an exceljs Workbook that addTablesToWorkbook uses (`new ExcelJS.Workbook()` fits). */
export interface WorkbookLike {
  addWorksheet(name: string, options?: { views?: Array<{ state: 'frozen'; ySplit: number }> }): WorksheetLike;
}

const FORBIDDEN = /[[\]:*?/\\]/g;

/** A valid, unique Excel sheet name: at most 31 characters, none of [ ] : * ? / \. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = (name.replace(FORBIDDEN, '_').trim() || 'sheet').slice(0, 31);
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) {
    const suffix = `-${i}`;
    candidate = base.slice(0, 31 - suffix.length) + suffix;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Adds one worksheet per table (header row frozen; numbers stay numbers, empty cells empty). The
 * workbook library is the caller's: pass an exceljs Workbook and write it with its own
 * `xlsx.writeFile`. Strings are written as strings, so document text that starts with "=" is never
 * run as a formula.
 * @param workbook an exceljs Workbook or anything with the same addWorksheet
 * @param tables [name, table] pairs, in sheet order
 */
export function addTablesToWorkbook(workbook: WorkbookLike, tables: ReadonlyArray<readonly [string, Table]>): void {
  const taken = new Set<string>();
  for (const [name, table] of tables) {
    const sheet = workbook.addWorksheet(sheetName(name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow([...table.header]);
    for (const row of table.rows) {
      sheet.addRow(row.map((cell) => (cell === undefined || cell === null || (typeof cell === 'number' && !Number.isFinite(cell)) ? null : cell)));
    }
  }
}
