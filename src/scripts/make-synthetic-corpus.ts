/**
 * A seeded synthetic corpus for scale tests: English and Chinese papers with section headings and
 * reference lists of about 30 entries, and some policy documents (notices and opinions with articles,
 * no reference list), as plain text and PDF, with a metadata.csv. References are drawn Zipf-like from
 * a shared pool of works with topic structure (src/scripts/synthetic-citations.ts), so bibliographic
 * coupling has hubs and clusters; each work keeps one identity and is printed in the citing
 * document's style: APA or numbered (IEEE) in English papers, GB/T 7714 in Chinese ones. Document
 * text is built from the terms of its topic, so themes and taxonomy coding find structure too.
 *
 * Chinese documents are written as PDF too: the PDF writer's predefined CJK font (STSong-Light,
 * UniGB-UCS2-H) is read back by pdf.js. English policy documents are plain text only (the sample
 * corpus's PDF layouts are a journal paper and a Chinese government document).
 *
 * The same options give the same bytes: every choice comes from src/graphs/rng.ts, in one order.
 *
 *   node dist/scripts/make-synthetic-corpus.js --docs 1000 --out /tmp/syn1k [--seed 1] [--pdf-share 0.3]
 *       [--zh-share 0.35] [--policy-share 0.08] [--refs 30]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toCsv } from '../export/csv.js';
import { createRng, randomIndex, type Rng } from '../graphs/rng.js';
import { renderChinesePaper, renderChinesePolicy, renderTwoColumnPaper } from './sample-corpus/render-pdf.js';
import { renderTxt } from './sample-corpus/render-text.js';
import type { SampleBlock, SampleDocument } from './sample-corpus/sample-document.js';
import { syntheticCitations } from './synthetic-citations.js';

/** Settings of the synthetic corpus. */
export interface SyntheticCorpusOptions {
  /** Documents (papers and policy documents). */
  docs: number;
  /** Seed of every random choice (default 1). */
  seed?: number;
  /** Share of documents written as PDF (default 0.3; English policy documents are always text). */
  pdfShare?: number;
  /** Share of Chinese documents (default 0.35). */
  zhShare?: number;
  /** Share of policy documents, which have no reference list (default 0.08). */
  policyShare?: number;
  /** Mean references per paper (default 30, each paper mean ± 10). */
  refsMean?: number;
}

/** One generated file: corpus-relative path and bytes. */
export interface SyntheticFile {
  path: string;
  bytes: Uint8Array;
}

/** What was generated. */
export interface SyntheticCorpusSummary {
  documents: number;
  papers: number;
  policies: number;
  pdf: number;
  txt: number;
  zh: number;
  en: number;
  /** Reference entries printed in all reference lists. */
  references: number;
  /** Distinct works cited. */
  works: number;
  /** Bytes of all files, metadata.csv included. */
  bytes: number;
}

/** A domain term in both languages; topics draw their vocabulary from these. */
const TERMS: readonly (readonly [string, string])[] = [
  ['school-enterprise cooperation', '校企合作'], ['industry-education integration', '产教融合'], ['modern apprenticeship', '现代学徒制'],
  ['dual-qualified teachers', '双师型教师'], ['training bases', '实训基地'], ['industrial colleges', '产业学院'], ['order classes', '订单班'],
  ['vocational colleges', '职业院校'], ['curriculum reform', '课程改革'], ['talent cultivation', '人才培养'], ['enterprise participation', '企业参与'],
  ['tax incentives', '税收优惠'], ['financial support', '财政支持'], ['quality evaluation', '质量评价'], ['skill certificates', '技能证书'],
  ['student internships', '顶岗实习'], ['graduate employment', '毕业生就业'], ['the regional economy', '区域经济'], ['industrial upgrading', '产业升级'],
  ['digital transformation', '数字化转型'], ['teaching resources', '教学资源'], ['professional standards', '专业标准'], ['collaborative governance', '协同治理'],
  ['cost sharing', '成本分担'], ['benefit distribution', '利益分配'], ['policy implementation', '政策执行'], ['local governments', '地方政府'],
  ['industry associations', '行业协会'], ['vocational training', '职业培训'], ['lifelong learning', '终身学习'], ['credit banks', '学分银行'],
  ['teacher development', '教师发展'], ['practical teaching', '实践教学'], ['innovation and entrepreneurship', '创新创业'], ['applied universities', '应用型本科'],
  ['higher vocational education', '高等职业教育'], ['secondary vocational schools', '中等职业学校'], ['rural revitalization', '乡村振兴'],
  ['smart manufacturing', '智能制造'], ['artificial intelligence', '人工智能'], ['the platform economy', '平台经济'], ['skills shortages', '技能短缺'],
  ['the labour market', '劳动力市场'], ['employability', '就业能力'], ['workplace learning', '工作场所学习'], ['competency frameworks', '能力框架'],
  ['qualification frameworks', '资历框架'], ['school governance', '学校治理'], ['mixed ownership', '混合所有制'], ['group-based schooling', '集团化办学'],
  ['vocational education groups', '职业教育集团'], ['technology transfer', '技术转移'], ['applied research', '应用研究'], ['social services', '社会服务'],
  ['student satisfaction', '学生满意度'], ['teaching quality', '教学质量'], ['programme accreditation', '专业认证'], ['funding mechanisms', '经费投入机制'],
  ['performance assessment', '绩效考核'], ['incentive mechanisms', '激励机制'], ['institutional barriers', '制度障碍'], ['legal guarantees', '法律保障'],
  ['stakeholders', '利益相关者'], ['cooperation agreements', '合作协议'], ['resource sharing', '资源共享'], ['online learning', '在线学习'],
  ['virtual simulation', '虚拟仿真'], ['green skills', '绿色技能'], ['international cooperation', '国际合作'], ['craftsmanship', '工匠精神'],
  ['career guidance', '职业指导'], ['enrolment expansion', '扩招'], ['teaching materials', '教材建设'], ['specialty clusters', '专业群'],
];

