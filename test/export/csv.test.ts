import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { safeCell, toCsv } from '../../src/export/csv.js';

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and round-trips Chinese, quotes, commas and new lines', () => {
    const rows = [
      ['产教融合', 'a "quoted", text', 'two\nlines', 3],
      ['', 'x', null, 2.5],
    ];
    const csv = toCsv({ header: ['a', 'b', 'c', 'd'], rows });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const back = parse(csv, { bom: true }) as string[][];
    expect(back).toEqual([
      ['a', 'b', 'c', 'd'],
      ['产教融合', 'a "quoted", text', 'two\nlines', '3'],
      ['', 'x', '', '2.5'],
    ]);
  });

  it('defuses text that a spreadsheet would run as a formula, but keeps numbers', () => {
    expect(safeCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('-0.5')).toBe('-0.5');
    expect(safeCell('+86 10')).toBe("'+86 10");
    expect(safeCell(-2)).toBe('-2');
  });
});
