import { createRequire } from 'node:module';

/**
 * The only file that uses @node-rs/jieba. A segmenter is built once per tokenizer, with jieba's
 * default dictionary plus the user dictionary (taxonomy and vocabulary terms), and only when the
 * first Chinese text arrives: an English-only corpus never pays the 0.3 s dictionary load.
 */
interface JiebaInstance {
  cut(sentence: string, hmm?: boolean | null): string[];
  loadDict(dict: Uint8Array): void;
}
interface JiebaModule {
  Jieba: { withDict(dict: Uint8Array): JiebaInstance };
}

/** Frequency given to user dictionary words: far above any word of jieba's own dictionary. */
export const USER_WORD_FREQUENCY = 1_000_000;

/** Cuts Chinese text into words; the pieces, joined, give back the input. */
export interface ChineseSegmenter {
  cut(text: string): string[];
}

/**
 * jieba's user dictionary for the given words: one `word frequency tag` line each. Words that hold
 * white space cannot be jieba words and are left out.
 */
export function jiebaUserDictionary(words: Iterable<string>): string {
  const lines: string[] = [];
  for (const w of words) {
    if (w.length === 0 || /\s/.test(w)) continue;
    lines.push(`${w} ${USER_WORD_FREQUENCY} nz`);
  }
  return lines.join('\n');
}

/**
 * Builds a jieba segmenter with its default dictionary and `userWords` added (high frequency).
 * @param userWords words to keep whole
 * @param hmm let jieba join unknown character sequences into words with its HMM (default true)
 */
export function createChineseSegmenter(userWords: Iterable<string>, hmm = true): ChineseSegmenter {
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as JiebaModule;
  const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
  const jieba = Jieba.withDict(dict);
  const user = jiebaUserDictionary(userWords);
  if (user.length > 0) jieba.loadDict(Buffer.from(user, 'utf8'));
  return { cut: (text: string) => jieba.cut(text, hmm) };
}
