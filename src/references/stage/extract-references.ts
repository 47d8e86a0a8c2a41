import type { Doc } from '../../core/doc.js';
import { pageAt } from '../../core/place.js';
import type { CslItem } from '../csl.js';
import { parseReference } from '../parse-reference.js';
import { splitReferences } from '../split-references.js';
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
    const block = doc.text.slice(section.offset, section.end);
    for (const span of splitReferences(block)) {
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

function parse(raw: string): CslItem | null {
  return raw.length > MAX_REFERENCE ? null : parseReference(raw);
}
