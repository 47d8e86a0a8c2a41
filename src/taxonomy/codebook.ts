/** Types of a taxonomy codebook: categories of problems and strategies with their terms. */

/** What a category says: a problem named, or a strategy (countermeasure) proposed. */
export type Facet = 'problem' | 'strategy';

/** The two facets, in output order. */
export const FACETS: readonly Facet[] = ['problem', 'strategy'];

/** Language of a term or a passage. */
export type TermLanguage = 'en' | 'zh';

/** A text in English and Chinese; either may be ''. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** One include, exclude or cue term, normalised (NFKC, spaces collapsed; none in Chinese terms). */
export interface Term {
  text: string;
  language: TermLanguage;
  /** How much one hit of the term counts; by default from its length (see defaultWeight). */
  weight: number;
  /** 1-based line of the codebook file where the term is written (0 when built in code). */
  line: number;
  /** The weight was written in the codebook (`{ term, weight }`), not derived from the length. */
  weighted: boolean;
}

/** A regular expression that counts as a term: matched on the passage (NFKC, case-insensitive). */
export interface Pattern {
  source: string;
  language: TermLanguage;
  regex: RegExp;
  weight: number;
  line: number;
}

/** An example passage of a category (documentation, and the tests of the codebook). */
export interface Example {
  language: TermLanguage;
  text: string;
}

/** One code of the codebook. */
export interface Category {
  /** Stable id used in every output: 'problem.resources'. */
  id: string;
  facet: Facet;
  /** Id of one of the codebook's dimensions. */
  dimension: string;
  label: Bilingual;
  description: string;
  include: Term[];
  patterns: Pattern[];
  /** Terms whose matches cancel the include matches they overlap ('intelligent manufacturing' for 'intelligent'). */
  exclude: Term[];
  examples: Example[];
  /** 1-based line where the category starts in the codebook file. */
  line: number;
}

/** A level of analysis that categories roll up to (policy, mechanism, operation by default). */
export interface Dimension {
  id: string;
  label: Bilingual;
}

/** Words that mark a passage as naming a problem or proposing a strategy, added to the built-in lists. */
export interface CueTerms {
  problem: Term[];
  strategy: Term[];
}

/** A loaded, validated codebook. */
export interface Codebook {
  name: string;
  /** Path it was read from ('' for one built in code). */
  path: string;
  dimensions: Dimension[];
  categories: Category[];
  /** Cue words the codebook adds to the coder's built-in lists. */
  cues: CueTerms;
}

/** The dimensions used when a codebook declares none: the three levels of the Chongqing study. */
export const DEFAULT_DIMENSIONS: readonly Dimension[] = [
  { id: 'policy', label: { en: 'Policy transmission', zh: '政策传导' } },
  { id: 'mechanism', label: { en: 'Mechanism building', zh: '机制建设' } },
  { id: 'operation', label: { en: 'Operational effectiveness', zh: '运行成效' } },
];

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** True when a text holds a Chinese character. */
export function hasChinese(text: string): boolean {
  return CJK.test(text);
}

/**
 * Normalises a term as passages are normalised before matching: NFKC, white space collapsed and
 * trimmed, lower case; in a Chinese term all white space is removed.
 */
export function normaliseTerm(raw: string): string {
  const t = raw.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  return hasChinese(t) ? t.replace(/ /g, '') : t;
}

/**
 * Weight of a term written without one: longer terms are more specific. English: 1 for one word,
 * 1.5 for two, 2 for three or more; Chinese: 1 for two characters or fewer, 1.2 for three, 1.5 for
 * four or more.
 */
export function defaultWeight(text: string, language: TermLanguage): number {
  if (language === 'zh') {
    const n = [...text].length;
    return n <= 2 ? 1 : n === 3 ? 1.2 : 1.5;
  }
  const words = text.split(/[\s-]+/).filter((w) => w.length > 0).length;
  return words <= 1 ? 1 : words === 2 ? 1.5 : 2;
}
