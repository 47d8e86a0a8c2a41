import type { Message } from '../../core/message.js';
import type { CslItem } from '../csl.js';

/** One reference of one citing document, as the matcher reads it. */
export interface RefInput {
  /** Unique key of the reference: `docId#position` (the part before the last `#` names the citing document). */
  key: string;
  /** The parsed reference, or null when the parser could not read it. */
  csl: CslItem | null;
  /** The reference as printed. */
  raw: string;
}

/**
 * Why a reference joined its work, strongest first:
 * - `alias`: the alias file put it there;
 * - `doi`: same DOI as another member;
 * - `doc-number`: same policy document number (国办发〔2017〕95号 / Guobanfa [2017] No. 95);
 * - `title`: same first author, year (±1) and a similar title, helped by container, volume and page;
 * - `policy-title`: a policy document (no personal author) with the same normalised title (see samePolicy);
 * - `url`: a policy document cited with the same document URL, its title in another script (a
 *   Chinese and an English citation of one policy);
 * - `wos-short`: a Web of Science short form (no title) with the same author, year, source, volume and page;
 * - `exact-raw`: the same reference text, when nothing could be parsed;
 * - `singleton`: matched nothing; the work has this reference alone.
 */
export type MatchRule = 'alias' | 'doi' | 'doc-number' | 'title' | 'policy-title' | 'url' | 'wos-short' | 'exact-raw' | 'singleton';

/** A cited work: all references that name the same publication or document. */
export interface Work {
  /**
   * Stable id derived from the work itself, never from input order: `doi:10.18637/jss.v014.i06`,
   * `pol:guobanfa-2017-95` (policy document number), `w:zeileis-2005-3f9c0a1b2c4d` (first author,
   * year and a hash of author, year and title), `raw:…` (unparsed text), `alias:…` (a label of the alias file).
   */
  id: string;
  /** The most complete member, as parsed. */
  canonical: CslItem;
  /** A short human citation: "Zeileis A, Grothendieck G (2005) zoo: S3 infrastructure … J Stat Softw 14(6)". */
  citation: string;
  /** Normalised DOI ('' when none). */
  doi: string;
  /** Number of distinct citing documents. */
  timesCited: number;
  /** Keys of the references that cite the work, sorted. */
  members: string[];
  /**
   * For a policy document cited under several titles (a Chinese and an English title joined by a
   * document number or the alias file): the other titles and their issuing bodies, at most 8, in
   * key order of their first reference. Absent when there are none.
   */
  policyTitles?: { title: string; issuer: string }[];
}

/** Where one reference went. */
export interface Assignment {
  key: string;
  workId: string;
  rule: MatchRule;
  /** Confidence of the link between 0 and 1 (1 for alias, doi, exact text and singletons). */
  score: number;
}

export interface MatchResult {
  /** Works, most cited first, then by id. */
  works: Work[];
  /** One row per input reference, sorted by key. */
  assignments: Assignment[];
  /** Problems met: alias lines that matched nothing, alias cycles, duplicate keys. */
  messages: Message[];
  /** How much work the matching did (deterministic): distinct signatures, pairs compared, links found. */
  stats: MatchStats;
}

export interface MatchStats {
  references: number;
  /** References with identical fields share a signature and are compared once. */
  signatures: number;
  /** Pairs of signatures compared field by field within blocks. */
  comparisons: number;
  /** Links found by all rules (before union-find). */
  links: number;
}

/** One line of the alias file: put `reference` (a raw reference or a work id) into `work`. */
export interface Alias {
  /** A reference string as printed, or a work id (`doi:…`, `w:…`, `pol:…`, `raw:…`, `alias:…`). */
  reference: string;
  /** A work id to merge into, or a label naming a new work. */
  work: string;
  /** Alias file path (corpus-relative) and 1-based line, for messages. */
  path: string;
  line: number;
}

export interface MatchOptions {
  /** Manual corrections; they override every automatic rule. */
  aliases?: readonly Alias[];
  /** Citing document of a key; default: the part before the last `#` (the whole key without one). */
  citingDoc?: (key: string) => string;
  /** Lowest score at which two references are taken for the same work (default 0.82). */
  threshold?: number;
  /** Largest block compared all-pairs; bigger blocks are compared in sorted windows (default 48). */
  blockLimit?: number;
  /** Window of the sorted-neighbourhood comparison in big blocks (default 8). */
  window?: number;
}
