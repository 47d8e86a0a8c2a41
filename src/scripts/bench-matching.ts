/**
 * Benchmark of reference matching (src/references/match) on generated citations (seeded: the same
 * on every run). A set of works (journal articles, books, Chinese articles, Chinese policy
 * documents, anonymous items) is cited with Zipf-distributed popularity; every citation is one of
 * the works rendered in a style (APA, IEEE, GB/T English and Chinese, Springer, Web of Science
 * short form with and without DOI, 《》 policy form, English policy form) with noise: abbreviated
 * or full journal, missing DOI, page or volume, typos and dropped subtitles in titles, year off by
 * one. The generator knows which work each citation names, so the merge is scored pairwise.
 *
 *   - parse: ~50,000 rendered strings through parseReference (refs/s), then matched and scored;
 *   - match: 100,000 and 1,000,000 citations given as CSL items the way the parser gives them
 *     (each run in a child process, so its time and peak memory are its own).
 *
 *   node dist/scripts/bench-matching.js [--parse 50000] [--sizes 100000,1000000]
 *   node dist/scripts/bench-matching.js --child 1000000      (one matching run, prints JSON)
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CslItem, CslName } from '../references/csl.js';
import { matchReferences } from '../references/match/match-references.js';
import type { MatchResult, MatchStats, RefInput } from '../references/match/types.js';
import { parseReference } from '../references/parse-reference.js';
import { createRng } from '../graphs/rng.js';


type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const chance = (r: Rand, p: number): boolean => r() < p;

/** Cumulative Zipf weights over n ranks with exponent s, for sampling by binary search. */
function zipf(n: number, s: number): Float64Array {
  const c = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += 1 / Math.pow(k + 1, s);
    c[k] = sum;
  }
  for (let k = 0; k < n; k++) c[k] = c[k]! / sum;
  return c;
}

