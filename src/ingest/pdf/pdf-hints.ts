/**
 * Turns a PDF's info dictionary (and, for the pdf.js engine, the largest-font lines of page 1) into
 * DocHints, keeping a title or author only when it looks like one a person typed.
 */
import type { DocHints } from '../../core/doc.js';
import type { PageText } from './layout.js';

/** The info dictionary fields corpus-lens reads; any may be missing. */
export interface PdfInfo {
  title?: string;
  author?: string;
  producer?: string;
  creator?: string;
}

const JUNK_AUTHORS = new Set([
  'admin', 'administrator', 'user', 'owner', 'author', 'unknown', 'pc', 'lenovo', 'dell', 'hp', 'windows user',
  'microsoft office user', 'windows 用户', '微软用户', '用户', 'ibm', 'sony', 'acer', 'asus',
]);

/** A title from the info dictionary, or undefined when it is empty or a file name a program put there. */
export function cleanInfoTitle(raw: string | undefined): string | undefined {
  const t = collapse(raw);
  if (t === '') return undefined;
  const lower = t.toLowerCase();
  if (/^microsoft (word|powerpoint|excel) - /.test(lower)) return undefined;
  if (/\.(docx?|pdf|tex|dvi|rtf|odt|wpd|indd|qxd|pptx?|xlsx?|ps|eps|txt|html?)$/.test(lower)) return undefined;
  if (/^(untitled\b.*|title|none|null|unknown|document\s*\d*|doc\d*|slide \d+|无标题.*|标题)$/.test(lower)) return undefined;
  if (/^[\p{P}\p{S}\p{N}\s]*$/u.test(t)) return undefined;
  if (t.length < 4 && !/\p{Script=Han}/u.test(t)) return undefined;
  if (/^[\w-]+$/.test(t) && /[_\d]/.test(t)) return undefined; // 'paper_v3', 'MS-2019-0412'
  return t;
}

/**
 * Authors from the info dictionary, split on ';', ' and ', '&', '、', and on commas when every part
 * is a full name ('Ann Lee, Bo Chen', not 'Lee, Ann'); placeholders dropped.
 */
export function cleanInfoAuthors(raw: string | undefined): string[] {
  const t = collapse(raw);
  if (t === '') return [];
  const parts: string[] = [];
  for (const chunk of t.split(/;|、|\s&\s|\sand\s/)) {
    const byComma = chunk.split(',').map((p) => p.trim());
    const names = byComma.length > 1 && byComma.every((p) => p.includes(' ')) ? byComma : [chunk.trim()];
    for (const name of names) if (name !== '') parts.push(name);
  }
  return parts.filter((p) => !JUNK_AUTHORS.has(p.toLowerCase()) && /\p{L}/u.test(p));
}

/** The largest-font line or lines at the top of page 1 (at most three consecutive lines), if larger than the body. */
export function titleByFont(page: PageText | undefined): string | undefined {
  if (!page) return undefined;
  const body: number[] = [];
  let max = 0;
  page.sizes.forEach((s, i) => {
    if (s <= 0) return;
    const len = page.lines[i]?.length ?? 0;
    for (let k = 0; k < Math.min(len, 300); k += 10) body.push(s);
    if (s > max) max = s;
  });
  if (max === 0) return undefined;
  body.sort((a, b) => a - b);
  const bodySize = body[body.length >> 1] ?? max;
  if (max < bodySize * 1.15) return undefined;
  const start = page.sizes.findIndex((s) => s >= max * 0.95);
  const parts: string[] = [];
  for (let i = start; i < page.sizes.length && parts.length < 3; i++) {
    const s = page.sizes[i] ?? 0;
    if (s === 0) continue; // a paragraph break between title lines
    if (s < max * 0.95) break;
    parts.push(page.lines[i] ?? '');
  }
  let title = '';
  for (const p of parts) {
    const joinWithoutSpace = /\p{Script=Han}$/u.test(title) && /^\p{Script=Han}/u.test(p);
    title = title === '' ? p : joinWithoutSpace ? title + p : `${title} ${p}`;
  }
  title = collapse(title);
  return title.length >= 3 ? title : undefined;
}

/** DocHints from the info dictionary, the engine used and the title by font size. */
export function pdfHints(info: PdfInfo, engine: string, firstPage?: PageText): DocHints {
  const hints: DocHints = {};
  const title = cleanInfoTitle(info.title);
  if (title !== undefined) hints.title = title;
  const authors = cleanInfoAuthors(info.author);
  if (authors.length > 0) hints.authors = authors;
  const extra: Record<string, string> = { engine };
  const producer = collapse(info.producer);
  if (producer !== '') extra.producer = producer;
  const creator = collapse(info.creator);
  if (creator !== '') extra.creator = creator;
  const byFont = titleByFont(firstPage);
  if (byFont !== undefined) extra.titleByFont = byFont;
  hints.extra = extra;
  return hints;
}

function collapse(s: string | undefined): string {
  if (typeof s !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f\ufeff]/g, ' ').replace(/\s+/g, ' ').trim();
}
