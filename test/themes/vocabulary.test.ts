import { describe, expect, it } from 'vitest';
import { jiebaUserDictionary } from '../../src/themes/chinese-segmenter.js';
import { normaliseTerm, parseVocabulary, vocabularyTerms } from '../../src/themes/vocabulary.js';

describe('parseVocabulary', () => {
  it('reads one term per line, skips comments, notes and jieba fields, reports bad lines', () => {
    const file = '\uFEFF# my terms\n产教融合\n双师型 3 n\n  school-enterprise   cooperation \t a note\n\n!!!\n产教融合\n' + 'x'.repeat(61) + '\r\n订单班';
    const { terms, messages } = parseVocabulary(file, 'vocab.txt');
    expect(terms).toEqual(['产教融合', '双师型', 'school-enterprise cooperation', '订单班']);
    expect(messages.map((m) => [m.rule, m.severity, m.path, m.place?.line])).toEqual([
      ['vocabulary-term-no-word', 'warning', 'vocab.txt', 6],
      ['vocabulary-term-too-long', 'warning', 'vocab.txt', 8],
    ]);
  });

  it('normalises like the text stage', () => {
    expect(normaliseTerm(' 产教 融合 ')).toBe('产教融合');
    expect(normaliseTerm('ｓｃｈｏｏｌ  ｆｉｒｍ')).toBe('school firm');
    expect(vocabularyTerms(['b', 'A', 'a', '订单班', '...'])).toEqual(['A', 'b', '订单班']);
  });

  it('writes the jieba user dictionary with a high frequency, without phrases that hold spaces', () => {
    expect(jiebaUserDictionary(['产教融合', 'school firm', '双师型'])).toBe('产教融合 1000000 nz\n双师型 1000000 nz');
  });
});
