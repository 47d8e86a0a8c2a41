import type { Doc } from '../../core/doc.js';

/** A span of a document's text that holds a reference list. */
export interface ReferenceSection {
  /** First character after the heading (or of the first entry, for a trailing numbered block). */
  offset: number;
  end: number;
  heading: string;
}

const REFERENCE_HEADING =
  /^(references?( and notes)?|reference list|bibliography|select(ed)? bibliography|works cited|literature cited|literature|sources|notes and references|参考文献|主要参考文献|参考资料|引用文献|注释|注释与参考文献|文献)$/i;
const STOP_HEADING = /^(appendix|appendices|acknowledge?ments?|about the authors?|author biograph|biograph|supplementary|附录|致谢|作者简介|后记)/i;

/** Strips the numbering and punctuation of a heading: "7. References:" → "References". */
function headingWords(heading: string): string {
  return heading
    .replace(/^\s*(\d+(\.\d+)*\.?|[IVXL]+\.|[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分])\s*/u, '')
    .replace(/[:：.。\s]+$/u, '')
    .trim();
}

/**
 * Finds the reference lists of a document: sections headed References, Bibliography, Works Cited,
 * Literature Cited, 参考文献, 注释 and the like, each running to the next heading of the same or a higher
 * level, or to an appendix or acknowledgements heading; without such a heading, a trailing block of
 * entries numbered from [1] or 1. (at least three). A document with neither gets none: no reference
 * is ever invented from body text.
 */
export function findReferenceSections(doc: Pick<Doc, 'text' | 'sections'>): ReferenceSection[] {
  const found: ReferenceSection[] = [];
  const sections = doc.sections;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    if (!REFERENCE_HEADING.test(headingWords(s.heading))) continue;
    let end = s.end;
    for (let j = i + 1; j < sections.length; j++) {
      const next = sections[j]!;
      if (next.offset >= end) break;
      if (STOP_HEADING.test(headingWords(next.heading))) {
        end = next.offset;
        break;
      }
    }
    const lineEnd = doc.text.indexOf('\n', s.offset);
    const start = lineEnd < 0 || lineEnd > end ? Math.min(end, s.offset + s.heading.length) : lineEnd + 1;
    if (end > start && !found.some((f) => start < f.end && f.offset < end)) found.push({ offset: start, end, heading: s.heading });
  }
  if (found.length > 0) return found;
  const trailing = trailingNumberedBlock(doc.text);
  return trailing ? [trailing] : [];
}

const ENTRY_NUMBER = /^\s*(?:\[(\d{1,4})\]|(\d{1,4})\.\s|［(\d{1,4})］)/;

/**
 * A block of paragraphs at the end of the text numbered 1, 2, 3 … without gaps (a reference list that
 * lost its heading). Returns undefined unless it has at least three entries and starts at 1.
 */
function trailingNumberedBlock(text: string): ReferenceSection | undefined {
  const paragraphs: { offset: number; text: string }[] = [];
  const breaks = /\n\n|\f/g;
  let pos = 0;
  for (let m = breaks.exec(text); ; m = breaks.exec(text)) {
    const stop = m ? m.index : text.length;
    paragraphs.push({ offset: pos, text: text.slice(pos, stop) });
    if (!m) break;
    pos = stop + m[0].length;
  }
  let expected = -1;
  let first = -1;
  let count = 0;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (!p.text.trim()) continue;
    const m = ENTRY_NUMBER.exec(p.text);
    const n = m ? Number(m[1] ?? m[2] ?? m[3]) : NaN;
    if (!m) {
      // a wrapped entry's continuation paragraph is allowed inside the block, not before its end
      if (count === 0) return undefined;
      if (expected === 0) break;
      continue;
    }
    if (expected !== -1 && n !== expected) break;
    expected = n - 1;
    first = i;
    count++;
    if (n === 1) break;
  }
  if (count < 3 || expected !== 0 || first < 0) return undefined;
  const start = paragraphs[first]!.offset;
  return { offset: start, end: text.length, heading: '' };
}
