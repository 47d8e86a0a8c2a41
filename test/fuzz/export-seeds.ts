// Valid bibliographic exports made up for the fuzz tests (not a test file itself): the same records
// written as Web of Science plain and tab-delimited, Scopus CSV, RIS, BibTeX, CSL-JSON, EndNote and
// RefWorks, with the lines each record occupies, so that a test can break one record and check its
// neighbours.
import type { Rng } from '../../src/graphs/rng.js';
import { between, pick } from '../../src/testing/fuzz.js';

/** One made-up bibliographic record. */
export interface SeedRecord {
  title: string;
  authors: { family: string; given: string }[];
  year: number;
  journal: string;
  abstract: string;
  keywords: string[];
  doi: string;
  refs: string[];
}

/** An export file as text, and the 0-based line range [start, end) of each record. */
export interface SeedExport {
  text: string;
  ranges: Array<[number, number]>;
}

const EN_TOPICS = ['Vocational education reform', 'School choice and equity', 'Teacher workload in rural schools', 'Higher education expansion', 'Early childhood policy'];
const ZH_TOPICS = ['职业教育改革研究', '义务教育均衡发展', '乡村教师队伍建设', '高等教育普及化', '学前教育政策分析'];
const FAMILIES = ['Wang', 'Li', 'Smith', 'Garcia', 'Müller', 'O’Brien', '张', '陈'];
const GIVENS = ['Li', 'Min', 'John A.', 'María', 'Jürgen', 'Siobhan', '三', '晓明'];
const JOURNALS = ['Journal of Education Policy', 'Comparative Education Review', '教育研究', 'Higher Education'];
const REFS = [
  'Becker GS, 1964, HUMAN CAPITAL',
  'Chen X, 2018, COMP EDUC REV, V62, P1, DOI 10.1086/695000',
  'OECD, 2020, EDUCATION GLANCE',
  '张三, 2019, 教育研究, V40, P12',
];

/** `n` records with distinct titles (each names its number), English or Chinese. */
export function seedRecords(rng: Rng, n: number): SeedRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const zh = rng() < 0.3;
    const title = zh ? `${pick(rng, ZH_TOPICS)}之${i + 1}号` : `${pick(rng, EN_TOPICS)} number ${i + 1}`;
    const authors = Array.from({ length: between(rng, 1, 3) }, () => ({ family: pick(rng, FAMILIES), given: pick(rng, GIVENS) }));
    return {
      title,
      authors,
      year: between(rng, 1990, 2024),
      journal: pick(rng, JOURNALS),
      abstract: zh ? '本文研究了改革对招生的影响。' : 'We study how the reform changed enrolment, in two steps.',
      keywords: zh ? ['职业教育', '政策'] : ['policy', 'reform'],
      doi: `10.1000/seed.${i + 1}`,
      refs: REFS.slice(0, between(rng, 0, REFS.length)),
    };
  });
}

/** Builds a line-based export: a header, then each record's lines. */
function lineExport(header: string[], records: SeedRecord[], write: (r: SeedRecord, i: number) => string[], footer: string[] = []): SeedExport {
  const lines = [...header];
  const ranges: Array<[number, number]> = [];
  records.forEach((r, i) => {
    const start = lines.length;
    lines.push(...write(r, i).flatMap((l) => l.split('\n'))); // a value may span lines (BibTeX Cited-References)
    ranges.push([start, lines.length]);
  });
  lines.push(...footer);
  return { text: `${lines.join('\n')}\n`, ranges };
}

const inverted = (a: { family: string; given: string }): string => `${a.family}, ${a.given}`;

/** Web of Science plain text (FN/VR header, PT...ER records, EF). */
export function wosPlain(records: SeedRecord[]): SeedExport {
  return lineExport(['FN Clarivate Analytics Web of Science', 'VR 1.0'], records, (r, i) => [
    'PT J',
    ...r.authors.map((a, k) => `${k === 0 ? 'AU' : '  '} ${inverted(a)}`),
    `TI ${r.title}`,
    `SO ${r.journal.toUpperCase()}`,
    'LA English',
    'DT Article',
    `DE ${r.keywords.join('; ')}`,
    `AB ${r.abstract}`,
    ...r.refs.map((ref, k) => `${k === 0 ? 'CR' : '  '} ${ref}`),
    `NR ${r.refs.length}`,
    `PY ${r.year}`,
    `DI ${r.doi}`,
    `UT WOS:${String(600000000000 + i).padStart(15, '0')}`,
    'ER',
    '',
  ], ['EF']);
}

