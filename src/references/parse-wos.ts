import type { CslItem, CslName } from './csl.js';
import { cslDate, plausibleYear } from './dates.js';
import { parseNameList } from './names.js';

/**
 * The Web of Science cited-reference form: "Zhang J, 2019, J HIGH EDUC, V12, P45, DOI 10.1234/abc".
 * Fields are separated by ", "; the source is an upper-case abbreviation; V and P label volume
 * and first page. Returns null when the string does not have that shape.
 */
export function parseWos(s: string): CslItem | null {
  const parts = s.split(', ');
  if (parts.length < 3 || parts.length > 12) return null;
  const [who, yearText, source, ...more] = parts;
  if (!who || !yearText || !source) return null;
  if (!/^\d{4}$/.test(yearText.trim())) return null;
  const year = Number(yearText);
  if (!plausibleYear(year)) return null;
  if (who.length > 60 || /[.:;]\s/.test(who)) return null;
  const labelled = more.some((p) => /^(?:V\d|P\d|PA?\d|DOI\s|DOI\s?\[|ARTN\s|UNSP\s)/.test(p.trim()));
  const letters = source.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '');
  const sourceUpper = letters.length >= 2 && upper.length / letters.length >= 0.9;
  if (!labelled && !(sourceUpper && more.length === 0)) return null;
  const item: CslItem = { type: 'article-journal' };
  const anonymous = /^\[?anonymous\]?$/i.test(who.trim());
  if (!anonymous) {
    const list = parseNameList(who.trim(), 0, 40);
    const name: CslName[] = list && list.names.length > 0 ? list.names.slice(0, 1) : [{ literal: who.trim().replace(/\.$/, '') }];
    item.author = name;
  }
  item.issued = cslDate(year);
  item['container-title'] = source.trim();
  for (const p of more) {
    const t = p.trim();
    const v = /^V(\S+)$/.exec(t);
    if (v && v[1]) item.volume = v[1];
    const pg = /^PA?(\S+)$/.exec(t);
    if (pg && pg[1]) item.page = pg[1];
    const d = /^DOI\s?\[?(10\.\S+?)\]?$/.exec(t);
    if (d && d[1] && !item.DOI) item.DOI = d[1];
  }
  return item;
}
