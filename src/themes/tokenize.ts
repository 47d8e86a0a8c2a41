import type { Language } from '../core/doc.js';
import { APOSTROPHE, CHAR_CLASS, CJK, CJK_HIGH, DIGIT, HYPHEN, LETTER, LOW_SURROGATE, MARK, hasCjk } from './char-class.js';
import { createChineseSegmenter, type ChineseSegmenter } from './chinese-segmenter.js';
import { chineseParts } from './chinese-splits.js';
import { DOMAIN_VOCABULARY } from './domain-vocabulary.js';
import { CJK_SCRIPT, LATIN, Lexicon, SCRIPT_NAMES, type Script } from './lexicon.js';
import { PhraseVocabulary } from './phrase-vocabulary.js';
import { TokenBuffer } from './token-buffer.js';
import { VocabTrie } from './vocab-trie.js';
import { vocabularyTerms } from './vocabulary.js';

export type { Script } from './lexicon.js';

/** One word of the text, with its place. */
export interface Token {
  /** The text as written: `text.slice(offset, end)`. */
  text: string;
  /** Normal form: lower case and Porter stem for English, the word itself for Chinese, digits for numbers. */
  norm: string;
  /** Offset in the text (UTF-16 code units, 0-based). */
  offset: number;
  /** End offset, exclusive. */
  end: number;
  script: Script;
  /** A function word that term tables leave out (negation and deficiency words never are). */
  stop: boolean;
  /** The token is a term of the vocabulary (taxonomy, user file or domain list). */
  vocab: boolean;
}

/** Options of createTokenizer. */
export interface TokenizerOptions {
  /** Terms that must come out as one token: taxonomy terms, the user's vocabulary file. */
  vocabulary?: Iterable<string>;
  /** Porter-stem English words (default true). */
  stem?: boolean;
  /** Add the project's list of Chinese domain terms, DOMAIN_VOCABULARY (default true). */
  domainVocabulary?: boolean;
  /** Let jieba join unknown Chinese character sequences with its HMM (default true). */
  hmm?: boolean;
  /**
   * Cut some of jieba's words again (default true; see chineseParts): compounds that end or begin
   * with a deficiency or negation word (经费不足 → 经费 + 不足), and HMM guesses that hold a function
   * character (市和区 → 市 + 和 + 区). Vocabulary terms are never cut.
   */
  splitCompounds?: boolean;
}

/** Work done by a tokenizer so far, for benchmarks. */
export interface TokenizerStats {
  /** Characters handed to the Chinese segmenter. */
  cjkChars: number;
  /** Milliseconds spent in the Chinese segmenter, dictionary load included. */
  segmentMs: number;
}

/** A tokenizer built once (dictionary loaded, vocabulary compiled) and used for every text. */
export interface Tokenizer {
  /** Tokens of `text` (or of `text.slice(from, to)`, offsets still into `text`). */
  tokenize(text: string, from?: number, to?: number): Token[];
  /** Appends the tokens of `text.slice(from, to)` to a buffer: the fast path used for whole corpora. */
  scan(text: string, from: number, to: number, out: TokenBuffer): void;
  readonly lexicon: Lexicon;
  /** The vocabulary in effect, normalised and sorted. */
  readonly vocabulary: readonly string[];
  readonly stats: TokenizerStats;
}

/** Words longer than this (in UTF-16 units) are not words: base64, URLs without breaks, garbage. */
const MAX_WORD = 64;

/**
 * Builds a tokenizer: English words by a character-class scan (hyphen and apostrophe compounds
 * kept, memoised Porter stems), Chinese by jieba with every vocabulary term in its user
 * dictionary, and vocabulary terms always whole (see VocabTrie and PhraseVocabulary).
 * @param options vocabulary, stemming, domain list, HMM
 */
