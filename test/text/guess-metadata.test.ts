import { describe, expect, it } from 'vitest';
import { guessMetadata, normaliseDoi, parseByline, plausibleTitle } from '../../src/text/guess-metadata.js';

describe('guessMetadata(text, hints, language)', () => {
  it('takes the first substantial paragraph as title and an obvious byline as authors', () => {
    const text = [
      'Journal of Vocational Studies, Vol. 3',
      'The Quality of Industry-Education Integration in Higher Education',
      'GUO Guangjun1*, CHEN Peng2 (1. Changsha Social Work College; 2. Xiamen University)',
      'Abstract: This article elaborates on quality. doi: 10.1234/jvs.2021.03.',
      'Received: 2021-03-02; Published: 2021-06-30',
    ].join('\n\n');
    expect(guessMetadata(text, {}, 'en')).toEqual({
      title: 'The Quality of Industry-Education Integration in Higher Education',
      authors: ['GUO Guangjun', 'CHEN Peng'],
      year: 2021,
      doi: '10.1234/jvs.2021.03',
    });
  });

  it('lets plausible hints win', () => {
    const text = 'Some Title Of A Paper\n\nBody text.';
    expect(guessMetadata(text, { title: 'Real Title', authors: ['Li Wanli'], year: 2020, doi: 'https://doi.org/10.5555/ABC' }, 'en')).toEqual({
      title: 'Real Title',
      authors: ['Li Wanli'],
      year: 2020,
      doi: '10.5555/ABC',
    });
    expect(guessMetadata(text, { title: 'Microsoft Word - draft3.docx' }, 'en').title).toBe('Some Title Of A Paper');
  });

  it('finds the title of a Chinese policy and its date', () => {
    const text = ['国办发〔2017〕95号', '国务院办公厅关于深化产教融合的若干意见', '各省、自治区、直辖市人民政府：', '国务院办公厅', '2017年12月5日'].join('\n\n');
    expect(guessMetadata(text, {}, 'zh')).toEqual({ title: '国务院办公厅关于深化产教融合的若干意见', authors: [], year: 2017, doi: '' });
  });

  it('takes the latest full date, and a Chinese byline when its names are clear', () => {
    const text = ['产教融合质量评价研究', '张三 李四', '1996年5月15日通过 2022年4月20日修订'].join('\n\n');
    expect(guessMetadata(text, {}, 'zh')).toEqual({ title: '产教融合质量评价研究', authors: ['张三', '李四'], year: 2022, doi: '' });
  });

  it('leaves authors empty when unsure, and the title empty when the first page starts with body text', () => {
    const body = 'This is a long paragraph of body text. '.repeat(10);
    expect(guessMetadata(body, {}, 'en').title).toBe('');
    expect(guessMetadata('A Study of Colleges and Firms\n\nDownload PDF', {}, 'en').authors).toEqual([]);
    expect(guessMetadata('关于深化产教融合的若干意见\n\n教育部', {}, 'zh').authors).toEqual([]);
  });

  it('ignores DOIs of the reference list', () => {
    const text = 'A Title Here Now\n\nText.\n\nReferences\n\nSmith J. A work. doi:10.1000/xyz.';
    expect(guessMetadata(text, {}, 'en').doi).toBe('');
    expect(guessMetadata('Title Of Work Here\n\nSee https://doi.org/10.6007/ijarped/v15-i1/27581', {}, 'en').doi).toBe('10.6007/ijarped/v15-i1/27581');
  });

  it('reads years from copyright lines and bracketed dates', () => {
    expect(guessMetadata('Title Of The Work\n\n© 2019 The Authors', {}, 'en').year).toBe(2019);
    expect(guessMetadata('上海市职业教育条例\n\n(2018-11-22)', {}, 'zh').year).toBe(2018);
    expect(guessMetadata('Title Of The Work\n\nno year here', {}, 'en').year).toBeNull();
  });
});

describe('normaliseDoi, plausibleTitle, parseByline', () => {
  it('trims trailing punctuation but keeps balanced brackets', () => {
    expect(normaliseDoi('10.1016/S0140-6736(20)30183-5).')).toBe('10.1016/S0140-6736(20)30183-5');
    expect(normaliseDoi('doi: 10.1000/abc,')).toBe('10.1000/abc');
    expect(normaliseDoi('not a doi')).toBe('');
  });

  it('rejects file names and placeholders as titles', () => {
    expect(plausibleTitle('untitled')).toBe(false);
    expect(plausibleTitle('report.pdf')).toBe(false);
    expect(plausibleTitle('Microsoft Word - paper')).toBe(false);
    expect(plausibleTitle('A Real Title')).toBe(true);
  });

  it('accepts names with initials and rejects other lines', () => {
    expect(parseByline('Y.Q. Duan and J. Smith')).toEqual(['Y.Q. Duan', 'J. Smith']);
    expect(parseByline('Achim Zeileis, Gabor Grothendieck')).toEqual(['Achim Zeileis', 'Gabor Grothendieck']);
    expect(parseByline('Ingo Feinerer February 3, 2023')).toEqual([]);
    expect(parseByline('School of Education, Xiamen University')).toEqual([]);
    expect(parseByline('欧阳明 王芳')).toEqual(['欧阳明', '王芳']);
    expect(parseByline('国务院办公厅')).toEqual([]);
  });
});
