import { describe, expect, it } from 'vitest';
import { containerMatch, containerWords, isAbbreviationOf } from '../../../src/references/match/container-match.js';
import { docNumberKey } from '../../../src/references/match/doc-number.js';
import { flatKey, foldText } from '../../../src/references/match/fold-text.js';
import { normalizeDoi } from '../../../src/references/match/normalize-doi.js';
import { policyTitleKeys } from '../../../src/references/match/policy-title.js';
import { titleShape, titleSimilarity } from '../../../src/references/match/title-similarity.js';
import { workCitation } from '../../../src/references/match/work-citation.js';

describe('normalizeDoi', () => {
  it.each([
    ['10.18637/jss.v014.i06', '10.18637/jss.v014.i06'],
    ['https://doi.org/10.18637/JSS.V014.I06', '10.18637/jss.v014.i06'],
    ['http://dx.doi.org/10.1000/xyz123.', '10.1000/xyz123'],
    ['doi: 10.1000/xyz123;', '10.1000/xyz123'],
    ['DOI 10.1000/ABC', '10.1000/abc'],
    ['doi:10.1016/S0140-6736(20)30183-5', '10.1016/s0140-6736(20)30183-5'],
    ['(10.1000/abc)', ''],
    ['https://doi.org/10.1002%2Fjae.2345', '10.1002/jae.2345'],
    ['not a doi', ''],
    ['', ''],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeDoi(input)).toBe(expected);
  });
});

describe('foldText and flatKey', () => {
  it('folds case, diacritics, full-width forms and ligatures; keeps Chinese', () => {
    expect(foldText('Gröber ＡＢＣ ﬁnance Łódź Straße')).toBe('grober abc finance lodz strasse');
    expect(flatKey('“Order classes”: school–enterprise (2019)!')).toBe('orderclassesschoolenterprise2019');
    expect(flatKey('《国家职业教育改革实施方案》')).toBe('国家职业教育改革实施方案');
  });
});

describe('container abbreviations', () => {
  const m = (a: string, b: string): number => containerMatch(containerWords(a), containerWords(b));
  it.each([
    ['J Stat Softw', 'Journal of Statistical Software', 1],
    ['J. Stat. Softw.', 'Journal of Statistical Software', 1],
    ['J STAT SOFTW', 'Journal of Statistical Software', 1],
    ['J HIGH EDUC', 'The Journal of Higher Education', 1],
    ['Proc Natl Acad Sci USA', 'Proceedings of the National Academy of Sciences of the United States of America', 1],
    ['Int J Manag Rev', 'International Journal of Management Reviews', 1],
    ['Educ Res', 'Educational Research', 1],
    ['J Educ', 'Journal of Educational Technology', -1],
    ['J Stat Softw', 'Journal of Statistical Planning', -1],
    ['Soc Sci Res', 'Social Science Research', 1],
    ['J Soc Sci', 'Journal of Sociology', -1],
    ['高等工程教育学刊', '高等工程教育学刊(社会科学版)', 1],
    ['高等工程教育学刊', '职业技术教育研究', -1],
    ['', 'Nature', 0],
  ])('%s ~ %s -> %i', (a, b, expected) => {
    expect(m(a, b)).toBe(expected);
  });

  it('reads contractions that keep first and last letters (Natl, Mgmt) but not other subsequences', () => {
    expect(isAbbreviationOf(['mgmt'], ['management'])).toBe(true);
    expect(isAbbreviationOf(['natl'], ['national'])).toBe(true);
    expect(isAbbreviationOf(['sci'], ['social'])).toBe(false);
  });
});

