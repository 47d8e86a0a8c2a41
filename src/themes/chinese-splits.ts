import type { ChineseSegmenter } from './chinese-segmenter.js';
import { CHINESE_DEFICIENCY_WORDS, CHINESE_STOP_WORDS } from './stopwords.js';

/** Deficiency and negation words, longest first, then in code-unit order: the first that fits wins. */
const DEFICIENCY = [...CHINESE_DEFICIENCY_WORDS].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
/** One-character function words (和, 与, 对, 由, 中, 有, 日 …) of the Chinese stop list. */
const FUNCTION_CHARS = new Set([...CHINESE_STOP_WORDS].filter((w) => w.length === 1));

/**
 * The parts a word cut by jieba is counted as, by two rules; undefined when it stays one token.
 * Parts never overlap and, joined, give back the word, so no character is counted twice.
 *
 * 1. A compound that ends or begins with a deficiency or negation word of two or more characters
 *    (CHINESE_DEFICIENCY_WORDS) is cut there when the rest is a dictionary word of two or more
 *    characters: 经费不足 → 经费 + 不足, 缺乏经验 → 缺乏 + 经验, 基础薄弱 → 基础 + 薄弱; 不足为奇 (为奇 is
 *    no word), 缺乏症 (one character left) and 微不足道 (inside) stay whole.
 * 2. A word that no dictionary holds (a guess of jieba's HMM) and that holds a one-character function
 *    word of the stop list is cut as the dictionaries alone cut it: 市和区 → 市 + 和 + 区, 对本 → 对 + 本.
 *    Guesses without one (实训, 互认, 托育) stay whole.
 * @param word a word as jieba cut it
 * @param segmenter the dictionaries (jieba's and the user's) that decide what a word is
 */
export function chineseParts(word: string, segmenter: Pick<ChineseSegmenter, 'cutDictionary'>): number[] | undefined {
  if (word.length < 2) return undefined;
  const isWord = (w: string): boolean => segmenter.cutDictionary(w).length === 1;
  for (const d of DEFICIENCY) {
    if (word.length < d.length + 2) continue;
    if (word.endsWith(d) && isWord(word.slice(0, word.length - d.length))) return [word.length - d.length, d.length];
    if (word.startsWith(d) && isWord(word.slice(d.length))) return [d.length, word.length - d.length];
  }
  let hasFunctionChar = false;
  for (const c of word) hasFunctionChar ||= FUNCTION_CHARS.has(c);
  if (!hasFunctionChar) return undefined;
  const pieces = segmenter.cutDictionary(word);
  if (pieces.length < 2) return undefined;
  const lengths = pieces.map((p) => p.length);
  return lengths.reduce((n, l) => n + l, 0) === word.length ? lengths : undefined;
}
