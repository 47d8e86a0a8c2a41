import { describe, expect, it } from 'vitest';
import { addTablesToWorkbook, sheetName, type WorkbookLike } from '../../src/themes/workbook.js';

describe('addTablesToWorkbook', () => {
  it('adds one sheet per table with a frozen header and plain cell values', () => {
    const sheets: Array<{ name: string; options: unknown; rows: unknown[][] }> = [];
    const workbook: WorkbookLike = {
      addWorksheet(name, options) {
        const sheet = { name, options, rows: [] as unknown[][] };
        sheets.push(sheet);
        return { addRow: (values: unknown[]) => sheet.rows.push(values) };
      },
    };
    addTablesToWorkbook(workbook, [
      ['terms', { header: ['term', 'frequency'], rows: [['=cmd', 3], ['a', undefined], ['b', Number.NaN]] }],
      ['doc-terms', { header: ['doc'], rows: [] }],
    ]);
    expect(sheets.map((s) => s.name)).toEqual(['terms', 'doc-terms']);
    expect(sheets[0]?.options).toEqual({ views: [{ state: 'frozen', ySplit: 1 }] });
    expect(sheets[0]?.rows).toEqual([
      ['term', 'frequency'],
      ['=cmd', 3],
      ['a', null],
      ['b', null],
    ]);
  });

  it('makes valid, unique sheet names', () => {
    const taken = new Set<string>();
    expect(sheetName('a/b:c', taken)).toBe('a_b_c');
    expect(sheetName('x'.repeat(40), taken)).toBe('x'.repeat(31));
    expect(sheetName('X'.repeat(40), taken)).toBe(`${'X'.repeat(29)}-2`);
  });
});
