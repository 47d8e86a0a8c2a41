import { describe, expect, it } from 'vitest';
import { matchCorpusDocuments, type CorpusDocument } from '../../../src/references/match/match-corpus-documents.js';
import { matchReferences } from '../../../src/references/match/match-references.js';
import { documentUrlKey } from '../../../src/references/match/document-url.js';
import { parseAliases } from '../../../src/references/match/parse-aliases.js';
import { issuersConflict, policyForms, samePolicy } from '../../../src/references/match/same-policy.js';
import { parseReference } from '../../../src/references/parse-reference.js';

const side = (title: string, issuer = '', year = 2019) => ({ title, issuer, year });

function worksOf(raws: string[], aliasText?: string): ReturnType<typeof matchReferences> {
  const refs = raws.map((raw, i) => ({ key: `citing${i}#1`, raw, csl: parseReference(raw) }));
  return matchReferences(refs, aliasText ? { aliases: parseAliases(aliasText, 'aliases.csv').aliases } : {});
}

const PLAN: CorpusDocument = {
  id: 'policy__plan-2019',
  title: 'Implementation Plan for National Vocational Education Reform',
  authors: ['Ministry of Education'],
  year: 2019,
  doi: '',
  kind: 'policy',
};
const OPINIONS: CorpusDocument = {
  id: 'policy__opinions-2022',
  title: 'Opinions on Deepening the Reform of Vocational Education',
  authors: ['State Council'],
  year: 2022,
  doi: '',
  kind: 'policy',
};
const OPINIONS_ZH: CorpusDocument = { id: 'policy__opinions-zh-2022', title: '关于深化职业教育改革的意见', authors: ['国务院'], year: 2022, doi: '', kind: 'policy' };

