import type { Section } from '../core/doc.js';
import { matchHeading, RANK_UNNUMBERED } from './match-heading.js';

/** Paragraphs longer than this are only examined for a heading at their start (run-in headings). */
const PREFIX = 200;
/** Numbered styles from this rank down are ignored inside a reference list (its entries are numbered). */
const LIST_RANKS = 50;

/**
 * Finds the numbered and the common unnumbered headings of a cleaned text (see match-heading.ts for
 * what counts as a heading). A heading starts a paragraph: after the start of the text, a "\n" or a
 * "\f". Levels follow the numbering styles present in the document, highest first (第X编 > 第X章 >
 * 第X节 > 第X条 > 一、 > （一） > IV. > 1 > 1.1 > 1.1.1 > （1） > ①); unnumbered headings (Abstract,
 * References, 参考文献, ...) are level 1. Inside a reference list (after References, Bibliography,
 * 参考文献...) numbered paragraphs are entries, not headings, until the next unnumbered heading or
 * chapter. A section ends where the next heading of the same or a higher level begins, or at the end.
 */
export function findSections(text: string): Section[] {
  const found: { offset: number; rank: number; number: string; heading: string }[] = [];
  const n = text.length;
  let inReferences = false;
  let formFeed = text.indexOf('\f');
  let i = 0;
  while (i < n) {
    while (i < n && isBlank(text.charCodeAt(i))) i++;
    if (i >= n) break;
    let end = text.indexOf('\n', i);
    if (end < 0) end = n;
    if (formFeed >= 0 && formFeed < i) formFeed = text.indexOf('\f', i);
    if (formFeed >= 0 && formFeed < end) end = formFeed;
    const par = text.slice(i, end - i > PREFIX ? i + PREFIX : end).trimEnd();
    const h = matchHeading(par);
    if (h && !(inReferences && h.rank >= LIST_RANKS)) {
      if (h.rank === RANK_UNNUMBERED) inReferences = h.references;
      else if (h.rank <= 20) inReferences = false;
      found.push({ offset: i, rank: h.rank, number: h.number, heading: par.slice(0, h.length).trim() });
    }
    i = end;
  }

  const ranks = [...new Set(found.map((f) => f.rank).filter((r) => r !== RANK_UNNUMBERED))].sort((a, b) => a - b);
  const levelOf = (rank: number): number => (rank === RANK_UNNUMBERED ? 1 : ranks.indexOf(rank) + 1);
  const sections: Section[] = found.map((f) => ({
    heading: f.heading,
    number: f.number,
    level: levelOf(f.rank),
    offset: f.offset,
    end: n,
  }));
  const open: Section[] = [];
  for (const s of sections) {
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= s.level) {
      const done = open.pop();
      if (done) done.end = s.offset;
    }
    open.push(s);
  }
  return sections;
}

function isBlank(code: number): boolean {
  return code === 0x0a || code === 0x0c || code === 0x20 || code === 0x09;
}
