import { describe, expect, it } from 'vitest';
import { countChars, countWords } from '../../src/text/count-words.js';

describe('countWords(text)', () => {
  it('counts Latin words, with inner hyphens and apostrophes, and each Han character', () => {
    expect(countWords("The industry-education link isn't new.")).toBe(5);
    expect(countWords('COVID-19 in 2019, café.')).toBe(3);
    expect(countWords('产教融合 and 校企合作')).toBe(9);
    expect(countWords('12 345 - --')).toBe(0);
    expect(countWords('')).toBe(0);
  });
});

describe('countChars(text)', () => {
  it('counts code points that are not white space', () => {
    expect(countChars('a b\n\nc\fd')).toBe(4);
    expect(countChars('𠀀中')).toBe(2);
  });
});
