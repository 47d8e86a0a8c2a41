import { porterStem } from './stemmer.js';
import { isStopWord } from './stopwords.js';

/** What a word of a spaced script counts as: its normal form and whether it is a stop word. */
export interface WordNorm {
  norm: string;
  stop: boolean;
}

const DASHES = /[\u2010\u2011\u2013]/g;
const CURLY_APOSTROPHE = /\u2019/g;
const HAS_DIGIT = /\d/;

/**
 * Normal form of an English (or other spaced-script) word: lower case, hyphens and apostrophes made
 * ASCII, a final possessive 's removed, and, when `stem` is set, each hyphen-joined part Porter-stemmed
 * ("School-Enterprise" → "school-enterpris", "teachers'" is read as "teachers" → "teacher").
 * Stop words are judged on the lower-case word before stemming.
 * @param surface the word as written
 * @param stem Porter-stem the word (words with digits are never stemmed)
 */
export function englishNorm(surface: string, stem: boolean): WordNorm {
  let lower = surface.toLowerCase();
  if (lower.length > 1 && hasTypographic(lower)) lower = lower.replace(DASHES, '-').replace(CURLY_APOSTROPHE, "'");
  if (lower.endsWith("'s") && lower.length > 2) lower = lower.slice(0, -2);
  const stop = isStopWord(lower);
  if (!stem || HAS_DIGIT.test(lower)) return { norm: lower, stop };
  if (lower.indexOf('-') < 0) return { norm: stemOf(lower), stop };
  return { norm: lower.split('-').map(stemOf).join('-'), stop };
}

/** True when a word holds a code unit from U+2010 on (the dashes and curly apostrophe made ASCII above). */
function hasTypographic(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x2010) return true;
  return false;
}

/** Stems of lower-case words met so far: the parts of compounds and case variants repeat. */
const stems = new Map<string, string>();
const MAX_STEMS = 1 << 20;

function stemOf(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = porterStem(word);
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(word, s);
  }
  return s;
}

/** Normal form of a number: digit-group commas removed ("1,000" → "1000"). */
export function numberNorm(surface: string): string {
  return surface.indexOf(',') < 0 ? surface : surface.replace(/,/g, '');
}
