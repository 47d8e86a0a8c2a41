import { describe, expect, it } from 'vitest';
import { findSections } from '../../src/text/find-sections.js';

describe('findSections(text)', () => {
  it('finds chapters and articles of a Chinese law, with levels and ends', () => {
    const text = [
      '中华人民共和国职业教育法',
      '第一章 总则',
      '第一条 为了推动职业教育高质量发展，制定本法。',
      '第二条 本法所称职业教育，是指职业学校教育和职业培训。',
      '机关、事业单位对其工作人员实施的专门培训另行规定。',
      '第二章 职业教育体系',
      '第三条 职业教育是与普通教育具有同等重要地位的教育类型。',
    ].join('\n\n');
    const sections = findSections(text);
    expect(sections.map((s) => [s.heading, s.number, s.level])).toEqual([
      ['第一章 总则', '第一章', 1],
      ['第一条', '第一条', 2],
      ['第二条', '第二条', 2],
      ['第二章 职业教育体系', '第二章', 1],
      ['第三条', '第三条', 2],
    ]);
    const [ch1, a1, a2, ch2, a3] = sections;
    expect(ch1?.offset).toBe(text.indexOf('第一章'));
    expect(ch1?.end).toBe(text.indexOf('第二章'));
    expect(a1?.end).toBe(text.indexOf('第二条'));
    expect(a2?.end).toBe(text.indexOf('第二章'));
    expect(ch2?.end).toBe(text.length);
    expect(a3?.end).toBe(text.length);
  });

  it('orders Chinese policy numbering 一、 above （一） above 1. above （1）', () => {
    const text = ['一、总体要求', '（一）指导思想。以新发展理念为指导，推进改革。', '1. 加强组织领导', '（1）建立协调机制', '二、主要任务'].join('\n\n');
    expect(findSections(text).map((s) => [s.number, s.level])).toEqual([
      ['一、', 1],
      ['（一）', 2],
      ['1.', 3],
      ['（1）', 4],
      ['二、', 1],
    ]);
    expect(findSections(text)[1]?.heading).toBe('（一）指导思想');
  });

  it('nests decimal numbering and puts unnumbered headings at level 1', () => {
    const text = [
      'Abstract',
      'We study colleges.',
      '1 Introduction',
      'Text.',
      '2 Data and methods',
      '2.1 Sample',
      'Text.',
      '2.1.1 Colleges',
      'Text.',
      '3 Results',
      'References',
      '1. Smith J (2019). Integration. Journal of Things, 3: 1-10.',
      '2. Zhang L. Policy and practice, 2020.',
    ].join('\n\n');
    const sections = findSections(text);
    expect(sections.map((s) => [s.heading, s.level])).toEqual([
      ['Abstract', 1],
      ['1 Introduction', 1],
      ['2 Data and methods', 1],
      ['2.1 Sample', 2],
      ['2.1.1 Colleges', 3],
      ['3 Results', 1],
      ['References', 1],
    ]);
    const data = sections[2];
    expect(data?.end).toBe(text.indexOf('3 Results'));
    expect(sections[3]?.end).toBe(text.indexOf('3 Results'));
  });

  it('ignores numbered list items inside paragraphs and reference entries', () => {
    const text = [
      'The plan has three parts: 1. funding, 2. staff and 3. places.',
      '2019. This was a year of reform in many provinces and it changed a lot for colleges and firms alike.',
      '[1] Y.Q. Duan. "Research on integration," Fortune Time, vol. 1, pp. 168-171, 2019.',
    ].join('\n\n');
    expect(findSections(text)).toEqual([]);
  });

  it('finds a heading right after a page break', () => {
    const text = 'End of the first page.\f2 Methods\n\nWe asked colleges.';
    expect(findSections(text)).toEqual([{ heading: '2 Methods', number: '2', level: 1, offset: 23, end: text.length }]);
  });
});
