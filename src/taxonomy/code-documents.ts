import type { Language } from '../core/doc.js';
import { isReferenceHeading } from '../themes/index.js';
import type { Facet } from './codebook.js';
import type { CodeLanguage, Coder } from './create-coder.js';

/** The part of a document the taxonomy stage reads (a subset of Doc). */
export interface TaxonomyDoc {
  id: string;
  /** 'policy' or 'paper' for pipeline documents; any label in general. */
  kind: string;
  language: Language;
  text: string;
  sentences: ReadonlyArray<{ offset: number; end: number; page?: number }>;
  sections: ReadonlyArray<{ heading: string; offset: number; end: number }>;
}

/** One coded unit (a sentence or a paragraph) and one category given to it. */
export interface Finding {
  document: string;
  kind: string;
  /** 1-based page of the unit's first sentence; null for unpaged documents. */
  page: number | null;
  /** Heading of the innermost section holding the unit ('' when none). */
  section: string;
  /** 1-based number of the unit's first sentence among the document's sentences. */
  sentence: number;
  /** Offsets of the unit in the document's text, half-open. */
  offset: number;
  end: number;
  category: string;
  facet: Facet;
  dimension: string;
  score: number;
  cues: string[];
  /** The unit's text, white space collapsed. */
  text: string;
}

/** What coding found in one document. */
export interface CodedDocument {
  document: string;
  kind: string;
  language: Language;
  /** Sentences counted (those outside reference sections): the denominator of rates. */
  sentences: number;
  /** Units coded: sentences, or paragraphs in paragraph mode. */
  units: number;
  /** Units on which the coder abstained because two categories tied. */
  abstained: number;
  findings: Finding[];
}

/** Longest unit handed to the coder, in characters (the rest of a runaway "sentence" is not read). */
export const MAX_UNIT = 5000;

interface Unit {
  offset: number;
  end: number;
  first: number;
  page: number | undefined;
}

/**
 * Codes every sentence (or paragraph, per the coder's `unit` option) of each document outside its
 * reference sections (References, 参考文献, notes ...), in document order.
 * @param docs the documents
 * @param coder a coder from createCoder
 */
export function codeDocuments(docs: readonly TaxonomyDoc[], coder: Coder): CodedDocument[] {
  return docs.map((doc) => codeDocument(doc, coder));
}

function codeDocument(doc: TaxonomyDoc, coder: Coder): CodedDocument {
  const skipped = doc.sections.filter((s) => isReferenceHeading(s.heading)).map((s): [number, number] => [s.offset, s.end]);
  const sections = [...doc.sections].sort((a, b) => a.offset - b.offset || b.end - a.end);
  const counted: Array<{ index: number; offset: number; end: number; page: number | undefined }> = [];
  doc.sentences.forEach((s, index) => {
    if (s.end <= s.offset) return;
    if (skipped.some(([a, b]) => s.offset >= a && s.offset < b)) return;
    counted.push({ index, offset: s.offset, end: s.end, page: s.page });
  });
  const units: Unit[] =
    coder.options.unit === 'paragraph'
      ? paragraphs(doc.text, counted, sections)
      : counted.map((s) => ({ offset: s.offset, end: s.end, first: s.index, page: s.page }));
  const language: CodeLanguage = doc.language === 'en' || doc.language === 'zh' ? doc.language : 'mixed';
  const findings: Finding[] = [];
  let abstained = 0;
  for (const u of units) {
    const raw = doc.text.slice(u.offset, Math.min(u.end, u.offset + MAX_UNIT));
    const codes = coder.code(raw, language);
    const text = raw.replace(/\s+/g, ' ').trim();
    for (const c of codes) {
      if (c.category === null || c.facet === null || c.dimension === null) {
        abstained++;
        continue;
      }
      findings.push({
        document: doc.id,
        kind: doc.kind,
        page: u.page ?? null,
        section: sectionAt(sections, u.offset),
        sentence: u.first + 1,
        offset: u.offset,
        end: u.end,
        category: c.category,
        facet: c.facet,
        dimension: c.dimension,
        score: c.score,
        cues: c.cues,
        text,
      });
    }
  }
  return { document: doc.id, kind: doc.kind, language: doc.language, sentences: counted.length, units: units.length, abstained, findings };
}

/** Groups consecutive sentences into paragraphs: a blank line, a page break or a new section ends one. */
function paragraphs(
  text: string,
  sentences: ReadonlyArray<{ index: number; offset: number; end: number; page: number | undefined }>,
  sections: TaxonomyDoc['sections'],
): Unit[] {
  const out: Unit[] = [];
  let current: Unit | undefined;
  for (const s of sentences) {
    const breaks =
      !current ||
      /\n\s*\n|\f/.test(text.slice(current.end, s.offset)) ||
      sections.some((sec) => sec.offset > (current?.offset ?? 0) && sec.offset <= s.offset);
    if (breaks) {
      if (current) out.push(current);
      current = { offset: s.offset, end: s.end, first: s.index, page: s.page };
    } else if (current) {
      current.end = s.end;
    }
  }
  if (current) out.push(current);
  return out;
}

/** Heading of the innermost section that holds `offset` ('' when none does). */
function sectionAt(sections: TaxonomyDoc['sections'], offset: number): string {
  let heading = '';
  let bestStart = -1;
  for (const s of sections) {
    if (s.offset <= offset && offset < s.end && s.offset >= bestStart) {
      bestStart = s.offset;
      heading = s.heading;
    }
  }
  return heading.replace(/\s+/g, ' ').trim();
}
