import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../../src/references/csl.js';
import { matchReferences } from '../../../src/references/match/match-references.js';
import { parseAliases } from '../../../src/references/match/parse-aliases.js';
import type { MatchResult, RefInput } from '../../../src/references/match/types.js';
import { parseReference } from '../../../src/references/parse-reference.js';
import { article, ref, shuffled } from './helpers.js';

const ZOO_TITLE = 'zoo: S3 infrastructure for regular and irregular time series';
const ZOO_DOI = '10.18637/jss.v014.i06';
const ZG: [string, string][] = [
  ['Zeileis', 'A.'],
  ['Grothendieck', 'G.'],
];

/** The zoo paper cited in six styles by six documents (CSL items as the parser gives them). */
function zooRefs(): RefInput[] {
  return [
    ref(
      'apa#1',
      'Zeileis, A., & Grothendieck, G. (2005). zoo: S3 infrastructure for regular and irregular time series. Journal of Statistical Software, 14(6), 1–27. https://doi.org/10.18637/jss.v014.i06',
      article(ZG, 2005, ZOO_TITLE, 'Journal of Statistical Software', { volume: '14', issue: '6', page: '1-27', DOI: ZOO_DOI }),
    ),
    ref(
      'springer#4',
      'Zeileis A, Grothendieck G (2005) zoo: S3 infrastructure for regular and irregular time series. J Stat Softw 14(6):1-27. https://doi.org/10.18637/JSS.V014.I06',
      article([['Zeileis', 'A'], ['Grothendieck', 'G']], 2005, ZOO_TITLE, 'J Stat Softw', { volume: '14', issue: '6', page: '1-27', DOI: '10.18637/JSS.V014.I06' }),
    ),
    ref(
      'wos-export.txt:3#12',
      'Zeileis A, 2005, J STAT SOFTW, V14, P1, DOI 10.18637/jss.v014.i06',
      article([['Zeileis', 'A']], 2005, undefined, 'J STAT SOFTW', { volume: '14', page: '1', DOI: ZOO_DOI }),
    ),
    ref(
      'wos-export.txt:7#2',
      'Zeileis A, 2005, J STAT SOFTW, V14, P1',
      article([['Zeileis', 'A']], 2005, undefined, 'J STAT SOFTW', { volume: '14', page: '1' }),
    ),
    ref(
      'ieee#3',
      '[3] A. Zeileis and G. Grothendieck, "zoo: S3 infrastructure for regular and irregular time series," J. Stat. Softw., vol. 14, no. 6, pp. 1-27, 2005.',
      article(ZG, 2005, ZOO_TITLE, 'J. Stat. Softw', { volume: '14', issue: '6', page: '1-27' }),
    ),
    ref(
      'gbt#1',
      '[1] ZEILEIS A, GROTHENDIECK G. zoo: S3 infrastructure for regular and irregular time series[J]. Journal of Statistical Software, 2005, 14(6): 1-27.',
      article([['ZEILEIS', 'A'], ['GROTHENDIECK', 'G']], 2005, ZOO_TITLE, 'Journal of Statistical Software', { volume: '14', issue: '6', page: '1-27', genre: '[J]' }),
    ),
  ];
}

