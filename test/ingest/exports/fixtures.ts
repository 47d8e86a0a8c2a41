import type { RawFile } from '../../../src/core/registry.js';

/** A RawFile from text (UTF-8) or bytes. */
export function rawFile(path: string, content: string | Uint8Array): RawFile {
  return { path, absPath: `/corpus/${path}`, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content };
}

/** UTF-16LE bytes with a byte order mark. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = c & 0xff;
    out[3 + 2 * i] = c >> 8;
  }
  return out;
}

/** UTF-8 bytes with a byte order mark. */
export function utf8bom(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/**
 * A Web of Science plain-text export made up for the tests: three records. Record 2 has a tag glued
 * to its value (`AUKim, Y`) and no ER line before record 3 begins.
 */
export const WOS_PLAIN = [
  'FN Clarivate Analytics Web of Science',
  'VR 1.0',
  'PT J',
  'AU Wang, L',
  '   Smith, JA',
  'AF Wang, Li',
  '   Smith, John A.',
  'TI Vocational education reform and the labour market: evidence from',
  '   twelve provinces',
  'SO JOURNAL OF EDUCATION POLICY',
  'LA English',
  'DT Article',
  'DE vocational education; labour market;',
  '   policy reform',
  'ID SKILLS; TRANSITION',
  'AB We study how the 2019 reform changed enrolment.',
  'C1 [Wang, Li] Beijing Normal Univ, Beijing, Peoples R China.',
  'CR Becker GS, 1964, HUMAN CAPITAL',
  '   Chen X, 2018, COMP EDUC REV, V62, P1, DOI 10.1086/695000',
  '   OECD, 2020, EDUCATION GLANCE',
  'NR 3',
  'TC 5',
  'Z9 6',
  'PU ROUTLEDGE',
  'SN 0268-0939',
  'J9 J EDUC POLICY',
  'PY 2021',
  'VL 36',
  'IS 4',
  'BP 501',
  'EP 520',
  'DI 10.1080/02680939.2020.0000001',
  'UT WOS:000600000000001',
  'ER',
  '',
  'PT J',
  'AU Li, M',
  'AUKim, Y',
  'TI School choice in Shanghai',
  'SO COMPARATIVE EDUCATION',
  'LA Chinese',
  'DT Article; Early Access',
  'CR Hirschman AO, 1970, EXIT VOICE LOYALTY',
  'NR 2',
  'EA MAR 2023',
  'UT WOS:000600000000002',
  '',
  'PT B',
  'AU Zhou, Q',
  'TI Teachers and the state',
  'PY 2019',
  'NR 0',
  'UT WOS:000600000000003',
  'ER',
  '',
  'EF',
  '',
].join('\n');

/** The same export as a Web of Science tab-delimited file (record 2 broken over two lines). */
export const WOS_TAB = [
  'PT\tAU\tAF\tTI\tSO\tLA\tDT\tDE\tAB\tCR\tNR\tTC\tPY\tDI\tUT\t',
  'J\tWang, L; Smith, JA\tWang, Li; Smith, John A.\tVocational education reform\tJOURNAL OF EDUCATION POLICY\tEnglish\tArticle\tvocational education; labour market\tWe study the reform.\tBecker GS, 1964, HUMAN CAPITAL; Chen X, 2018, COMP EDUC REV, V62, P1\t2\t5\t2021\t10.1080/02680939.2020.0000001\tWOS:000600000000001\t',
  'J\tLi, M; Kim, Y\tLi, Min; Kim, Yuna\tSchool choice in Shanghai\tCOMPARATIVE EDUCATION\tEnglish\tArticle\t\tParents choose',
  'schools.\tHirschman AO, 1970, EXIT VOICE LOYALTY\t1\t0\t2023\t\tWOS:000600000000002\t',
  'B\tZhou, Q\tZhou, Qing\tTeachers and the state\t\tEnglish\tBook\t\t\t\t0\t\t2019\t\tWOS:000600000000003\t',
  '',
].join('\r\n');

/** A RIS file: record 2 has a wrapped abstract, CR lines and no ER before record 3. */
export const RIS = [
  'TY  - JOUR',
  'AU  - Wang, Li',
  'AU  - Smith, John A.',
  'TI  - Vocational education reform',
  'T2  - Journal of Education Policy',
  'PY  - 2021///',
  'VL  - 36',
  'IS  - 4',
  'SP  - 501',
  'EP  - 520',
  'KW  - vocational education',
  'KW  - labour market; policy',
  'AB  - We study the reform.',
  'DO  - https://doi.org/10.1080/02680939.2020.0000001',
  'N1  - References: Becker, G.S., (1964) Human Capital; Chen, X., (2018) Comp Educ Rev, 62, p. 1',
  'ER  - ',
  '',
  'TY  - GOVDOC',
  'A1  - Ministry of Education',
  'T1  - Opinions on deepening vocational education reform',
  'Y1  - 2017/12/05/',
  'AB  - The opinions set out',
  'goals for 2025.',
  'CR  - State Council, 2014, Decision on vocational education',
  'CR  - MOE, 2015, Action plan',
  '',
  'TY  - CHAP',
  'AU  - Zhou, Qing',
  'TI  - Teachers and the state',
  'BT  - Handbook of Chinese Education',
  'PY  - 2019',
  'ER  - ',
  '',
].join('\n');

/** A BibTeX file: macros, '#', nested braces, accents, comments; entry 3 has an unclosed brace. */
export const BIBTEX = String.raw`% Exported for the tests
@string{jep = "Journal of Education Policy"}
@comment{jabref-meta: databaseType:bibtex;}

@article{wang2021,
  author = {Wang, Li and Smith, John A. and {Ministry of Education}},
  title = {Vocational {Education} Reform in {\"O}sterreich \& {China}},
  journal = jep # { (Online)},
  year = 2021,
  month = dec,
  volume = {36},
  pages = {501--520},
  doi = {10.1080/02680939.2020.0000001},
  keywords = {vocational education; labour market},
  abstract = {We study the reform --- and its effects on {\'e}lite schools.},
}

@Book{zhou2019,
  author    = "M{\"u}ller, Jos{\'e} and Zhou, Qing and others",
  title     = "Teachers and the {State}",
  publisher = {Routledge},
  year      = {2019}
  address   = {London}
}

@article{broken2020,
  author = {Li, Min},
  title = {A title whose brace is never closed,
  year = {2020},

@article{kim2022,
  author = {Kim, Yuna},
  title = {School choice in Shanghai},
  journal = {Comparative Education},
  year = {2022},
  Cited-References = {Hirschman AO, 1970, EXIT VOICE LOYALTY.
   Tiebout CM, 1956, J POLIT ECON, V64, P416, DOI 10.1086/257839.},
  Unique-ID = {WOS:000600000000002},
}
`;

/** CSL-JSON: two items and one that is not an object. */
export const CSL_JSON = JSON.stringify(
  [
    {
      id: 'wang2021',
      type: 'article-journal',
      title: 'Vocational education reform',
      author: [{ family: 'Wang', given: 'Li' }, { literal: '教育部' }, { family: 'Vries', given: 'Jan', 'non-dropping-particle': 'de' }],
      issued: { 'date-parts': [[2021, 12]] },
      'container-title': 'Journal of Education Policy',
      DOI: '10.1080/02680939.2020.0000001',
      keyword: 'vocational education, labour market',
      abstract: 'We study the reform.',
      language: 'en',
    },
    7,
    {
      id: 'law2022',
      type: 'legislation',
      title: '中华人民共和国职业教育法',
      issued: { raw: '2022-04-20' },
      authority: '全国人民代表大会常务委员会',
    },
  ],
  null,
  2,
);

/** A CNKI EndNote export: records 1 and 2 in Chinese, record 3 lacks its %0 line. */
export const ENDNOTE = [
  '%0 Journal Article',
  '%A 王立',
  '%A 李敏',
  '%+ 北京师范大学教育学部;',
  '%T 职业教育改革与劳动力市场',
  '%J 教育研究',
  '%D 2021',
  '%V 42',
  '%N 4',
  '%K 职业教育;劳动力市场；政策改革',
  '%X 本文研究了2019年改革对招生的影响。',
  '%P 12-20',
  '%@ 1002-5731',
  '%W CNKI',
  '',
  '%0 Thesis',
  '%A 周青;张华',
  '%T 教师与国家',
  '%D 2019',
  '%X 本研究考察了',
  '教师政策的演变。',
  '%W CNKI',
  '',
  '%A Kim, Yuna',
  '%T School choice in Shanghai',
  '%D 2022',
  '',
].join('\n');

/** A CNKI RefWorks export: record 2 lacks its RT line (a blank line split it). */
export const REFWORKS = [
  'RT Journal Article',
  'SR 1',
  'A1 王立;李敏;',
  'AD 北京师范大学教育学部,北京 100875;',
  'T1 职业教育改革与劳动力市场',
  'JF 教育研究',
  'YR 2021',
  'IS 04',
  'OP 12-20',
  'K1 职业教育;劳动力市场;政策改革',
  'AB 本文研究了2019年改革对招生的影响。',
  'SN 1002-5731',
  'CN 11-1281/G4',
  'LA 中文;',
  'DS CNKI',
  '',
  'A1 周青',
  'T1 教师与国家',
  'YR 2019',
  'DS CNKI',
  '',
].join('\n');

/** Plain prose saved as .txt: no reader of exports may claim it. */
export const PROSE = [
  'Notes on the 2019 vocational education reform',
  '',
  'TI is how some people abbreviate "technical institute"; PT means part time.',
  'The reform, in short, changed how students choose schools.',
  '',
].join('\n');
