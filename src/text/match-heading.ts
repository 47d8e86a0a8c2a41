/**
 * Recognises a heading at the start of a paragraph (or of a line, while lines are being joined).
 * Numbering styles, each with a rank (smaller ranks are higher levels):
 *
 * | rank | style | example |
 * |---|---|---|
 * | 10, 20, 30 | 第X编, 第X章, 第X节 | 第一章 总则 |
 * | 40 | 第X条 (begins the article's own text) | 第三条 职业教育是… |
 * | 50 | Chinese numeral and 、 | 一、总体要求 |
 * | 60 | Chinese numeral in brackets | （二）主要任务 |
 * | 65 | Roman numeral and a dot | IV. RESULTS |
 * | 70, 80, 90, 95 | 1 / 1. , 1.1, 1.1.1, 1.1.1.1 | 3.2 Data |
 * | 100 | Arabic numeral in brackets | （1）, 1） |
 * | 110 | circled numeral | ① |
 * | 0 | unnumbered heading from a fixed list | References, 参考文献 |
 *
 * A heading is a whole short paragraph: Latin titles at most 120 characters and 15 words, starting
 * with an upper-case letter, not ending with , ; : (nor with . unless of 8 words or fewer), without
 * the marks of a reference entry (a year in brackets, "et al.", "pp."), mostly letters (not a table
 * row), numbered 40 at most at the top level; Chinese titles at most 50
 * characters, not ending with 。；，、. Two kinds begin a longer paragraph ("run-in"): 第X条 followed
 * by a space, whose heading is the number alone; and Chinese-numbered headings whose title ends at the
 * first 。 within 30 characters ("（一）指导思想。以…", heading "（一）指导思想").
 */

/** A heading found at the start of a paragraph. */
export interface HeadingMatch {
  /** The numbering as printed ('3.2', '一、', '（二）', '第三条'); '' for an unnumbered heading. */
  number: string;
  rank: number;
  /** Length of the heading from the start of the (trimmed) paragraph. */
  length: number;
  /** True when the heading begins a longer paragraph. */
  runIn: boolean;
  /** True for the heading of a reference list (References, Bibliography, 参考文献...). */
  references: boolean;
}

/** Rank of the unnumbered headings (Abstract, References...): always level 1. */
export const RANK_UNNUMBERED = 0;
/** Rank of 第X条 articles. */
export const RANK_ARTICLE = 40;

const ZH_NUM = '[一二三四五六七八九十百千零〇两]';
const CHAPTER = new RegExp(`^第(?:${ZH_NUM}{1,6}|\\d{1,4})([编章节条])`);
const ZH_TOP = /^[一二三四五六七八九十]{1,3}[、．.]/;
const ZH_PAREN = /^[（(][一二三四五六七八九十]{1,3}[）)]/;
const ROMAN = /^(?=[IVXL])X{0,3}(?:IX|IV|V?I{0,3})[.．]/;
const ARABIC = /^[1-9]\d?(?:[.．](?:[1-9]\d?|0)){0,3}[.．]?(?!\d)/;
const ARABIC_PAREN = /^(?:[（(][1-9]\d?[）)]|[1-9]\d?[）)])/;
const CIRCLED = /^[\u2460-\u2473\u2776-\u277f]/;
const REFERENCE_MARKS = /\(\d{4}[a-z]?\)|\b(?:19|20)\d\d[a-z]?[.,;)]|\bet al\b|\bpp?\.\s*\d|\[[JMDNRCP]\]/;

const UNNUMBERED: ReadonlyMap<string, boolean> = new Map([
  ['abstract', false],
  ['introduction', false],
  ['background', false],
  ['literature review', false],
  ['methods', false],
  ['methodology', false],
  ['results', false],
  ['discussion', false],
  ['results and discussion', false],
  ['conclusion', false],
  ['conclusions', false],
  ['concluding remarks', false],
  ['conclusion and recommendations', false],
  ['conclusions and recommendations', false],
  ['references', true],
  ['reference', true],
  ['bibliography', true],
  ['literature cited', true],
  ['works cited', true],
  ['acknowledgements', false],
  ['acknowledgments', false],
  ['acknowledgement', false],
  ['acknowledgment', false],
  ['appendix', false],
  ['appendices', false],
  ['摘要', false],
  ['内容摘要', false],
  ['引言', false],
  ['前言', false],
  ['结语', false],
  ['结论', false],
  ['结束语', false],
  ['注释', false],
  ['致谢', false],
  ['附录', false],
  ['参考文献', true],
  ['主要参考文献', true],
]);

/** First characters of numbered headings (besides digits and circled numbers). */
const NUMBER_START = new Set(Array.from('第一二三四五六七八九十（(IVXL', (c) => c.charCodeAt(0)));
/** First characters of the unnumbered headings (Latin ones in upper case). */
const UNNUMBERED_START = new Set([...UNNUMBERED.keys()].map((k) => (k[0] ?? '').toUpperCase().charCodeAt(0)));

/** Longest paragraph that can be a Latin heading, and its most words. */
const MAX_LATIN = 120;
const MAX_LATIN_WORDS = 15;
/** Longest paragraph that can be a Chinese heading. */
const MAX_CJK = 50;
/** Longest title of a run-in Chinese heading. */
const MAX_RUN_IN = 30;

/**
 * Matches a heading at the start of `par`, a trimmed paragraph or line. Looks only at a bounded prefix,
 * so it is cheap on long paragraphs.
 */
