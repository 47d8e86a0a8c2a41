import type { DocKind, Language } from '../../core/doc.js';

/**
 * The first plausible publication year (1450-2199) written as four digits not part of a longer
 * number: '2020///', '2019-05-01', 'JAN 2024', '[2008]'. Undefined when there is none.
 */
export function parseYear(text: string | undefined): number | undefined {
  if (!text) return undefined;
  for (let i = 0; i + 4 <= text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let j = i;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
    if (j - i === 4) {
      const year = Number(text.slice(i, j));
      if (year >= 1450 && year <= 2199) return year;
    }
    i = j;
  }
  return undefined;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * A DOI without resolver prefixes ('https://doi.org/', 'doi:'), trimmed; undefined when the text
 * holds no '10.' DOI.
 */
export function cleanDoi(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.trim();
  const at = t.indexOf('10.');
  if (at < 0) return undefined;
  const doi = t.slice(at).split(/\s/)[0] ?? '';
  return doi.length > 3 && doi.includes('/') ? doi : undefined;
}

/** Maps a language as exports write it ('English', 'Chinese', 'chi', 'zh-CN', '中文') to a Language. */
export function languageOf(text: string | undefined): Language | undefined {
  if (!text) return undefined;
  const lower = text.trim().toLowerCase();
  let end = lower.length;
  while (end > 0 && ';；,，.'.includes(lower[end - 1] as string)) end--;
  const t = lower.slice(0, end);
  if (t === 'english' || t === 'en' || t === 'eng' || t.startsWith('en-') || t === '英文' || t === '英语') return 'en';
  if (t === 'chinese' || t === 'zh' || t === 'chi' || t === 'zho' || t.startsWith('zh-') || t === '中文' || t === '汉语') {
    return 'zh';
  }
  return undefined;
}

/**
 * 'policy' for record types that name laws, bills, regulations and government documents (RIS GOVDOC,
 * BILL, STAT, LEGAL; CSL legislation, bill, regulation; EndNote "Statute"), 'paper' otherwise.
 */
export function kindOfType(type: string | undefined): DocKind {
  if (!type) return 'paper';
  const t = type.trim().toLowerCase();
  return POLICY_TYPES.has(t) ? 'policy' : 'paper';
}

const POLICY_TYPES = new Set([
  // RIS
  'govdoc',
  'bill',
  'stat',
  'legal',
  // CSL-JSON, BibLaTeX
  'legislation',
  'regulation',
  'law',
  // EndNote, RefWorks
  'government document',
  'statute',
  'legal rule or regulation',
  'laws/statutes',
  'legal rule',
]);

/** Splits a keyword list on ';' and '；' (and on '，' or ',' when the list has neither), trimming each. */
export function splitKeywords(text: string | undefined): string[] {
  if (!text) return [];
  let parts: string[];
  if (/[;；]/.test(text)) parts = text.split(/[;；]/);
  else if (text.includes('，')) parts = text.split('，');
  else if (text.includes(',')) parts = text.split(',');
  else parts = [text];
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** True when the text holds a Chinese character (CJK Unified Ideographs, extension A). */
export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return true;
  }
  return false;
}

/**
 * Splits a name list from a CNKI-style field: on ';' and '；' always; on ',' '，' and '、' only when
 * the text is Chinese without Latin letters (so that 'Smith, John' stays whole).
 */
export function splitNameList(text: string): string[] {
  let parts = text.split(/[;；]/);
  if (hasCjk(text) && !/[A-Za-z]/.test(text)) parts = parts.flatMap((p) => p.split(/[,，、]/));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** 'first-last' page range from start and end pages; either may be missing. */
export function pageRange(first: string | undefined, last: string | undefined): string {
  const a = (first ?? '').trim();
  const b = (last ?? '').trim();
  if (a && b && a !== b) return `${a}-${b}`;
  return a || b;
}
