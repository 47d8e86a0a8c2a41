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
  /** jieba's cut (HMM as the segmenter was built). */
  cut(text: string): string[];
  /** jieba's cut with the dictionaries only (no HMM): a text that comes back in one piece is a dictionary word. */
  cutDictionary(text: string): string[];
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

function jiebaDictionary(): Uint8Array {
  const require = createRequire(import.meta.url);
  return (require('@node-rs/jieba/dict') as { dict: Uint8Array }).dict;
}

/**
 * Builds a jieba segmenter with its default dictionary and `userWords` added (high frequency).
 * @param userWords words to keep whole
 * @param hmm let jieba join unknown character sequences into words with its HMM (default true)
 */
export function createChineseSegmenter(userWords: Iterable<string>, hmm = true): ChineseSegmenter {
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as JiebaModule;
  const jieba = Jieba.withDict(jiebaDictionary());
  const user = jiebaUserDictionary(userWords);
  if (user.length > 0) jieba.loadDict(Buffer.from(user, 'utf8'));
  return { cut: (text: string) => jieba.cut(text, hmm), cutDictionary: (text: string) => jieba.cut(text, false) };
}

/** Word counts of a reference corpus, read from a frequency list. */
export interface WordFrequencies {
  /** Sum of the frequencies of every word of the list: the reference corpus's size in tokens. */
  total: number;
  /** Frequencies of the words asked for that the list holds. */
  counts: Map<string, number>;
}

/**
 * The frequencies that jieba's default dictionary (dict.txt of @node-rs/jieba: 349,045 words,
 * 60,101,964 tokens of general Chinese) gives to the words asked for. One pass over the list; no
 * table of the whole list is kept.
 * @param words the words to look up
 */
export function jiebaWordFrequencies(words: ReadonlySet<string>): WordFrequencies {
  return parseWordFrequencies(Buffer.from(jiebaDictionary()).toString('utf8'), words);
}

/**
 * Reads a frequency list of `word frequency [tag]` lines (jieba's dictionary format); lines without
 * a whole-number frequency are skipped; a word listed twice keeps its last frequency, as in jieba.
 * Only lines whose first character and length fit a word asked for are cut out of the text.
 * @param text the list
 * @param words the words to look up
 */
export function parseWordFrequencies(text: string, words: ReadonlySet<string>): WordFrequencies {
  const first = new Uint8Array(0x10000);
  let longest = 0;
  for (const w of words) {
    if (w.length === 0) continue;
    first[w.charCodeAt(0)] = 1;
    longest = Math.max(longest, w.length);
  }
  const counts = new Map<string, number>();
  let total = 0;
  let pos = 0;
  while (pos < text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const space = text.indexOf(' ', pos);
    if (space > pos && space < eol) {
      let f = 0;
      let k = space + 1;
      for (let c = text.charCodeAt(k); c >= 0x30 && c <= 0x39; c = text.charCodeAt(++k)) f = f * 10 + (c - 0x30);
      if (k > space + 1) {
        total += f;
        if (first[text.charCodeAt(pos)] === 1 && space - pos <= longest) {
          const word = text.slice(pos, space);
          if (words.has(word)) counts.set(word, f);
        }
      }
    }
    pos = eol + 1;
  }
  return { total, counts };
}
