import { describe, expect, it } from 'vitest';
import { findSections } from '../../src/text/find-sections.js';
import { guessKind } from '../../src/text/guess-kind.js';

function kind(text: string, title: string, language: 'en' | 'zh' | 'mixed' = 'en'): { kind: string; why: string } {
  return guessKind({ text, title, path: 'corpus/x.pdf', language, sections: findSections(text) });
}

const PAPER = [
  'Integration of Industry and Education',
  'Guo Guangjun, Chen Peng',
  'Abstract: This article studies colleges.',
  'Keywords: integration; colleges',
  '1 Introduction',
  'Colleges work with firms (Zhang, 2020).',
  'References',
  'Zhang J, 2022, Exploration of integration. Journal of Things, 22(02): 82-85.',
  'Cui Y, 2022, Applied courses. Heilongjiang Science, 13(01): 66-68.',
  'Li W, 2021, Practical research. Occupation, 2021(18): 33-36.',
].join('\n\n');

describe('guessKind(input)', () => {
  it('calls a text with a reference list, an abstract and keywords a paper, and says why', () => {
    expect(kind(PAPER, 'Integration of Industry and Education')).toEqual({
      kind: 'paper',
      why: 'paper: a reference list of 3 entries; an abstract; keywords',
    });
  });

  it('calls a Chinese notice with a document number a policy', () => {
    const text = [
      '国务院办公厅关于深化产教融合的若干意见',
      '国办发〔2017〕95号',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '一、总体要求',
      '（一）指导思想。以新发展理念为指导，深化产教融合。',
    ].join('\n\n');
    const g = kind(text, '国务院办公厅关于深化产教融合的若干意见', 'zh');
    expect(g.kind).toBe('policy');
    expect(g.why).toBe(
      'policy: a policy title (国务院办公厅关于深化产教融合的若干意见); a document number (国办发〔2017〕95号); issuing wording (各省、自治区、直辖市)',
    );
  });

  it('calls a law with articles a policy', () => {
    const text = ['中华人民共和国职业教育法', '第一章 总则', '第一条 为了推动职业教育发展，制定本法。', '第二条 本法所称职业教育。', '第三条 职业教育是教育类型。'].join('\n\n');
    expect(kind(text, '中华人民共和国职业教育法', 'zh')).toEqual({
      kind: 'policy',
      why: 'policy: a policy title (中华人民共和国职业教育法); 3 numbered articles; issuing wording (本法所称)',
    });
  });

  it('recognises an English policy document', () => {
    const text = 'Opinions of the General Office of the State Council on Deepening Industry-Education Integration\n\nThe Ministry of Education hereby issues these opinions.';
    const g = kind(text, 'Opinions of the General Office of the State Council on Deepening Industry-Education Integration');
    expect(g.kind).toBe('policy');
  });

  it('defaults to paper, or to policy for Chinese text without any signal', () => {
    expect(kind('Some text about colleges.', 'Colleges')).toEqual({ kind: 'paper', why: 'paper: no signal either way (the default)' });
    expect(kind('职业院校与企业合作开展人才培养工作。', '校企合作', 'zh').kind).toBe('policy');
  });

  it('does not take a paper title ending in 方法 for a policy', () => {
    expect(kind('正文。', '产教融合评价的研究方法', 'zh').why).not.toContain('policy title');
  });
});
