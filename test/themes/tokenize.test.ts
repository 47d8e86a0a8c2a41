import { describe, expect, it } from 'vitest';
import { createTokenizer, tokenize } from '../../src/themes/tokenize.js';

const TERMS = ['产教融合', '双师型', '校企合作', '实训基地', '现代学徒制', '产业学院', '订单班'];

function rows(tokens: ReturnType<typeof tokenize>): Array<[string, string, number, number, string, boolean]> {
  return tokens.map((t) => [t.text, t.norm, t.offset, t.end, t.script, t.stop]);
}

describe('tokenize (English)', () => {
  it('gives exact tokens, offsets, stems and stop flags', () => {
    const text = "Colleges don't have enough dual-qualified teachers.";
    expect(rows(tokenize(text, 'en'))).toEqual([
      ['Colleges', 'colleg', 0, 8, 'latin', false],
      ["don't", "don't", 9, 14, 'latin', false],
      ['have', 'have', 15, 19, 'latin', true],
      ['enough', 'enough', 20, 26, 'latin', false],
      ['dual-qualified', 'dual-qualifi', 27, 41, 'latin', false],
      ['teachers', 'teacher', 42, 50, 'latin', false],
    ]);
  });

  it('reads numbers, possessives, curly apostrophes and en dashes', () => {
    const text = 'In 2019, 1,000 firms’ school–enterprise projects (3.5%) and COVID-19.';
    expect(rows(tokenize(text, 'en'))).toEqual([
      ['In', 'in', 0, 2, 'latin', true],
      ['2019', '2019', 3, 7, 'number', false],
      ['1,000', '1000', 9, 14, 'number', false],
      ['firms', 'firm', 15, 20, 'latin', false],
      ['school–enterprise', 'school-enterpris', 22, 39, 'latin', false],
      ['projects', 'project', 40, 48, 'latin', false],
      ['3.5', '3.5', 50, 53, 'number', false],
      ['and', 'and', 56, 59, 'latin', true],
      ['COVID-19', 'covid-19', 60, 68, 'latin', false],
    ]);
  });

  it('keeps words unstemmed when asked', () => {
    expect(tokenize('Teachers lack training', 'en', { stem: false }).map((t) => t.norm)).toEqual(['teachers', 'lack', 'training']);
  });

  it('every token text is the slice of the text at its offsets', () => {
    const text = 'Mixed 文本：职业教育 and “quotes”, e.g. 1+X证书 in 2020年。\fPage two.';
    for (const t of tokenize(text, 'mixed')) expect(text.slice(t.offset, t.end)).toBe(t.text);
  });
});

describe('tokenize (Chinese)', () => {
  it('gives exact tokens and offsets, dictionary terms whole', () => {
    const tk = createTokenizer({ vocabulary: TERMS, domainVocabulary: false });
    expect(rows(tk.tokenize('学校缺乏双师型教师，实训基地不足。'))).toEqual([
      ['学校', '学校', 0, 2, 'cjk', false],
      ['缺乏', '缺乏', 2, 4, 'cjk', false],
      ['双师型', '双师型', 4, 7, 'cjk', false],
      ['教师', '教师', 7, 9, 'cjk', false],
      ['实训基地', '实训基地', 10, 14, 'cjk', false],
      ['不足', '不足', 14, 16, 'cjk', false],
    ]);
  });

  it('keeps every vocabulary term whole where jieba alone splits it', () => {
    const text = '深化产教融合，推进校企合作，建设产业学院和实训基地，推行现代学徒制和订单班，培养双师型教师。';
    const plain = createTokenizer({ domainVocabulary: false }).tokenize(text).map((t) => t.text);
    expect(plain).toContain('产教');
    expect(plain).toContain('订单');
    const tk = createTokenizer({ vocabulary: TERMS, domainVocabulary: false });
    const tokens = tk.tokenize(text);
    for (const term of TERMS) {
      const hit = tokens.filter((t) => t.text === term);
      expect(hit.length, term).toBe(1);
      expect(hit[0]?.vocab).toBe(true);
    }
    expect(tokens.map((t) => t.text)).not.toContain('产教');
  });

  it('matches mixed-script vocabulary terms and keeps numbers apart', () => {
    const tk = createTokenizer({ domainVocabulary: false, vocabulary: ['1+X证书'] });
    expect(rows(tk.tokenize('推行1+X证书制度，2020年'))).toEqual([
      ['推行', '推行', 0, 2, 'cjk', false],
      ['1+X证书', '1+x证书', 2, 7, 'cjk', false],
      ['制度', '制度', 7, 9, 'cjk', false],
      ['2020', '2020', 10, 14, 'number', false],
      ['年', '年', 14, 15, 'cjk', true],
    ]);
  });

  it('puts the domain vocabulary in by default', () => {
    const tk = createTokenizer();
    expect(tk.tokenize('发展职业教育').map((t) => t.text)).toEqual(['发展', '职业教育']);
    expect(createTokenizer({ domainVocabulary: false }).tokenize('发展职业教育').map((t) => t.text)).toEqual(['发展', '职业', '教育']);
  });
});

describe('English vocabulary phrases', () => {
  it('merges a multi-word term into one token however it is hyphenated or inflected', () => {
    const tk = createTokenizer({ vocabulary: ['school-enterprise cooperation'] });
    const text = 'School enterprise cooperations and school–enterprise cooperation, but not school enterprise. Cooperation';
    const merged = tk.tokenize(text).filter((t) => t.vocab);
    expect(merged.map((t) => [t.text, t.norm, t.offset, t.end])).toEqual([
      ['School enterprise cooperations', 'school enterpris cooper', 0, 30],
      ['school–enterprise cooperation', 'school enterpris cooper', 35, 64],
    ]);
  });
});
