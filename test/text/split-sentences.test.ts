import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/split-sentences.js';

function split(text: string, semicolon = false, pageStarts: number[] = []): string[] {
  return splitSentences(text, { language: 'mixed', pageStarts, semicolon }).map((s) => text.slice(s.offset, s.end));
}

describe('splitSentences(text, options)', () => {
  it('does not end at et al., U.S., Fig., pp., initials or decimals', () => {
    expect(
      split('As Smith et al. (2019) showed, the U.S. Department agreed. See Fig. 3 and pp. 168-171 for details. The rate was 3.5 percent. Dr. Wang and Prof. Li agreed, e.g. Beijing and Shanghai.'),
    ).toEqual([
      'As Smith et al. (2019) showed, the U.S. Department agreed.',
      'See Fig. 3 and pp. 168-171 for details.',
      'The rate was 3.5 percent.',
      'Dr. Wang and Prof. Li agreed, e.g. Beijing and Shanghai.',
    ]);
  });

  it('keeps a reference with initials together up to its full stops', () => {
    expect(split('[1] Y.Q. Duan. "Research on integration," Fortune Time, vol. 1, pp. 168-171, 2019.')).toEqual([
      '[1] Y.Q. Duan.',
      '"Research on integration," Fortune Time, vol. 1, pp. 168-171, 2019.',
    ]);
    expect(split('J. Smith wrote it. Then Y. Q. Duan read it.')).toEqual(['J. Smith wrote it.', 'Then Y. Q. Duan read it.']);
  });

  it('ends at ! and ?, before digits, quotes and CJK, and at etc. before a capital', () => {
    expect(split('Really? Yes! In 2019. 2020 came. "Quoted." Fine etc. and more etc. Next. 然后我们')).toEqual([
      'Really?',
      'Yes!',
      'In 2019.',
      '2020 came.',
      '"Quoted."',
      'Fine etc. and more etc.',
      'Next.',
      '然后我们',
    ]);
  });

  it('does not end at an ellipsis, nor at a list number', () => {
    expect(split('It rose... and fell. 1. First point here. 2. Second point.')).toEqual([
      'It rose... and fell.',
      '1. First point here.',
      '2. Second point.',
    ]);
  });

  it('takes closing quotes and brackets with the sentence', () => {
    expect(split('He said "Stop." (Then left.) They stayed.')).toEqual(['He said "Stop."', '(Then left.)', 'They stayed.']);
  });

  it('ends Chinese sentences at 。！？ and ……, with closing quotes', () => {
    expect(split('职业教育是重要的。“我们要发展！”他说。中国提出……然后呢？结束')).toEqual([
      '职业教育是重要的。',
      '“我们要发展！”',
      '他说。',
      '中国提出……',
      '然后呢？',
      '结束',
    ]);
  });

  it('ends at ； only when asked', () => {
    expect(split('第一，加强领导；第二，完善制度。')).toEqual(['第一，加强领导；第二，完善制度。']);
    expect(split('第一，加强领导；第二，完善制度。', true)).toEqual(['第一，加强领导；', '第二，完善制度。']);
  });

  it('always ends at a paragraph break and next to a heading after a page break', () => {
    expect(split('No full stop here\n\nNew paragraph')).toEqual(['No full stop here', 'New paragraph']);
    expect(split('runs across a\fpage break. Done.')).toEqual(['runs across a\fpage break.', 'Done.']);
    expect(split('Last words without stop\f2 Methods\n\nText.')).toEqual(['Last words without stop', '2 Methods', 'Text.']);
  });

  it('gives half-open, trimmed offsets and the page where a sentence starts', () => {
    const text = '  First one.  Second one.\fThird one.';
    const sentences = splitSentences(text, { language: 'en', pageStarts: [0, 26] });
    expect(sentences).toEqual([
      { offset: 2, end: 12, page: 1 },
      { offset: 14, end: 25, page: 1 },
      { offset: 26, end: 36, page: 2 },
    ]);
    expect(splitSentences(text, { language: 'en', pageStarts: [] })[0]).toEqual({ offset: 2, end: 12 });
  });

  it('splits a 10,000-character line without punctuation quickly, as one sentence', () => {
    const text = 'word '.repeat(2000);
    const started = performance.now();
    const sentences = splitSentences(text, { language: 'en', pageStarts: [0] });
    expect(performance.now() - started).toBeLessThan(200);
    expect(sentences).toEqual([{ offset: 0, end: 9999, page: 1 }]);
  });

  it('is linear on long texts full of full stops', () => {
    const text = 'See Fig. 1 and e.g. Y.Q. Duan et al. on pp. 3. '.repeat(100_000);
    const started = performance.now();
    const sentences = splitSentences(text, { language: 'en', pageStarts: [0] });
    expect(performance.now() - started).toBeLessThan(3000);
    // "pp. 3." ends each one: the 3 is followed by a full stop and a capital.
    expect(sentences).toHaveLength(100_000);
    expect(text.slice(sentences[1]?.offset, sentences[1]?.end)).toBe('See Fig. 1 and e.g. Y.Q. Duan et al. on pp. 3.');
  });
});
