import { describe, expect, it } from 'vitest';
import { findPolicyMentions } from '../../../src/references/match/find-policy-mentions.js';
import { matchCorpusDocuments, type CorpusDocument } from '../../../src/references/match/match-corpus-documents.js';
import { matchReferences } from '../../../src/references/match/match-references.js';
import { parseReference } from '../../../src/references/parse-reference.js';

const DOCS: CorpusDocument[] = [
  { id: 'papers__okafor-2020', title: 'Modern Apprenticeship in Transition: Building Mechanisms for Mutual Benefit', authors: ['Okafor, Grace A.', 'Ma, Lin'], year: 2020, doi: '10.5555/irwbl.2020.0104', kind: 'paper' },
  { id: 'papers__chen-2018', title: 'Why Enterprises Stay Cold: School-Enterprise Cooperation in Higher Vocational Colleges', authors: ['Ming Chen', 'Ruth Hollis'], year: 2018, doi: '', kind: 'paper' },
  { id: 'policies__opinions-2017', title: '国务院办公厅关于深化产教融合的若干意见', authors: [], year: 2017, doi: '', kind: 'policy', number: '国办发〔2017〕95号' },
  { id: 'policies__plan-2019', title: '国家职业教育改革实施方案', authors: [], year: 2019, doi: '', kind: 'policy' },
  { id: 'policies__guidelines-2019', title: 'Guidelines on Work-Based Learning in Vocational and Higher Education Institutions', authors: ['Department for Skills and Vocational Learning'], year: 2019, doi: '', kind: 'policy' },
];

function worksOf(raws: string[]): ReturnType<typeof matchReferences> {
  return matchReferences(raws.map((raw, i) => ({ key: `citing${i}#1`, raw, csl: parseReference(raw) })));
}

describe('matchCorpusDocuments', () => {
  it('finds cited papers by DOI and by author, year and title, and policies by title and document number', () => {
    const result = worksOf([
      'Okafor GA, Ma L, 2020, Modern apprenticeship in transition. International Review of Work-Based Learning, 4(1): 18–34. https://doi.org/10.5555/irwbl.2020.0104',
      'Chen, M., & Hollis, R. (2018). Why enterprises stay cold: School-enterprise cooperation in higher vocational colleges. Journal of Technical and Vocational Studies, 6(2), 41–52.',
      '[6] General Office of the State Council, “Several opinions on deepening the integration of industry and education,” Guobanfa [2017] No. 95, Dec. 2017.',
      '《国家职业教育改革实施方案》',
      'Department for Skills and Vocational Learning. (2019). Guidelines on work-based learning in vocational and higher education institutions.',
      'Chen, M. (2018). A different paper entirely. Journal of Technical and Vocational Studies, 6(3), 1–10.',
    ]);
    const found = matchCorpusDocuments(result.works, DOCS);
    const byDoc = found.map((f) => [f.docId, f.rule, f.score]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(byDoc).toEqual([
      ['papers__chen-2018', 'title', 1],
      ['papers__okafor-2020', 'doi', 1],
      ['policies__guidelines-2019', 'policy-title', 1],
      ['policies__opinions-2017', 'doc-number', 1],
      ['policies__plan-2019', 'policy-title', 0.95],
    ]);
    // The other Chen paper is not the corpus paper.
    const other = result.works.find((w) => w.canonical.title === 'A different paper entirely');
    expect(found.some((f) => f.workId === other?.id)).toBe(false);
  });

  it('tolerates a leading issuing body in the cited title', () => {
    const result = worksOf(['[3] 国务院办公厅. 关于深化产教融合的若干意见[Z]. 2017.']);
    expect(matchCorpusDocuments(result.works, DOCS).map((f) => [f.docId, f.rule])).toEqual([['policies__opinions-2017', 'policy-title']]);
  });
});

describe('findPolicyMentions', () => {
  const titles = [
    { docId: 'opinions', title: '国务院办公厅关于深化产教融合的若干意见' },
    { docId: 'plan', title: '国家职业教育改革实施方案' },
    { docId: 'action', title: '职业教育提质培优行动计划（2020—2023年）' },
    { docId: 'guidelines', title: 'Guidelines on Work-Based Learning in Vocational and Higher Education Institutions' },
  ];

  it('finds titles in 《》 and “”, exact or near-exact, with offsets of the bracketed span', () => {
    const text =
      '根据《关于深化产教融合的若干意见》和《国务院关于印发《国家职业教育改革实施方案》的通知》，' +
      '落实《职业教育提质培优行动计划》。参见《某市职业教育条例》。' +
      'The “Guidelines on work-based learning in vocational and higher education institutions” require agreements.';
    const found = findPolicyMentions(text, titles);
    expect(found.map((m) => [m.docId, text.slice(m.offset, m.end)])).toEqual([
      ['opinions', '《关于深化产教融合的若干意见》'],
      ['plan', '《国家职业教育改革实施方案》'],
      ['action', '《职业教育提质培优行动计划》'],
      ['guidelines', '“Guidelines on work-based learning in vocational and higher education institutions”'],
    ]);
    expect(found[0]).toEqual({ docId: 'opinions', offset: 2, end: 17 });
  });

  it('finds English titles in straight or single quotes, and written out without quotes (italics lost in extraction)', () => {
    const text =
      'In March 2019 the Department issued the Guidelines on Work-Based Learning in Vocational and Higher Education Institutions, which require agreements. ' +
      'The "Guidelines on work-based learning in vocational and higher education institutions" were welcomed; ' +
      'so were the ‘Guidelines on Work-Based Learning in Vocational and Higher Education Institutions’. ' +
      'The Guidelines on Work-Based Learning in Vocational Education Institutions are a different text.';
    const found = findPolicyMentions(text, titles);
    expect(found.map((m) => [m.docId, text.slice(m.offset, m.end)])).toEqual([
      ['guidelines', 'Guidelines on Work-Based Learning in Vocational and Higher Education Institutions'],
      ['guidelines', '"Guidelines on work-based learning in vocational and higher education institutions"'],
      ['guidelines', '‘Guidelines on Work-Based Learning in Vocational and Higher Education Institutions’'],
    ]);
  });

  it('runs in time linear in the text: a megabyte of text with many brackets', () => {
    const chunk = '这是一段正文，提到《国家职业教育改革实施方案》以及“双师型”教师和《无关文件》。';
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const start = performance.now();
    const found = findPolicyMentions(text, titles);
    expect(found.length).toBe(Math.ceil(1_000_000 / chunk.length));
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  it('runs in time linear in the text: a megabyte of English prose that keeps starting a title', () => {
    const chunk = 'The Guidelines on Work-Based Learning in schools, and "quoted words" here. ';
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const start = performance.now();
    expect(findPolicyMentions(text, titles)).toEqual([]);
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  it('returns nothing when no titles are given or an opening bracket is never closed', () => {
    expect(findPolicyMentions('《国家职业教育改革实施方案》', [])).toEqual([]);
    expect(findPolicyMentions('《国家职业教育改革实施方案', titles)).toEqual([]);
  });
});
