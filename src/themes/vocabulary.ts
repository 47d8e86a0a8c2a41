import { message, type Message } from '../core/message.js';
import { CHAR_CLASS, CJK, CJK_HIGH, DIGIT, LETTER, hasCjk } from './char-class.js';

/** The terms read from a user vocabulary file, and what was wrong with some of its lines. */
export interface VocabularyFile {
  terms: string[];
  messages: Message[];
}

/** Longest vocabulary term accepted, in characters. */
export const MAX_TERM_LENGTH = 60;

const JIEBA_LINE = /^(\S+) \d+(?: [A-Za-z]+)?$/;

/**
 * Normalises a vocabulary term as the text stage normalises documents: NFKC, white space collapsed
 * to one space and trimmed; in a term with Chinese characters all white space is removed.
 */
export function normaliseTerm(raw: string): string {
  const t = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  return hasCjk(t) ? t.replace(/ /g, '') : t;
}

function hasWordCharacter(term: string): boolean {
  for (let i = 0; i < term.length; i++) {
    const k = CHAR_CLASS[term.charCodeAt(i)];
    if (k === LETTER || k === CJK || k === CJK_HIGH || k === DIGIT) return true;
  }
  return false;
}

/**
 * Reads a user vocabulary file: UTF-8, one term per line; blank lines and lines starting with `#`
 * are skipped; text after a tab is a note and ignored; jieba's `word frequency tag` lines are read
 * as their word. Lines that hold no word or are too long are reported and skipped.
 * @param text the file's contents
 * @param path the file's path, for messages
 */
export function parseVocabulary(text: string, path: string): VocabularyFile {
  const terms: string[] = [];
  const messages: Message[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    const tab = line.indexOf('\t');
    if (tab >= 0) line = line.slice(0, tab);
    line = line.trim();
    if (line.length === 0 || line.startsWith('#')) continue;
    const jieba = JIEBA_LINE.exec(line);
    if (jieba && hasCjk(line)) line = jieba[1] ?? line;
    const term = normaliseTerm(line);
    const place = { line: i + 1 };
    if (!hasWordCharacter(term)) {
      messages.push(
        message('warning', 'themes', 'vocabulary-term-no-word', path, `Line ${i + 1} of the vocabulary holds no word ("${term}") and was skipped.`, {
          place,
          note: 'Write one term per line: a word or phrase in English or Chinese.',
        }),
      );
      continue;
    }
    if (term.length > MAX_TERM_LENGTH) {
      messages.push(
        message('warning', 'themes', 'vocabulary-term-too-long', path, `Line ${i + 1} of the vocabulary is ${term.length} characters long, more than ${MAX_TERM_LENGTH}; it was skipped.`, {
          place,
          note: 'Is it several terms on one line? Put each term on a line of its own.',
        }),
      );
      continue;
    }
    const key = term.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
  }
  return { terms, messages };
}

/** Sorted, de-duplicated (case-insensitive) normalised terms, so the same list always gives the same tokenizer. */
export function vocabularyTerms(raw: Iterable<string>): string[] {
  const byKey = new Map<string, string>();
  for (const r of raw) {
    const t = normaliseTerm(r);
    if (!hasWordCharacter(t) || t.length > MAX_TERM_LENGTH) continue;
    const key = t.toLowerCase();
    const old = byKey.get(key);
    if (old === undefined || t < old) byKey.set(key, t);
  }
  return [...byKey.values()].sort(compareStrings);
}

/** Code-unit order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
