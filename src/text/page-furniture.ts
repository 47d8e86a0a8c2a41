/**
 * Running headers, footers and page numbers of paged documents. Only the edge zone of a page is
 * looked at: its first three and last three non-empty lines. There:
 * - a lone page number is removed ("12", "- 12 -", "— 3 —", "Page 3 of 10", "3 / 10", "第 3 页",
 *   "第3页 共10页", lower-case roman numerals i–xxxix);
 * - a line is furniture when its key (cleaned text, lower case, white space collapsed, every run of digits
 *   replaced by '#') is in the edge zone of at least 3 pages and of at least 40 % of the pages of one of
 *   three groups: all pages, odd pages, even pages (running heads often alternate: author on even
 *   pages, title on odd pages). A line repeated on two pages only is never furniture.
 * Lines in the middle of a page are never removed.
 */

/** Lines of the top and bottom of a page that are examined. */
export const EDGE_LINES = 3;
/** A repeated line must be in the edge zone of at least this many pages... */
export const MIN_PAGES = 3;
/** ...and of at least this share of the pages in its group (all, odd or even pages). */
export const MIN_SHARE = 0.4;
/** Longer lines are body text, not running heads. */
const MAX_KEY_LENGTH = 160;

/** Lines found to be running heads or page numbers. */
export interface Furniture {
  /** For each page, the indices of its lines to remove. */
  remove: Set<number>[];
  /** Lines removed as running headers or footers. */
  furniture: number;
  /** Lines removed as page numbers. */
  pageNumbers: number;
}

const DASHES = '\\-–—―‐‑‒−－~～·•|_';
const LONE_NUMBER = new RegExp(`^[${DASHES}\\s]*\\d{1,4}[${DASHES}\\s]*$`);
const PAGE_WORD = /^(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const PAGE_OF = /^\d{1,4}\s*(?:of|\/)\s*\d{1,4}$/i;
const ZH_PAGE = /^(?:第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页)$/;
const ROMAN = new RegExp(`^[${DASHES}\\s]*(?=[ivxl])(?:x{0,3})(?:ix|iv|v?i{0,3})[${DASHES}\\s]*$`);

/** True when a line is nothing but a page number. */
export function isPageNumber(line: string): boolean {
  if (line.length > 40) return false;
  const s = line.normalize('NFKC').trim();
  if (s.length === 0 || s.length > 30) return false;
  return LONE_NUMBER.test(s) || PAGE_WORD.test(s) || PAGE_OF.test(s) || ZH_PAGE.test(s) || ROMAN.test(s);
}

/** The key under which a (cleaned, so already NFKC) line is compared with the lines of other pages. */
export function furnitureKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\d+/g, '#')
    .trim()
    // a page number printed before the running head on even pages and after it on odd ones
    .replace(/^(?:#|[ivxlc]+)\s+(?=\S)/, '')
    .replace(/(?<=\S)\s+(?:#|[ivxlc]+)$/, '');
}

/** Finds the running headers, footers and page numbers of a paged document. `pages` holds cleaned lines. */
export function findFurniture(pages: readonly (readonly string[])[]): Furniture {
  const remove = pages.map(() => new Set<number>());
  const zones = pages.map(edgeZone);
  // For each zone line: '' for a page number, null for a line too long to be a running head, else its key.
  const keys = zones.map((zone, p) =>
    zone.map((i) => {
      const line = pages[p]?.[i] ?? '';
      if (isPageNumber(line)) return '';
      return line.length > MAX_KEY_LENGTH ? null : furnitureKey(line);
    }),
  );
  const counts = new Map<string, { all: number; odd: number; even: number; last: number }>();
  keys.forEach((zoneKeys, p) => {
    for (const key of zoneKeys) {
      if (!key) continue;
      let c = counts.get(key);
      if (!c) {
        c = { all: 0, odd: 0, even: 0, last: -1 };
        counts.set(key, c);
      }
      if (c.last === p) continue;
      c.last = p;
      c.all++;
      if (p % 2 === 0) c.odd++;
      else c.even++;
    }
  });
  const total = pages.length;
  const odd = Math.ceil(total / 2);
  const even = Math.floor(total / 2);
  const repeated = (n: number, group: number): boolean => n >= MIN_PAGES && n >= MIN_SHARE * group;
  let furniture = 0;
  let pageNumbers = 0;
  zones.forEach((zone, p) => {
    zone.forEach((i, z) => {
      const key = keys[p]?.[z];
      if (key === '') {
        remove[p]?.add(i);
        pageNumbers++;
        return;
      }
      const c = key ? counts.get(key) : undefined;
      if (c && (repeated(c.all, total) || repeated(c.odd, odd) || repeated(c.even, even))) {
        remove[p]?.add(i);
        furniture++;
      }
    });
  });
  return { remove, furniture, pageNumbers };
}

/** Indices of the first and last EDGE_LINES non-empty lines of a page, in order, without repeats. */
function edgeZone(lines: readonly string[]): number[] {
  const nonEmpty: number[] = [];
  lines.forEach((line, i) => {
    if (line.trim() !== '') nonEmpty.push(i);
  });
  if (nonEmpty.length <= 2 * EDGE_LINES) return nonEmpty;
  return [...nonEmpty.slice(0, EDGE_LINES), ...nonEmpty.slice(-EDGE_LINES)];
}