const EN_SENTENCES = [
  '{A} remains closely tied to {B} in most of the colleges we studied{c}.',
  'Earlier work has linked {A} to {B} and to {C}{c}.',
  'Respondents described {A} as a precondition for {B}.',
  'Where {A} was weak, {B} rarely went beyond signed agreements{c}.',
  'About {P} percent of the teachers surveyed mentioned {A} when asked about {B}.',
  'The evidence on {A} is mixed, particularly with respect to {B}{c}.',
  'Policy documents frame {A} as a lever for {B}.',
  'In interviews, managers returned repeatedly to {A}, {B} and {C}.',
  'We therefore treat {A} as a condition that links {B} with {C}.',
  'Colleges that invested in {A} reported gains in {B}{c}.',
  'A survey of {N} institutions found that {A} and {B} moved together{c}.',
  'None of this happens without {A}, which the literature tends to overlook{c}.',
];
const ZH_SENTENCES = [
  '{A}是推进{B}的重要基础{c}。',
  '已有研究指出，{A}与{B}、{C}密切相关{c}。',
  '调查显示，{P}%的教师认为{A}直接影响{B}。',
  '在{A}薄弱的地区，{B}往往停留在协议层面{c}。',
  '政策文件将{A}视为促进{B}的重要抓手。',
  '访谈中，管理人员多次提到{A}、{B}和{C}的问题。',
  '因此，本文把{A}看作连接{B}与{C}的中间环节。',
  '加强{A}的院校在{B}方面取得了明显进展{c}。',
  '应当进一步完善{A}，推动{B}与{C}协同发展。',
  '{A}的成效在很大程度上取决于{B}{c}。',
  '对{N}所院校的调查发现，{A}与{B}呈现同步变化。',
  '{A}长期受到忽视，这一点在已有文献中尤为明显{c}。',
];
const ZH_ARTICLES = [
  '各地应当{V}{A}，{W}{B}。',
  '支持{A}与{B}深度融合，{V}{C}。',
  '鼓励企业参与{A}，{W}{B}，{V}{C}。',
  '建立健全{A}，将{B}纳入考核内容。',
  '{V}{A}，到{Y}年基本形成{B}的新格局。',
];
const ZH_VERBS = ['健全', '完善', '推进', '加强', '落实', '深化', '优化'];
const EN_ARTICLES = [
  'Local education authorities shall {v} {A} and {w} {B}.',
  'Enterprises are encouraged to take part in {A}; authorities shall {v} {B} and {C}.',
  'A system of {A} shall be established, and {B} shall be included in performance reviews.',
  'By {Y}, {A} and {B} shall be integrated into the local development plan.',
];
const EN_VERBS = ['strengthen', 'improve', 'promote', 'support', 'expand', 'deepen'];

