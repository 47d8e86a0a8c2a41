import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../src/references/csl.js';
import { parseReference } from '../../src/references/parse-reference.js';

/** Reference strings written for these tests, with the exact CSL-JSON the parser must give. */
const CASES: [string, string, CslItem][] = [
  [
    'numbered, quoted title (IEEE)',
    '[1] Y.Q. Duan. "Research on the integration of industry and education in vocational colleges," Fortune Time, vol. 1, pp. 168-171, 2019.',
    {
      type: 'article-journal',
      author: [{ family: 'Duan', given: 'Y.Q.' }],
      issued: { 'date-parts': [[2019]] },
      title: 'Research on the integration of industry and education in vocational colleges',
      'container-title': 'Fortune Time',
      volume: '1',
      page: '168-171',
    },
  ],
  [
    'numbered, three authors with "and", issue number',
    '[2] L. Chen, M. Wang and K. Liu, "School-enterprise cooperation in higher vocational education: A case study," IEEE Access, vol. 8, no. 3, pp. 1021-1030, 2020.',
    {
      type: 'article-journal',
      author: [
        { family: 'Chen', given: 'L.' },
        { family: 'Wang', given: 'M.' },
        { family: 'Liu', given: 'K.' },
      ],
      issued: { 'date-parts': [[2020]] },
      title: 'School-enterprise cooperation in higher vocational education: A case study',
      'container-title': 'IEEE Access',
      volume: '8',
      issue: '3',
      page: '1021-1030',
    },
  ],
  [
    'APA with a DOI link',
    'Smith, J. A., & Lee, K. (2019). Partnerships between firms and colleges. Journal of Vocational Policy, 12(3), 45–67. https://doi.org/10.1234/jvp.2019.045',
    {
      type: 'article-journal',
      author: [
        { family: 'Smith', given: 'J. A.' },
        { family: 'Lee', given: 'K.' },
      ],
      issued: { 'date-parts': [[2019]] },
      title: 'Partnerships between firms and colleges',
      'container-title': 'Journal of Vocational Policy',
      volume: '12',
      issue: '3',
      page: '45-67',
      DOI: '10.1234/jvp.2019.045',
    },
  ],
  [
    'Harvard book with edition, place and publisher',
    'Brown, T. and Green, P. (2016) Work-based learning in England. 2nd edn. London: Routledge.',
    {
      type: 'book',
      author: [
        { family: 'Brown', given: 'T.' },
        { family: 'Green', given: 'P.' },
      ],
      issued: { 'date-parts': [[2016]] },
      title: 'Work-based learning in England',
      publisher: 'Routledge',
      'publisher-place': 'London',
      edition: '2nd edn',
    },
  ],
  [
    'Chicago author-date, inverted then direct name',
    'Wright, Anna, and Daniel Moore. 2018. "Apprenticeship Reform and the State." Comparative Education Review 62 (4): 512–35.',
    {
      type: 'article-journal',
      author: [
        { family: 'Wright', given: 'Anna' },
        { family: 'Moore', given: 'Daniel' },
      ],
      issued: { 'date-parts': [[2018]] },
      title: 'Apprenticeship Reform and the State',
      'container-title': 'Comparative Education Review',
      volume: '62',
      issue: '4',
      page: '512-35',
    },
  ],
  [
    'jss style of R vignettes',
    'Zeileis A, Grothendieck G (2005). "zoo: S3 Infrastructure for Regular and Irregular Time Series." Journal of Statistical Software, 14(6), 1–27. doi:10.18637/jss.v014.i06.',
    {
      type: 'article-journal',
      author: [
        { family: 'Zeileis', given: 'A' },
        { family: 'Grothendieck', given: 'G' },
      ],
      issued: { 'date-parts': [[2005]] },
      title: 'zoo: S3 Infrastructure for Regular and Irregular Time Series',
      'container-title': 'Journal of Statistical Software',
      volume: '14',
      issue: '6',
      page: '1-27',
      DOI: '10.18637/jss.v014.i06',
    },
  ],
  [
    'author, year, title. journal, volume(issue): pages',
    'Zhang J, 2022, Exploration of the dual-qualified teacher team in applied universities. Journal of Hebei Normal University, 22(02): 82–85.',
    {
      type: 'article-journal',
      author: [{ family: 'Zhang', given: 'J' }],
      issued: { 'date-parts': [[2022]] },
      title: 'Exploration of the dual-qualified teacher team in applied universities',
      'container-title': 'Journal of Hebei Normal University',
      volume: '22',
      issue: '02',
      page: '82-85',
    },
  ],
  [
    'GB/T 7714 journal article in Chinese',
    '[3] 张三, 李四. 产教融合背景下高职院校人才培养模式研究[J]. 中国职业技术教育, 2019, 39(12): 72-74.',
    {
      type: 'article-journal',
      genre: '[J]',
      title: '产教融合背景下高职院校人才培养模式研究',
      author: [{ literal: '张三' }, { literal: '李四' }],
      'container-title': '中国职业技术教育',
      volume: '39',
      issue: '12',
      page: '72-74',
      issued: { 'date-parts': [[2019]] },
      language: 'zh',
    },
  ],
  [
    'GB/T 7714 book with place, publisher and pages',
    '[4] 王五. 职业教育校企合作机制研究[M]. 北京: 高等教育出版社, 2018: 12-15.',
    {
      type: 'book',
      genre: '[M]',
      title: '职业教育校企合作机制研究',
      author: [{ literal: '王五' }],
      'publisher-place': '北京',
      publisher: '高等教育出版社',
      page: '12-15',
      issued: { 'date-parts': [[2018]] },
      language: 'zh',
    },
  ],
  [
    'GB/T 7714 policy document with a document number',
    '[5] 国务院办公厅. 关于深化产教融合的若干意见: 国办发〔2017〕95号[A/EB/OL]. (2017-12-19)[2020-01-01]. http://www.gov.cn/zhengce/content/2017-12/19/content_5248564.htm.',
    {
      type: 'document',
      genre: '[A/EB/OL]',
      title: '关于深化产教融合的若干意见',
      number: '国办发〔2017〕95号',
      author: [{ literal: '国务院办公厅' }],
      issued: { 'date-parts': [[2017, 12, 19]] },
      URL: 'http://www.gov.cn/zhengce/content/2017-12/19/content_5248564.htm',
      language: 'zh',
    },
  ],
  [
    'GB/T 7714 with 等 and two-character surnames kept whole',
    '[6] 欧阳明, 司马光, 赵六, 等. 应用型本科高校双师型教师队伍建设[J]. 高等工程教育研究, 2021(3): 45-50.',
    {
      type: 'article-journal',
      genre: '[J]',
      title: '应用型本科高校双师型教师队伍建设',
      author: [{ literal: '欧阳明' }, { literal: '司马光' }, { literal: '赵六' }],
      'container-title': '高等工程教育研究',
      issue: '3',
      page: '45-50',
      issued: { 'date-parts': [[2021]] },
      language: 'zh',
    },
  ],
  [
    'GB/T 7714 in English with et al.',
    '[7] CHEN L, WANG M, LIU K, et al. Industry-education integration in China: policy and practice[J]. Asia Pacific Education Review, 2020, 21(2): 233-245.',
    {
      type: 'article-journal',
      genre: '[J]',
      title: 'Industry-education integration in China: policy and practice',
      author: [
        { family: 'CHEN', given: 'L' },
        { family: 'WANG', given: 'M' },
        { family: 'LIU', given: 'K' },
      ],
      'container-title': 'Asia Pacific Education Review',
      volume: '21',
      issue: '2',
      page: '233-245',
      issued: { 'date-parts': [[2020]] },
    },
  ],
  [
    'GB/T 7714 with full-width punctuation',
    '[8] 李明，王芳．校企合作的困境与出路[J]．教育研究，2020，41（3）：55-62．',
    {
      type: 'article-journal',
      genre: '[J]',
      title: '校企合作的困境与出路',
      author: [{ literal: '李明' }, { literal: '王芳' }],
      'container-title': '教育研究',
      volume: '41',
      issue: '3',
      page: '55-62',
      issued: { 'date-parts': [[2020]] },
      language: 'zh',
    },
  ],
  [
    'GB/T 7714 author-year',
    '刘洋, 2020. 高职院校产教融合的实践路径[J]. 职业技术教育 (5): 38-39.',
    {
      type: 'article-journal',
      genre: '[J]',
      title: '高职院校产教融合的实践路径',
      author: [{ literal: '刘洋' }],
      'container-title': '职业技术教育',
      issue: '5',
      page: '38-39',
      issued: { 'date-parts': [[2020]] },
      language: 'zh',
    },
  ],
  [
    'Web of Science short form',
    'Zhang J, 2019, J HIGH EDUC, V12, P45, DOI 10.1234/abc',
    {
      type: 'article-journal',
      author: [{ family: 'Zhang', given: 'J' }],
      issued: { 'date-parts': [[2019]] },
      'container-title': 'J HIGH EDUC',
      volume: '12',
      page: '45',
      DOI: '10.1234/abc',
    },
  ],
  [
    'policy document: title in 《》, number, issuing body, year',
    '《国家职业教育改革实施方案》(国发〔2019〕4号), 国务院, 2019.',
    {
      language: 'zh',
      number: '国发〔2019〕4号',
      title: '国家职业教育改革实施方案',
      author: [{ literal: '国务院' }],
      issued: { 'date-parts': [[2019]] },
      type: 'legislation',
    },
  ],
  [
    'policy document in English with its number',
    "State Council of the People's Republic of China. (2017). Opinions on deepening the integration of industry and education (Guo Ban Fa [2017] No. 95). Beijing: State Council.",
    {
      type: 'book',
      author: [{ literal: "State Council of the People's Republic of China" }],
      issued: { 'date-parts': [[2017]] },
      title: 'Opinions on deepening the integration of industry and education',
      publisher: 'State Council',
      'publisher-place': 'Beijing',
      number: 'Guo Ban Fa [2017] No. 95',
    },
  ],
  [
    'Vancouver: "Smith J, Lee K"',
    'Smith J, Lee K. Vocational learning in firms. J Vocat Educ Train. 2017;69(2):201-15.',
    {
      type: 'article-journal',
      author: [
        { family: 'Smith', given: 'J' },
        { family: 'Lee', given: 'K' },
      ],
      issued: { 'date-parts': [[2017]] },
      title: 'Vocational learning in firms',
      'container-title': 'J Vocat Educ Train',
      volume: '69',
      issue: '2',
      page: '201-15',
    },
  ],
  [
    'direct names: "J. Smith and K. Lee", comma-separated fields',
    'J. Smith and K. Lee, Skills policy in transition, Oxford Review of Education, 41 (2015) 110-128.',
    {
      type: 'article-journal',
      author: [
        { family: 'Smith', given: 'J.' },
        { family: 'Lee', given: 'K.' },
      ],
      issued: { 'date-parts': [[2015]] },
      title: 'Skills policy in transition',
      'container-title': 'Oxford Review of Education',
      volume: '41',
      page: '110-128',
    },
  ],
  [
    'BibTeX-like names: "Smith, John and Lee, Kim"',
    'Smith, John and Lee, Kim. Regional skills ecosystems. Regional Studies, 2014, 48(5): 900-912.',
    {
      type: 'article-journal',
      author: [
        { family: 'Smith', given: 'John' },
        { family: 'Lee', given: 'Kim' },
      ],
      issued: { 'date-parts': [[2014]] },
      title: 'Regional skills ecosystems',
      'container-title': 'Regional Studies',
      volume: '48',
      issue: '5',
      page: '900-912',
    },
  ],
  [
    'APA names: "Smith, J., Lee, K., & Wang, X."',
    'Smith, J., Lee, K., & Wang, X. (2021). Dual training systems revisited. Education + Training, 63(1), 1-19.',
    {
      type: 'article-journal',
      author: [
        { family: 'Smith', given: 'J.' },
        { family: 'Lee', given: 'K.' },
        { family: 'Wang', given: 'X.' },
      ],
      issued: { 'date-parts': [[2021]] },
      title: 'Dual training systems revisited',
      'container-title': 'Education + Training',
      volume: '63',
      issue: '1',
      page: '1-19',
    },
  ],
  [
    'organisation as author',
    'Ministry of Education. (2019). Guidelines on school-enterprise cooperation. Beijing: Higher Education Press.',
    {
      type: 'book',
      author: [{ literal: 'Ministry of Education' }],
      issued: { 'date-parts': [[2019]] },
      title: 'Guidelines on school-enterprise cooperation',
      publisher: 'Higher Education Press',
      'publisher-place': 'Beijing',
    },
  ],
  [
    'quoted title, magazine with an issue date only',
    'Wei Zhang, “Apprenticeships Return to the Classroom,” Education Weekly, March 3, 2015, 12.',
    {
      type: 'article-journal',
      author: [{ family: 'Zhang', given: 'Wei' }],
      issued: { 'date-parts': [[2015, 3]] },
      title: 'Apprenticeships Return to the Classroom',
      'container-title': 'Education Weekly',
    },
  ],
  [
    'IEEE, journal abbreviated word by word',
    '[4] K. Liu and M. Wang, “Dual training in vocational schools,” Int. J. Voc. Educ. Train., vol. 27, no. 5, pp. 755–771, May 2016.',
    {
      type: 'article-journal',
      author: [
        { family: 'Liu', given: 'K.' },
        { family: 'Wang', given: 'M.' },
      ],
      issued: { 'date-parts': [[2016, 5]] },
      title: 'Dual training in vocational schools',
      'container-title': 'Int. J. Voc. Educ. Train',
      volume: '27',
      issue: '5',
      page: '755-771',
    },
  ],
  [
    'a title with a second sentence before an abbreviated journal, pages that look like years',
    'Chen, L.; Wang, M. Teacher shortages in rural schools. A systematic review of policy responses. J. Educ. Pol. Anal. 2018, 12, 2011–2029.',
    {
      type: 'article-journal',
      author: [
        { family: 'Chen', given: 'L.' },
        { family: 'Wang', given: 'M.' },
      ],
      issued: { 'date-parts': [[2018]] },
      title: 'Teacher shortages in rural schools. A systematic review of policy responses',
      'container-title': 'J. Educ. Pol. Anal',
      volume: '12',
      page: '2011-2029',
    },
  ],
  [
    'names with bare initials separated by periods, et al.',
    '12. Okafor, CN. Mensah, KA. Diallo, B. et al. (2017). Youth employment and technical training. Journal of African Education, 9: 37-46.',
    {
      type: 'article-journal',
      author: [
        { family: 'Okafor', given: 'CN' },
        { family: 'Mensah', given: 'KA' },
        { family: 'Diallo', given: 'B.' },
      ],
      issued: { 'date-parts': [[2017]] },
      title: 'Youth employment and technical training',
      'container-title': 'Journal of African Education',
      volume: '9',
      page: '37-46',
    },
  ],
  [
    'Czech list with "a", family names in capitals',
    'NOVAK, Petra, Jan DVORAK a Eva KRALOVA, 2014. Vocational schools after the reform. Studia Paedagogica. 19(2), 116-132.',
    {
      type: 'article-journal',
      author: [
        { family: 'NOVAK', given: 'Petra' },
        { family: 'DVORAK', given: 'Jan' },
        { family: 'KRALOVA', given: 'Eva' },
      ],
      issued: { 'date-parts': [[2014]] },
      title: 'Vocational schools after the reform',
      'container-title': 'Studia Paedagogica',
      volume: '19',
      issue: '2',
      page: '116-132',
    },
  ],
  [
    'full names closed by the year, no "and"',
    'Ortega, Lucia, Mark Feldman, Ana Ruiz, 2012, School governance in transition, Comparative Education Review 56 (3): 410-33.',
    {
      type: 'article-journal',
      author: [
        { family: 'Ortega', given: 'Lucia' },
        { family: 'Feldman', given: 'Mark' },
        { family: 'Ruiz', given: 'Ana' },
      ],
      issued: { 'date-parts': [[2012]] },
      title: 'School governance in transition',
      'container-title': 'Comparative Education Review',
      volume: '56',
      issue: '3',
      page: '410-33',
    },
  ],
  [
    'one volume of a collected edition (Chicago)',
    'Dewey, John. Democracy and Education. Vol. 9 of The Middle Works. Carbondale: Southern Illinois University Press, 1980.',
    {
      type: 'chapter',
      author: [{ family: 'Dewey', given: 'John' }],
      issued: { 'date-parts': [[1980]] },
      title: 'Democracy and Education',
      'container-title': 'The Middle Works',
      volume: '9',
      publisher: 'Southern Illinois University Press',
      'publisher-place': 'Carbondale',
    },
  ],
  [
    'chapter pages before "in" and the editor',
    'Hughes, Anna, ‘Learning to Lead’ (27-38) in Mark Cole (ed.), Leadership in Further Education: New Perspectives, London: Kogan, 2008.',
    {
      type: 'chapter',
      author: [{ family: 'Hughes', given: 'Anna' }],
      editor: [{ family: 'Cole', given: 'Mark' }],
      issued: { 'date-parts': [[2008]] },
      title: 'Learning to Lead',
      'container-title': 'Leadership in Further Education: New Perspectives',
      page: '27-38',
      publisher: 'Kogan',
      'publisher-place': 'London',
    },
  ],
  [
    'a conference acronym is not a Roman volume number',
    '[7] T. Ito and R. Sato, “Predicting dropout from attendance records,” ICALT, 2019.',
    {
      type: 'article-journal',
      author: [
        { family: 'Ito', given: 'T.' },
        { family: 'Sato', given: 'R.' },
      ],
      issued: { 'date-parts': [[2019]] },
      title: 'Predicting dropout from attendance records',
      'container-title': 'ICALT',
    },
  ],
  [
    'the journal after the title\'s last colon (USGS style)',
    'R.K. Moss and D.B. Hale, 2003, Measuring school access: Travel times in rural districts: Journal of Rural Education Research, v. 18(2), pp. 143–164.',
    {
      type: 'article-journal',
      author: [
        { family: 'Moss', given: 'R.K.' },
        { family: 'Hale', given: 'D.B.' },
      ],
      issued: { 'date-parts': [[2003]] },
      title: 'Measuring school access: Travel times in rural districts',
      'container-title': 'Journal of Rural Education Research',
      volume: '18',
      issue: '2',
      page: '143-164',
    },
  ],
  [
    'nested guillemets in a French title',
    'DURAND, Claire, « La « réforme » du lycée professionnel en débat », Revue française de pédagogie, mars 2011, pp. 30-37.',
    {
      type: 'article-journal',
      author: [{ family: 'DURAND', given: 'Claire' }],
      issued: { 'date-parts': [[2011, 3]] },
      title: 'La « réforme » du lycée professionnel en débat',
      'container-title': 'Revue française de pédagogie',
      page: '30-37',
    },
  ],
  [
    'a short reference to an edited book cited elsewhere',
    'Brown, Kate. “Colleges and Their Towns.” In Miller and Ortiz, 15–51.',
    {
      type: 'document',
      author: [{ family: 'Brown', given: 'Kate' }],
      title: 'Colleges and Their Towns',
      page: '15-51',
    },
  ],
];

