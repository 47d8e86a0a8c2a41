import type { CslItem, CslName, CslType } from './csl.js';
import { cslDate, plausibleYear, yearCandidates } from './dates.js';
import { extractIdentifiers } from './identifiers.js';
import { isNameListOnly } from './names.js';
import { hasCjk, trimPunct } from './script.js';
import { containerEnd, normalisePages, placePublisherAt } from './tail.js';

const CODE = '(?:M|C|G|N|J|D|R|S|P|DB|CP|EB|A|CM|DS|Z|K|Y)';
const CARRIER = '(?:OL|CD|MT|DK|CD-ROM)';
/** A GB/T 7714 document-type marker: [J], [M], [EB/OL], [A/EB/OL], [J/OL]. */
export const GBT_MARKER = new RegExp(`\\[\\s?${CODE}(?:\\s?/\\s?(?:${CODE}|${CARRIER}))*\\s?\\]`);

const TYPES: Record<string, CslType> = {
  J: 'article-journal',
  M: 'book',
  C: 'book',
  G: 'book',
  D: 'thesis',
  N: 'article-newspaper',
  R: 'report',
  S: 'standard',
  P: 'patent',
  EB: 'webpage',
  A: 'document',
  Z: 'document',
  K: 'document',
  DB: 'document',
  CP: 'document',
  CM: 'document',
  DS: 'document',
  Y: 'document',
};

/** Document numbers that GB/T 7714 writes after the title: standards, patents, reports, policy documents. */
const DOC_NUMBER =
  /^(?:[\p{Script=Han}A-Za-z]{1,12}\s?[〔\[(（【]\s?\d{4}\s?[〕\])）】]\s?(?:第\s?)?\d{1,4}\s?号|(?:GB|GB\/T|GB\/Z|GY\/T|JB|JB\/T|ISO|IEC|ISO\/IEC|DIN|ANSI|BS|EN|JIS|[A-Z]{1,5}(?:\/[A-Z])?)\s?[\d.]+(?:[-—–:]\d{2,4})?|[A-Z]{0,4}\d[\dA-Z.\/-]{4,}|[A-Z]{2,6}-[A-Z0-9-]{2,}|PB \d{2}-\d+|\d{4}\s?年\s?第?\s?\d+\s?号)$/u;

/** Volume statements GB/T 7714 writes after a title or book title: "第 1 卷", "下册", "2011 年卷". */
const VOLUME_PART = /^(?:第\s?([\d一二三四五六七八九十百]{1,4})\s?[卷册辑编部分]{1,2}|([上中下])\s?册?|(\d{4})\s?年卷|卷\s?(\d{1,4})|[Vv]ol\.?\s?(\d{1,4})|제\s?(\d{1,4})\s?권|([\p{Script=Han}]{1,6}卷))$/u;

/** Splits `s` at periods that end a sentence (not after an initial such as "A." or "D.C."). */
function sentences(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let k = 0; k < s.length; k++) {
    if (s[k] !== '.') continue;
    if (!(s[k + 1] === ' ' || k + 1 === s.length)) continue;
    const prev = /(\p{L}+)$/u.exec(s.slice(Math.max(start, k - 12), k))?.[1] ?? '';
    if (prev.length === 1 && /\p{Lu}/u.test(prev) && /\p{Lu}\.\s?$/u.test(s.slice(Math.max(start, k - 4), k + 1)) && /[.,]\s?\p{Lu}\.$/u.test(s.slice(Math.max(start, k - 6), k + 1))) continue;
    if (/^(?:ed|Rev|Inc|Ltd|Co|Univ|Dept|St)$/.test(prev) && !/^ ?\p{Lu}/u.test(s.slice(k + 1, k + 3))) continue;
    out.push(s.slice(start, k).trim());
    start = k + 1;
  }
  const last = s.slice(start).trim();
  if (last) out.push(last);
  return out.filter((x) => x.length > 0);
}

/** Splits a title from the document number or volume statement after its last colon. */
function splitTitle(raw: string): { title: string; number?: string; volume?: string } {
  let title = trimPunct(raw);
  const out: { title: string; number?: string; volume?: string } = { title };
  for (let round = 0; round < 2; round++) {
    const colon = title.lastIndexOf(': ');
    if (colon <= 0) break;
    const tail = title.slice(colon + 2).trim();
    const vm = VOLUME_PART.exec(tail);
    if (vm) {
      const v = vm[1] ?? vm[2] ?? vm[3] ?? vm[4] ?? vm[5] ?? vm[6] ?? vm[7];
      if (v && !out.volume) out.volume = v;
      title = title.slice(0, colon).trim();
      continue;
    }
    if (DOC_NUMBER.test(tail) && !/^\d{4}$/.test(tail)) {
      out.number = tail;
      title = title.slice(0, colon).trim();
      continue;
    }
    break;
  }
  out.title = title;
  return out;
}