function sampleZipf(c: Float64Array, r: Rand): number {
  const u = r();
  let lo = 0;
  let hi = c.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const WORDS = `school enterprise cooperation integration industry college vocational education teacher training
student policy government local system funding practice talent development reform curriculum quality evaluation
platform digital resource sharing mechanism problem motivation benefit cost apprenticeship internship base skill
employment market economy regional province national ministry implementation incentive tax land finance
management governance responsibility partnership university learning teaching assessment outcome equity access
labour workplace transition pathway credential qualification framework standard competence innovation
entrepreneurship technology automation work future youth adult lifelong continuing higher secondary rural urban
migrant gender inequality mobility network alliance cluster park zone city county village family community
evidence survey panel experiment case study comparative analysis review model theory perspective approach
effect impact determinant factor barrier driver strategy design evaluation measurement index indicator data
knowledge transfer research productivity patent spillover collaboration engagement stakeholder institution
organization leadership culture identity career choice aspiration expectation satisfaction wage return`
  .split(/\s+/)
  .filter(Boolean);
const CONNECT = ['of', 'and', 'in', 'for', 'on', 'the', 'through', 'between', 'among', 'under'];
const ZH_CHARS =
  '产教融合校企合作职业教育人才培养机制体制实训基地双师型教师现代学徒制产业学院高校政府政策问题研究建设推进深化完善发展改革创新服务质量评价标准课程专业学生实习资源共享平台经费投入激励地方区域行业组织管理治理责任协议动力效益成本路径模式实践困境对策视角理论逻辑分析比较调查';
const ZH_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const ZH_GIVEN = '建华明强伟芳军敏静丽勇艳杰涛超霞平刚桂英玉兰秀云志红亮飞海波宁鹏辉斌玲燕';
const HEAD_SURNAMES = ['Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Smith', 'Kim', 'Lee', 'Nguyen', 'Garcia', 'Müller', 'Johnson', 'Brown', 'Xu', 'Sun'];
const SYLLABLES = 'ka ri to me su na lo pe vi ra de mo ti ne sa ku be lu fa gi ho ja ze xo wa ye an el or is'.split(' ');
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWYZ';

/** ISO 4-like abbreviations of journal words. */
const ABBREV: Record<string, string> = {
  journal: 'J',
  international: 'Int',
  review: 'Rev',
  education: 'Educ',
  educational: 'Educ',
  research: 'Res',
  studies: 'Stud',
  vocational: 'Vocat',
  technology: 'Technol',
  science: 'Sci',
  social: 'Soc',
  management: 'Manag',
  economics: 'Econ',
  psychology: 'Psychol',
  learning: 'Learn',
  higher: 'High',
  quarterly: 'Q',
  development: 'Dev',
  teacher: 'Teach',
  training: 'Train',
  comparative: 'Comp',
  administration: 'Adm',
  policy: 'Policy',
  labour: 'Labour',
  economic: 'Econ',
  european: 'Eur',
  american: 'Am',
  asian: 'Asian',
  chinese: 'Chin',
  applied: 'Appl',
  statistical: 'Stat',
  software: 'Softw',
  innovation: 'Innov',
  sociology: 'Sociol',
  planning: 'Plan',
  industrial: 'Ind',
  relations: 'Relat',
  work: 'Work',
  skills: 'Skills',
  assessment: 'Assess',
  evaluation: 'Eval',
};
const J_FIELDS = ['Education', 'Vocational Education', 'Higher Education', 'Educational Research', 'Labour Economics', 'Innovation Studies', 'Teacher Training', 'Social Policy', 'Industrial Relations', 'Educational Administration', 'Skills Development', 'Comparative Education', 'Work and Learning', 'Educational Evaluation', 'Applied Psychology', 'Technology Management'];
const J_PATTERNS = ['Journal of {f}', 'International Journal of {f}', '{f} Review', '{f} Quarterly', 'European Journal of {f}', 'Asian Journal of {f}', '{f} Research', 'Studies in {f}', 'Journal of {f} and Development', 'American Journal of {f}'];

interface Journal {
  full: string;
  abbrev: string;
  wos: string;
}

function makeJournals(r: Rand, n: number): Journal[] {
  const seen = new Set<string>();
  const out: Journal[] = [];
  for (let guard = 0; out.length < n && guard < n * 20; guard++) {
    let full = pick(r, J_PATTERNS).replace('{f}', pick(r, J_FIELDS));
    if (out.length >= 120) full += ` ${pick(r, ['Letters', 'Science', 'Perspectives', 'Studies', 'Practice', 'Systems', 'Policy', 'Analysis', 'Forum', 'Bulletin'])}`;
    if (out.length >= 400) full = `${pick(r, ['Chinese', 'Nordic', 'Pacific', 'Baltic', 'Andean', 'Gulf', 'Alpine', 'Sahel'])} ${full}`;
    if (seen.has(full)) continue;
    seen.add(full);
    const words = full.split(' ').filter((w) => !['of', 'and', 'in', 'the'].includes(w.toLowerCase()));
    const abbrev = words.map((w) => ABBREV[w.toLowerCase()] ?? w).join(' ');
    out.push({ full, abbrev, wos: abbrev.toUpperCase() });
  }
  return out;
}

type Kind = 'article' | 'book' | 'zh-article' | 'policy' | 'anonymous' | 'garbage';

interface GenWork {
  kind: Kind;
  authors: { family: string; given: string }[];
  year: number;
  title: string;
  subtitle: string;
  journal: Journal | null;
  zhJournal: string;
  publisher: string;
  volume: string;
  issue: string;
  pages: [number, number];
  doi: string;
  /** Policy: issuing body, number prefix (Chinese and pinyin), number. */
  body: string;
  prefix: [string, string];
  number: number;
  englishTitle: string;
}

const POLICY_BODIES = ['国务院办公厅', '教育部', '人力资源社会保障部', '国家发展改革委', '财政部', '国务院'];
const POLICY_PREFIXES: [string, string][] = [
  ['国办发', 'Guobanfa'],
  ['教职成', 'Jiaozhicheng'],
  ['人社部发', 'Renshebufa'],
  ['发改社会', 'Fagaishehui'],
  ['财教', 'Caijiao'],
  ['国发', 'Guofa'],
  ['教发', 'Jiaofa'],
  ['教高', 'Jiaogao'],
];

function englishTitle(r: Rand, min: number, max: number): string {
  const n = min + Math.floor(r() * (max - min + 1));
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    words.push(pick(r, WORDS));
    if (i < n - 1 && chance(r, 0.25)) words.push(pick(r, CONNECT));
  }
  const t = words.join(' ');
  return t[0]!.toUpperCase() + t.slice(1);
}