describe('samePolicy', () => {
  it('sets aside quotes, case, plural endings, function words and document numbers', () => {
    const doc = side('Guidelines on Work-Based Learning in Vocational and Higher Education Institutions', 'Department for Skills and Vocational Learning');
    expect(samePolicy(side('“Guidelines for work-based learning in vocational and higher education institution” (Circular No. 2019/4)', 'Department for Skills and Vocational Learning'), doc)).toBe(1);
    expect(samePolicy(side('Guidelines on work-based learning in vocational and higher education institutions'), doc)).toBe(0.95);
    expect(samePolicy(side('Several Opinions on Deepening the Integration of Industry and Education'), side('Opinions on deepening the integration of industry and education'))).toBe(0.95);
    expect(samePolicy(side('Vocational Education Law of the People’s Republic of China'), side('Vocational Education Law'))).toBe(0.95);
    expect(samePolicy(side('《国家职业教育改革实施方案》（国发〔2019〕4号）'), side('国家职业教育改革实施方案'))).toBe(0.95);
  });

  it('cuts a leading issuing body named on either side, and unwraps a notice that issues the document', () => {
    expect(samePolicy(side('Ministry of Education Implementation Plan for National Vocational Education Reform', 'Ministry of Education'), side(PLAN.title, 'Ministry of Education'))).toBe(0.92);
    expect(samePolicy(side('State Council’s Opinions on Deepening the Reform of Vocational Education', ''), side(OPINIONS.title, 'State Council'))).toBe(0.92);
    expect(samePolicy(side('国务院办公厅关于深化产教融合的若干意见'), side('关于深化产教融合的若干意见', '国务院办公厅'))).toBe(0.92);
    expect(samePolicy(side('国务院关于印发国家职业教育改革实施方案的通知', '国务院'), side('国家职业教育改革实施方案'))).toBe(0.9);
    expect(samePolicy(side('Notice of the State Council on Issuing the National Plan for Vocational Education Reform'), side('National Plan for Vocational Education Reform', 'State Council'))).toBe(0.92);
  });

  it('accepts another order of the same words (a different translation), at 0.9', () => {
    expect(samePolicy(side('National Vocational Education Reform Implementation Plan', 'Ministry of Education'), side(PLAN.title, 'Ministry of Education'))).toBe(0.9);
  });

  it('never links two policies that differ by a content word, an issuing body or an edition (near misses)', () => {
    const deep = side(OPINIONS.title, 'State Council', 2022);
    for (const other of [
      'Opinions on Deepening the Reform of Higher Vocational Education',
      'Opinions on Deepening the Reform of Vocational Education and Training',
      'Implementation Opinions on Deepening the Reform of Vocational Education',
      'Opinions on Deepening the Reform of Vocational Education Teaching',
      'Opinions on Promoting the High-Quality Development of Modern Vocational Education',
    ]) {
      expect(samePolicy(side(other, 'State Council', 2022), deep), other).toBe(0);
    }
    expect(samePolicy(side(OPINIONS.title, 'Jiangchuan Provincial Government', 2022), deep)).toBe(0);
    expect(samePolicy(side('Jiangchuan Opinions on Deepening the Reform of Vocational Education', '', 2022), deep)).toBe(0);
    expect(samePolicy(side('Action Plan for Vocational Education Quality (2020–2023)'), side('Action Plan for Vocational Education Quality (2024–2027)'))).toBe(0);
    expect(samePolicy(side('Implementation Plan for National Vocational Education Reform (2020–2022)', '', 2020), side(PLAN.title, '', 2019))).toBe(0);
    expect(samePolicy(side('关于深化高等职业教育改革的意见', '国务院'), side('关于深化职业教育改革的意见', '国务院'))).toBe(0);
    expect(samePolicy(side('关于深化职业教育改革的实施意见', '国务院'), side('关于深化职业教育改革的意见', '国务院'))).toBe(0);
    expect(samePolicy(side('江川省关于深化职业教育改革的意见', '江川省人民政府'), side('关于深化职业教育改革的意见', '国务院'))).toBe(0);
    expect(samePolicy(side('江川省关于深化职业教育改革的意见'), side('关于深化职业教育改革的意见'))).toBe(0);
    // No translation: an English and a Chinese title are never compared.
    expect(samePolicy(side('Opinions on Deepening the Reform of Vocational Education'), side('关于深化职业教育改革的意见'))).toBe(0);
  });

  it('treats issuing bodies as conflicting only when both are organisations in one script and neither contains the other', () => {
    expect(issuersConflict('State Council', 'General Office of the State Council')).toBe(false);
    expect(issuersConflict('国务院', '国务院办公厅')).toBe(false);
    expect(issuersConflict('MOE', 'Ministry of Education')).toBe(false);
    expect(issuersConflict('国务院', 'State Council')).toBe(false);
    expect(issuersConflict('State Council', 'Ministry of Education')).toBe(true);
    expect(issuersConflict('国务院', '江川省人民政府')).toBe(true);
  });

  it('gives no form to a title too short to name one document', () => {
    expect(policyForms('Opinions')).toEqual([]);
    expect(policyForms('意见')).toEqual([]);
    expect(policyForms('Education Plan')).toEqual([]);
  });

  it('stays fast on a 10,000-character title', () => {
    const long = `“${'Opinions on '.repeat(900)}`;
    const start = performance.now();
    expect(samePolicy(side(long), side(`${long}”`))).toBeGreaterThanOrEqual(0);
    expect(samePolicy(side(`Notice of ${'x'.repeat(10_000)} on issuing the plan`), side('plan'))).toBe(0);
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('English policy titles cited by papers', () => {
  it('matches an English policy document of the corpus by its title, with or without the issuing body, quoted or not', () => {
    const raws = [
      'Ministry of Education. (2019). Implementation plan for national vocational education reform. Beijing.',
      'Ministry of Education, “Implementation plan for national vocational education reform,” Beijing, 2019.',
      'Implementation plan for national vocational education reform. (2019). Beijing: Ministry of Education.',
      'Ministry of Education (2019) Ministry of Education Implementation Plan for National Vocational Education Reform. Beijing: MOE.',
    ];
    for (const raw of raws) {
      const result = worksOf([raw]);
      const found = matchCorpusDocuments(result.works, [PLAN, OPINIONS]);
      expect(found.map((f) => [f.docId, f.rule]), raw).toEqual([['policy__plan-2019', 'policy-title']]);
    }
    const all = worksOf(raws);
    expect(all.works).toHaveLength(1);
    expect(all.assignments.map((a) => [a.rule, a.score])).toEqual([
      ['policy-title', 1],
      ['policy-title', 1],
      ['policy-title', 0.95],
      ['policy-title', 0.92],
    ]);
    expect(matchCorpusDocuments(all.works, [PLAN]).map((f) => [f.docId, f.rule, f.score])).toEqual([['policy__plan-2019', 'policy-title', 1]]);
  });

  it('keeps a near-miss pair of policies apart, as works and as citations of the corpus', () => {
    const result = worksOf([
      'State Council. (2022). Opinions on deepening the reform of vocational education. Beijing.',
      'State Council. (2022). Opinions on deepening the reform of higher vocational education. Beijing.',
      'State Council. (2022). Opinions on deepening the reform of vocational education and training. Beijing.',
      'Jiangchuan Provincial Government. (2022). Opinions on deepening the reform of vocational education. Jiangchuan.',
      '[5] 国务院. 关于深化高等职业教育改革的意见[Z]. 2022.',
      '[6] 国务院. 关于深化职业教育改革的意见[Z]. 2022.',
    ]);
    expect(result.works).toHaveLength(6);
    const found = matchCorpusDocuments(result.works, [OPINIONS, OPINIONS_ZH]);
    const rows = found.map((f) => [result.works.find((w) => w.id === f.workId)?.canonical.title, f.docId, f.rule, f.score]);
    expect(rows.sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
      ['Opinions on deepening the reform of vocational education', 'policy__opinions-2022', 'policy-title', 1],
      ['关于深化职业教育改革的意见', 'policy__opinions-zh-2022', 'policy-title', 1],
    ]);
  });

  it('matches the English title of a Chinese policy through the document’s other titles', () => {
    const doc: CorpusDocument = { ...OPINIONS_ZH, altTitles: ['Opinions on Deepening the Reform of Vocational Education'] };
    const result = worksOf(['State Council. (2022). Opinions on deepening the reform of vocational education. Beijing.']);
    expect(matchCorpusDocuments(result.works, [doc]).map((f) => [f.docId, f.rule, f.score])).toEqual([['policy__opinions-zh-2022', 'policy-title', 0.95]]);
  });

  it('links Chinese and English citations of one policy without a document number through the alias file', () => {
    const raws = ['[6] 国务院. 关于深化职业教育改革的意见[Z]. 2022.', 'State Council. (2022). Opinions on deepening the reform of vocational education. Beijing.'];
    const apart = worksOf(raws);
    expect(apart.works).toHaveLength(2);
    const zhWork = apart.works.find((w) => w.canonical.title === '关于深化职业教育改革的意见')?.id ?? '';
    const result = worksOf(raws, `reference,work\n"${raws[1]}",${zhWork}\n`);
    expect(result.works.map((w) => [w.id, w.members])).toEqual([[zhWork, ['citing0#1', 'citing1#1']]]);
    expect(result.assignments.map((a) => [a.key, a.rule])).toEqual([
      ['citing0#1', 'alias'],
      ['citing1#1', 'alias'],
    ]);
    // The merged work is a citation of either corpus document: the Chinese one and an English one.
    expect(matchCorpusDocuments(result.works, [OPINIONS_ZH]).map((f) => f.docId)).toEqual(['policy__opinions-zh-2022']);
    expect(matchCorpusDocuments(result.works, [OPINIONS]).map((f) => f.docId)).toEqual(['policy__opinions-2022']);
  });
});

describe('the same document URL', () => {
  const zh = '[1] 国务院办公厅. 国务院办公厅关于深化产教融合的若干意见[EB/OL]. (2017-12-19)[2022-03-10]. http://www.gov.cn/zhengce/content/2017-12/19/content_5248564.htm.';
  const en = 'General Office of the State Council. (2017). Several opinions on deepening the integration of industry and education. Retrieved from https://gov.cn/zhengce/content/2017-12/19/content_5248564.htm';

  it('joins a Chinese and an English citation of one policy (rule url, 0.9), and the work keeps both titles', () => {
    const result = worksOf([zh, en]);
    expect(result.works).toHaveLength(1);
    expect(result.assignments.map((a) => [a.key, a.rule, a.score])).toEqual([
      ['citing0#1', 'url', 0.9],
      ['citing1#1', 'url', 0.9],
    ]);
    const work = result.works[0]!;
    const other = work.canonical.title === '国务院办公厅关于深化产教融合的若干意见' ? 'Several opinions on deepening the integration of industry and education' : '国务院办公厅关于深化产教融合的若干意见';
    expect(work.policyTitles?.map((t) => t.title)).toEqual([other]);
    const docEn: CorpusDocument = { id: 'en', title: 'Several Opinions on Deepening the Integration of Industry and Education', authors: [], year: 2017, doi: '', kind: 'policy' };
    expect(matchCorpusDocuments(result.works, [docEn]).map((f) => [f.docId, f.rule])).toEqual([['en', 'policy-title']]);
  });

  it('keys only URLs that address one document', () => {
    expect(documentUrlKey('http://www.gov.cn/zhengce/content/2017-12/19/content_5248564.htm.')).toBe('gov.cn/zhengce/content/2017-12/19/content_5248564.htm');
    expect(documentUrlKey('https://GOV.cn/zhengce/content/2017-12/19/content_5248564.htm')).toBe('gov.cn/zhengce/content/2017-12/19/content_5248564.htm');
    expect(documentUrlKey('http://example.edu.cn/article.jsp?id=1234')).toBe('example.edu.cn/article.jsp?id=1234');
    expect(documentUrlKey('http://www.moe.gov.cn/jyb_xxgk/')).toBe('');
    expect(documentUrlKey('https://doi.org/10.5555/x.2019.1')).toBe('');
    expect(documentUrlKey('www.gov.cn/zhengce/content/1.htm')).toBe('');
    expect(documentUrlKey('http://[broken')).toBe('');
  });

  it('does not join on a home page, another year, or two different titles in one script', () => {
    expect(worksOf([zh.replace(/http\S+/, 'http://www.gov.cn/'), en.replace(/https\S+/, 'https://www.gov.cn/')]).works).toHaveLength(2);
    expect(worksOf([zh, en.replace('(2017)', '(2018)')]).works).toHaveLength(2);
    const other = '[2] 国务院办公厅. 关于印发职业教育提质培优行动计划的通知[EB/OL]. (2017-12-19). http://www.gov.cn/zhengce/content/2017-12/19/content_5248564.htm.';
    expect(worksOf([zh, other]).works).toHaveLength(2);
  });
});