describe('parseReference', () => {
  for (const [name, raw, expected] of CASES) {
    it(`reads ${name}`, () => {
      expect(parseReference(raw)).toEqual(expected);
    });
  }

  it('keeps Chinese names whole, one literal per person', () => {
    const item = parseReference('[9] 司马相如, 上官婉儿. 职业教育政策研究[M]. 上海: 华东师范大学出版社, 2020.');
    expect(item?.author).toEqual([{ literal: '司马相如' }, { literal: '上官婉儿' }]);
  });

  it('returns null for text that is not a reference', () => {
    const garbage = [
      '',
      '   ',
      '!!!!????',
      '.....',
      '------',
      'Page 3 of 12',
      'Figure 3',
      'hello world',
      '1234567890',
      'References',
      '参考文献',
      'Table 2. Results',
      '[1]',
      '①',
      '(((())))',
    ];
    for (const g of garbage) expect(parseReference(g), g).toBeNull();
  });

  it('returns null for a line longer than 10,000 characters', () => {
    expect(parseReference(`Smith, J. (2019). ${'word '.repeat(2500)}`)).toBeNull();
  });

  it('is deterministic', () => {
    const raw = CASES[2]![1];
    expect(JSON.stringify(parseReference(raw))).toBe(JSON.stringify(parseReference(raw)));
  });
});

