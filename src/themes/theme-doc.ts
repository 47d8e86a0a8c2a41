import type { Doc, Language, Section, Sentence } from '../core/doc.js';

/**
 * The part of a document the themes stage reads. Built from a Doc (toThemeDoc) or by hand in
 * tests; the stage depends on no other stage.
 */
export interface ThemeDoc {
  id: string;
  /** Corpus-relative path, for messages (default: the id). */
  path?: string;
  /** 'policy' or 'paper' for Docs; any label in general. */
  kind: string;
  year: number | null;
  language: Language;
  text: string;
  sentences: readonly Sentence[];
  sections: readonly Section[];
  /** Offsets where pages begin; [] or [0] for unpaged text. */
  pageStarts: readonly number[];
  /** Further metadata columns to group by (issuer, province, journal, ...). */
  group?: Readonly<Record<string, string>>;
}

/**
 * The theme view of a pipeline document.
 * @param doc a document of the pipeline
 * @param group metadata columns to group by
 */
export function toThemeDoc(doc: Doc, group?: Record<string, string>): ThemeDoc {
  const view: ThemeDoc = {
    id: doc.id,
    path: doc.path,
    kind: doc.kind,
    year: doc.year,
    language: doc.language,
    text: doc.text,
    sentences: doc.sentences,
    sections: doc.sections,
    pageStarts: doc.pageStarts,
  };
  if (group) view.group = group;
  return view;
}
