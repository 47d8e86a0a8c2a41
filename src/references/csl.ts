/** A person in CSL-JSON: a family name with given names, or a literal (an organisation, a Chinese name). */
export type CslName =
  | { family: string; given?: string; 'non-dropping-particle'?: string; suffix?: string }
  | { literal: string };

/** A CSL-JSON date: `[[year, month?, day?]]`. */
export interface CslDate {
  'date-parts': [number, number?, number?][];
}

/** CSL-JSON item types that the reference parser assigns. */
export type CslType =
  | 'article-journal'
  | 'article-newspaper'
  | 'book'
  | 'chapter'
  | 'paper-conference'
  | 'thesis'
  | 'report'
  | 'webpage'
  | 'standard'
  | 'patent'
  | 'legislation'
  | 'document';

/**
 * One parsed reference as CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html).
 * Only the fields the parser fills are listed; every field is optional because a reference string
 * may lack any of them.
 */
export interface CslItem {
  type?: CslType;
  author?: CslName[];
  editor?: CslName[];
  issued?: CslDate;
  title?: string;
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  URL?: string;
  publisher?: string;
  'publisher-place'?: string;
  edition?: string;
  /** A document, report, standard or patent number: `国办发〔2017〕95号`, `GB/T 7714—2015`. */
  number?: string;
  /** The kind of work in words: `PhD thesis`, `Technical Report`, or a GB/T 7714 type code such as `[J]`. */
  genre?: string;
  /** `zh` when the reference is written in Chinese script, `en` otherwise. */
  language?: string;
}

/** The family name of a CSL name, or its literal. */
export function nameKey(name: CslName): string {
  return 'literal' in name ? name.literal : name.family;
}
