import { describe, expect, it } from 'vitest';
import { labelKey, readCoding } from '../../src/taxonomy/read-coding.js';

describe('readCoding', () => {
  it('reads ids and categories, empty meaning none, several per cell', () => {
    const csv = '\uFEFFid,category,coder\np1,problem.resources,A\np2,,A\np3,problem.resources; strategy.resource-sharing,A\n';
    const r = readCoding(csv, 'human.csv');
    expect(r.messages).toEqual([]);
    expect(r.key).toBe('id');
    expect(r.labels).toEqual([
      { id: 'p1', category: 'problem.resources' },
      { id: 'p2', category: null },
      { id: 'p3', category: 'problem.resources' },
      { id: 'p3', category: 'strategy.resource-sharing' },
    ]);
  });

  it('names passages by their text when there is no id column', () => {
    const r = readCoding('text,code\n"Funds  are short, everywhere.",problem.resources\n', 'h.csv');
    expect(r.key).toBe('text');
    expect(r.labels).toEqual([{ id: 'Funds are short, everywhere.', category: 'problem.resources' }]);
    expect(labelKey(' Funds are\nshort, everywhere. ')).toBe('Funds are short, everywhere.');
  });

  it('reports bad rows with their line numbers and skips them', () => {
    const csv = ['id,category', 'p1,problem.resources', ',problem.resources', '"p2', 'with a break",problem.nonsense', 'p1,problem.resources', 'p4'].join('\n');
    const r = readCoding(csv, 'human.csv', { categories: new Set(['problem.resources']) });
    expect(r.labels).toEqual([{ id: 'p1', category: 'problem.resources' }]);
    expect(r.messages.map((m) => [m.severity, m.rule, m.place?.line])).toEqual([
      ['warning', 'coding-row-without-id', 3],
      ['warning', 'coding-unknown-category', 4],
      ['warning', 'coding-duplicate-row', 6],
      ['warning', 'coding-short-row', 7],
    ]);
    expect(r.messages[1]?.reason).toBe('Row on line 4 has category "problem.nonsense", which the codebook does not have; it was skipped.');
  });

  it('reports a file without the needed columns, and broken CSV', () => {
    expect(readCoding('passage,label\na,b\n', 'h.csv').messages.map((m) => [m.severity, m.rule, m.place?.line])).toEqual([['error', 'coding-missing-columns', 1]]);
    const broken = readCoding('id,category\np1,"unclosed\n', 'h.csv');
    expect(broken.messages.map((m) => [m.severity, m.rule, m.place?.line])).toEqual([['error', 'coding-csv-syntax', 2]]);
  });
});
