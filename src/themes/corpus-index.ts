import type { Sentence } from '../core/doc.js';
import { message, type Message } from '../core/message.js';
import { BlockAllocator } from './block-allocator.js';
import { countedRanges } from './counted-ranges.js';
import { gapJoins } from './gap.js';
import { NUMBER } from './lexicon.js';
import type { ThemeDoc } from './theme-doc.js';
import { TokenBuffer } from './token-buffer.js';
import type { Tokenizer } from './tokenize.js';
import { compareStrings } from './vocabulary.js';

/** The tokens of one document as parallel typed arrays. */
export interface DocStream {
  /** Term id of each token. */
  terms: Int32Array;
  /** Offset and end of each token in the text; empty when the index was built with `positions: false`. */
  offsets: Int32Array;
  ends: Int32Array;
  /**
   * 1 when the token directly follows the previous one in running text: same sentence, same script,
   * only white space between them. Phrases (n-grams) never cross a 0.
   */
  joined: Uint8Array;
}

/** A tokenised corpus: every document's token stream and per-term totals. */
export interface CorpusIndex {
  docs: readonly ThemeDoc[];
  streams: readonly DocStream[];
  /** Whether the streams hold token offsets and ends. */
  positions: boolean;
  /** Number of term ids covered by the arrays below. */
  termCount: number;
  /** Term id → normal form. */
  terms: readonly string[];
  /** Term id → display form: the vocabulary's spelling, else the commonest lower-case spelling in the corpus. */
  forms: readonly string[];
  /** Term id → script code (0 latin, 1 cjk, 2 number). */
  script: Uint8Array;
  /** Term id → 1 for stop words. */
  stop: Uint8Array;
  /** Term id → 1 for vocabulary terms. */
  vocab: Uint8Array;
  /** Term id → 1 for terms that term tables count: not stop words, not numbers. */
  counted: Uint8Array;
  /** Term id → occurrences in the corpus. */
  frequency: Int32Array;
  /** Term id → documents holding the term. */
  docFrequency: Int32Array;
  /** Document → number of word tokens (stop words and numbers included). */
  docTokens: Int32Array;
  totalTokens: number;
  messages: Message[];
}

/** Options of indexCorpus. */
export interface IndexOptions {
  /**
   * Keep each token's offset and end (default true): kwic and the noun-phrase check need them. Without
   * them the index takes 5 bytes per token instead of 13 (term tables, TF-IDF, keyness, trends and
   * bursts do not need them).
   */
  positions?: boolean;
}

/**
 * Tokenises every document once, skipping reference lists and notes (see countedRanges), and
 * gathers term frequencies. Linear in the size of the corpus.
 * @param docs the documents, in the order outputs list them
 * @param tokenizer a tokenizer built with the vocabulary in effect
 * @param options whether to keep token positions
 */
export function indexCorpus(docs: readonly ThemeDoc[], tokenizer: Tokenizer, options: IndexOptions = {}): CorpusIndex {
  const positions = options.positions ?? true;
  const none = new Int32Array(0);
  const ints = new BlockAllocator((n) => new Int32Array(n));
  const bytes = new BlockAllocator((n) => new Uint8Array(n));
  const copy = (a: Int32Array): Int32Array => {
    const out = ints.take(a.length);
    out.set(a);
    return out;
  };
  const lexicon = tokenizer.lexicon;
  const buffer = new TokenBuffer(1 << 12);
  const streams: DocStream[] = [];
  const messages: Message[] = [];
  let surfaceCounts = new Int32Array(1 << 12);
  let scratch = new Int32Array(1 << 12);

  for (const doc of docs) {
    buffer.clear();
    const rangeStarts: number[] = [];
    for (const [from, to] of countedRanges(doc.text, doc.sections)) {
      rangeStarts.push(buffer.length);
      tokenizer.scan(doc.text, from, to, buffer);
    }
    const n = buffer.length;
    const all: DocStream = {
      terms: buffer.terms.subarray(0, n),
      offsets: buffer.offsets.subarray(0, n),
      ends: buffer.ends.subarray(0, n),
      joined: bytes.take(n),
    };
    if (scratch.length < n) scratch = new Int32Array(Math.max(n, scratch.length * 2));
    markJoined(doc.text, all, sentenceIds(all, doc.sentences, scratch), rangeStarts, lexicon.termScript);
    const stream: DocStream = {
      terms: copy(all.terms),
      offsets: positions ? copy(all.offsets) : none,
      ends: positions ? copy(all.ends) : none,
      joined: all.joined,
    };
    const types = lexicon.surfaces.length;
    if (types > surfaceCounts.length) {
      const grown = new Int32Array(Math.max(types, surfaceCounts.length * 2));
      grown.set(surfaceCounts);
      surfaceCounts = grown;
    }
    const surfaces = buffer.surfaces;
    for (let i = 0; i < n; i++) {
      const sid = surfaces[i] ?? -1;
      if (sid >= 0) surfaceCounts[sid] = (surfaceCounts[sid] ?? 0) + 1;
    }
    if (n === 0) {
      messages.push(
        message('info', 'themes', 'themes-no-words', doc.path ?? doc.id, 'No words were counted in this document: its text is empty or only a reference list.', {
          note: 'Check that the text could be extracted; the document is left out of the term tables.',
        }),
      );
    }
    streams.push(stream);
  }

  const V = lexicon.size;
  const script = Uint8Array.from(lexicon.termScript);
  const stop = Uint8Array.from(lexicon.termStop);
  const vocab = Uint8Array.from(lexicon.termVocab);
  const counted = new Uint8Array(V);
  for (let t = 0; t < V; t++) counted[t] = stop[t] === 0 && script[t] !== NUMBER ? 1 : 0;
  const frequency = new Int32Array(V);
  const docFrequency = new Int32Array(V);
  const lastDoc = new Int32Array(V).fill(-1);
  const docTokens = new Int32Array(docs.length);
  let totalTokens = 0;
  streams.forEach((s, d) => {
    docTokens[d] = s.terms.length;
    totalTokens += s.terms.length;
    for (const t of s.terms) {
      frequency[t] = (frequency[t] ?? 0) + 1;
      if (lastDoc[t] !== d) {
        lastDoc[t] = d;
        docFrequency[t] = (docFrequency[t] ?? 0) + 1;
      }
    }
  });

  return {
    docs,
    streams,
    positions,
    termCount: V,
    terms: lexicon.terms.slice(0, V),
    forms: displayForms(lexicon.terms, lexicon.termLabel, lexicon.surfaces, (sid) => lexicon.surfaceTerm(sid), surfaceCounts, V),
    script,
    stop,
    vocab,
    counted,
    frequency,
    docFrequency,
    docTokens,
    totalTokens,
    messages,
  };
}

