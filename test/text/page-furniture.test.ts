import { describe, expect, it } from 'vitest';
import { findFurniture, furnitureKey, isPageNumber } from '../../src/text/page-furniture.js';

describe('isPageNumber(line)', () => {
  it('accepts lone page numbers in common forms', () => {
    for (const s of ['7', '- 12 -', '— 3 —', '－3－', 'Page 3 of 10', 'p. 4', '3 / 10', '第 3 页', '第3页 共10页', '共10页 第3页', 'xii', 'iv']) {
      expect(isPageNumber(s), s).toBe(true);
    }
  });

  it('rejects text, years of five digits and upper-case words', () => {
    for (const s of ['Chapter 3', '12345', 'I', 'Methods', '2019 was a year', 'l', '']) {
      expect(isPageNumber(s), s).toBe(false);
    }
  });
});

describe('furnitureKey(line)', () => {
  it('normalises digits, case and spaces', () => {
    expect(furnitureKey('Journal of Statistical Software, Volume 14, Issue 6.  http://www.jstatsoft.org/')).toBe(
      'journal of statistical software, volume #, issue #. http://www.jstatsoft.org/',
    );
  });
});

describe('findFurniture(pages)', () => {
  it('needs at least three pages: a first line repeated twice is text', () => {
    const pages = [
      ['Table 2 (continued)', 'a', 'b'],
      ['Table 2 (continued)', 'c', 'd'],
      ['Something else', 'e', 'f'],
    ];
    const f = findFurniture(pages);
    expect(f.furniture).toBe(0);
    expect(f.remove.map((s) => [...s])).toEqual([[], [], []]);
  });

  it('needs 40 % of the pages of a group', () => {
    const letter = (p: number, k: number): string => String.fromCharCode(65 + p) + String.fromCharCode(97 + k);
    const pages = Array.from({ length: 20 }, (_, p) => [
      p < 3 ? 'Chapter head' : `Unique top line ${letter(p, 0)}`,
      ...Array.from({ length: 7 }, (__, k) => `body ${letter(p, k + 1)}`),
    ]);
    expect(findFurniture(pages).furniture).toBe(0);
  });

  it('finds a head that only odd pages carry', () => {
    const pages = Array.from({ length: 7 }, (_, p) => [p % 2 === 0 ? 'Odd page head' : `even ${'abcdefg'[p]}`, `body ${'abcdefg'[p]}`]);
    const f = findFurniture(pages);
    expect(f.furniture).toBe(4);
    expect([...(f.remove[0] ?? [])]).toEqual([0]);
    expect([...(f.remove[1] ?? [])]).toEqual([]);
  });

  it('looks only at the first and last three non-empty lines', () => {
    const page = (n: number): string[] => ['top a', 'top b', 'top c', 'Repeated middle line', 'bottom a', 'bottom b', `page end ${n}`];
    const pages = [page(1), page(2), page(3)];
    const f = findFurniture(pages);
    expect([...(f.remove[0] ?? [])].sort()).toEqual([0, 1, 2, 4, 5, 6]);
  });
});
