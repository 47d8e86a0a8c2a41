import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/taxonomy/load-codebook.js';
import { createCoder } from '../../src/taxonomy/create-coder.js';
import { loadDefaultCodebook } from '../../src/taxonomy/default-codebook.js';

const coder = createCoder(loadDefaultCodebook());
const categoryOf = (text: string, language: 'en' | 'zh' = 'en'): Array<string | null> => coder.code(text, language).map((c) => c.category);

describe('createCoder(default codebook).code', () => {
  it('codes English problems by their deficiency cues', () => {
    expect(categoryOf('Local governments lack the detailed rules needed to put the national incentives into practice.')).toEqual(['problem.policy-implementation']);
    expect(categoryOf('The number of dual-qualified teachers remains insufficient, and most teachers lack enterprise experience.')).toEqual(['problem.dual-qualified-faculty']);
    expect(categoryOf('There is no effective mechanism for evaluating the quality of cooperation.')).toEqual(['problem.quality-monitoring']);
  });

  it('codes English strategies by their prescriptions', () => {
    expect(categoryOf('Colleges should invite senior engineers from partner firms to teach practical courses as part-time teachers.')).toEqual(['strategy.talent-integration']);
    expect(categoryOf('Schools and enterprises should build a community of interests in which benefits and risks are shared.')).toEqual(['strategy.mutual-benefit']);
  });

  it('reads a deficiency that a remedy addresses as part of a strategy', () => {
    expect(categoryOf('To address the shortage of dual-qualified teachers, colleges should send teachers to enterprises for regular practice.')).toEqual(['strategy.talent-integration']);
  });

  it('codes Chinese problems and strategies', () => {
    expect(categoryOf('校企合作协议数量多，但大多流于形式。', 'zh')).toEqual(['problem.formal-agreements']);
    expect(categoryOf('应加强“双师型”教师队伍建设，完善教师到企业实践制度。', 'zh')).toEqual(['strategy.talent-integration']);
    expect(categoryOf('鼓励企业与职业院校共建共享实训基地。', 'zh')).toEqual(['strategy.resource-sharing']);
    expect(categoryOf('实训基地建设经费投入不足，设备陈旧。', 'zh')).toEqual(['problem.resources']);
  });

  it('gives nothing to passages that name topics without a problem or a strategy', () => {
    expect(categoryOf('It is not only the teachers but also the enterprises that benefit from the training base.')).toEqual([]);
    expect(categoryOf('The province no longer lacks training bases; the challenge now is to use them well.')).toEqual([]);
    expect(categoryOf('The training base was completed in 2019 with an area of 5,000 square metres.')).toEqual([]);
    expect(categoryOf('本文采用问卷调查法，对300名教师进行了调查。', 'zh')).toEqual([]);
    expect(categoryOf('2017年，国务院办公厅印发《关于深化产教融合的若干意见》。', 'zh')).toEqual([]);
    expect(categoryOf('How can colleges solve the shortage of training bases?')).toEqual([]);
  });

  it('reports evidence: the terms and cues, in text order', () => {
    const [code] = coder.code('Funding for practical training bases is insufficient.', 'en');
    expect(code?.category).toBe('problem.resources');
    expect(code?.facet).toBe('problem');
    expect(code?.dimension).toBe('operation');
    expect(code?.cues.slice(0, 3)).toEqual(['term:Funding', 'term:practical training bases', 'problem:insufficient']);
  });

  it('gives several categories in multi mode', () => {
    const multi = createCoder(loadDefaultCodebook(), { multi: true });
    const codes = multi.code('Specific problems include a lack of detailed policy implementation rules and an insufficient proportion of dual-qualified teachers.', 'en');
    expect(codes.map((c) => c.category).sort()).toEqual(['problem.dual-qualified-faculty', 'problem.policy-implementation']);
  });

  it('explains its decision', () => {
    const e = coder.explain('Methods: we interviewed 30 teachers about the lack of training bases.', 'en');
    expect(e.stopped).toBe('methodology');
    expect(e.codes).toEqual([]);
  });
});

describe('createCoder(user codebook)', () => {
  const yaml = [
    'categories:',
    '  - id: problem.funds',
    '    facet: problem',
    '    dimension: operation',
    '    include: { en: [funding, money], zh: [经费] }',
    '  - id: strategy.funds',
    '    facet: strategy',
    '    dimension: operation',
    '    include: { en: [funding, money], zh: [经费] }',
    '    exclude: { en: [money laundering] }',
  ].join('\n');
  const loaded = loadCodebook(yaml, 'funds.yaml');
  const user = createCoder(loaded.codebook!, { classifierWeight: 0 });

  it('tells the facet by cues when two categories share their terms', () => {
    expect(loaded.messages).toEqual([]);
    expect(user.code('Funding is insufficient.', 'en').map((c) => c.category)).toEqual(['problem.funds']);
    expect(user.code('Governments should increase funding.', 'en').map((c) => c.category)).toEqual(['strategy.funds']);
    expect(user.code('经费严重不足。', 'zh').map((c) => c.category)).toEqual(['problem.funds']);
  });

  it('lets exclude terms cancel the include terms they overlap', () => {
    expect(user.code('Banks should stop money laundering.', 'en')).toEqual([]);
  });
});
