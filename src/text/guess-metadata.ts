import type { DocHints, Language } from '../core/doc.js';
import { isHan } from './char-class.js';
import { matchHeading } from './match-heading.js';

/** Bibliographic fields guessed for a document. */
export interface GuessedMetadata {
  title: string;
  authors: string[];
  year: number | null;
  doi: string;
}

/** Paragraphs of the first page looked at for a title. */
const TITLE_PARAGRAPHS = 12;
/** Characters looked at for a year. */
const YEAR_HEAD = 1500;
/** Characters looked at for the document's own DOI before falling back to a labelled one. */
const DOI_HEAD = 5000;

const DOI_BODY = '10\\.\\d{4,9}\\/[^\\s"<>\\u3000-\\u303f\\uff00-\\uffef\\u4e00-\\u9fff]+';
const DOI_ANY = new RegExp(DOI_BODY);
const DOI_LABELLED = new RegExp(`(?:\\bdoi\\s*[:：]?\\s*|doi\\.org\\/)(${DOI_BODY})`, 'i');
const REFERENCES_AT = /(?:^|[\n\f])[ \t]*(?:references|bibliography|literature cited|works cited|(?:主要)?参考文献)[ \t]*[:：]?[ \t]*(?:[\n\f]|$)/i;

const ZH_POLICY_TITLE = /^关于.{2,80}的(?:通知|意见|办法|决定|规定|方案|批复|函|通告|公告)|(?:通知|意见|办法|条例|方案|决定|规定|规划|纲要|细则|法)(?:[（(][^（）()]{1,20}[)）])?$/;
const BOOK_TITLE = /^《[^《》]{2,80}》$/;
const LABEL =
  /^(?:received|accepted|revised|published|submitted|available online|vol\b|vol\.|volume|issue|issn|e-issn|isbn|doi|citation|cite this|to cite|copyright|©|download|original (?:research )?article|research article|review article|article\b|open access|journal\b|proceedings\b|international journal|http|www\.|引用格式|中图分类号|文献标识码|文章编号|文章编码|收稿日期|基金项目|作者简介|第\s*\d+\s*卷|编者按)/i;