/** Web of Science tab-delimited (a header of tags, one line per record). */
export function wosTab(records: SeedRecord[]): SeedExport {
  const header = 'PT\tAU\tAF\tTI\tSO\tLA\tDT\tDE\tAB\tCR\tNR\tPY\tDI\tUT\t';
  return lineExport([header], records, (r, i) => [
    [
      'J',
      r.authors.map(inverted).join('; '),
      r.authors.map(inverted).join('; '),
      r.title,
      r.journal.toUpperCase(),
      'English',
      'Article',
      r.keywords.join('; '),
      r.abstract,
      r.refs.join('; '),
      String(r.refs.length),
      String(r.year),
      r.doi,
      `WOS:${String(600000000000 + i).padStart(15, '0')}`,
      '',
    ].join('\t'),
  ]);
}

const csvCell = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Scopus CSV (quoted cells; the abstract of every other record spans two lines). */
export function scopusCsv(records: SeedRecord[]): SeedExport {
  const header = 'Authors,Author full names,Title,Year,Source title,DOI,Abstract,Author Keywords,References,Language of Original Document,Document Type,EID';
  return lineExport([header], records, (r, i) => {
    const abstract = i % 2 === 0 ? r.abstract : `${r.abstract}\nA second line.`;
    const row = [
      r.authors.map((a) => `${a.family} ${a.given.charAt(0)}.`).join('; '),
      r.authors.map(inverted).join('; '),
      r.title,
      String(r.year),
      r.journal,
      r.doi,
      abstract,
      r.keywords.join('; '),
      r.refs.map((ref) => `${ref}, (${r.year})`).join('; '),
      'English',
      'Article',
      `2-s2.0-${i + 1}`,
    ]
      .map(csvCell)
      .join(',');
    return row.split('\n');
  });
}

/** RIS (TY...ER records). */
export function ris(records: SeedRecord[]): SeedExport {
  return lineExport([], records, (r) => [
    'TY  - JOUR',
    ...r.authors.map((a) => `AU  - ${inverted(a)}`),
    `TI  - ${r.title}`,
    `T2  - ${r.journal}`,
    `PY  - ${r.year}///`,
    ...r.keywords.map((k) => `KW  - ${k}`),
    `AB  - ${r.abstract}`,
    `DO  - ${r.doi}`,
    ...r.refs.map((ref) => `CR  - ${ref}`),
    'ER  - ',
    '',
  ]);
}

/** BibTeX (one @article per record, with a @string and a comment before them). */
export function bibtex(records: SeedRecord[]): SeedExport {
  return lineExport(['% made for the fuzz tests', '@string{jep = "Journal of Education Policy"}', ''], records, (r, i) => [
    `@article{seed${i + 1},`,
    `  author = {${r.authors.map(inverted).join(' and ')}},`,
    `  title = {${r.title}},`,
    i % 3 === 0 ? '  journal = jep # { (Online)},' : `  journal = "${r.journal}",`,
    `  year = ${r.year},`,
    `  doi = {${r.doi}},`,
    `  keywords = {${r.keywords.join('; ')}},`,
    `  abstract = {${r.abstract}},`,
    ...(r.refs.length > 0 ? [`  Cited-References = {${r.refs.join('\n   ')}},`] : []),
    '}',
    '',
  ]);
}

/** CSL-JSON items (an array, as Zotero writes it). */
export function cslItems(records: SeedRecord[]): Record<string, unknown>[] {
  return records.map((r, i) => ({
    id: `seed${i + 1}`,
    type: 'article-journal',
    title: r.title,
    author: r.authors.map((a) => ({ family: a.family, given: a.given })),
    issued: { 'date-parts': [[r.year]] },
    'container-title': r.journal,
    DOI: r.doi,
    abstract: r.abstract,
    keyword: r.keywords.join(', '),
  }));
}

/** CSL-JSON text, pretty-printed. */
export function cslJson(records: SeedRecord[]): SeedExport {
  const text = JSON.stringify(cslItems(records), null, 2);
  return { text, ranges: [] };
}

/** EndNote tagged text (CNKI style: %0 ... , blank line between records). */
export function endnote(records: SeedRecord[]): SeedExport {
  return lineExport([], records, (r) => [
    '%0 Journal Article',
    ...r.authors.map((a) => `%A ${inverted(a)}`),
    `%T ${r.title}`,
    `%J ${r.journal}`,
    `%D ${r.year}`,
    `%K ${r.keywords.join(';')}`,
    `%X ${r.abstract}`,
    `%R ${r.doi}`,
    '%W CNKI',
    '',
  ]);
}

/** RefWorks tagged text (CNKI style: RT ... , blank line between records). */
export function refworks(records: SeedRecord[]): SeedExport {
  return lineExport([], records, (r) => [
    'RT Journal Article',
    `A1 ${r.authors.map(inverted).join(';')};`,
    `T1 ${r.title}`,
    `JF ${r.journal}`,
    `YR ${r.year}`,
    `K1 ${r.keywords.join(';')}`,
    `AB ${r.abstract}`,
    `DO ${r.doi}`,
    'DS CNKI',
    '',
  ]);
}
