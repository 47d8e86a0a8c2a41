import type { Doc } from '../../core/doc.js';
import { pageAt } from '../../core/place.js';
import type { CslItem } from '../csl.js';
import { parseReference } from '../parse-reference.js';
import { splitReferences, type ReferenceSpan } from '../split-references.js';
import { findReferenceSections } from './find-reference-sections.js';

/** One entry of a document's reference list, as read and as parsed. */
export interface ReferenceEntry {
  docId: string;
  /** 1-based position in the document's list. */
  position: number;
  raw: string;
  /** Offsets into Doc.text; absent for references an export lists. */
  offset?: number;
  end?: number;
  page?: number;
  /** Parsed CSL-JSON, or null when nothing could be read. */
  csl: CslItem | null;
}

/** Longest reference string parsed; longer ones are kept raw (a split that failed, or garbage). */
const MAX_REFERENCE = 2000;

/**
 * The reference list of one document: the references an export record lists, or else the entries of
 * the reference sections found in its text, each split, located (offset, page) and parsed.
 */
export function extractReferences(doc: Pick<Doc, 'id' | 'format' | 'text' | 'sections' | 'pageStarts' | 'sourceReferences' | 'status'>): ReferenceEntry[] {
  if (doc.status !== 'ok') return [];
  const out: ReferenceEntry[] = [];
  if (doc.sourceReferences && doc.sourceReferences.length > 0) {
    for (const raw of doc.sourceReferences) {
      const text = raw.trim();
      if (!text) continue;
      out.push({ docId: doc.id, position: out.length + 1, raw: text, csl: parse(text) });
    }
    return out;
  }
  const paged = doc.format === '@pdf/file';
  for (const section of findReferenceSections(doc)) {
    for (const span of splitBlock(doc.text.slice(section.offset, section.end))) {
      const offset = section.offset + span.offset;
      const entry: ReferenceEntry = {
        docId: doc.id,
        position: out.length + 1,
        raw: span.text,
        offset,
        end: section.offset + span.end,
        csl: parse(span.text),
      };
      if (paged) entry.page = pageAt(doc.pageStarts, offset) ?? 1;
      out.push(entry);
    }
  }
  return out;
}

const YEAR = /(?:1[5-9]|20)\d\d/;
const LABEL = /^\s*(?:\[\d{1,4}\]|\d{1,4}\.\s|［\d{1,4}］|[①-⑳])/;

/**
 * Splits a reference section into entries. The cleaned text keeps each paragraph of the PDF or file
 * as one paragraph, and in most lists a paragraph is an entry: paragraphs (and pages) are cut apart
 * first, a paragraph with neither a year nor a list number is taken as the continuation of the one
 * before (a paragraph break the layout invented), and each paragraph is then split further by
 * splitReferences, which finds entries that share a paragraph.
 */
export function splitBlock(block: string): ReferenceSpan[] {
  const parts: { offset: number; end: number }[] = [];
  const breaks = /\n\s*\n|\f/g;
  let pos = 0;
  for (let m = breaks.exec(block); ; m = breaks.exec(block)) {
    const stop = m ? m.index : block.length;
    const text = block.slice(pos, stop);
    if (endsList(text)) break;
    if (text.trim()) {
      const prev = parts[parts.length - 1];
      const continues = prev && !LABEL.test(text) && !YEAR.test(text);
      if (continues) prev.end = stop;
      else parts.push({ offset: pos, end: stop });
    }
    if (!m) break;
    pos = stop + m[0].length;
  }
  const out: ReferenceSpan[] = [];
  for (const part of parts) {
    // offsets stay those of the block: page breaks inside a part become line breaks of the same length
    const text = block.slice(part.offset, part.end).replace(/\f/g, '\n');
    for (const span of splitReferences(text)) out.push({ text: span.text, offset: part.offset + span.offset, end: part.offset + span.end });
  }
  return out;
}

/**
 * True for a paragraph that cannot belong to a reference list and marks its end: the affiliation
 * block of a journal, an appendix heading ("Appendix", "A. Technical details …") not followed by a
 * year, or a long paragraph of prose without a year near its start.
 */
function endsList(text: string): boolean {
  const t = text.trimStart();
  if (/^(?:Affiliations?:|Appendix\b|Appendices\b|Acknowledge?ments?\b|Supplementary\b|附录|致谢|作者简介)/.test(t)) return true;
  const head = t.slice(0, 160);
  if (/^[A-H]\.\s+\p{Lu}/u.test(t) && !YEAR.test(head) && (t.length < 100 || /^[A-H]\.\s+\p{Lu}\p{Ll}/u.test(t))) return true;
  return t.length > 600 && !YEAR.test(head) && !LABEL.test(t);
}

function parse(raw: string): CslItem | null {
  return raw.length > MAX_REFERENCE ? null : parseReference(raw);
}