/** Members of each work, works sorted by their first member. */
function groups(result: MatchResult): string[][] {
  return result.works.map((w) => w.members).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

function ruleOf(result: MatchResult, key: string): [string, number] {
  const a = result.assignments.find((x) => x.key === key);
  return a ? [a.rule, a.score] : ['none', 0];
}

describe('matchReferences', () => {
  it('collapses APA, Springer, WoS short (with and without DOI), IEEE and GB/T citations of one work', () => {
    const result = matchReferences(zooRefs());
    expect(result.works).toHaveLength(1);
    const work = result.works[0]!;
    expect(work.id).toBe('doi:10.18637/jss.v014.i06');
    expect(work.doi).toBe('10.18637/jss.v014.i06');
    expect(work.timesCited).toBe(6);
    expect(work.members).toEqual(['apa#1', 'gbt#1', 'ieee#3', 'springer#4', 'wos-export.txt:3#12', 'wos-export.txt:7#2']);
    expect(work.citation).toBe('Zeileis A, Grothendieck G (2005) zoo: S3 infrastructure for regular and irregular time series. J Stat Softw 14(6)');
    expect(result.assignments.map((a) => [a.key, a.rule, a.score])).toEqual([
      ['apa#1', 'doi', 1],
      ['gbt#1', 'title', 1],
      ['ieee#3', 'title', 1],
      ['springer#4', 'doi', 1],
      ['wos-export.txt:3#12', 'doi', 1],
      ['wos-export.txt:7#2', 'wos-short', 0.95],
    ]);
    expect(result.messages).toEqual([]);
  });

  it('collapses the same styles when they come through the reference parser', () => {
    const refs = zooRefs().map((r) => ({ ...r, csl: parseReference(r.raw) }));
    const result = matchReferences(refs);
    expect(result.works.map((w) => [w.id, w.members.length])).toEqual([['doi:10.18637/jss.v014.i06', 6]]);
  });

  it('keeps apart two works by the same author in the same year with different titles', () => {
    const result = matchReferences([
      ref('a#1', '', article([['Wang', 'Y']], 2019, 'Vocational education reform in Guangdong province', 'Journal of Vocational Education', { volume: '12', page: '45-60' })),
      ref('b#1', '', article([['Wang', 'Y']], 2019, 'Teacher training in rural primary schools', 'Journal of Vocational Education', { volume: '12', page: '101-118' })),
      ref('c#1', '', article([['Wang', 'Y.']], 2019, 'Vocational Education Reform in Guangdong Province', 'J Vocat Educ', { volume: '12', page: '45' })),
    ]);
    expect(result.works.map((w) => w.members)).toEqual([['a#1', 'c#1'], ['b#1']]);
    expect(ruleOf(result, 'c#1')).toEqual(['title', 1]);
    expect(ruleOf(result, 'b#1')).toEqual(['singleton', 1]);
  });

  it('keeps the many "Zhang J 2019" works apart and still matches a WoS short form by volume and page', () => {
    const zj = (title: string | undefined, container: string, volume: string, page: string): CslItem =>
      article([['Zhang', 'J']], 2019, title, container, { volume, page });
    const result = matchReferences([
      ref('p1#1', '', zj('School-enterprise cooperation in higher vocational colleges', 'Journal of Higher Education', '12', '45-60')),
      ref('p2#1', '', zj('Dual-qualified teachers and industry practice', 'Journal of Higher Education', '12', '61-80')),
      ref('p3#1', '', zj('Industrial colleges as organisational innovation', 'Vocational Education Research', '7', '10-19')),
      ref('p4#1', '', zj(undefined, 'J HIGH EDUC', '12', '61')),
      ref('p5#1', '', zj(undefined, 'J HIGH EDUC', '12', '200')),
      ref('p6#1', '', zj(undefined, 'VOCAT EDUC RES', '7', '10')),
      ref('p7#1', '', article([['Zhang', 'W']], 2019, 'School-enterprise cooperation in higher vocational colleges', 'Journal of Higher Education', { volume: '12', page: '45-60' })),
    ]);
    expect(groups(result)).toEqual([['p1#1'], ['p2#1', 'p4#1'], ['p3#1', 'p6#1'], ['p5#1'], ['p7#1']]);
    expect(ruleOf(result, 'p4#1')).toEqual(['wos-short', 0.95]);
  });

  it('attaches a short form without page to the only compatible work, and not when a member contradicts it', () => {
    const full = (key: string, given: string | undefined, extra: Partial<CslItem>): RefInput =>
      ref(key, '', { ...article([['Kovacs', given ?? '']], 2021, 'Data dashboards for partnership management', 'Journal of Educational Technology Systems Research', extra), ...(given ? {} : { author: [{ family: 'Kovacs' }] }) });
    const result = matchReferences([
      full('a#1', 'E', { volume: '9', page: '310-326' }),
      full('b#1', undefined, { volume: '9', page: '310-326' }),
      ref('c#1', '', article([['Kovacs', 'E']], 2021, undefined, 'J EDUC TECHNOL SYST RES', { volume: '9' })),
      // Another Kovacs: the work has a member without initial, but its other member says "E".
      ref('d#1', '', article([['Kovacs', 'T']], 2021, undefined, 'J EDUC TECHNOL SYST RES', { volume: '9' })),
      // A volume that contradicts the work.
      ref('e#1', '', article([['Kovacs', 'E']], 2021, undefined, 'J EDUC TECHNOL SYST RES', { volume: '10' })),
    ]);
    expect(groups(result)).toEqual([['a#1', 'b#1', 'c#1'], ['d#1'], ['e#1']]);
    expect(ruleOf(result, 'c#1')).toEqual(['wos-short', 0.88]);
  });

  it('matches journal abbreviations to full names, and not to other journals', () => {
    const full = (container: string, key: string): RefInput =>
      ref(key, '', article([['Smith', 'J']], 2018, undefined, container, { volume: '3', page: '17' }));
    const result = matchReferences([
      full('Proceedings of the National Academy of Sciences of the United States of America', 'a#1'),
      full('Proc Natl Acad Sci USA', 'b#1'),
      full('PROC NATL ACAD SCI', 'c#1'),
      full('Journal of Statistical Planning and Inference', 'd#1'),
    ]);
    // Without a title only source, volume and page link them; "PROC NATL ACAD SCI" lacks "USA" and stays alone.
    expect(result.works.map((w) => w.members)).toEqual([['a#1', 'b#1'], ['c#1'], ['d#1']]);
  });

  it('gives the same works, ids and assignments whatever the input order', () => {
    const refs = [
      ...zooRefs(),
      ref('x#1', '', article([['Lindqvist', 'P']], 2015, 'Work-based learning and the dual system', '')),
      ref('y#2', '', article([['Lindqvist', 'P.']], 2015, 'Work-Based Learning and the Dual System', '')),
      ref('z#3', 'Some text that is not a reference at all', null),
      ref('z#4', 'Some text that is not a reference at all.', null),
    ];
    const expected = JSON.stringify(matchReferences(refs));
    for (const seed of [1, 2, 3, 42]) {
      expect(JSON.stringify(matchReferences(shuffled(refs, seed)))).toBe(expected);
    }
    const r = matchReferences(refs);
    expect(ruleOf(r, 'z#4')).toEqual(['exact-raw', 1]);
  });

  it('gives the same result for 600 mixed references in any order, with block sizes that force sorted windows', () => {
    const surnames = ['Zhang', 'Wang', 'Li'];
    const words = ['school', 'enterprise', 'cooperation', 'policy', 'teacher', 'training', 'industry', 'college', 'reform', 'quality', 'platform', 'apprenticeship'];
    const refs: RefInput[] = [];
    let n = 0;
    for (let w = 0; w < 200; w++) {
      const family = surnames[w % 3]!;
      const year = 2018 + (w % 2);
      const title = [0, 1, 2, 3, 4].map((k) => words[(w * 7 + k * 5 + Math.floor(w / 12)) % words.length]).join(' ') + ` ${w}`;
      const journal = w % 2 === 0 ? 'Journal of Vocational Education' : 'Higher Education Quarterly';
      const abbrev = w % 2 === 0 ? 'J VOCAT EDUC' : 'HIGH EDUC Q';
      const volume = String(1 + (w % 30));
      const page = String(10 + w);
      refs.push(ref(`d${n++}#1`, '', article([[family, 'J']], year, title, journal, { volume, page: `${page}-${Number(page) + 9}` })));
      refs.push(ref(`d${n++}#2`, '', article([[family.toUpperCase(), 'J']], year, title.toUpperCase(), journal, { volume, page: `${page}-${Number(page) + 9}` })));
      refs.push(ref(`d${n++}#3`, '', article([[family, 'J']], year, undefined, abbrev, { volume, page })));
    }
    const block = { blockLimit: 16, window: 4 };
    const expected = matchReferences(refs, block);
    expect(expected.works).toHaveLength(200);
    expect(expected.works.every((w) => w.members.length === 3)).toBe(true);
    for (const seed of [7, 99]) expect(JSON.stringify(matchReferences(shuffled(refs, seed), block))).toBe(JSON.stringify(expected));
  });

  it('keeps work ids when another document is added', () => {
    const before = matchReferences(zooRefs().slice(0, 3));
    const after = matchReferences([
      ...zooRefs().slice(0, 3),
      ref('new#1', '', article([['Okafor', 'G']], 2020, 'Modern apprenticeship in transition', 'International Review of Work-Based Learning')),
    ]);
    const ids = (r: MatchResult): string[] => r.works.map((w) => w.id).sort();
    const added = ids(after).filter((id) => !ids(before).includes(id));
    expect(ids(before)).toEqual(['doi:10.18637/jss.v014.i06']);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^w:okafor-2020-[0-9a-f]{12}$/);
  });

  it('counts a work once per citing document when a list repeats it', () => {
    const csl = article([['Sato', 'K']], 2018, 'Apprentice contracts and the question of wages', 'Labour and Learning', { volume: '14', page: '88-101' });
    const result = matchReferences([ref('doc1#3', 'Sato 2018', csl), ref('doc1#9', 'Sato 2018', csl), ref('doc2#1', 'Sato 2018', csl)]);
    expect(result.works).toHaveLength(1);
    expect(result.works[0]!.timesCited).toBe(2);
    expect(result.works[0]!.members).toEqual(['doc1#3', 'doc1#9', 'doc2#1']);
    expect(result.assignments.map((a) => a.rule)).toEqual(['title', 'title', 'title']);
  });

  it('matches online-first and print years one apart with a lower score, and never two years apart', () => {
    const t = 'Governing partnerships through joint boards';
    const result = matchReferences([
      ref('a#1', '', article([['Rahman', 'F']], 2019, t, 'Journal of Education Governance', { volume: '5', page: '201-219' })),
      ref('b#1', '', article([['Rahman', 'F']], 2020, t, 'Journal of Education Governance', { volume: '5', page: '201-219' })),
      ref('c#1', '', article([['Rahman', 'F']], 2022, t, 'Journal of Education Governance', { volume: '5', page: '201-219' })),
    ]);
    expect(result.works.map((w) => w.members)).toEqual([['a#1', 'b#1'], ['c#1']]);
    expect(ruleOf(result, 'b#1')).toEqual(['title', 0.94]);
  });

  it('tolerates typos and dropped subtitles, but not conflicting DOIs or different part numbers', () => {
    const c = 'Comparative Review of Skills Policy';
    const result = matchReferences([
      ref('a#1', '', article([['Ferreira', 'D']], 2017, 'Order classes and the limits of customised training', c, { volume: '9', page: '301-318' })),
      ref('b#1', '', article([['Ferreira', 'D']], 2017, 'Order clases and the limits of customized training', c, { volume: '9', page: '301-318' })),
      ref('c#1', '', article([['Ferreira', 'D']], 2017, 'Order classes', 'and the limits of customised training', { page: '301-318' })),
      ref('d#1', '', article([['Ferreira', 'D']], 2017, 'Skills policy in transition, part I', c, { DOI: '10.5555/skills.a' })),
      ref('e#1', '', article([['Ferreira', 'D']], 2017, 'Skills policy in transition, part II', c, {})),
      ref('f#1', '', article([['Ferreira', 'D']], 2017, 'Skills policy in transition, part I', c, { DOI: '10.5555/skills.b' })),
    ]);
    expect(groups(result)).toEqual([['a#1', 'b#1', 'c#1'], ['d#1'], ['e#1'], ['f#1']]);
    expect(ruleOf(result, 'c#1')).toEqual(['title', 0.99]);
  });

  it('matches policy documents by 《》 title, by issuing body + title, and by document number across languages', () => {
    const refs: RefInput[] = [
      '[1] 国务院办公厅. 关于深化产教融合的若干意见[Z]. 国办发〔2017〕95号, 2017.',
      '[1] 国务院办公厅. 国务院办公厅关于深化产教融合的若干意见[EB/OL]. (2017-12-19)[2022-03-10]. http://www.gov.cn/zhengce/content/2017-12/19/content_5248564.htm.',
      '[6] General Office of the State Council, “Several opinions on deepening the integration of industry and education,” Guobanfa [2017] No. 95, Dec. 2017.',
      '《国家职业教育改革实施方案》(国发〔2019〕4号)',
      '国务院. 国务院关于印发国家职业教育改革实施方案的通知[Z]. 2019.',
      '[2] 国家产教融合工作协调小组. 关于深化产教融合推进校企协同育人的若干意见[Z]. 产教协〔2017〕5号, 2017.',
    ].map((raw, i) => ref(`d${i + 1}#1`, raw, parseReference(raw)));
    const result = matchReferences(refs);
    expect(result.works.map((w) => [w.id, w.members])).toEqual([
      ['pol:guobanfa-2017-95', ['d1#1', 'd2#1', 'd3#1']],
      ['pol:guofa-2019-4', ['d4#1', 'd5#1']],
      ['pol:chanjiaoxie-2017-5', ['d6#1']],
    ]);
    expect(result.assignments.map((a) => [a.key, a.rule])).toEqual([
      ['d1#1', 'doc-number'],
      ['d2#1', 'policy-title'],
      ['d3#1', 'doc-number'],
      ['d4#1', 'policy-title'],
      ['d5#1', 'policy-title'],
      ['d6#1', 'singleton'],
    ]);
  });

  it('does not merge authorless reports of the same series in different years', () => {
    const report = (year: number, edition: string): CslItem => ({
      type: 'report',
      author: [{ literal: '全国产教融合发展报告编写组' }],
      title: `中国产教融合发展年度报告（${edition}）`,
      issued: { 'date-parts': [[year]] },
    });
    const result = matchReferences([ref('a#1', '', report(2021, '2020')), ref('b#1', '', report(2022, '2021'))]);
    expect(result.works).toHaveLength(2);
  });

  it('does not chain a recurring policy title or an organisation\'s annual report across years', () => {
    const gwr = (year: number): CslItem => ({ type: 'report', author: [{ literal: '国务院' }], title: '政府工作报告', issued: { 'date-parts': [[year]] } });
    const eag = (year: number): CslItem => ({ type: 'report', author: [{ literal: 'OECD' }], title: 'Education at a Glance', issued: { 'date-parts': [[year]] }, publisher: 'OECD Publishing' });
    const result = matchReferences([
      ref('a#1', '', gwr(2019)),
      ref('b#1', '', gwr(2020)),
      ref('c#1', '', gwr(2021)),
      ref('d#1', '', gwr(2021)),
      ref('e#1', '', eag(2019)),
      ref('f#1', '', eag(2020)),
    ]);
    expect(groups(result)).toEqual([['a#1'], ['b#1'], ['c#1', 'd#1'], ['e#1'], ['f#1']]);
  });

  it('keeps unparsed references apart unless their text is the same', () => {
    const result = matchReferences([
      ref('a#1', '[4] ibid., p. 12', null),
      ref('b#1', '4. Ibid, p 12', null),
      ref('c#1', 'ibid., p. 13', null),
    ]);
    expect(result.works.map((w) => [w.id.slice(0, 4), w.members])).toEqual([
      ['raw:', ['a#1', 'b#1']],
      ['raw:', ['c#1']],
    ]);
    expect(ruleOf(result, 'b#1')).toEqual(['exact-raw', 1]);
  });

  it('lets the alias file split a reference off and merge two works', () => {
    const refs = [
      ...zooRefs(),
      ref('k#1', 'Kovacs E (2021) Data dashboards.', article([['Kovacs', 'E']], 2021, 'Data dashboards for partnership management', 'J Educ Technol Syst Res')),
      ref('k#2', 'Kovacs E (2021) Dashboards in polytechnics.', article([['Kovacs', 'E']], 2021, 'Dashboards in polytechnics: a second look', 'Polytechnic Review')),
    ];
    const plain = matchReferences(refs);
    const kovacs = plain.works.filter((w) => w.id.startsWith('w:kovacs')).map((w) => w.id).sort();
    expect(kovacs).toHaveLength(2);
    const aliasText = [
      'reference,work,note',
      '"Zeileis A, 2005, J STAT SOFTW, V14, P1",Zeileis 2005 (WoS),checked by hand',
      `${kovacs[1]},${kovacs[0]},same paper`,
      'w:nobody-1999-000000000000,Nobody 1999,',
    ].join('\n');
    const { aliases, messages } = parseAliases(aliasText, 'aliases.csv');
    expect(messages).toEqual([]);
    const result = matchReferences(refs, { aliases });
    expect(result.works.map((w) => [w.id, w.members])).toEqual([
      ['doi:10.18637/jss.v014.i06', ['apa#1', 'gbt#1', 'ieee#3', 'springer#4', 'wos-export.txt:3#12']],
      ['alias:zeileis-2005-wos', ['wos-export.txt:7#2']],
      [kovacs[0], ['k#1', 'k#2']],
    ]);
    expect(result.works[1]!.citation).toBe('Zeileis 2005 (WoS)');
    expect(ruleOf(result, 'wos-export.txt:7#2')).toEqual(['alias', 1]);
    // Both Kovacs references were singletons; now they share a work because of the alias file.
    expect(ruleOf(result, 'k#1')).toEqual(['alias', 1]);
    expect(ruleOf(result, 'k#2')).toEqual(['alias', 1]);
    expect(ruleOf(result, 'apa#1')).toEqual(['doi', 1]);
    expect(result.messages.map((m) => [m.rule, m.place?.line])).toEqual([['alias-unused', 4]]);
  });

  it('compares a 5,000-member "Anonymous 2020" block in sorted windows, not all pairs', () => {
    const refs: RefInput[] = [];
    for (let i = 0; i < 5000; i++) {
      const csl: CslItem = {
        type: 'article-journal',
        issued: { 'date-parts': [[2020]] },
        title: `Editorial note number ${i} on matters of the day ${(i * 7919) % 5000}`,
        'container-title': 'Nature',
        volume: String(500 + (i % 80)),
        page: String(i + 1),
      };
      refs.push(ref(`doc${i}#1`, '', csl));
      if (i % 10 === 0) refs.push(ref(`again${i}#1`, '', { ...csl, title: csl.title!.toUpperCase() }));
    }
    const start = performance.now();
    const result = matchReferences(refs);
    const ms = performance.now() - start;
    expect(result.works).toHaveLength(5000);
    expect(result.works.filter((w) => w.members.length === 2)).toHaveLength(500);
    // The upper-case repeats share their signature; sorted windows compare far fewer than the 12.5 M pairs.
    expect(result.stats.signatures).toBe(5000);
    expect(result.stats.comparisons).toBeLessThanOrEqual(5000 * 3 * 8);
    expect(ms).toBeLessThan(5000);
  });
});
