import type { CslItem, CslName } from './csl.js';
import { cslDate, plausibleYear, yearCandidates } from './dates.js';
import { extractIdentifiers } from './identifiers.js';
import { isNameListOnly } from './names.js';
import { findDocNumber } from './policy.js';
import { trimPunct } from './script.js';
import { containerEnd, normalisePages, placePublisherAt } from './tail.js';

/** Splits at sentence periods and at the colon that follows a name ("张三: 《书名》"). */
function segments(s: string): string[] {
  return s
    .split(/\.\s|\.$/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

function namesIn(s: string): CslName[] | null {
  const t = trimPunct(s);
  if (!t || t.length > 80) return null;
  const list = isNameListOnly(t);
  return list && list.names.length > 0 ? list.names : null;
}

/** The first date of `s`: "2017-12-19", "2017年12月19日", "2019年", or a plain year. */
function dateIn(s: string): { year: number; month?: number; day?: number } | undefined {
  const zh = /(\d{4})\s?年(?:\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?日)?)?/.exec(s);
  if (zh && plausibleYear(Number(zh[1]))) {
    const out: { year: number; month?: number; day?: number } = { year: Number(zh[1]) };
    if (zh[2]) out.month = Number(zh[2]);
    if (zh[3]) out.day = Number(zh[3]);
    return out;
  }
  for (const c of yearCandidates(s)) {
    if (c.bracket || c.labelled || c.pageRange) continue;
    const out: { year: number; month?: number; day?: number } = { year: c.year };
    if (c.month !== undefined) out.month = c.month;
    if (c.day !== undefined) out.day = c.day;
    return out;
  }
  return undefined;
}

/**
 * Parses a Chinese reference without a GB/T 7714 type marker: policy documents ("《国家职业教育改革
 * 实施方案》(国发〔2019〕4号)", "国务院办公厅. 关于…的意见. 国办发〔2017〕95号. 2017"), the
 * humanities style with book and journal names in 《》 ("张三: 《题名》, 《刊名》2019年第3期"), and
 * GB/T 7714 without markers ("张三, 李四. 题名. 刊名, 2019, 39(12): 72-74").
 */
export function parseCjk(text: string): CslItem | null {
  const ids = extractIdentifiers(text);
  let s = ids.rest;
  const item: CslItem = { language: 'zh' };
  const dn = findDocNumber(s);
  if (dn) {
    item.number = dn.number;
    // Remove the number together with brackets around it: "(国发〔2019〕4号)".
    let a = dn.start;
    let b = dn.end;
    if (/[(（]/.test(s[a - 1] ?? '') && /[)）]/.test(s[b] ?? '')) {
      a--;
      b++;
    }
    s = `${s.slice(0, a)} ${s.slice(b)}`.replace(/\s{2,}/g, ' ').trim();
  }
  const date = dateIn(s);
  const book = /《([^《》]{1,200})》/u.exec(s);
  if (book && book[1]) {
    // Title in 《》; the issuing body or author before it, a journal in a second 《》 after it.
    item.title = book[1].trim();
    const before = trimPunct(s.slice(0, book.index).replace(/[:：]\s?$/, ''));
    const after = s.slice(book.index + book[0].length);
    const names = before ? namesIn(before) : null;
    if (names) item.author = names;
    const second = /《([^《》]{1,120})》/u.exec(after);
    if (second && second[1]) {
      item['container-title'] = second[1].trim();
      item.type = 'article-journal';
      const issue = /第\s?(\d{1,3})\s?期/.exec(after);
      if (issue && issue[1]) item.issue = issue[1];
    } else if (!names) {
      // "《…》, 国务院, 2019": the body after the title.
      const seg = after.split(/[,.;]\s?/).map((x) => trimPunct(x)).find((x) => x.length > 0 && !/\d/.test(x));
      const after1 = seg ? namesIn(seg) : null;
      if (after1) item.author = after1;
    }
    const pp = /第\s?(\d{1,5}(?:\s?[-–]\s?\d{1,5})?)\s?页/.exec(after);
    if (pp && pp[1]) item.page = normalisePages(pp[1]);
    const pub = /[:：]\s?([\p{Script=Han}]{2,30}(?:出版社|书局|书店|印书馆|出版公司))/u.exec(after);
    if (pub && pub[1]) {
      item.publisher = pub[1];
      item.type = item.type ?? 'book';
    }
  } else {
    const segs = segments(s);
    let i = 0;
    const names = segs[0] !== undefined && segs.length > 1 ? namesIn(segs[0]) : null;
    if (names) {
      item.author = names;
      i = 1;
    }
    const title = segs[i];
    if (title) item.title = trimPunct(title.replace(/^[“"]|[”"]$/g, ''));
    const rest = segs.slice(i + 1).join('. ');
    const pp = placePublisherAt(rest);
    if (pp) {
      item['publisher-place'] = pp.place;
      item.publisher = pp.publisher.replace(/,\s?\d{4}.*$/, '');
      item.type = 'book';
    } else if (rest && /\d/.test(rest)) {
      const end = containerEnd(rest, 0);
      const container = trimPunct(rest.slice(0, end));
      if (container && !/^\d/.test(container) && container.length < 60) {
        item['container-title'] = container;
        item.type = 'article-journal';
        const nums = /^,?\s?\d{4}\s?,?\s?(\d+)?\s?(?:\(([^()]{1,12})\))?\s?(?::\s?(\d+(?:\s?[-–]\s?\d+)?))?/.exec(rest.slice(end).replace(/^[\s,]+/, ''));
        if (nums) {
          if (nums[1]) item.volume = nums[1];
          if (nums[2]) item.issue = nums[2];
          if (nums[3]) item.page = normalisePages(nums[3]);
        }
      }
    }
  }
  if (date) item.issued = cslDate(date.year, date.month, date.day);
  if (!item.type) item.type = item.number ? 'legislation' : 'document';
  if (ids.DOI) item.DOI = ids.DOI;
  if (ids.URL) item.URL = ids.URL;
  if (!item.title) return null;
  if (!item.author && !item.issued && !item.number && !item['container-title']) return null;
  return item;
}