describe('parseReference running time', () => {
  /** Lines of 10,000 characters built to defeat regular expressions that backtrack. */
  const hostile: [string, string][] = [
    ['letters', 'a'.repeat(10_000)],
    ['punctuation', '.,;:!?'.repeat(1_667).slice(0, 10_000)],
    ['question marks', '? '.repeat(5_000)],
    ['periods', '. '.repeat(5_000)],
    ['open brackets', '('.repeat(10_000)],
    ['quotes', '"'.repeat(10_000)],
    ['book-title marks', '《'.repeat(5_000) + '》'.repeat(5_000)],
    ['name list', 'Smith, J., '.repeat(909)],
    ['initials', 'A. '.repeat(3_333)],
    ['Chinese names', '张三, '.repeat(2_500)],
    ['and', ', and '.repeat(1_666)],
    ['abbreviations', 'Proc. '.repeat(1_666)],
    ['type markers', '[J]'.repeat(3_333)],
    ['years', '(2019) '.repeat(1_428)],
    ['volumes', 'Vol. 1, '.repeat(1_250)],
    ['URLs', 'http://x.org/'.repeat(769)],
    ['sentences', `${'x'.repeat(50)}. `.repeat(192)],
    ['colons', 'ab: '.repeat(2_500)],
    ['repeated references', 'Smith, J. A., & Lee, K. (2019). Title. Journal, 12(3), 45–67. '.repeat(150)],
    ['names closed by periods', 'Als, TD. '.repeat(1_112)],
    ['capital family names', 'CROSS, Marita, '.repeat(667)],
    ['nested single quotes', '‘a ‘b '.repeat(1_667)],
    ['guillemets', '« a '.repeat(2_500)],
    ['ranges after words', 'Conference 187-94 '.repeat(556)],
    ['short in-references', 'In Keane and Smith, '.repeat(500)],
    ['volumes of works', 'Vol. 4 of '.repeat(1_000)],
    ['reviews', '"T." Review of '.repeat(667)],
  ];

  for (const [name, line] of hostile) {
    it(`parses a 10,000-character line of ${name} in under a second`, () => {
      const text = line.slice(0, 10_000);
      const t0 = performance.now();
      parseReference(text);
      expect(performance.now() - t0).toBeLessThan(1_000);
    });
  }

  it('parses 5,000 reference lines in under 20 seconds', () => {
    const lines = Array.from(
      { length: 5_000 },
      (_, i) => `[${i + 1}] Smith, J. A., & Lee, K. (20${String(i % 25).padStart(2, '0')}). Title number ${i}. Journal of Things, ${i % 40}(${i % 4}), ${i}-${i + 10}.`,
    );
    const t0 = performance.now();
    const parsed = lines.map((l) => parseReference(l));
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(parsed.every((p) => p !== null && p.title !== undefined)).toBe(true);
    expect(parsed[7]?.issued).toEqual({ 'date-parts': [[2007]] });
  });
});