describe('docNumberKey', () => {
  it.each([
    ['国办发〔2017〕95号', 'guobanfa-2017-95'],
    ['Guobanfa [2017] No. 95', 'guobanfa-2017-95'],
    ['Guo Ban Fa [2017] No. 95', 'guobanfa-2017-95'],
    ['教职成〔2019〕13号', 'jiaozhicheng-2019-13'],
    ['Jiao Zhi Cheng [2019] No. 13', 'jiaozhicheng-2019-13'],
    ['国发(2019)4号', 'guofa-2019-4'],
    ['京政办发［2005］37 号', 'jingzhengbanfa-2005-37'],
    ['关于深化产教融合的若干意见国办发〔2017〕95号', 'guobanfa-2017-95'],
    ['人社部发〔2014〕第095号', 'renshebufa-2014-95'],
    ['no number here', ''],
  ])('%s -> %s', (input, expected) => {
    expect(docNumberKey(input)).toBe(expected);
  });
});

describe('policyTitleKeys', () => {
  it('drops quotes, 《》, the document number and a leading issuing body, and unwraps a notice', () => {
    expect(policyTitleKeys('国务院办公厅关于深化产教融合的若干意见')).toEqual(['国务院办公厅关于深化产教融合的若干意见', '关于深化产教融合的若干意见']);
    expect(policyTitleKeys('《国家职业教育改革实施方案》')).toEqual(['国家职业教育改革实施方案']);
    expect(policyTitleKeys('国务院关于印发国家职业教育改革实施方案的通知 国发〔2019〕4号')).toEqual([
      '国务院关于印发国家职业教育改革实施方案的通知',
      '关于印发国家职业教育改革实施方案的通知',
      '国家职业教育改革实施方案',
    ]);
    expect(policyTitleKeys('“Several Opinions on Deepening the Integration of Industry and Education”')).toEqual(['severalopinionsondeepeningtheintegrationofindustryandeducation']);
    expect(policyTitleKeys('职业教育提质培优行动计划（2020—2023年）', true)).toEqual(['职业教育提质培优行动计划']);
    expect(policyTitleKeys('意见')).toEqual([]);
  });
});

describe('titleSimilarity', () => {
  const sim = (a: string, b: string): number => Math.round(titleSimilarity(titleShape(a), titleShape(b)) * 100) / 100;
  it('is 1 for the same title in another case or punctuation, high with a typo, 0.88 without the subtitle', () => {
    expect(sim('Work-based learning and the dual system', 'WORK BASED LEARNING AND THE DUAL SYSTEM')).toBe(1);
    expect(sim('Governing partnerships through joint boards', 'Governing partnerhsips through joint boards')).toBeGreaterThan(0.85);
    expect(sim('Modern apprenticeship pilots in China', 'Modern apprenticeship pilots in China: An evaluation of the first two cohorts')).toBe(0.88);
    expect(sim('Skills policy in transition, part I', 'Skills policy in transition, part II')).toBeLessThan(0.8);
    expect(sim('Teacher training in rural primary schools', 'Vocational education reform in Guangdong province')).toBeLessThan(0.3);
    expect(sim('产教融合的理论逻辑与实践困境', '产教融合的理论逻辑与实践困境研究')).toBe(0.93);
    expect(sim('产教融合的理论逻辑与实践困境', '校企合作的动力机制与政策路径')).toBeLessThan(0.3);
  });
});

describe('workCitation', () => {
  it('writes authors, year, title, container, volume and issue', () => {
    expect(
      workCitation({
        author: [
          { family: 'ZEILEIS', given: 'A' },
          { family: 'Grothendieck', given: 'G.' },
        ],
        issued: { 'date-parts': [[2005]] },
        title: 'zoo: S3 infrastructure for regular and irregular time series',
        'container-title': 'J Stat Softw',
        volume: '14',
        issue: '6',
      }),
    ).toBe('Zeileis A, Grothendieck G (2005) zoo: S3 infrastructure for regular and irregular time series. J Stat Softw 14(6)');
    expect(workCitation({ author: [{ literal: '国务院办公厅' }], issued: { 'date-parts': [[2017]] }, title: '关于深化产教融合的若干意见', number: '国办发〔2017〕95号' })).toBe(
      '国务院办公厅 (2017) 关于深化产教融合的若干意见. 国办发〔2017〕95号',
    );
    expect(workCitation({}, 'ibid., p. 12')).toBe('(n.d.) ibid., p. 12');
  });
});
