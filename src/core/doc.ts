import type { Message } from './message.js';

export type FormatId = `@${string}/${string}`;
export type DocKind = 'policy' | 'paper';
export type Language = 'en' | 'zh' | 'mixed' | 'unknown';
/** Where the kind of a document came from, strongest first. */
export type KindSource = 'metadata' | 'folder' | 'heuristic';
/** ok: read; failed: could not be read (an error in problems.csv); skipped: not a document corpus-lens reads. */
export type DocStatus = 'ok' | 'failed' | 'skipped';

/** A heading and the span of text it governs. Offsets into Doc.text, half-open. */
export interface Section {
  heading: string;
  /** The numbering as printed: '3.2', '一、', '（二）', '第三条'; '' for an unnumbered heading. */
  number: string;
  /** 1 for top-level headings, 2 for their subsections, ... */
  level: number;
  /** Offset of the heading line. */
  offset: number;
  /** End of the section's text (start of the next heading of the same or a higher level, or the end). */
  end: number;
}

export interface Sentence {
  offset: number;
  end: number;
  /** 1-based page, for paged documents. */
  page?: number;
}

/**
 * What a format reader returns for one document: the text as read, before cleaning. Lines of each
 * page in reading order; an empty string marks a paragraph break. Unpaged formats give one page.
 */
export interface Extracted {
  pages: string[][];
  /** True when pages are real pages (PDF): running headers, footers and page numbers are looked for. */
  paged: boolean;
  /** Metadata read from the file itself (PDF info, DOCX core properties, HTML <title>, export fields). */
  hints: DocHints;
  /** Problems met while reading that did not stop it (a page without text, an odd encoding). */
  messages: Message[];
  /** For formats that hold several records (exports): the 1-based record number. */
  record?: number;
  /**
   * Reference strings the source itself lists for this record (the CR field of Web of Science, the
   * References column of Scopus, RIS CR/N1 entries). Full-text documents leave it out: the references
   * stage finds their list in the text.
   */
  references?: string[];
}

export interface DocHints {
  title?: string;
  authors?: string[];
  year?: number;
  doi?: string;
  kind?: DocKind;
  language?: Language;
  /** Journal, book or series the record appeared in. */
  container?: string;
  keywords?: string[];
  /** Free-form details worth keeping: encoding detected, PDF producer, engine used. */
  extra?: Record<string, string>;
}

/**
 * The document that flows through the pipeline: plain data (it crosses worker threads and is cached as
 * JSON). Stages add their results under `data`; messages about it travel with it.
 */
export interface Doc {
  /** Stable id from the corpus-relative path: 'papers__guo-2023'. */
  id: string;
  /** Corpus-relative path, POSIX separators. */
  path: string;
  format: FormatId;
  /** sha256 of the file's bytes, hex. */
  sha256: string;
  bytes: number;
  /** For exports: the 1-based record within the file. */
  record?: number;
  status: DocStatus;
  kind: DocKind;
  kindSource: KindSource;
  title: string;
  authors: string[];
  year: number | null;
  doi: string;
  language: Language;
  /** Cleaned text; pages separated by a form feed (\f) for paged documents. */
  text: string;
  /** Offset in `text` where each page begins; [0] for unpaged documents with text, [] when failed. */
  pageStarts: number[];
  /**
   * Offset map back to the text as extracted (before NFKC normalisation, de-hyphenation and joining):
   * pairs [cleanOffset, rawOffset] at each point where the difference changes. See text/offset-map.ts.
   */
  offsetMap: number[];
  sections: Section[];
  sentences: Sentence[];
  words: number;
  chars: number;
  /** Free-form details from reading: encoding, engine, producer. */
  extra: Record<string, string>;
  /** Journal or source of a bibliographic record ('' when unknown). */
  container?: string;
  /**
   * Other titles of the document (metadata.csv's other_titles: a policy's official English title, a
   * paper's Chinese title); a reference or a mention under any of them is a citation of the document.
   */
  altTitles?: string[];
  keywords?: string[];
  /** Reference strings the source file lists for this record (exports); see Extracted.references. */
  sourceReferences?: string[];
  messages: Message[];
  /** Results of later stages, keyed by stage. */
  data: DocData;
}

/** One place lists what later stages store on a document. */
export interface DocData {
  [stage: string]: unknown;
}
