import { createRequire } from 'node:module';

/**
 * The only file that uses `natural`: its Porter stemmer, loaded by path so that the rest of the
 * package (classifiers, database adapters, its TF-IDF) is never loaded.
 */
interface PorterStemmer {
  stem(word: string): string;
}

let porter: PorterStemmer | undefined;

function load(): PorterStemmer {
  if (!porter) {
    const require = createRequire(import.meta.url);
    porter = require('natural/lib/natural/stemmers/porter_stemmer.js') as PorterStemmer;
  }
  return porter;
}

const ASCII_WORD = /^[a-z]+$/;

/**
 * Porter stem of one lower-case English word. Words with characters other than a-z (accents,
 * digits, apostrophes) are returned as they are: the Porter rules are for English letters only.
 * Callers memoise per word type; this function does not.
 */
export function porterStem(word: string): string {
  if (!ASCII_WORD.test(word) || word.length < 3) return word;
  return load().stem(word);
}