export function createTokenizer(options: TokenizerOptions = {}): Tokenizer {
  const stem = options.stem ?? true;
  const hmm = options.hmm ?? true;
  const raw: string[] = [...(options.vocabulary ?? [])];
  if (options.domainVocabulary ?? true) raw.push(...DOMAIN_VOCABULARY);
  const vocabulary = vocabularyTerms(raw);
  const lexicon = new Lexicon(stem);
  const trie = new VocabTrie();
  const phrases = new PhraseVocabulary();
  const stats: TokenizerStats = { cjkChars: 0, segmentMs: 0 };
  const cjkWords: string[] = [];
  let segmenter: ChineseSegmenter | undefined;

  const scanner = new Scanner(lexicon, trie, () => {
    if (!segmenter) {
      const t = performance.now();
      segmenter = createChineseSegmenter(cjkWords, hmm);
      stats.segmentMs += performance.now() - t;
    }
    return segmenter;
  }, stats, options.splitCompounds ?? true);

  const scratch = new TokenBuffer(64);
  for (const term of vocabulary) {
    if (hasCjk(term)) {
      trie.add(term);
      cjkWords.push(term);
      const id = lexicon.term(term.toLowerCase(), CJK_SCRIPT, false);
      lexicon.termVocab[id] = 1;
      lexicon.termLabel[id] = term;
      continue;
    }
    scratch.clear();
    scanner.scan(term, 0, term.length, scratch);
    if (scratch.length === 1) {
      lexicon.termVocab[scratch.terms[0] ?? 0] = 1;
    } else if (scratch.length > 1) {
      const parts: string[] = [];
      for (let i = 0; i < scratch.length; i++) parts.push(...(lexicon.termParts[scratch.terms[i] ?? 0] ?? []));
      phrases.add(lexicon, parts, term);
    }
  }

  const scan = (text: string, from: number, to: number, out: TokenBuffer): void => {
    const start = out.length;
    scanner.scan(text, from, to, out);
    phrases.merge(lexicon, out, text, start);
  };

  const buffer = new TokenBuffer(256);
  const tokenize = (text: string, from = 0, to = text.length): Token[] => {
    buffer.clear();
    scan(text, from, to, buffer);
    const tokens: Token[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const term = buffer.terms[i] ?? 0;
      const offset = buffer.offsets[i] ?? 0;
      const end = buffer.ends[i] ?? 0;
      tokens.push({
        text: text.slice(offset, end),
        norm: lexicon.terms[term] ?? '',
        offset,
        end,
        script: SCRIPT_NAMES[lexicon.termScript[term] ?? LATIN] ?? 'latin',
        stop: lexicon.termStop[term] === 1,
        vocab: lexicon.termVocab[term] === 1,
      });
    }
    return tokens;
  };

  return { tokenize, scan, lexicon, vocabulary, stats };
}

/** The character-class scan behind a tokenizer. */
class Scanner {
  /** Surface id of a Chinese word → the lengths of the parts it is counted as, or null: one token. */
  private readonly parts = new Map<number, number[] | null>();

  constructor(
    private readonly lexicon: Lexicon,
    private readonly trie: VocabTrie,
    private readonly segmenter: () => ChineseSegmenter,
    private readonly stats: TokenizerStats,
    private readonly splitCompounds: boolean,
  ) {}

