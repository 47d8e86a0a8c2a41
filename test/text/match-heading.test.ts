import { describe, expect, it } from 'vitest';
import { matchHeading } from '../../src/text/match-heading.js';

const short = (s: string): [string, number, boolean] | null => {
  const m = matchHeading(s);
  return m ? [s.slice(0, m.length), m.rank, m.runIn] : null;
};

describe('matchHeading(paragraph)', () => {
  it('recognises numbered headings and their ranks', () => {
    expect(short('1 Introduction')).toEqual(['1 Introduction', 70, false]);
    expect(short('2. Methods')).toEqual(['2. Methods', 70, false]);
    expect(short('3.2 Data')).toEqual(['3.2 Data', 80, false]);
    expect(short('3.2.1 Sampling frame')).toEqual(['3.2.1 Sampling frame', 90, false]);
    expect(short('IV. RESULTS')).toEqual(['IV. RESULTS', 65, false]);
    expect(short('一、总体要求')).toEqual(['一、总体要求', 50, false]);
    expect(short('（二）主要任务')).toEqual(['（二）主要任务', 60, false]);
    expect(short('（1）加强组织领导')).toEqual(['（1）加强组织领导', 100, false]);
    expect(short('第一章 总则')).toEqual(['第一章 总则', 20, false]);
    expect(short('第二节 学校教育')).toEqual(['第二节 学校教育', 30, false]);
    expect(short('1.1研究背景')).toEqual(['1.1研究背景', 80, false]);
    expect(short('1、引言')).toEqual(['1、引言', 70, false]);
  });

  it('takes 第X条 as the number that begins an article', () => {
    expect(short('第三条 职业教育是与普通教育具有同等重要地位的教育类型。')).toEqual(['第三条', 40, true]);
    expect(short('第三条规定的职责')).toBeNull();
    expect(matchHeading('第十二条 国家采取措施。')?.number).toBe('第十二条');
  });

  it('takes a run-in Chinese heading up to its first 。', () => {
    expect(short('（一）指导思想。以习近平新时代中国特色社会主义思想为指导。')).toEqual(['（一）指导思想', 60, true]);
    expect(short('（一）职业学校教育；')).toBeNull();
    expect(short('（八）法律、行政法规规定的其他职责。')).toBeNull();
  });

  it('recognises common unnumbered headings', () => {
    expect(matchHeading('Abstract')).toMatchObject({ number: '', rank: 0, references: false });
    expect(matchHeading('REFERENCES')).toMatchObject({ rank: 0, references: true });
    expect(matchHeading('Acknowledgements.')).toMatchObject({ rank: 0 });
    expect(matchHeading('摘 要')).toMatchObject({ rank: 0 });
    expect(matchHeading('参考文献')).toMatchObject({ rank: 0, references: true });
    expect(matchHeading('Appendix A')).toMatchObject({ rank: 0 });
    expect(matchHeading('appendix.')).toBeNull();
  });

  it('rejects list items, reference entries, years, table rows and long paragraphs', () => {
    expect(matchHeading('2019. The year of reform')).toBeNull();
    expect(matchHeading('[1] Y.Q. Duan. Research on integration')).toBeNull();
    expect(matchHeading('1. Smith, J. (2019). Integration of schools.')).toBeNull();
    expect(matchHeading('9 NA 7 6')).toBeNull();
    expect(matchHeading('56 Oliver Kopp and Anita Armbruster')).toBeNull();
    expect(matchHeading('3.5 percent of the colleges')).toBeNull();
    expect(matchHeading('1 Introduction ........ 3')).toBeNull();
    expect(matchHeading(`1 Introduction ${'and more words '.repeat(10)}`)).toBeNull();
    expect(matchHeading('2. The colleges sign agreements with many firms, but few of them last longer than a year.')).toBeNull();
  });
});
