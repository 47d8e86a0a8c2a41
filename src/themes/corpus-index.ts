import type { Sentence } from '../core/doc.js';
import { message, type Message } from '../core/message.js';
import { BlockAllocator } from './block-allocator.js';
import { countedRanges } from './counted-ranges.js';
import { gapJoins } from './gap.js';
import { NUMBER } from './lexicon.js';
import { MAX_BYTES_PER_TOKEN, decodePositions, encodePositions, type TokenPlaces } from './positions.js';
import type { ThemeDoc } from './theme-doc.js';
import { TokenBuffer } from './token-buffer.js';
import type { Tokenizer } from './tokenize.js';
import { compareStrings } from './vocabulary.js';

/** The tokens of one document as parallel typed arrays. */
export interface DocStream {
  /** Term id of each token. */
  terms: Int32Array;
  /**
   * Offset and end of each token in the text, encoded (about 2 bytes a token; see positions.ts):
   * read them with `tokenPlaces(stream)`. Empty when the index was built with `positions: false`.
   */
  positions: Uint8Array;
  /**
   * 1 when the token directly follows the previous one in running text: same sentence, same script,
   * only white space between them. Phrases (n-grams) never cross a 0.
   */
  joined: Uint8Array;
}

/**
 * Offsets and ends of a stream's tokens (empty arrays when the index holds no positions).
 * @param stream one document's stream
 * @param into arrays to reuse when long enough (the views returned are then into them)
 */
export function tokenPlaces(stream: DocStream, into?: TokenPlaces): TokenPlaces {
  const n = stream.positions.length > 0 ? stream.terms.length : 0;
  return decodePositions(stream.positions, n, into);
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
   * Keep each token's offset and end (default true): kwic, the noun-phrase check and sentence windows
   * of the co-occurrence network need them. They take about 2 bytes per token, beside the 5 of term
   * id and join flag (term tables, TF-IDF, keyness, trends and bursts do not need them).
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
  const none = new Uint8Array(0);
  const ints = new BlockAllocator((n) => new Int32Array(n));
  const bytes = new BlockAllocator((n) => new Uint8Array(n));
  const lexicon = tokenizer.lexicon;
  const buffer = new TokenBuffer(1 << 12);
  const streams: DocStream[] = [];
  const messages: Message[] = [];
  const counts = new TermCounts();
  let scratch = new Int32Array(1 << 12);
  let encoded = new Uint8Array(MAX_BYTES_PER_TOKEN << 12);

  docs.forEach((doc, d) => {
    buffer.clear();
    const rangeStarts: number[] = [];
    for (const [from, to] of countedRanges(doc.text, doc.sections)) {
      rangeStarts.push(buffer.length);
      tokenizer.scan(doc.text, from, to, buffer);
    }
    const n = buffer.length;
    const { terms: allTerms, offsets, ends } = buffer;
    const joined = bytes.take(n);
    if (scratch.length < n) scratch = new Int32Array(Math.max(n, scratch.length * 2));
    counts.grow(lexicon.termScript, lexicon.surfaces.length);
    markJoined(doc.text, allTerms, offsets, ends, joined, sentenceIds(offsets.subarray(0, n), doc.sentences, scratch), rangeStarts, counts.scripts);
    const terms = ints.take(n);
    terms.set(allTerms.subarray(0, n));
    let place = none;
    if (positions) {
      if (encoded.length < n * MAX_BYTES_PER_TOKEN) encoded = new Uint8Array(n * MAX_BYTES_PER_TOKEN * 2);
      const size = encodePositions(offsets, ends, n, encoded);
      place = bytes.take(size);
      place.set(encoded.subarray(0, size));
    }
    counts.add(d, terms, buffer.surfaces);
    if (n === 0) {
      messages.push(
        message('info', 'themes', 'themes-no-words', doc.path ?? doc.id, 'No words were counted in this document: its text is empty or only a reference list.', {
          note: 'Check that the text could be extracted; the document is left out of the term tables.',
        }),
      );
    }
    streams.push({ terms, positions: place, joined });
  });

  const V = lexicon.size;
  const script = Uint8Array.from(lexicon.termScript);
  const stop = Uint8Array.from(lexicon.termStop);
  const vocab = Uint8Array.from(lexicon.termVocab);
  const counted = new Uint8Array(V);
  for (let t = 0; t < V; t++) counted[t] = stop[t] === 0 && script[t] !== NUMBER ? 1 : 0;
  const docTokens = new Int32Array(docs.length);
  let totalTokens = 0;
  streams.forEach((s, d) => {
    docTokens[d] = s.terms.length;
    totalTokens += s.terms.length;
  });

  return {
    docs,
    streams,
    positions,
    termCount: V,
    terms: lexicon.terms.slice(0, V),
    forms: displayForms(lexicon.terms, lexicon.termLabel, lexicon.surfaces, (sid) => lexicon.surfaceTerm(sid), counts.surfaces, V),
    script,
    stop,
    vocab,
    counted,
    frequency: counts.column(0, V),
    docFrequency: counts.column(2, V),
    docTokens,
    totalTokens,
    messages,
  };
}