export function matchHeading(par: string): HeadingMatch | null {
  if (par.length === 0) return null;
  const first = par.charCodeAt(0);
  if (NUMBER_START.has(first) || (first >= 0x31 && first <= 0x39) || (first >= 0x2460 && first <= 0x2473) || (first >= 0x2776 && first <= 0x277f)) {
    const m = chinese(par) ?? numbered(par);
    if (m) return m;
  }
  if (par.length <= 40 && UNNUMBERED_START.has(first)) return unnumbered(par);
  return null;
}

function chinese(par: string): HeadingMatch | null {
  const c = CHAPTER.exec(par.slice(0, 12));
  if (!c) return null;
  const kind = c[1];
  const number = c[0];
  if (kind === '条') {
    const next = par.charCodeAt(number.length);
    if (par.length > number.length && !isWhite(next)) return null;
    return { number, rank: RANK_ARTICLE, length: number.length, runIn: par.length > number.length, references: false };
  }
  if (par.length > 40 || /[。；;，,]$/.test(par)) return null;
  const rank = kind === '编' ? 10 : kind === '章' ? 20 : 30;
  return { number, rank, length: par.length, runIn: false, references: false };
}

function numbered(par: string): HeadingMatch | null {
  const head = par.slice(0, 16);
  let m: RegExpExecArray | null;
  let rank: number;
  let number: string;
  if ((m = ZH_TOP.exec(head))) {
    number = m[0];
    rank = 50;
  } else if ((m = ZH_PAREN.exec(head))) {
    number = m[0];
    rank = 60;
  } else if ((m = ROMAN.exec(head))) {
    number = m[0];
    rank = 65;
  } else if ((m = ARABIC_PAREN.exec(head))) {
    number = m[0];
    rank = 100;
  } else if ((m = ARABIC.exec(head))) {
    number = m[0];
    const parts = number.split(/[.．]/).length;
    // "1." and "1" are one level; "1.1" and "1.1." are two.
    const depth = /[.．]$/.test(number) ? parts - 1 : parts;
    const after = par.charCodeAt(number.length);
    if (depth === 1 && !/[.．]$/.test(number)) {
      // "1 Introduction", "1、引言": a space or 、 must follow a bare number.
      if (after === 0x3001) number += '、';
      else if (!isWhite(after) && !isHanCode(after)) return null;
    }
    rank = depth === 1 ? 70 : depth === 2 ? 80 : depth === 3 ? 90 : 95;
  } else if ((m = CIRCLED.exec(head))) {
    number = m[0];
    rank = 110;
  } else {
    return null;
  }
  const title = par.slice(number.length).trimStart();
  if (title.length === 0) return null;
  const first = title.codePointAt(0) ?? 0;
  if (isHanCode(first)) return cjkTitle(par, number, rank, title);
  if (rank === 50 || rank === 60) return null;
  return latinTitle(par, number, rank, title);
}

function cjkTitle(par: string, number: string, rank: number, title: string): HeadingMatch | null {
  if (par.length <= MAX_CJK && !/[。；;，,、]$/.test(par)) {
    return { number: number.trim(), rank, length: par.length, runIn: false, references: false };
  }
  if (rank === 65) return null;
  const stop = title.slice(0, MAX_RUN_IN + 1).search(/[。]/);
  if (stop < 2) return null;
  const rest = title.slice(stop + 1).trim();
  if (rest.length < 2) return null;
  const length = par.length - title.length + stop;
  return { number: number.trim(), rank, length, runIn: true, references: false };
}

function latinTitle(par: string, number: string, rank: number, title: string): HeadingMatch | null {
  if (par.length > MAX_LATIN) return null;
  const first = title.codePointAt(0) ?? 0;
  if (!isUpperLatin(first)) return null;
  const words = title.split(/\s+/).length;
  if (words > MAX_LATIN_WORDS) return null;
  if (/[,;:]$/.test(title)) return null;
  if (/\.$/.test(title) && words > 8) return null;
  if (/(?:\.{3,}|…|·{3,})\s*\d+$/.test(title)) return null;
  if (REFERENCE_MARKS.test(title)) return null;
  // Mostly letters, with a real word: not a table row such as "9 NA 7 6".
  const letters = title.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 0.6 * title.replace(/\s+/g, '').length || !/\p{L}{3}/u.test(title)) return null;
  // Sections are rarely numbered above 40; "56 Oliver Kopp and ..." is a running head.
  if (rank === 70 && Number.parseInt(number, 10) > 40) return null;
  return { number: number.trim(), rank, length: par.length, runIn: false, references: false };
}

function unnumbered(par: string): HeadingMatch | null {
  if (par.length > 40) return null;
  const c = par.charCodeAt(0);
  if (c >= 0x61 && c <= 0x7a) return null;
  let key = par.replace(/[:：.。]\s*$/, '').trim().toLowerCase();
  if (/^[\u4e00-\u9fff\s]+$/.test(key)) key = key.replace(/\s+/g, '');
  else key = key.replace(/\s+/g, ' ');
  const appendix = /^(appendix|附录)\s*[a-z0-9一二三四五六七八九十]{0,2}$/.exec(key);
  if (appendix) key = appendix[1] ?? key;
  const references = UNNUMBERED.get(key);
  if (references === undefined) return null;
  return { number: '', rank: RANK_UNNUMBERED, length: par.length, runIn: false, references };
}

function isWhite(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}

function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
}

function isUpperLatin(code: number): boolean {
  if (code >= 0x41 && code <= 0x5a) return true;
  if (code < 0xc0) return false;
  const ch = String.fromCodePoint(code);
  return ch !== ch.toLowerCase();
}