  scan(text: string, from: number, to: number, out: TokenBuffer): void {
    const starts = this.trie.starts;
    const useTrie = this.trie.size > 0;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (useTrie && starts[c] === 1) {
        const m = this.trie.match(text, i, to);
        if (m) {
          const script = hasCjk(m.term) ? CJK_SCRIPT : LATIN;
          const sid = this.lexicon.vocabularyAt(text, i, m.end, m.term, script);
          out.push(this.lexicon.surfaceTerm(sid), sid, i, m.end);
          i = m.end;
          continue;
        }
      }
      const k = CHAR_CLASS[c];
      if (k === LETTER || k === DIGIT) i = this.word(text, i, to, out);
      else if (k === CJK || k === CJK_HIGH) i = this.cjkSpan(text, i, to, out);
      else i++;
    }
  }

  /** Scans one word of a spaced script or a number starting at `i`; returns where it ends. */
  private word(text: string, i: number, to: number, out: TokenBuffer): number {
    let c = text.charCodeAt(i);
    let hasLetter = CHAR_CLASS[c] === LETTER;
    let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
    let j = i + 1;
    while (j < to) {
      c = text.charCodeAt(j);
      const k = CHAR_CLASS[c];
      if (k === LETTER || k === DIGIT || k === MARK) {
        if (k === LETTER) hasLetter = true;
        h = Math.imul(h ^ c, 0x01000193);
        j++;
      } else if (j + 1 < to && (k === HYPHEN || k === APOSTROPHE || ((c === 0x2e || c === 0x2c) && !hasLetter))) {
        const next = text.charCodeAt(j + 1);
        const n = CHAR_CLASS[next];
        const prev = CHAR_CLASS[text.charCodeAt(j - 1)];
        const joins = k === HYPHEN || k === APOSTROPHE ? n === LETTER || n === DIGIT : n === DIGIT && prev === DIGIT;
        if (!joins) break;
        h = Math.imul(Math.imul(h ^ c, 0x01000193) ^ next, 0x01000193);
        j += 2;
        if (n === LETTER) hasLetter = true;
      } else {
        break;
      }
    }
    if (j - i <= MAX_WORD) {
      const sid = this.lexicon.wordAt(text, i, j, h, hasLetter);
      out.push(this.lexicon.surfaceTerm(sid), sid, i, j);
    }
    return j;
  }

  /**
   * Scans a run of Chinese text starting at `i` (CJK characters with the punctuation and spaces
   * between them) up to the next letter, digit or vocabulary term, cuts it with jieba and emits its
   * words. Returns where the run ends.
   */
  private cjkSpan(text: string, i: number, to: number, out: TokenBuffer): number {
    const starts = this.trie.starts;
    const useTrie = this.trie.size > 0;
    let lastCjk = i + 1;
    let j = i + 1;
    while (j < to) {
      const c = text.charCodeAt(j);
      const k = CHAR_CLASS[c];
      if (k === LETTER || k === DIGIT) break;
      if (k === CJK || k === CJK_HIGH || k === LOW_SURROGATE) {
        if (useTrie && starts[c] === 1 && this.trie.match(text, j, to)) break;
        lastCjk = j + 1;
      }
      j++;
    }
    this.emitCjk(text, i, lastCjk, out);
    return lastCjk;
  }

  private emitCjk(text: string, from: number, to: number, out: TokenBuffer): void {
    const segmenter = this.segmenter();
    const t = performance.now();
    const pieces = segmenter.cut(text.slice(from, to));
    this.stats.segmentMs += performance.now() - t;
    this.stats.cjkChars += to - from;
    let total = 0;
    for (const p of pieces) total += p.length;
    if (total !== to - from) {
      // The segmenter did not give back the text it was given: one token per character instead.
      for (let k = from; k < to; k++) this.emitPiece(text, k, k + 1, out);
      return;
    }
    let pos = from;
    for (const p of pieces) {
      this.emitPiece(text, pos, pos + p.length, out);
      pos += p.length;
    }
  }

  private emitPiece(text: string, from: number, to: number, out: TokenBuffer): void {
    const k = CHAR_CLASS[text.charCodeAt(from)];
    if (k !== CJK && k !== CJK_HIGH) return;
    const sid = this.lexicon.cjkAt(text, from, to);
    if (this.splitCompounds && to - from > 1) {
      let parts = this.parts.get(sid);
      if (parts === undefined) {
        parts = chineseParts(this.lexicon.surfaces[sid] ?? '', this.segmenter()) ?? null;
        this.parts.set(sid, parts);
      }
      if (parts) {
        let pos = from;
        for (const n of parts) {
          const part = this.lexicon.cjkAt(text, pos, pos + n);
          out.push(this.lexicon.surfaceTerm(part), part, pos, pos + n);
          pos += n;
        }
        return;
      }
    }
    out.push(this.lexicon.surfaceTerm(sid), sid, from, to);
  }
}

let cached: { key: string; tokenizer: Tokenizer } | undefined;

/**
 * Tokens of one text, with a tokenizer kept for the last vocabulary and stem setting used. For
 * many texts, build one tokenizer with createTokenizer and call its `tokenize`.
 * @param text the text
 * @param language the document's language; scripts decide how each run is cut, so English and
 *   Chinese in one text are both read; the parameter is kept for callers that know it
 * @param options vocabulary and stemming (see TokenizerOptions)
 */
export function tokenize(text: string, language: Language, options: TokenizerOptions = {}): Token[] {
  void language;
  const vocab = vocabularyTerms(options.vocabulary ?? []);
  const key = JSON.stringify([vocab, options.stem ?? true, options.domainVocabulary ?? true, options.hmm ?? true, options.splitCompounds ?? true]);
  if (!cached || cached.key !== key) cached = { key, tokenizer: createTokenizer({ ...options, vocabulary: vocab }) };
  return cached.tokenizer.tokenize(text);
}