/** Reads names that GB/T 7714 puts before the title (or before the book title after "//"). */
function readNames(s: string): { names: CslName[]; ok: boolean } {
  const trimmed = trimPunct(s);
  if (!trimmed) return { names: [], ok: false };
  if (trimmed === '佚名' || /^Anon(?:ymous)?$/i.test(trimmed)) return { names: [], ok: true };
  const list = isNameListOnly(trimmed);
  if (list && (list.names.length > 0 || list.etAl)) return { names: list.names, ok: true };
  return { names: [], ok: false };
}

/** The first year of `s` outside square brackets (access dates are bracketed). */
function firstYear(s: string): { year: number; month?: number; day?: number } | undefined {
  for (const c of yearCandidates(s)) {
    if (c.bracket || c.labelled) continue;
    const out: { year: number; month?: number; day?: number } = { year: c.year };
    if (c.month !== undefined) out.month = c.month;
    if (c.day !== undefined) out.day = c.day;
    return out;
  }
  return undefined;
}

/** Reads "2012, 57 (34): 3219", "2005 (8): 42-45", "(5): 38-39", "1996, 96: 903" after a journal name. */
function journalNumbers(s: string, item: CslItem, newspaper: boolean): void {
  let r = s.replace(/^[\s,.]+/, '');
  const y = /^(\d{4})(?:-\d{1,2}(?:-\d{1,2})?)?\s?,?\s?/.exec(r);
  if (y) r = r.slice(y[0].length);
  const v = /^([A-Za-z]?\d+[A-Za-z]?)\s?/.exec(r);
  if (v && v[1] && !newspaper) {
    item.volume = v[1];
    r = r.slice(v[0].length);
  }
  const iss = /^\(([^()]{1,20})\)\s?/.exec(r);
  if (iss && iss[1] && iss[1].trim() !== '') {
    if (newspaper) item.page = iss[1];
    else item.issue = iss[1];
    r = r.slice(iss[0].length);
  }
  const pg = /^:\s?([^\s\[,;]+(?:\s?[-–]\s?[^\s\[,;.]+)?)/.exec(r);
  const page = pg && pg[1] ? normalisePages(trimPunct(pg[1])) : '';
  if (page !== '') item.page = page; // "::" leaves no page
}

/** Reads "北京: 中华书局, 2000: 29" (place, publisher, year, pages) from the end of a GB/T 7714 reference. */
function publication(segs: string[], item: CslItem): void {
  let after = '';
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] ?? '';
    const pp = placePublisherAt(seg);
    if (pp) {
      item['publisher-place'] = pp.place;
      item.publisher = pp.publisher.replace(/,\s?c?\d{4}.*$/, '');
      after = seg.slice(pp.end);
      break;
    }
  }
  // Pages follow the year (numeric style) or the publisher (author-year style) after a colon.
  const joined = after || segs.join('. ');
  const pages =
    /^(?:,\s?c?\d{4}[a-z]?(?:（[^）]{1,12}）|\([^)]{1,12}\))?)?\s?:\s?([^\s\[\],;]+(?:\s?[-–]\s?[^\s\[\],;.]+)?)/u.exec(joined) ??
    /(?:^|[\s,])c?\d{4}[a-z]?\s?:\s?([^\s\[\],;]+(?:\s?[-–]\s?[^\s\[\],;.]+)?)/u.exec(joined);
  if (pages && pages[1] && /\d/.test(pages[1]) && !/^\d{4}-\d{2}/.test(pages[1])) item.page = normalisePages(trimPunct(pages[1]));
}

/**
 * Parses a GB/T 7714 reference (numeric or author-year): authors, title, type marker such as [J],
 * then journal, year, volume (issue): pages; or "// editors. book title. place: publisher, year: pages".
 */
