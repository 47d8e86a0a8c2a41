import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../src/export/xlsx.js';

const TABLES = [
  ['terms', { header: ['term', 'count', 'share'], rows: [['产教融合', 12, 0.25], ['=cmd', 3, null], ['apprenticeship', 0, 1e-7]] }],
  ['a/b:c', { header: ['x'], rows: [['one'], ['two']] }],
] as const;

describe('toXlsx', () => {
  it('writes one sheet per table, numbers as numbers, text defused, header row frozen', async () => {
    const bytes = await toXlsx(TABLES);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof book.xlsx.load>[0]);
    expect(book.worksheets.map((s) => s.name)).toEqual(['terms', 'a-b-c']);
    const sheet = book.worksheets[0]!;
    const values = (r: number): unknown[] => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['term', 'count', 'share']);
    expect(values(2)).toEqual(['产教融合', 12, 0.25]);
    expect(values(3)).toEqual(["'=cmd", 3]);
    expect(values(4)).toEqual(['apprenticeship', 0, 1e-7]);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(book.creator).toBe('corpus-lens');
  });

  it('gives the same bytes for the same tables', async () => {
    expect(Buffer.from(await toXlsx(TABLES)).equals(Buffer.from(await toXlsx(TABLES)))).toBe(true);
  });
});