const EN_FAMILY = [
  'Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Robinson', 'Thompson',
  'White', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris', 'Lewis', 'Martin', 'Jackson', 'Clarke', 'Clark', 'Turner', 'Hill',
  'Scott', 'Cooper', 'Morris', 'Ward', 'Moore', 'King', 'Watson', 'Baker', 'Harrison', 'Morgan', 'Patel', 'Young', 'Allen', 'Mitchell',
  'James', 'Anderson', 'Phillips', 'Lee', 'Bell', 'Parker', 'Davis', 'Kim', 'Nguyen', 'Garcia', 'Müller', 'Schmidt', 'Fischer', 'Weber',
  'Rossi', 'Moreno', 'Silva', 'Santos', 'Okafor', 'Osei', 'Nakamura', 'Tanaka', 'Sato', 'Lindqvist', 'Jensen', 'Novak', 'Kowalski',
  'Dubois', 'Laurent', 'Ferreira', 'Costa', 'Hartley', 'Brennan', 'Hollis', 'Baptiste', 'Okonkwo', 'Ivanova', 'Petrov', 'Haddad',
];
const EN_GIVEN = ['James', 'Mary', 'Robert', 'Linda', 'David', 'Sarah', 'Thomas', 'Anna', 'Peter', 'Helen', 'Mark', 'Laura', 'Paul', 'Emma', 'Kofi', 'Yuki', 'Lars', 'Ana'];
const ZH_FAMILY: readonly (readonly [string, string])[] = [
  ['王', 'Wang'], ['李', 'Li'], ['张', 'Zhang'], ['刘', 'Liu'], ['陈', 'Chen'], ['杨', 'Yang'], ['黄', 'Huang'], ['赵', 'Zhao'], ['吴', 'Wu'],
  ['周', 'Zhou'], ['徐', 'Xu'], ['孙', 'Sun'], ['马', 'Ma'], ['朱', 'Zhu'], ['胡', 'Hu'], ['郭', 'Guo'], ['何', 'He'], ['高', 'Gao'],
  ['林', 'Lin'], ['罗', 'Luo'], ['郑', 'Zheng'], ['梁', 'Liang'], ['谢', 'Xie'], ['宋', 'Song'], ['唐', 'Tang'], ['许', 'Xu'],
  ['韩', 'Han'], ['冯', 'Feng'], ['邓', 'Deng'], ['曹', 'Cao'], ['彭', 'Peng'], ['曾', 'Zeng'], ['肖', 'Xiao'], ['田', 'Tian'],
];
const ZH_GIVEN: readonly (readonly [string, string])[] = [
  ['建', 'jian'], ['华', 'hua'], ['明', 'ming'], ['强', 'qiang'], ['伟', 'wei'], ['芳', 'fang'], ['军', 'jun'], ['敏', 'min'], ['静', 'jing'],
  ['丽', 'li'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['涛', 'tao'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['玉', 'yu'],
  ['兰', 'lan'], ['云', 'yun'], ['志', 'zhi'], ['红', 'hong'], ['亮', 'liang'], ['飞', 'fei'], ['海', 'hai'], ['波', 'bo'], ['宁', 'ning'],
  ['鹏', 'peng'], ['辉', 'hui'], ['斌', 'bin'], ['玲', 'ling'], ['燕', 'yan'], ['晓', 'xiao'], ['梅', 'mei'], ['立', 'li'], ['新', 'xin'],
];
const EN_JOURNAL_FIELDS = ['Vocational Education', 'Education and Work', 'Technical Education', 'Skills Policy', 'Higher Education Policy', 'Educational Development', 'Work-Based Learning', 'Education Policy', 'Training Research', 'Comparative Education'];
const EN_JOURNAL_FORMS = ['Journal of {f}', 'International Journal of {f}', '{f} Review', '{f} Quarterly', 'Studies in {f}', 'Asian Journal of {f}'];
const ZH_JOURNAL_STEMS: readonly (readonly [string, string])[] = [
  ['职业技术', 'Vocational and Technical'], ['职业教育', 'Vocational Education'], ['高等职业', 'Higher Vocational'], ['教育发展', 'Education Development'],
  ['高教', 'Higher Education'], ['教育与经济', 'Education and Economy'], ['中国职业', 'China Vocational'], ['现代教育', 'Modern Education'],
  ['教育学术', 'Educational Scholarship'], ['成人教育', 'Adult Education'],
];
const ZH_JOURNAL_FORMS: readonly (readonly [string, string])[] = [['研究', 'Research'], ['论坛', 'Forum'], ['学报', 'Journal'], ['评论', 'Review'], ['探索', 'Exploration']];
const PUBLISHERS: readonly (readonly [string, string])[] = [
  ['Routledge', 'London'], ['Springer', 'Cham'], ['Palgrave Macmillan', 'London'], ['Oxford University Press', 'Oxford'], ['Edward Elgar', 'Cheltenham'],
];
const ZH_PUBLISHERS: readonly (readonly [string, string])[] = [
  ['北京: 高等教育出版社', 'Beijing: Higher Education Press'], ['北京: 教育科学出版社', 'Beijing: Educational Science Publishing House'],
  ['上海: 华东师范大学出版社', 'Shanghai: East China Normal University Press'], ['北京: 人民出版社', "Beijing: People's Publishing House"],
  ['北京: 社会科学文献出版社', 'Beijing: Social Sciences Academic Press'],
];
const POLICY_BODIES: readonly (readonly [string, string, string, string])[] = [
  ['国务院办公厅', 'General Office of the State Council', '国办发', 'Guobanfa'],
  ['教育部', 'Ministry of Education', '教职成', 'Jiaozhicheng'],
  ['教育部等六部门', 'Ministry of Education and five other departments', '教职成', 'Jiaozhicheng'],
  ['国家发展改革委', 'National Development and Reform Commission', '发改社会', 'Fagaishehui'],
  ['人力资源社会保障部', 'Ministry of Human Resources and Social Security', '人社部发', 'Renshebufa'],
  ['国务院', 'State Council', '国发', 'Guofa'],
];
const ZH_POLICY_FORMS: readonly (readonly [string, string])[] = [
  ['意见', 'Opinions on'], ['通知', 'Notice on'], ['实施方案', 'Implementation Plan for'], ['指导意见', 'Guiding Opinions on'], ['办法', 'Measures for'],
];
const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

interface Person {
  family: string;
  given: string;
  /** Chinese names: the characters are family + given, the pinyin in famPy / givenPy. */
  zh: boolean;
  famPy: string;
  givenPy: string;
}

interface Work {
  kind: 'article' | 'book' | 'policy';
  lang: 'en' | 'zh';
  authors: Person[];
  year: number;
  /** Chinese works and policy documents: the title in Chinese; others: in English. */
  title: string;
  /** The English title (translated for Chinese works and policy documents). */
  titleEn: string;
  /** Policy documents: issuing body (index in POLICY_BODIES) and number. */
  body: number;
  number: number;
  journal: string;
  journalEn: string;
  volume: number;
  issue: number;
  pages: [number, number];
  doi: string;
  publisher: number;
}

type Style = 'apa' | 'ieee' | 'gbt';

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[randomIndex(rng, xs.length)] as T;
const chance = (rng: Rng, p: number): boolean => rng() < p;
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const titleCase = (s: string): string => s.replace(/(^|[ \-:])([a-z])([a-z]{3,})/g, (_m, a: string, b: string, c: string) => a + b.toUpperCase() + c);

/** `n` distinct indices of TERMS, in drawing order. */
function drawTerms(rng: Rng, n: number): number[] {
  const out: number[] = [];
  while (out.length < n) {
    const t = randomIndex(rng, TERMS.length);
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

function person(rng: Rng, zh: boolean): Person {
  if (zh) {
    const [family, famPy] = pick(rng, ZH_FAMILY);
    const g = [pick(rng, ZH_GIVEN)];
    if (chance(rng, 0.7)) g.push(pick(rng, ZH_GIVEN));
    return { family, given: g.map((x) => x[0]).join(''), zh, famPy, givenPy: capital(g.map((x) => x[1]).join('')) };
  }
  const family = pick(rng, EN_FAMILY);
  const given = pick(rng, EN_GIVEN);
  const second = chance(rng, 0.4) ? ` ${String.fromCharCode(65 + randomIndex(rng, 26))}.` : '';
  return { family, given: given + second, zh, famPy: family, givenPy: given + second };
}

/** Initials of a given name: "Jian Hua" or "Jianhua" → "J." (APA/IEEE), "J" (GB/T). */
function initials(given: string, dots: boolean): string {
  const parts = given.split(/[ -]/).filter(Boolean);
  return parts.map((p) => (dots ? `${p.charAt(0)}.` : p.charAt(0))).join(dots ? ' ' : ' ');
}

/** A work's title from its topic's terms, in English and in Chinese (the same title, translated). */
function workTitle(rng: Rng, terms: readonly number[]): [en: string, zh: string] {
  const [a0, a1] = TERMS[pick(rng, terms)]!;
  let b = TERMS[pick(rng, terms)]!;
  if (b[0] === a0) b = TERMS[randomIndex(rng, TERMS.length)]!;
  const [b0, b1] = b;
  const n = 10 + randomIndex(rng, 90);
  return pick(rng, [
    [`${capital(a0)} and ${b0}: evidence from ${n} colleges`, `${a1}与${b1}：来自${n}所院校的证据`],
    [`How ${a0} shapes ${b0}`, `${a1}如何影响${b1}`],
    [`${capital(a0)} in the context of ${b0}: a case study`, `${b1}背景下的${a1}：个案研究`],
    [`Rethinking ${a0} through ${b0}`, `从${b1}看${a1}`],
    [`A study of ${b0} from the perspective of ${a0}`, `${a1}视角下的${b1}研究`],
    [`The relationship between ${a0} and ${b0}`, `${a1}与${b1}的关系研究`],
    [`${capital(a0)}: dilemmas and ways forward`, `${a1}的现实困境与推进路径`],
    [`The effect of ${a0} on ${b0}: a survey of ${n} colleges`, `${a1}对${b1}的影响——基于${n}所院校的调查`],
  ] as const);
}

/** The works of the pool, numbered as synthetic-citations numbers them; `topicOf` gives each work's topic. */
function makeWorks(rng: Rng, topicOf: Int32Array, topicTerms: readonly number[][]): Work[] {
  const enJournals = EN_JOURNAL_FIELDS.flatMap((f) => EN_JOURNAL_FORMS.map((form) => form.replace('{f}', f)));
  const zhJournals = ZH_JOURNAL_STEMS.flatMap(([f, fEn]) => ZH_JOURNAL_FORMS.map(([form, formEn]) => [f + form, `${fEn} ${formEn}`] as const));
  const policyNumbers = new Set<string>();
  const works: Work[] = [];
  for (let k = 0; k < topicOf.length; k++) {
    const terms = topicTerms[topicOf[k]!]!;
    const u = rng();
    const kind: Work['kind'] = u < 0.82 ? 'article' : u < 0.94 ? 'book' : 'policy';
    const lang: Work['lang'] = kind === 'policy' || chance(rng, 0.3) ? 'zh' : 'en';
    const year = 2023 - Math.floor(Math.pow(rng(), 1.5) * 24);
    const nAuthors = kind === 'policy' ? 0 : 1 + Math.floor(rng() * rng() * 5);
    const authors = Array.from({ length: nAuthors }, () => person(rng, lang === 'zh' || chance(rng, 0.15)));
    const first = 1 + randomIndex(rng, 180);
    const [titleEn, titleZh] = workTitle(rng, terms);
    const [journal, journalEn] = lang === 'zh' ? pick(rng, zhJournals) : [pick(rng, enJournals), ''];
    const w: Work = {
      kind,
      lang,
      authors,
      year,
      title: lang === 'zh' ? titleZh : titleEn,
      titleEn,
      body: randomIndex(rng, POLICY_BODIES.length),
      number: 0,
      journal,
      journalEn: journalEn || journal,
      volume: 1 + randomIndex(rng, 45),
      issue: 1 + randomIndex(rng, 12),
      pages: [first, first + 6 + randomIndex(rng, 20)],
      doi: kind === 'article' && lang === 'en' && chance(rng, 0.6) ? `10.5555/syn.${year}.${k + 1}` : '',
      publisher: randomIndex(rng, PUBLISHERS.length),
    };
    if (kind === 'policy') {
      const a = TERMS[pick(rng, terms)]!;
      const form = pick(rng, ZH_POLICY_FORMS);
      w.title = `关于${chance(rng, 0.5) ? '深化' : '推进'}${a[1]}的${form[0]}`;
      w.titleEn = `${form[1]} ${titleCase(a[0])}`;
      let num = 1 + randomIndex(rng, 120);
      const prefix = POLICY_BODIES[w.body]![2];
      while (policyNumbers.has(`${prefix}${year}-${num}`)) num++;
      policyNumbers.add(`${prefix}${year}-${num}`);
      w.number = num;
    }
    works.push(w);
  }
  return works;
}

function apaAuthors(authors: readonly Person[]): string {
  const names = authors.map((a) => `${a.famPy}, ${initials(a.givenPy, true)}`);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

function ieeeAuthors(authors: readonly Person[]): string {
  const names = authors.map((a) => `${initials(a.givenPy, true)} ${a.famPy}`);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
}

/** GB/T 7714 names: Chinese works in characters, others as "WANG J H" (at most three, then 等 / et al). */
function gbtAuthors(w: Work): string {
  const zh = w.lang === 'zh';
  const names = w.authors.slice(0, 3).map((a) => (zh && a.zh ? a.family + a.given : `${a.famPy.toUpperCase()} ${initials(a.givenPy, false).replace(/\./g, '')}`));
  return names.join(', ') + (w.authors.length > 3 ? (zh ? ', 等' : ', et al') : '');
}

/** A reference entry: the work as printed in one style; `n` is its number in a numbered list. English styles cite Chinese works by their translated title. */
function renderReference(w: Work, style: Style, n: number): string {
  const [p1, p2] = w.pages;
  const policy = POLICY_BODIES[w.body]!;
  const zhWork = w.lang === 'zh';
  const zhPublisher = ZH_PUBLISHERS[w.publisher % ZH_PUBLISHERS.length]!;
  const [publisher, city] = PUBLISHERS[w.publisher]!;
  if (style === 'gbt') {
    const head = `[${n}] `;
    if (w.kind === 'policy') return `${head}${policy[0]}. ${w.title}[Z]. ${policy[2]}〔${w.year}〕${w.number}号, ${w.year}.`;
    if (w.kind === 'book') return `${head}${gbtAuthors(w)}. ${w.title}[M]. ${zhWork ? zhPublisher[0] : `${city}: ${publisher}`}, ${w.year}.`;
    return `${head}${gbtAuthors(w)}. ${w.title}[J]. ${w.journal}, ${w.year}, ${w.volume}(${w.issue}): ${p1}-${p2}.`;
  }
  const enNumber = `${policy[3]} [${w.year}] No. ${w.number}`;
  const title = zhWork ? `${w.titleEn} [in Chinese]` : w.title;
  if (style === 'apa') {
    if (w.kind === 'policy') return `${policy[1]}. (${w.year}). ${w.titleEn} (${enNumber}).`;
    if (w.kind === 'book') return `${apaAuthors(w.authors)} (${w.year}). ${title}. ${zhWork ? zhPublisher[1].replace(/^.*: /, '') : publisher}.`;
    return `${apaAuthors(w.authors)} (${w.year}). ${title}. ${w.journalEn}, ${w.volume}(${w.issue}), ${p1}–${p2}.${w.doi ? ` https://doi.org/${w.doi}` : ''}`;
  }
  const head = `[${n}] `;
  if (w.kind === 'policy') return `${head}${policy[1]}, “${w.titleEn},” ${enNumber}, ${w.year}.`;
  if (w.kind === 'book') return `${head}${ieeeAuthors(w.authors)}, ${titleCase(title)}. ${zhWork ? zhPublisher[1] : `${city}: ${publisher}`}, ${w.year}.`;
  const doi = w.doi ? `, doi: ${w.doi}` : '';
  return `${head}${ieeeAuthors(w.authors)}, “${title},” ${w.journalEn}, vol. ${w.volume}, no. ${w.issue}, pp. ${p1}–${p2}, ${w.year}${doi}.`;
}

/** The in-text citation of a work: "(Wang & Li, 2018)" in APA, "[n]" otherwise. */
function inText(w: Work, style: Style, n: number): string {
  if (style !== 'apa') return style === 'ieee' ? ` [${n}]` : `[${n}]`;
  const fam = w.authors.map((a) => a.famPy);
  const who = w.kind === 'policy' ? POLICY_BODIES[w.body]![1] : fam.length === 1 ? fam[0]! : fam.length === 2 ? `${fam[0]!} & ${fam[1]!}` : `${fam[0]!} et al.`;
  return ` (${who}, ${w.year})`;
}

/** One sentence from a template: {A} {B} {C} terms, {P} a percentage, {N} a count, {c} a citation. */
function fillSentence(rng: Rng, template: string, terms: readonly number[], zh: boolean, cite: () => string): string {
  const term = (): string => {
    const t = TERMS[chance(rng, 0.75) ? pick(rng, terms) : randomIndex(rng, TERMS.length)]!;
    return zh ? t[1] : t[0];
  };
  const s = template.replace(/\{([ABCPNcVWvwY])\}/g, (_m, slot: string) => {
    switch (slot) {
      case 'P':
        return String(10 + randomIndex(rng, 80));
      case 'N':
        return String(5 + randomIndex(rng, 200));
      case 'Y':
        return String(2025 + randomIndex(rng, 11));
      case 'c':
        return chance(rng, 0.6) ? cite() : '';
      case 'V':
      case 'W':
        return pick(rng, ZH_VERBS);
      case 'v':
      case 'w':
        return pick(rng, EN_VERBS);
      default:
        return term();
    }
  });
  return zh ? s : capital(s);
}

function paragraph(rng: Rng, terms: readonly number[], zh: boolean, cite: () => string): string {
  const n = 4 + randomIndex(rng, 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(fillSentence(rng, pick(rng, zh ? ZH_SENTENCES : EN_SENTENCES), terms, zh, cite));
  return out.join(zh ? '' : ' ');
}

interface DocPlan {
  index: number;
  lang: 'en' | 'zh';
  kind: 'paper' | 'policy';
  pdf: boolean;
  year: number;
  topic: number;
  /** Works cited, in the order they are numbered (papers only). */
  refs: number[];
}

const EN_SECTIONS = ['Introduction', 'Literature Review', 'Data and Method', 'Findings', 'Discussion', 'Conclusion'];
const ZH_SECTIONS = ['问题的提出', '文献综述', '研究设计', '研究发现', '讨论', '结语'];

/** A paper's blocks: title, authors, abstract, keywords, six numbered sections, reference list. */
function paperBlocks(rng: Rng, plan: DocPlan, works: readonly Work[], terms: readonly number[], authors: readonly Person[]): { blocks: SampleBlock[]; title: string } {
  const zh = plan.lang === 'zh';
  const style: Style = zh ? 'gbt' : chance(rng, 0.55) ? 'apa' : 'ieee';
  const order = style === 'apa' ? [...plan.refs].sort((a, b) => cmp(apaAuthors(works[a]!.authors) || POLICY_BODIES[works[a]!.body]![1], apaAuthors(works[b]!.authors) || POLICY_BODIES[works[b]!.body]![1]) || a - b) : plan.refs;
  const cite = (): string => {
    const i = randomIndex(rng, order.length);
    return order.length === 0 ? '' : inText(works[order[i]!]!, style, i + 1);
  };
  const [titleEn, titleZh] = workTitle(rng, terms);
  const title = zh ? titleZh : titleCase(titleEn);
  const blocks: SampleBlock[] = [{ type: 'title', text: title }];
  blocks.push({ type: 'meta', text: authors.map((a) => (zh ? a.family + a.given : `${a.givenPy} ${a.famPy}`)).join(zh ? '，' : ', ') });
  blocks.push({ type: 'meta', text: zh ? `（${pick(rng, ZH_FAMILY)[0]}州职业技术学院 教务处，${100000 + randomIndex(rng, 800000)}）` : `(${pick(rng, EN_FAMILY)} College of Technology; ${pick(rng, EN_FAMILY)} University)` });
  const keywords = terms.slice(0, 4).map((t) => (zh ? TERMS[t]![1] : TERMS[t]![0]));
  blocks.push({ type: 'para', text: zh ? `摘　要：${paragraph(rng, terms, true, () => '')}` : `Abstract: ${paragraph(rng, terms, false, () => '')}` });
  blocks.push({ type: 'para', text: zh ? `关键词：${keywords.join('；')}` : `Keywords: ${keywords.join('; ')}` });
  const sections = zh ? ZH_SECTIONS : EN_SECTIONS;
  sections.forEach((name, s) => {
    blocks.push({ type: 'h1', text: zh ? `${ZH_NUMERALS[s]!}、${name}` : `${s + 1} ${name}` });
    const subs = s === 3 ? 2 : 0;
    for (let h = 0; h < Math.max(1, subs); h++) {
      if (subs > 0) {
        const t = TERMS[terms[(h + 2) % terms.length]!]!;
        blocks.push({ type: 'h2', text: zh ? `（${ZH_NUMERALS[h]!}）${t[1]}` : `${s + 1}.${h + 1} ${capital(t[0])}` });
      }
      const paras = s === 0 || s === 5 ? 1 : 2;
      for (let p = 0; p < paras; p++) blocks.push({ type: 'para', text: paragraph(rng, terms, zh, cite) });
    }
  });
  if (order.length > 0) {
    blocks.push({ type: 'refhead', text: zh ? '参考文献' : 'References' });
    order.forEach((w, i) => blocks.push({ type: 'ref', text: renderReference(works[w]!, style, i + 1) }));
  }
  return { blocks, title };
}

/** A policy document's blocks: issuer, document number, title, covering words, chapters of articles. */
function policyBlocks(rng: Rng, plan: DocPlan, terms: readonly number[]): { blocks: SampleBlock[]; title: string; issuer: string; number: string } {
  const zh = plan.lang === 'zh';
  const body = pick(rng, POLICY_BODIES);
  const form = pick(rng, ZH_POLICY_FORMS);
  const a = TERMS[terms[0]!]!;
  const num = `${zh ? body[2] : body[3]}${zh ? `〔${plan.year}〕` : ` [${plan.year}] No. `}${1 + randomIndex(rng, 150)}${zh ? '号' : ''}`;
  const title = zh ? `${body[0]}关于深化${a[1]}的${form[0]}` : `${form[1]} Deepening ${titleCase(a[0])}`;
  const blocks: SampleBlock[] = [
    { type: 'meta', text: zh ? body[0] : body[1] },
    { type: 'meta', text: num },
    { type: 'title', text: title },
    { type: 'meta', text: zh ? '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：' : 'To the people’s governments of all provinces, autonomous regions and municipalities:' },
    {
      type: 'para',
      text: zh
        ? `为${pick(rng, ZH_VERBS)}${a[1]}，现就有关事项通知如下，请结合实际认真贯彻执行。`
        : `To ${pick(rng, EN_VERBS)} ${a[0]}, the ${body[1]} hereby issues the following provisions, which shall be implemented in light of local conditions.`,
    },
  ];
  let article = 0;
  const chapters = 2 + randomIndex(rng, 3);
  for (let c = 0; c < chapters; c++) {
    const t = TERMS[terms[(c + 1) % terms.length]!]!;
    blocks.push({ type: 'h1', text: zh ? `第${ZH_NUMERALS[c]!}章　${t[1]}` : `Chapter ${c + 1} ${titleCase(t[0])}` });
    const n = 3 + randomIndex(rng, 4);
    for (let i = 0; i < n; i++) {
      article++;
      const text = fillSentence(rng, pick(rng, zh ? ZH_ARTICLES : EN_ARTICLES), terms, zh, () => '');
      blocks.push({ type: 'para', text: zh ? `第${chineseNumber(article)}条　${text}` : `Article ${article} ${text}` });
    }
  }
  blocks.push({
    type: 'para',
    text: zh ? `本${form[0].slice(-2)}自${plan.year}年${1 + randomIndex(rng, 12)}月1日起施行。` : `This document shall come into force on 1 ${pick(rng, ['March', 'May', 'July', 'September'])} ${plan.year}.`,
  });
  blocks.push({ type: 'meta', text: zh ? body[0] : body[1] });
  return { blocks, title, issuer: zh ? body[0] : body[1], number: num };
}

/** 1 → 一, 12 → 十二, 25 → 二十五 (articles are numbered below 100). */
function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const t = tens === 0 ? '' : tens === 1 ? '十' : `${ZH_NUMERALS[tens - 1]!}十`;
  return t + (ones === 0 ? '' : ZH_NUMERALS[ones - 1]!);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Generates the corpus's files in order (documents, then metadata.csv), one at a time so that a
 * large corpus is never held in memory; `summary` is complete once the generator is exhausted.
 */
export function* syntheticCorpusFiles(options: SyntheticCorpusOptions, summary: SyntheticCorpusSummary = emptySummary()): Generator<SyntheticFile> {
  const seed = options.seed ?? 1;
  const rng = createRng(seed);
  const n = options.docs;
  const pdfShare = options.pdfShare ?? 0.3;
  const zhShare = options.zhShare ?? 0.35;
  const policyShare = options.policyShare ?? 0.08;
  const plans: DocPlan[] = [];
  for (let i = 0; i < n; i++) {
    const kind = chance(rng, policyShare) ? 'policy' : 'paper';
    const lang = chance(rng, zhShare) ? 'zh' : 'en';
    const pdf = chance(rng, pdfShare) && !(kind === 'policy' && lang === 'en');
    plans.push({ index: i, lang, kind, pdf, year: 2010 + randomIndex(rng, 15), topic: 0, refs: [] });
  }
  const papers = plans.filter((p) => p.kind === 'paper');
  const citations = syntheticCitations({ docs: Math.max(1, papers.length), seed, refsMean: options.refsMean ?? 30 });
  const nTopics = Math.max(4, Math.round(Math.max(1, papers.length) / 250));
  const topicTerms = Array.from({ length: nTopics }, () => drawTerms(rng, 10));
  const topicOf = new Int32Array(citations.works.length).fill(-1);
  papers.forEach((p, j) => {
    p.topic = citations.topics[j]!;
    const refs = Array.from(citations.workIdx.subarray(citations.docPtr[j]!, citations.docPtr[j + 1]!));
    for (const w of refs) if (topicOf[w]! < 0) topicOf[w] = p.topic;
    // numbered lists follow the order of first citation in the text, which is not the pool's order
    for (let k = refs.length - 1; k > 0; k--) {
      const r = randomIndex(rng, k + 1);
      [refs[k], refs[r]] = [refs[r]!, refs[k]!];
    }
    p.refs = refs;
  });
  for (const p of plans) if (p.kind === 'policy') p.topic = randomIndex(rng, nTopics);
  const works = makeWorks(rng, topicOf, topicTerms);
  summary.works = works.length;

  const meta: string[][] = [];
  const width = String(n).length;
  for (const plan of plans) {
    const zh = plan.lang === 'zh';
    const terms = topicTerms[plan.topic]!;
    const id = `syn${String(plan.index + 1).padStart(Math.max(5, width), '0')}`;
    const path = `part-${String(Math.floor(plan.index / 500) + 1).padStart(3, '0')}/${id}-${plan.lang}-${plan.kind}.${plan.pdf ? 'pdf' : 'txt'}`;
    let doc: SampleDocument;
    let doi = '';
    let bytes: Uint8Array;
    if (plan.kind === 'paper') {
      const authors = Array.from({ length: 1 + randomIndex(rng, 3) }, () => person(rng, zh || chance(rng, 0.3)));
      const { blocks, title } = paperBlocks(rng, plan, works, terms, authors);
      const source = zh ? `${pick(rng, ZH_JOURNAL_STEMS)[0]}研究　${plan.year}年第${1 + randomIndex(rng, 12)}期` : `Journal of ${pick(rng, EN_JOURNAL_FIELDS)}, Vol. ${plan.year - 2000}, ${plan.year}`;
      doc = baseDoc(path, plan, title, authors.map((a) => (zh ? a.family + a.given : `${a.givenPy} ${a.famPy}`)), source, blocks);
      doi = `10.5555/syncorpus.${plan.year}.${plan.index + 1}`;
      summary.references += plan.refs.length;
      bytes = !plan.pdf
        ? utf8(renderTxt(doc))
        : zh
          ? renderChinesePaper(doc, [`收稿日期：${plan.year}-03-18`, `DOI：${doi}`])
          : renderTwoColumnPaper(doc, doi, `Received 4 January ${plan.year}.`);
    } else {
      const { blocks, title, issuer, number } = policyBlocks(rng, plan, terms);
      doc = baseDoc(path, plan, title, [issuer], number, blocks);
      bytes = plan.pdf ? renderChinesePolicy(doc) : utf8(renderTxt(doc));
    }
    meta.push([path, doc.title, doc.authors.join('; '), String(plan.year), plan.kind, doi]);
    summary.documents++;
    if (plan.kind === 'paper') summary.papers++;
    else summary.policies++;
    if (plan.pdf) summary.pdf++;
    else summary.txt++;
    if (zh) summary.zh++;
    else summary.en++;
    summary.bytes += bytes.length;
    yield { path, bytes };
  }
  const csv = utf8(toCsv({ header: ['path', 'title', 'authors', 'year', 'kind', 'doi'], rows: meta }));
  summary.bytes += csv.length;
  yield { path: 'metadata.csv', bytes: csv };
}

function baseDoc(path: string, plan: DocPlan, title: string, authors: string[], source: string, blocks: SampleBlock[]): SampleDocument {
  return {
    path,
    format: plan.pdf ? 'pdf' : 'txt',
    kind: plan.kind,
    language: plan.lang,
    year: plan.year,
    title,
    authors,
    description: '',
    source,
    blocks,
  };
}

function emptySummary(): SyntheticCorpusSummary {
  return { documents: 0, papers: 0, policies: 0, pdf: 0, txt: 0, zh: 0, en: 0, references: 0, works: 0, bytes: 0 };
}

function utf8(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

/** Writes a synthetic corpus into `outDir` (emptied first); the same options give the same bytes. */
export async function makeSyntheticCorpus(outDir: string, options: SyntheticCorpusOptions): Promise<SyntheticCorpusSummary> {
  const summary = emptySummary();
  await rm(outDir, { recursive: true, force: true });
  const made = new Set<string>();
  for (const file of syntheticCorpusFiles(options, summary)) {
    const abs = join(outDir, ...file.path.split('/'));
    const dir = dirname(abs);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await writeFile(abs, file.bytes);
  }
  return summary;
}

function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const num = (name: string, fallback: number): number => {
    const v = flag(args, name);
    const x = v === undefined ? fallback : Number(v);
    if (!Number.isFinite(x) || x < 0) throw new Error(`${name} needs a number, got ${v}`);
    return x;
  };
  const docs = num('--docs', 1000);
  const out = resolve(flag(args, '--out') ?? `/tmp/syn${docs}`);
  const t0 = performance.now();
  const summary = await makeSyntheticCorpus(out, {
    docs,
    seed: num('--seed', 1),
    pdfShare: num('--pdf-share', 0.3),
    zhShare: num('--zh-share', 0.35),
    policyShare: num('--policy-share', 0.08),
    refsMean: num('--refs', 30),
  });
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  process.stdout.write(
    `Wrote ${summary.documents} documents to ${out} in ${secs} s: ${summary.papers} papers, ${summary.policies} policy documents; ` +
      `${summary.pdf} PDF, ${summary.txt} text; ${summary.en} English, ${summary.zh} Chinese; ` +
      `${summary.references} references to ${summary.works} works; ${(summary.bytes / 1e6).toFixed(1)} MB\n`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
