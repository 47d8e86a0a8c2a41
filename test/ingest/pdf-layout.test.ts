import { describe, expect, it } from 'vitest';
import { isCjkCode, layoutPage, placeItems, type RawTextItem } from '../../src/ingest/pdf/layout.js';
import { cleanInfoAuthors, cleanInfoTitle, titleByFont } from '../../src/ingest/pdf/pdf-hints.js';

/** An upright item: text at (x, y) of the given size; width about half a size per character. */
const item = (str: string, x: number, y: number, size = 10, w = str.length * size * 0.5): RawTextItem => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width: w,
});

describe('layoutPage', () => {
  it('orders lines top to bottom and items left to right, whatever the content order', () => {
    const page = layoutPage([item('second line', 72, 688), item('world', 110, 700), item('Hello', 72, 700)]);
    expect(page.lines).toEqual(['Hello world', 'second line']);
    expect(page.sizes).toEqual([10, 10]);
  });

  it('adds no space inside a word split into items, and one between words', () => {
    const page = layoutPage([item('Edu', 72, 700, 10, 15), item('cation', 87.5, 700, 10, 30), item('policy', 120, 700, 10, 30)]);
    expect(page.lines).toEqual(['Education policy']);
  });

  it('keeps superscripts and subscripts on their line', () => {
    const page = layoutPage([
      item('Yu Pusep', 72, 700, 10, 45),
      item('1*', 117, 705, 6, 6),
      item('and H', 126, 700, 10, 25),
      item('2', 151, 697, 6, 3),
      item('O', 154, 700, 10, 7),
      item('next line', 72, 686),
    ]);
    expect(page.lines).toEqual(['Yu Pusep1* and H2O', 'next line']);
  });

  it('marks a paragraph break at a wide gap and at an indented first line', () => {
    const lines = [
      item('First paragraph runs across the whole width', 72, 700, 10, 300),
      item('and ends.', 72, 688, 10, 45),
      item('Second paragraph begins with an indent and', 90, 676, 10, 282),
      item('goes on to the margin of the column again', 72, 664, 10, 300),
      item('before a wide gap.', 72, 652, 10, 90),
      item('Third paragraph after the gap.', 72, 624, 10, 150),
    ];
    expect(layoutPage(lines).lines).toEqual([
      'First paragraph runs across the whole width',
      'and ends.',
      '',
      'Second paragraph begins with an indent and',
      'goes on to the margin of the column again',
      'before a wide gap.',
      '',
      'Third paragraph after the gap.',
    ]);
  });

  it('puts a running header first and a footer last on a two-column page', () => {
    const items: RawTextItem[] = [item('Journal of Policy', 72, 760, 9), item('12', 520, 760, 9)];
    for (let i = 0; i < 6; i++) {
      items.push(item(`left column line ${i} with words`, 72, 700 - 12 * i, 10, 200));
      items.push(item(`right column line ${i} with words`, 320, 700 - 12 * i, 10, 200));
    }
    items.push(item('Page footer', 290, 600, 9, 50), item('note', 500, 600, 9, 20));
    const { lines } = layoutPage(items);
    expect(lines[0]).toBe('Journal of Policy 12');
    expect(lines.slice(2, 8)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `left column line ${i} with words`));
    expect(lines.slice(8, 14)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `right column line ${i} with words`));
    expect(lines[lines.length - 1]).toBe('Page footer note');
  });

  it('does not split a one-column page with a short table row', () => {
    const items: RawTextItem[] = [];
    for (let i = 0; i < 8; i++) items.push(item(`a full line of one column text number ${i} runs on and on`, 72, 700 - 12 * i, 10, 420));
    items.push(item('Cell A', 72, 600, 10, 30), item('Cell B', 400, 600, 10, 30));
    const { lines } = layoutPage(items);
    expect(lines.slice(0, 8)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => `a full line of one column text number ${i} runs on and on`));
    expect(lines[lines.length - 1]).toBe('Cell A Cell B');
  });

  it('reads a page rotated by 90 degrees, and puts a rotated margin stamp last', () => {
    const up = (str: string, x: number, y: number): RawTextItem => ({ str, transform: [0, 10, -10, 0, x, y], width: str.length * 5 });
    // Glyph tops point to -x, so the first line is the leftmost.
    const page = layoutPage([up('second line', 100, 72), up('first line', 88, 72), item('arXiv:0807.3577v1', 20, 300)]);
    expect(page.lines).toEqual(['first line', 'second line', '', 'arXiv:0807.3577v1']);
  });

  it('drops text printed twice at the same place (fake bold)', () => {
    expect(layoutPage([item('Bold', 72, 700), item('Bold', 72.3, 700), item('text', 100, 700)]).lines).toEqual(['Bold text']);
  });

  it('writes CJK characters from separate items without spaces', () => {
    const page = layoutPage([item('深化', 72, 700, 12, 24), item('产教融合', 97, 700, 12, 48), item('2023', 147, 700, 12, 24)]);
    expect(page.lines).toEqual(['深化产教融合2023']);
  });

  it('returns nothing for a page without text', () => {
    expect(layoutPage([item('   ', 72, 700)])).toEqual({ lines: [], sizes: [] });
  });

  it('places items by their transform', () => {
    expect(placeItems([item('a', 10, 20)]).main).toEqual([{ str: 'a', x: 10, y: 20, w: 5, size: 10 }]);
  });

  it('knows CJK code points', () => {
    expect(['中', '，', 'か', 'Ａ'].map((c) => isCjkCode(c.charCodeAt(0)))).toEqual([true, true, true, true]);
    expect(['a', 'é', '1', ' '].map((c) => isCjkCode(c.charCodeAt(0)))).toEqual([false, false, false, false]);
  });
});

describe('PDF hints', () => {
  it('keeps real titles and drops made-up ones', () => {
    expect(cleanInfoTitle('  School  Choice in\tShanghai ')).toBe('School Choice in Shanghai');
    expect(cleanInfoTitle('关于深化产教融合的若干意见')).toBe('关于深化产教融合的若干意见');
    for (const junk of ['', 'Microsoft Word - report.doc', 'paper_v3', 'untitled', 'Untitled-1', 'draft.pdf', '2023', 'abc', '无标题']) {
      expect(cleanInfoTitle(junk)).toBeUndefined();
    }
  });

  it('splits authors and drops placeholders', () => {
    expect(cleanInfoAuthors('Achim Zeileis, Christian Kleiber, Simon Jackman')).toEqual(['Achim Zeileis', 'Christian Kleiber', 'Simon Jackman']);
    expect(cleanInfoAuthors('Smith, J. and Lee, K.')).toEqual(['Smith, J.', 'Lee, K.']);
    expect(cleanInfoAuthors('张三、李四')).toEqual(['张三', '李四']);
    expect(cleanInfoAuthors('Administrator')).toEqual([]);
  });

  it('finds the title by font size on page 1', () => {
    const body = 'body text '.repeat(10);
    expect(titleByFont({ lines: ['Big Title', '', 'part two', '', body], sizes: [18, 0, 18, 0, 10] })).toBe('Big Title part two');
    expect(titleByFont({ lines: ['all the same size'], sizes: [10] })).toBeUndefined();
    expect(titleByFont({ lines: ['国务院关于', '深化改革', '正文'.repeat(20)], sizes: [20, 20, 12] })).toBe('国务院关于深化改革');
  });
});