/**
 * Term frequencies, document frequencies and surface counts, gathered document by document, and a
 * byte copy of the lexicon's script codes (small enough to stay in cache while tokens are walked).
 * A term's frequency, last document and document frequency share one cache line.
 */
class TermCounts {
  /** Four integers per term: frequency, 1 + the last document that held it, document frequency, unused. */
  private stats: Int32Array = new Int32Array(4 << 12);
  surfaces: Int32Array = new Int32Array(1 << 12);
  scripts: Uint8Array = new Uint8Array(1 << 12);
  private terms = 0;

  /** Makes room for every term and surface the lexicon holds now, and copies the new terms' scripts. */
  grow(termScript: readonly number[], surfaceCount: number): void {
    const termCount = termScript.length;
    if (termCount > this.scripts.length) {
      const size = Math.max(termCount, this.scripts.length * 2);
      this.stats = grown(this.stats, size * 4);
      const scripts = new Uint8Array(size);
      scripts.set(this.scripts);
      this.scripts = scripts;
    }
    for (let t = this.terms; t < termCount; t++) this.scripts[t] = termScript[t] ?? 0;
    this.terms = termCount;
    if (surfaceCount > this.surfaces.length) this.surfaces = grown(this.surfaces, Math.max(surfaceCount, this.surfaces.length * 2));
  }

  /** Counts the tokens of document `d`; `terms` and `surfaces` hold its term and surface ids (call grow first). */
  add(d: number, terms: Int32Array, surfaces: Int32Array): void {
    const stats = this.stats;
    const counts = this.surfaces;
    const mark = d + 1;
    for (let i = 0; i < terms.length; i++) {
      const q = (terms[i] ?? 0) << 2;
      stats[q] = (stats[q] ?? 0) + 1;
      if (stats[q + 1] !== mark) {
        stats[q + 1] = mark;
        stats[q + 2] = (stats[q + 2] ?? 0) + 1;
      }
      const sid = surfaces[i] ?? -1;
      if (sid >= 0) counts[sid] = (counts[sid] ?? 0) + 1;
    }
  }

  /** Frequency (field 0) or document frequency (field 2) of the first `V` terms. */
  column(field: 0 | 2, V: number): Int32Array {
    const out = new Int32Array(V);
    for (let t = 0; t < V; t++) out[t] = this.stats[(t << 2) + field] ?? 0;
    return out;
  }
}

function grown(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/**
 * The sentence (index in offset order) that holds each token of a stream, -1 outside every
 * sentence: a walk over the sentences sorted by offset, linear in tokens plus sentences.
 */
export function sentenceIds(offsets: Int32Array, sentences: readonly Sentence[], scratch?: Int32Array): Int32Array {
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

function markJoined(
  text: string,
  terms: Int32Array,
  offsets: Int32Array,
  ends: Int32Array,
  joined: Uint8Array,
  sentence: Int32Array,
  rangeStarts: readonly number[],
  termScript: Uint8Array,
): void {
  let nextRange = 1;
  let rangeStart = rangeStarts[1] ?? -1;
  let prevScript = termScript[terms[0] ?? 0];
  for (let i = 1; i < joined.length; i++) {
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
