import { describe, expect, it } from 'vitest';
import { countedRanges, isReferenceHeading } from '../../src/themes/counted-ranges.js';

describe('isReferenceHeading', () => {
  it('knows reference and note headings in both languages, numbered or bracketed', () => {
    for (const h of ['References', 'REFERENCES:', '7. References', 'VI. Bibliography', 'Works Cited', 'Notes', '参考文献', '【参考文献】', '五、参考文献', '第六章 参考文献', '注释', '［注释］']) {
      expect(isReferenceHeading(h), h).toBe(true);
    }
    for (const h of ['Introduction', 'Reference groups in schools', '研究方法', '三、对策建议', 'Policy notes on funding']) {
      expect(isReferenceHeading(h), h).toBe(false);
    }
  });
});

describe('countedRanges', () => {
  it('skips reference sections to their end, keeps what follows', () => {
    const text = 'Intro text. References a b c. Appendix text.';
    const sections = [
      { heading: 'Intro', number: '', level: 1, offset: 0, end: 12 },
      { heading: 'References', number: '', level: 1, offset: 12, end: 30 },
      { heading: 'Appendix', number: '', level: 1, offset: 30, end: text.length },
    ];
    expect(countedRanges(text, sections)).toEqual([
      [0, 12],
      [30, text.length],
    ]);
    expect(countedRanges(text, [])).toEqual([[0, text.length]]);
    expect(countedRanges('', [])).toEqual([]);
  });
});