const DATE_LINE = /^(?:\d{4}\s*年|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\(?\d{4}-\d{2}-\d{2}\)?)/;

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const YEAR_CONTEXT = /(?:©|\(c\)|copyright|published(?: online)?|出版日期|发布日期|印发日期|发文日期)\s*[:：]?\s*(?:[a-z]+\.?\s+)?(?:\d{1,2},?\s+)?((?:19|20)\d\d)(?!\d)/i;
const FULL_DATES = [
  /(?<!\d)((?:19|20)\d\d)\s*年\s*\d{1,2}\s*月/g,
  /(?<!\d)((?:19|20)\d\d)[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)/g,
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2},?\\s+((?:19|20)\\d\\d)(?!\\d)`, 'gi'),
  new RegExp(`\\b\\d{1,2}\\s+(?:${MONTHS})\\.?,?\\s+((?:19|20)\\d\\d)(?!\\d)`, 'gi'),
];
const ZH_YEAR = /(?<!\d)((?:19|20)\d\d)\s*年/;
const ANY_YEAR = /(?<![\d./-])((?:19|20)\d\d)(?![\d])/;

const NAME_STOP = new Set([
  'university', 'college', 'institute', 'department', 'school', 'faculty', 'journal', 'abstract', 'introduction',
  'the', 'of', 'for', 'in', 'on', 'at', 'to', 'with', 'education', 'research', 'china', 'press', 'vol', 'volume',
  'academy', 'center', 'centre', 'laboratory', 'ministry', 'government', 'council', 'office', 'keywords', 'key',
  'received', 'accepted', 'published', 'email', 'e-mail', 'corresponding', 'author', 'authors', 'by',
  'download', 'pdf', 'html', 'xml', 'view', 'full', 'text', 'open', 'access', 'article', 'cite', 'share',
  'print', 'menu', 'home', 'search', 'login', 'more', 'read', 'submitted', 'figure', 'table', 'section',
  'chapter', 'part', 'page', 'issue', 'original', 'review', 'paper', 'study', 'analysis', 'case', 'english',
  'chinese', 'version', 'online', 'available', 'supplementary', 'data', 'references', 'policy', 'notice',
  'development', 'integration', 'industry', 'model', 'construction', 'deep', 'strategy', 'strategies',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
]);
const SURNAMES = new Set(
  Array.from(
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
  ),
);
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '司徒', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '长孙', '宇文', '端木'];
const INSTITUTION_END = /[部院厅局委会府室司处校学所省市县区厂社组办站馆]$/;

/**
 * Guesses title, authors, year and DOI. Hints read from the file (PDF info, DOCX properties, export
 * fields) win when plausible: a title that is not a file name ("Microsoft Word - draft.docx",
 * "untitled"), author names of two letters or more that are not placeholders or user names, a
 * year between 1900 and 2100, a well-formed DOI. Otherwise, from the text:
 * - title: in Chinese or mixed text, the first paragraph of the first page shaped like a policy title
 *   (关于…的通知, 《…》, ending in 通知/意见/办法/条例/方案/...); else the first substantial paragraph
 *   (3 words or 4 Han characters at least; labels such as "Received", "ISSN", "中图分类号", dates and
 *   links skipped); empty when that paragraph is body text (over 300 characters);
 * - authors: the paragraph right after a title taken from the text, when every part of it is a
 *   personal name (2 to 4 capitalised words or initials; or a Chinese name of 2 to 4 characters
 *   starting with a common surname); otherwise none (empty is better than wrong);
 * - year: in the first 1,500 characters before any reference list, a year after ©, "Copyright", "Published"; else the latest
 *   year of a full date (2022年4月20日, 2018-11-22, March 3, 2019); else the first "2019年"; else the
 *   first year 1900–2099 standing alone;
 * - doi: the first DOI in the first 5,000 characters before any reference list; else a DOI labelled
 *   "doi:" or given as a doi.org link before the reference list; trailing punctuation trimmed.
 */
export function guessMetadata(text: string, hints: DocHints, language: Language): GuessedMetadata {
  const firstPage = text.slice(0, firstPageEnd(text));
  const paragraphs = firstParagraphs(firstPage);
  let title = '';
  let titleIndex = -1;
  if (hints.title !== undefined && plausibleTitle(hints.title)) {
    title = hints.title.trim().replace(/\s+/g, ' ');
    const key = squash(title);
    titleIndex = paragraphs.findIndex((p) => squash(p) === key);
  } else {
    const found = titleFromText(paragraphs, language);
    title = found.title;
    titleIndex = found.index;
  }
  let authors: string[] = [];
  if (hints.authors && hints.authors.length > 0 && hints.authors.every(plausibleAuthor)) {
    authors = hints.authors.map((a) => a.trim().replace(/\s+/g, ' '));
  } else if (titleIndex >= 0) {
    authors = parseByline(paragraphs[titleIndex + 1] ?? '');
  }
  const references = referencesStart(text);
  const year =
    hints.year !== undefined && Number.isInteger(hints.year) && hints.year >= 1900 && hints.year <= 2100
      ? hints.year
      : guessYear(text.slice(0, Math.min(YEAR_HEAD, references)));
  const hintDoi = hints.doi ? normaliseDoi(hints.doi) : '';
  const doi = hintDoi || guessDoi(text.slice(0, references));
  return { title, authors, year, doi };
}

/**
 * True when an author name read from file metadata can be trusted: two letters at least, not a
 * placeholder ("Administrator") nor a lower-case user name ("senellpa").
 */
export function plausibleAuthor(name: string): boolean {
  const n = name.trim();
  if (n.length > 120 || (n.match(/\p{L}/gu)?.length ?? 0) < 2) return false;
  // A user name ("senellpa") rather than a person's name.
  if (/^[a-z0-9._-]+$/.test(n)) return false;
  return !/^(?:author|admin|administrator|user|unknown|owner|microsoft|lenovo|dell|hp|think ?pad|作者|用户)$/i.test(n);
}

/** True when a title read from file metadata can be trusted. */
export function plausibleTitle(title: string): boolean {
  const t = title.trim();
  if (t.length < 3 || t.length > 300) return false;
  if (!/\p{L}/u.test(t)) return false;
  if (/^microsoft (?:word|powerpoint|excel)\s*-/i.test(t)) return false;
  if (/\.(?:docx?|pdf|txt|rtf|wps|tex|dvi|indd|qxd|pptx?|xlsx?|html?)$/i.test(t)) return false;
  if (/^(?:untitled|document\d*|title|slide \d+|powerpoint presentation|无标题|新建.*文档|文档\d*)$/i.test(t)) return false;
  if (/^[a-z]:\\|^\/|^[\w.-]+\/[\w./-]+$/i.test(t)) return false;
  return true;
}

function firstPageEnd(text: string): number {
  const f = text.indexOf('\f');
  return f < 0 ? text.length : f;
}

function firstParagraphs(page: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < TITLE_PARAGRAPHS && i < page.length) {
    let end = page.indexOf('\n\n', i);
    if (end < 0) end = page.length;
    const p = page.slice(i, end).trim();
    if (p) out.push(p);
    i = end + 2;
  }
  return out;
}

function titleFromText(paragraphs: readonly string[], language: Language): { title: string; index: number } {
  if (language === 'zh' || language === 'mixed') {
    const i = paragraphs.findIndex((p) => p.length <= 100 && (ZH_POLICY_TITLE.test(p) || BOOK_TITLE.test(p)));
    if (i >= 0) return { title: paragraphs[i] ?? '', index: i };
  }
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] ?? '';
    if (isJunk(p)) continue;
    const h = matchHeading(p);
    if (h && h.rank === 0) return { title: '', index: -1 };
    if (!substantial(p)) continue;
    if (p.length > 300) return { title: '', index: -1 };
    return { title: p.replace(/[*†‡]+$/, '').trim(), index: i };
  }
  return { title: '', index: -1 };
}

function isJunk(p: string): boolean {
  if (LABEL.test(p) || DATE_LINE.test(p)) return true;
  if (/^\S+@\S+$/.test(p) || /^(?:https?:\/\/|www\.)\S*$/i.test(p)) return true;
  return !/\p{L}/u.test(p);
}

function substantial(p: string): boolean {
  let han = 0;
  for (let i = 0; i < p.length && han < 4; i++) if (isHan(p.charCodeAt(i))) han++;
  if (han >= 4) return true;
  return p.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 3;
}

/** Names of a byline (what comes before a bracket), or [] when any part does not look like a name. */
export function parseByline(line: string): string[] {
  // Affiliations often follow the names in the same paragraph: "GUO Guangjun, CHEN Peng (1. Journal…".
  const bracket = line.search(/[(（]/);
  const s = (bracket > 0 ? line.slice(0, bracket) : line).trim();
  if (s.length === 0 || s.length > 200) return [];
  const han = Array.from(s).filter((ch) => isHan(ch.codePointAt(0) ?? 0)).length;
  if (han > 0) return chineseNames(s);
  const stripped = s.replace(/[\d*†‡§¶"“”‘?^]+/g, ' ').replace(/’(?=\s|,|;|$)/g, ' ');
  const parts = stripped
    .split(/,|;|\band\b|&/)
    .map((p) => p.trim().replace(/\s+/g, ' ').replace(/['’]+$/, ''))
    .filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 12) return [];
  for (const p of parts) {
    const tokens = p.split(' ');
    if (tokens.length < 2 || tokens.length > 4) return [];
    for (const t of tokens) {
      if (NAME_STOP.has(t.toLowerCase())) return [];
      if (!/^(?:[A-Z][A-Za-z\u00C0-\u024F'’-]*\.?|(?:[A-Z]\.){1,3}(?:-?[A-Z]\.)?)$/.test(t)) return [];
    }
  }
  return parts;
}

function chineseNames(s: string): string[] {
  const cleaned = s.replace(/[\d*†‡§¶"“”‘’?^a-zA-Z]+/g, ' ');
  const parts = cleaned.split(/[，,、；;\s]+/).filter((p) => p.length > 0);
  if (parts.length === 0 || parts.length > 12) return [];
  for (const p of parts) {
    if (p.length < 2 || p.length > 4 || !Array.from(p).every((ch) => isHan(ch.codePointAt(0) ?? 0))) return [];
    if (INSTITUTION_END.test(p)) return [];
    const surname = COMPOUND_SURNAMES.some((c) => p.startsWith(c)) || SURNAMES.has(p[0] ?? '');
    if (!surname) return [];
    if (p.length === 4 && !COMPOUND_SURNAMES.some((c) => p.startsWith(c))) return [];
  }
  return parts;
}

/** The year of a document from its first characters (see guessMetadata). */
export function guessYear(head: string): number | null {
  const context = YEAR_CONTEXT.exec(head);
  if (context?.[1]) return Number(context[1]);
  let best = 0;
  for (const re of FULL_DATES) {
    re.lastIndex = 0;
    for (let m = re.exec(head); m !== null; m = re.exec(head)) best = Math.max(best, Number(m[1]));
  }
  if (best > 0) return best;
  const zh = ZH_YEAR.exec(head);
  if (zh?.[1]) return Number(zh[1]);
  const any = ANY_YEAR.exec(head);
  return any?.[1] ? Number(any[1]) : null;
}

/** Offset of the reference list's heading, or the text's length. */
function referencesStart(text: string): number {
  const refs = REFERENCES_AT.exec(text);
  return refs ? refs.index : text.length;
}

/** The document's own DOI from the text before its reference list (see guessMetadata), or ''. */
export function guessDoi(front: string): string {
  const first = DOI_ANY.exec(front.slice(0, DOI_HEAD));
  if (first) return normaliseDoi(first[0]);
  const labelled = DOI_LABELLED.exec(front);
  return labelled?.[1] ? normaliseDoi(labelled[1]) : '';
}

/** A DOI without its resolver prefix and without trailing punctuation ("10.1000/xyz)." → "10.1000/xyz"). */
export function normaliseDoi(doi: string): string {
  const m = DOI_ANY.exec(doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi\s*[:：]\s*)/i, ''));
  if (!m) return '';
  let d = m[0];
  for (;;) {
    const last = d[d.length - 1] ?? '';
    if (last === ')') {
      const open = d.split('(').length - 1;
      const close = d.split(')').length - 1;
      if (close > open) {
        d = d.slice(0, -1);
        continue;
      }
      break;
    }
    if ('.,;:\'"”’»]}>'.includes(last) && d.length > 0) {
      d = d.slice(0, -1);
      continue;
    }
    break;
  }
  return d;
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[\s\p{P}]+/gu, '');
}