export function parseGbt(text: string): CslItem | null {
  const ids = extractIdentifiers(text);
  const s = ids.rest;
  const m = GBT_MARKER.exec(s);
  if (!m) return null;
  const code = m[0].replace(/[\[\]\s]/g, '');
  const primary = code.split('/')[0] ?? '';
  const pre = s.slice(0, m.index).trim();
  let post = s.slice(m.index + m[0].length).replace(/^[\s.]+/, '');
  const item: CslItem = { type: TYPES[primary] ?? 'document', genre: `[${code}]` };
  let names: CslName[] = [];
  let titleRaw = pre;
  let year: { year: number; month?: number; day?: number } | undefined;
  // Author-year: "刘彻东, 1998. 题名" / "BAKER S K, JACKSON M E, 1995. Title".
  const ay = /^(.{1,400}?),\s?(c?\d{4}[a-z]?(?:-\d{0,4})?(?:\s?\([^()]{1,12}\))?|\[\d{4}\]|n\.d\.(?:-[a-z])?|无日期(?:-[a-z])?)\.\s/.exec(pre);
  if (ay && ay[1] && readNames(ay[1]).ok) {
    names = readNames(ay[1]).names;
    const ym = /\d{4}/.exec(ay[2] ?? '');
    if (ym) year = { year: Number(ym[0]) };
    titleRaw = pre.slice(ay[0].length);
  } else {
    // Numeric: the authors end at the first sentence period whose left part reads as names.
    let from = 0;
    for (let tries = 0; tries < 6; tries++) {
      const k = pre.indexOf('. ', from);
      if (k < 0) break;
      const r = readNames(pre.slice(0, k));
      if (r.ok) {
        names = r.names;
        titleRaw = pre.slice(k + 2);
        break;
      }
      from = k + 2;
    }
  }
  const t = splitTitle(titleRaw);
  if (t.title) item.title = t.title;
  if (t.number) item.number = t.number;
  if (t.volume) item.volume = t.volume;
  if (names.length > 0) {
    if (primary === 'C' && !post.startsWith('//')) item.editor = names;
    else item.author = names;
  }
  if (post.startsWith('//')) {
    // A part of a book or proceedings: "// editors. book title: volume. edition. place: publisher, year: pages."
    post = post.slice(2).trim();
    const segs = sentences(post);
    let pubIdx = segs.findIndex((x) => placePublisherAt(x) !== null || /^(?:\d{4}|c\d{4})/.test(x));
    if (pubIdx < 0) pubIdx = segs.length;
    const head = segs.slice(0, pubIdx);
    let bookTitle = '';
    if (head.length >= 2) {
      const ed = readNames(head[0] ?? '');
      if (ed.ok) {
        if (ed.names.length > 0) item.editor = ed.names;
        bookTitle = head[1] ?? '';
      } else {
        bookTitle = head[0] ?? '';
      }
    } else {
      bookTitle = head[0] ?? '';
    }
    const bt = splitTitle(bookTitle);
    if (bt.title) item['container-title'] = bt.title;
    if (bt.volume && !item.volume) item.volume = bt.volume;
    item.type = primary === 'C' ? 'paper-conference' : 'chapter';
    publication(segs.slice(pubIdx), item);
    year = year ?? firstYear(segs.slice(pubIdx).join('. '));
  } else if (primary === 'J' || primary === 'N') {
    const end = containerEnd(post, 0);
    const container = trimPunct(post.slice(0, end));
    // A periodical as a whole ("临床内科杂志[J]. 1984, 1(1)-.") has no journal name after the marker.
    if (container && !/^\d/.test(container)) item['container-title'] = container;
    const rest = post.slice(end);
    year = year ?? (item['container-title'] ? firstYear(rest) : undefined) ?? firstYear(post);
    if (item['container-title']) journalNumbers(rest, item, primary === 'N');
    else publication(sentences(post), item);
  } else {
    const segs = sentences(post);
    publication(segs, item);
    year = year ?? firstYear(post);
  }
  if (year && plausibleYear(year.year)) item.issued = cslDate(year.year, year.month, year.day);
  if (!item.number) {
    const dn = /[\p{Script=Han}]{1,10}\s?[〔\[(（【]\s?\d{4}\s?[〕\])）】]\s?\d{1,4}\s?号/u.exec(s);
    if (dn) item.number = dn[0];
  }
  if (ids.DOI) item.DOI = ids.DOI;
  if (ids.URL) item.URL = ids.URL;
  if (hasCjk(item.title ?? pre)) item.language = 'zh';
  if (!item.title && !item.author && !item.issued) return null;
  return item;
}