/**
 * The sentence (index in offset order) that holds each token of a stream, -1 outside every
 * sentence: a walk over the sentences sorted by offset, linear in tokens plus sentences.
 */
export function sentenceIds(stream: Pick<DocStream, 'offsets'>, sentences: readonly Sentence[], scratch?: Int32Array): Int32Array {
  const offsets = stream.offsets;
  const n = offsets.length;
  const out = scratch && scratch.length >= n ? scratch.subarray(0, n) : new Int32Array(n);
  out.fill(-1);
  if (sentences.length === 0) return out;
  const sorted = [...sentences].sort((a, b) => a.offset - b.offset || a.end - b.end);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const off = offsets[i] ?? 0;
    while (s < sorted.length && (sorted[s]?.end ?? 0) <= off) s++;
    if (s < sorted.length && (sorted[s]?.offset ?? 0) <= off) out[i] = s;
  }
  return out;
}

function markJoined(text: string, s: DocStream, sentence: Int32Array, rangeStarts: readonly number[], termScript: readonly number[]): void {
  const { terms, offsets, ends, joined } = s;
  let nextRange = 1;
  let rangeStart = rangeStarts[1] ?? -1;
  let prevScript = termScript[terms[0] ?? 0];
  for (let i = 1; i < terms.length; i++) {
    const script = termScript[terms[i] ?? 0];
    const sameScript = script === prevScript;
    prevScript = script;
    let newRange = false;
    while (rangeStart >= 0 && rangeStart <= i) {
      newRange ||= rangeStart === i;
      rangeStart = rangeStarts[++nextRange] ?? -1;
    }
    if (newRange) continue;
    if (!sameScript || sentence[i] !== sentence[i - 1]) continue;
    const from = ends[i - 1] ?? 0;
    const to = offsets[i] ?? 0;
    // the common case, one space, without a call
    if ((to === from + 1 && text.charCodeAt(from) === 0x20) || to === from || gapJoins(text, from, to)) joined[i] = 1;
  }
}

/** The display form of each term: vocabulary label, else the commonest lower-case surface (ties: first in code-unit order). */
function displayForms(
  terms: readonly string[],
  labels: readonly string[],
  surfaces: readonly string[],
  surfaceTerm: (surface: number) => number,
  counts: Int32Array,
  V: number,
): string[] {
  const best = new Map<number, Map<string, number>>();
  for (let sid = 0; sid < surfaces.length && sid < counts.length; sid++) {
    const c = counts[sid] ?? 0;
    if (c === 0) continue;
    const term = surfaceTerm(sid);
    let m = best.get(term);
    if (!m) best.set(term, (m = new Map()));
    const form = (surfaces[sid] ?? '').toLowerCase();
    m.set(form, (m.get(form) ?? 0) + c);
  }
  const forms: string[] = [];
  for (let t = 0; t < V; t++) {
    const label = labels[t] ?? '';
    if (label !== '') {
      forms.push(label);
      continue;
    }
    const m = best.get(t);
    let form = terms[t] ?? '';
    let top = -1;
    if (m) {
      for (const [f, c] of m) {
        if (c > top || (c === top && compareStrings(f, form) < 0)) {
          top = c;
          form = f;
        }
      }
    }
    forms.push(form);
  }
  return forms;
}
