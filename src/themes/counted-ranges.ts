import type { Section } from '../core/doc.js';

/**
 * Headings of the parts of a document that are not its own running text: reference lists and
 * notes. Compared after numbering, brackets and a final colon are removed, in lower case.
 */
export const REFERENCE_HEADINGS: ReadonlySet<string> = new Set([
  'references',
  'reference',
  'reference list',
  'list of references',
  'bibliography',
  'selected bibliography',
  'works cited',
  'literature cited',
  'cited literature',
  'literature',
  'sources',
  'notes',
  'endnotes',
  'footnotes',
  'notes and references',
  'references and notes',
  '参考文献',
  '主要参考文献',
  '参考资料',
  '参考书目',
  '引用文献',
  '引文',
  '文献',
  '注释',
  '注',
  '尾注',
  '脚注',
  '附注',
]);

const NUMBERING = /^(?:第[一二三四五六七八九十百零〇\d]{1,6}[章节部分篇]|[一二三四五六七八九十]{1,3}[、.．]|[ivxlc]{1,6}[.)]|\d{1,3}(?:\.\d{1,3}){0,4}\.?)\s*/;
const EDGES = /^[\s[【〔（(《]+|[\s\]】〕）)》:：.。]+$/g;

/** True when a section heading names a reference list or notes ("References", "7. 参考文献", "【注释】"). */
export function isReferenceHeading(heading: string): boolean {
  let h = heading.normalize('NFKC').slice(0, 80).toLowerCase().trim();
  h = h.replace(EDGES, '');
  h = h.replace(NUMBERING, '');
  h = h.replace(EDGES, '');
  return REFERENCE_HEADINGS.has(h.replace(/\s+/g, ' '));
}

/**
 * The ranges of `text` that count as the document's own text: everything but the sections whose
 * heading is a reference heading, each skipped from its heading to its end. Sorted, disjoint,
 * half-open [from, to) pairs.
 */
export function countedRanges(text: string, sections: readonly Section[]): Array<[number, number]> {
  const skip = sections
    .filter((s) => isReferenceHeading(s.heading))
    .map((s): [number, number] => [Math.max(0, s.offset), Math.min(text.length, s.end)])
    .filter(([a, b]) => b > a)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const ranges: Array<[number, number]> = [];
  let pos = 0;
  for (const [a, b] of skip) {
    if (a > pos) ranges.push([pos, a]);
    pos = Math.max(pos, b);
  }
  if (pos < text.length) ranges.push([pos, text.length]);
  return ranges;
}