function zhTitle(r: Rand, min: number, max: number): string {
  const n = min + Math.floor(r() * (max - min + 1));
  let t = '';
  for (let i = 0; i < n; i++) t += ZH_CHARS[Math.floor(r() * ZH_CHARS.length)];
  return t;
}

function surnames(r: Rand, n: number): string[] {
  const out = [...HEAD_SURNAMES];
  const seen = new Set(out);
  while (out.length < n) {
    let s = '';
    const k = 2 + Math.floor(r() * 2);
    for (let i = 0; i < k; i++) s += pick(r, SYLLABLES);
    s = s[0]!.toUpperCase() + s.slice(1);
    if (!seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}

/** Generates the works; the number of the policy documents is unique per (prefix, year). */
function makeWorks(r: Rand, n: number): GenWork[] {
  const journals = makeJournals(r, 600);
  const jz = zipf(journals.length, 0.8);
  const names = surnames(r, 6000);
  const nz = zipf(names.length, 0.75);
  const zhJournals = Array.from({ length: 150 }, () => `${zhTitle(r, 2, 4)}${pick(r, ['学报', '研究', '教育研究', '论坛', '评论', '探索'])}`);
  const policyNumbers = new Set<string>();
  const works: GenWork[] = [];
  for (let i = 0; i < n; i++) {
    const u = r();
    const kind: Kind = u < 0.7 ? 'article' : u < 0.78 ? 'book' : u < 0.9 ? 'zh-article' : u < 0.93 ? 'policy' : u < 0.97 ? 'anonymous' : 'garbage';
    const year = 2024 - Math.floor(Math.pow(r(), 1.6) * 40);
    const nAuthors = 1 + Math.floor(r() * r() * 5);
    const authors: { family: string; given: string }[] = [];
    for (let a = 0; a < nAuthors; a++) {
      if (kind === 'zh-article') authors.push({ family: pick(r, [...ZH_SURNAMES]), given: pick(r, [...ZH_GIVEN]) + (chance(r, 0.6) ? pick(r, [...ZH_GIVEN]) : '') });
      else authors.push({ family: names[sampleZipf(nz, r)]!, given: pick(r, [...LETTERS]) + (chance(r, 0.4) ? pick(r, [...LETTERS]) : '') });
    }
    const first = 1 + Math.floor(r() * 300);
    const w: GenWork = {
      kind,
      authors: kind === 'anonymous' || kind === 'policy' ? [] : authors,
      year,
      title: kind === 'zh-article' || kind === 'policy' ? zhTitle(r, 8, 18) : englishTitle(r, 4, 10),
      subtitle: kind === 'article' && chance(r, 0.3) ? englishTitle(r, 3, 6) : '',
      journal: kind === 'article' || kind === 'anonymous' ? journals[sampleZipf(jz, r)]! : null,
      zhJournal: pick(r, zhJournals),
      publisher: pick(r, ['Routledge', 'Springer', 'Palgrave Macmillan', 'Oxford University Press', 'Edward Elgar', 'Fenwick Press', 'Sage']),
      volume: String(1 + Math.floor(r() * 60)),
      issue: String(1 + Math.floor(r() * 12)),
      pages: [first, first + 5 + Math.floor(r() * 25)],
      doi: kind === 'article' && chance(r, 0.65) ? `10.${1000 + Math.floor(r() * 9000)}/${Math.floor(r() * 36 ** 6).toString(36)}.${year}.${i}` : '',
      body: pick(r, POLICY_BODIES),
      prefix: pick(r, POLICY_PREFIXES),
      number: 0,
      englishTitle: englishTitle(r, 5, 9),
    };
    if (kind === 'policy') {
      w.title = `关于${w.title}的${pick(r, ['意见', '通知', '实施方案', '指导意见', '若干意见'])}`;
      let num = 1 + Math.floor(r() * 150);
      while (policyNumbers.has(`${w.prefix[0]}${year}-${num}`)) num++;
      policyNumbers.add(`${w.prefix[0]}${year}-${num}`);
      w.number = num;
    }
    if (kind === 'garbage') w.title = `${englishTitle(r, 2, 4)} ${i} see note ${Math.floor(r() * 1e6)}`;
    works.push(w);
  }
  return works;
}

/** One typo: a letter replaced, dropped, or two letters swapped. */
function typo(r: Rand, s: string): string {
  if (s.length < 6) return s;
  const i = 1 + Math.floor(r() * (s.length - 2));
  const op = r();
  if (op < 0.4) return s.slice(0, i) + pick(r, [...'abcdefghijklmnopqrstuvwxyz']) + s.slice(i + 1);
  if (op < 0.7) return s.slice(0, i) + s.slice(i + 1);
  return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
}

function sentenceCase(s: string): string {
  return s[0]!.toUpperCase() + s.slice(1).toLowerCase();
}

function titleCase(s: string): string {
  return s.replace(/\b([a-z])([a-z]{3,})/g, (_m, a: string, b: string) => a.toUpperCase() + b);
}

type Style = 'apa' | 'ieee' | 'gbt' | 'springer' | 'wos' | 'wos-doi' | 'zh-gbt' | 'policy-gbt' | 'policy-book' | 'policy-en' | 'raw';

/** What one citation says: the work as a citing author wrote it. */
interface Variant {
  style: Style;
  csl: CslItem | null;
  text: string;
}

function initialsOf(given: string, dots: boolean): string {
  return [...given].map((c) => (dots ? `${c}.` : c)).join(dots ? ' ' : '');
}

/** Renders one citation of a work, with noise, as text and as the CSL item the parser gives. */
function renderCitation(r: Rand, w: GenWork, pos: number): Variant {
  if (w.kind === 'garbage') return { style: 'raw', csl: null, text: w.title };
  if (w.kind === 'policy') {
    const u = r();
    const number = `${w.prefix[0]}〔${w.year}〕${w.number}号`;
    if (u < 0.4) {
      const text = `[${pos}] ${w.body}. ${w.title}[Z]. ${number}, ${w.year}.`;
      return { style: 'policy-gbt', text, csl: { type: 'document', genre: '[Z]', title: w.title, author: [{ literal: w.body }], issued: { 'date-parts': [[w.year]] }, number, language: 'zh' } };
    }
    if (u < 0.65) {
      const title = `${w.body}${w.title}`;
      const text = `[${pos}] ${w.body}. ${title}[EB/OL]. (${w.year}-06-01).`;
      return { style: 'policy-gbt', text, csl: { type: 'webpage', genre: '[EB/OL]', title, author: [{ literal: w.body }], issued: { 'date-parts': [[w.year, 6, 1]] }, language: 'zh' } };
    }
    if (u < 0.85) {
      const text = `《${w.title}》(${number})`;
      return { style: 'policy-book', text, csl: { language: 'zh', number, title: w.title, type: 'legislation' } };
    }
    const en = `${w.prefix[1]} [${w.year}] No. ${w.number}`;
    const text = `[${pos}] General Office of the State Council, “${w.englishTitle},” ${en}, ${w.year}.`;
    return {
      style: 'policy-en',
      text,
      csl: { type: 'article-journal', author: [{ literal: 'General Office of the State Council' }], issued: { 'date-parts': [[w.year]] }, title: w.englishTitle, 'container-title': w.prefix[1], issue: String(w.number) },
    };
  }
  const year = chance(r, 0.02) ? w.year + (chance(r, 0.5) ? 1 : -1) : w.year;
  let title = w.subtitle && !chance(r, 0.25) ? `${w.title}: ${w.subtitle}` : w.title;
  if (chance(r, 0.08)) title = typo(r, title);
  const pages = chance(r, 0.08) ? '' : `${w.pages[0]}-${w.pages[1]}`;
  const volume = chance(r, 0.05) ? '' : w.volume;
  const names = w.authors;
  if (w.kind === 'zh-article') {
    const authors = names.map((a) => a.family + a.given);
    const text = `[${pos}] ${authors.join(', ')}. ${title}[J]. ${w.zhJournal}, ${year}, ${volume ? `${volume}(${w.issue})` : `(${w.issue})`}: ${pages}.`;
    const csl: CslItem = { type: 'article-journal', genre: '[J]', title, author: authors.map((literal) => ({ literal })), 'container-title': w.zhJournal, issued: { 'date-parts': [[year]] }, language: 'zh', issue: w.issue };
    if (volume) csl.volume = volume;
    if (pages) csl.page = pages;
    return { style: 'zh-gbt', text, csl };
  }
  const journal = w.journal;
  const styles: Style[] = w.kind === 'book' ? ['apa', 'ieee', 'gbt', 'wos'] : ['apa', 'apa', 'ieee', 'gbt', 'springer', 'wos', 'wos-doi'];
  const style = pick(r, styles);
  const doi = w.doi && (style === 'wos-doi' || (style === 'apa' && chance(r, 0.75)) || (style === 'springer' && chance(r, 0.6)) || chance(r, 0.1)) ? w.doi : '';
  const missingInitial = chance(r, 0.03);
  const cslNames = (dots: boolean, upper: boolean): CslName[] =>
    names.map((a) => {
      const family = upper ? a.family.toUpperCase() : a.family;
      return missingInitial ? { family } : { family, given: initialsOf(a.given, dots) };
    });
  const anonymous = names.length === 0;
  const container = (abbrev: boolean): string => (journal ? (abbrev ? journal.abbrev : journal.full) : '');
  if (style === 'wos' || style === 'wos-doi') {
    const first = names[0];
    const who = first ? `${first.family} ${missingInitial ? '' : first.given}`.trim() : '[Anonymous]';
    const source = journal ? journal.wos : title.toUpperCase().replace(/[^A-Z0-9 ]/g, '').slice(0, 20).trim();
    const parts = [who, String(year), source];
    if (journal && volume) parts.push(`V${volume}`);
    if (journal && pages) parts.push(`P${w.pages[0]}`);
    if (doi) parts.push(`DOI ${doi}`);
    const csl: CslItem = { type: 'article-journal', issued: { 'date-parts': [[year]] }, 'container-title': source };
    if (first) csl.author = [missingInitial ? { family: first.family } : { family: first.family, given: first.given }];
    if (journal && volume) csl.volume = volume;
    if (journal && pages) csl.page = String(w.pages[0]);
    if (doi) csl.DOI = doi;
    return { style, text: parts.join(', '), csl };
  }
  const csl: CslItem = { type: w.kind === 'book' ? 'book' : 'article-journal', issued: { 'date-parts': [[year]] } };
  if (!anonymous) csl.author = cslNames(style === 'apa' || style === 'ieee', style === 'gbt');
  let text = '';
  const abbrev = style === 'springer' || (style === 'ieee' && chance(r, 0.6)) || chance(r, 0.1);
  const cont = container(abbrev);
  if (style === 'apa') title = sentenceCase(title);
  else if (chance(r, 0.3)) title = titleCase(title);
  csl.title = title;
  if (w.kind === 'book') {
    csl.publisher = w.publisher;
    const au = names.map((a) => `${a.family}, ${initialsOf(a.given, true)}`).join(', ');
    text = `${au} (${year}). ${title}. ${w.publisher}.`;
    return { style, text, csl };
  }
  if (cont) csl['container-title'] = cont;
  if (volume) csl.volume = volume;
  csl.issue = w.issue;
  if (pages) csl.page = pages;
  if (doi) csl.DOI = doi;
  const au = names.map((a) => `${a.family}, ${initialsOf(a.given, true)}`).join(', ') || 'Anonymous';
  if (style === 'apa') text = `${au} (${year}). ${title}. ${cont}, ${volume}(${w.issue}), ${pages}.${doi ? ` https://doi.org/${doi}` : ''}`;
  else if (style === 'ieee') text = `[${pos}] ${names.map((a) => `${initialsOf(a.given, true)} ${a.family}`).join(', ') || 'Anonymous'}, "${title}," ${cont}, vol. ${volume}, no. ${w.issue}, pp. ${pages}, ${year}.`;
  else if (style === 'gbt') text = `[${pos}] ${names.map((a) => `${a.family.toUpperCase()} ${a.given}`).join(', ') || 'Anonymous'}. ${title}[J]. ${cont}, ${year}, ${volume}(${w.issue}): ${pages}.`;
  else text = `${names.map((a) => `${a.family} ${a.given}`).join(', ') || 'Anonymous'} (${year}) ${title}. ${cont} ${volume}(${w.issue}):${pages}${doi ? `. https://doi.org/${doi}` : ''}`;
  if (style === 'gbt') csl.genre = '[J]';
  return { style, text, csl };
}

interface Generated {
  refs: RefInput[];
  truth: Int32Array;
  works: number;
}

/**
 * n citations (30 per citing document) of works drawn with Zipf popularity. Each has its rendered
 * text as `raw`; `csl` is the CSL item the parser would give, or null when `text` is set (the
 * strings are then meant for the parser).
 */
function generate(n: number, seed: number, text: boolean): Generated {
  const r = createRng(seed);
  const nWorks = Math.max(1000, Math.round(n * 0.3));
  const works = makeWorks(r, nWorks);
  const popularity = zipf(nWorks, 0.9);
  // Popularity rank is a random permutation of the works, so popular works are of every kind.
  const order = Int32Array.from({ length: nWorks }, (_v, i) => i);
  for (let i = nWorks - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const refs: RefInput[] = new Array(n);
  const truth = new Int32Array(n);
  const distinct = new Set<number>();
  for (let i = 0; i < n; i++) {
    const wi = order[sampleZipf(popularity, r)]!;
    const pos = (i % 30) + 1;
    const v = renderCitation(r, works[wi]!, pos);
    refs[i] = { key: `d${Math.floor(i / 30)}#${pos}`, csl: text ? null : v.csl, raw: v.text };
    truth[i] = wi;
    distinct.add(wi);
  }
  return { refs, truth, works: distinct.size };
}

interface Score {
  precision: number;
  recall: number;
  predicted: number;
  actual: number;
  splitWorks: number;
  mixedClusters: number;
}

/** Pairwise precision and recall of the predicted works against the generator's truth. */
function score(result: MatchResult, keys: readonly string[], truth: Int32Array): Score {
  const index = new Map<string, number>();
  keys.forEach((k, i) => index.set(k, i));
  const pairs = (c: number): number => (c * (c - 1)) / 2;
  let predPairs = 0;
  let mixed = 0;
  let tp = 0;
  const clustersOfTruth = new Map<number, number>();
  const lastCluster = new Map<number, number>();
  result.works.forEach((w, wi) => {
    predPairs += pairs(w.members.length);
    const labels = new Map<number, number>();
    for (const k of w.members) {
      const t = truth[index.get(k)!]!;
      labels.set(t, (labels.get(t) ?? 0) + 1);
    }
    for (const [t, c] of labels) {
      tp += pairs(c);
      if (lastCluster.get(t) !== wi) {
        lastCluster.set(t, wi);
        clustersOfTruth.set(t, (clustersOfTruth.get(t) ?? 0) + 1);
      }
    }
    if (labels.size > 1) mixed++;
  });
  const truthCount = new Map<number, number>();
  for (const t of truth) truthCount.set(t, (truthCount.get(t) ?? 0) + 1);
  let truePairs = 0;
  for (const c of truthCount.values()) truePairs += pairs(c);
  let split = 0;
  for (const c of clustersOfTruth.values()) if (c > 1) split++;
  return {
    precision: predPairs === 0 ? 1 : tp / predPairs,
    recall: truePairs === 0 ? 1 : tp / truePairs,
    predicted: result.works.length,
    actual: truthCount.size,
    splitWorks: split,
    mixedClusters: mixed,
  };
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}

/** One matching run on n generated CSL items; prints one line of JSON. */
function child(n: number): void {
  const g = generate(n, 20251123, false);
  const keys = g.refs.map((x) => x.key);
  const heapBefore = process.memoryUsage().heapUsed;
  const wall = performance.now();
  const cpu = cpuMs();
  const result = matchReferences(g.refs);
  const matchCpu = cpuMs() - cpu;
  const matchWall = performance.now() - wall;
  const heapAfter = process.memoryUsage().heapUsed;
  const s = score(result, keys, g.truth);
  const rules: Record<string, number> = {};
  for (const a of result.assignments) rules[a.rule] = (rules[a.rule] ?? 0) + 1;
  process.stdout.write(
    `${JSON.stringify({ n, works: g.works, matchWallMs: Math.round(matchWall), matchCpuMs: Math.round(matchCpu), heapInputMB: Math.round(heapBefore / 1e6), heapResultMB: Math.round((heapAfter - heapBefore) / 1e6), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), ...s, rules, stats: result.stats })}\n`,
  );
}

function pct(x: number): string {
  return `${(x * 100).toFixed(3)} %`;
}

function main(): void {
  if (process.argv.includes('--child')) {
    child(Number(arg('child', '100000')));
    return;
  }
  const nParse = Number(arg('parse', '50000'));
  const sizes = arg('sizes', '100000,1000000').split(',').map(Number);
  process.stdout.write(`bench-matching on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}\n\n`);

  // 1. Parser throughput on rendered strings, then matching of what it parsed.
  const g = generate(nParse, 7, true);
  const cpu0 = cpuMs();
  const wall0 = performance.now();
  const parsed: RefInput[] = g.refs.map((x) => ({ key: x.key, raw: x.raw, csl: parseReference(x.raw) }));
  const direct = generate(nParse, 7, false);
  const parseCpu = cpuMs() - cpu0;
  const parseWall = performance.now() - wall0;
  const unparsed = parsed.filter((x) => x.csl === null).length;
  const cpu1 = cpuMs();
  const resultParsed = matchReferences(parsed);
  const matchCpu = cpuMs() - cpu1;
  const sParsed = score(resultParsed, parsed.map((x) => x.key), g.truth);
  const resultDirect = matchReferences(direct.refs);
  const sDirect = score(resultDirect, direct.refs.map((x) => x.key), direct.truth);
  process.stdout.write(
    [
      `Parse: ${nParse} strings in ${(parseWall / 1000).toFixed(2)} s wall, ${(parseCpu / 1000).toFixed(2)} s CPU = ${Math.round(nParse / (parseCpu / 1000))} refs/s (CPU); ${unparsed} not parsed`,
      `Match after parsing: ${(matchCpu / 1000).toFixed(2)} s CPU; ${sParsed.predicted} works for ${sParsed.actual} true works; precision ${pct(sParsed.precision)}, recall ${pct(sParsed.recall)}; ${sParsed.splitWorks} works split, ${sParsed.mixedClusters} clusters mixed`,
      `Same citations as CSL items: precision ${pct(sDirect.precision)}, recall ${pct(sDirect.recall)}; ${sDirect.splitWorks} works split, ${sDirect.mixedClusters} mixed`,
      '',
      '| citations | true works | found works | match wall | match CPU | µs/ref (CPU) | heap of the input | max RSS | precision | recall | works split | clusters mixed |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      '',
    ].join('\n'),
  );
  const self = fileURLToPath(import.meta.url);
  for (const n of sizes) {
    const run = spawnSync(process.execPath, ['--max-old-space-size=8192', self, '--child', String(n)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const line = (run.stdout ?? '').trim().split('\n').pop() ?? '';
    if (run.status !== 0 || !line.startsWith('{')) {
      process.stdout.write(`| ${n} | run failed: ${(run.stderr ?? '').slice(0, 300)} |\n`);
      continue;
    }
    const j = JSON.parse(line) as { n: number; works: number; matchWallMs: number; matchCpuMs: number; heapInputMB: number; maxRssMB: number; rules: Record<string, number>; stats: MatchStats } & Score;
    process.stdout.write(
      `| ${j.n} | ${j.actual} | ${j.predicted} | ${(j.matchWallMs / 1000).toFixed(1)} s | ${(j.matchCpuMs / 1000).toFixed(1)} s | ${((j.matchCpuMs * 1000) / j.n).toFixed(1)} | ${j.heapInputMB} MB | ${j.maxRssMB} MB | ${pct(j.precision)} | ${pct(j.recall)} | ${j.splitWorks} | ${j.mixedClusters} |\n`,
    );
    process.stdout.write(`  rules: ${JSON.stringify(j.rules)}\n`);
    process.stdout.write(`  ${j.stats.signatures} signatures, ${j.stats.comparisons} pairs compared (${(j.stats.comparisons / j.n).toFixed(2)} per reference), ${j.stats.links} links\n`);
  }
}

const invoked = process.argv[1];
if (invoked && fileURLToPath(import.meta.url) === invoked) main();

export { generate, score };
