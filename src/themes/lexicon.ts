import { englishNorm, numberNorm } from './english-tokens.js';
import { isStopWord } from './stopwords.js';

/** Script of a term: words of spaced scripts, CJK words, numbers. */
export type Script = 'latin' | 'cjk' | 'number';

/** Script codes stored in typed arrays. */
export const LATIN = 0;
export const CJK_SCRIPT = 1;
export const NUMBER = 2;

/** The script names, by code. */
export const SCRIPT_NAMES: readonly Script[] = ['latin', 'cjk', 'number'];

/**
 * The word types a tokenizer has met. Each distinct surface string is normalised once (lower case,
 * Porter stem, stop-word test) and memoised, so that the per-token cost is one probe of a hash
 * table. Terms (normal forms) get dense integer ids, from one Map<string, number>, used by every
 * typed array of the themes stage.
 */
export class Lexicon {
  private readonly termIds = new Map<string, number>();
  /**
   * Open-addressing table probed by hash, four integers per slot: surface id + 1 (0: empty), hash,
   * start in the character pool, length. A lookup reads one slot and the pooled characters: no string
   * is made per token, and memory is read in two places only.
   */
  private slots = new Int32Array(4 << 12);
  private pool = new Uint16Array(1 << 16);
  private poolSize = 0;
  /** Surface id → start of its characters in the pool. */
  private readonly starts: number[] = [];
  private surfaceHash = new Int32Array(1 << 11);
  private surfaceTermIds = new Int32Array(1 << 11);
  /** Surface id → the surface string. */
  readonly surfaces: string[] = [];
  /** Term id → normal form. */
  readonly terms: string[] = [];
  /** Term id → script code (LATIN, CJK_SCRIPT, NUMBER). */
  readonly termScript: number[] = [];
  /** Term id → 1 for stop words. */
  readonly termStop: number[] = [];
  /** Term id → 1 for terms of the vocabulary (taxonomy, user file, domain list). */
  readonly termVocab: number[] = [];
  /** Term id → display form fixed by the vocabulary ('' when the corpus decides). */
  readonly termLabel: string[] = [];
  /** Term id → the hyphen-separated parts of a latin normal form (for vocabulary phrase matching). */
  readonly termParts: (readonly string[])[] = [];

  /** @param stem Porter-stem English words */
  constructor(readonly stem: boolean) {}

  /** Surface id → term id. */
  surfaceTerm(surface: number): number {
    return this.surfaceTermIds[surface] ?? 0;
  }

  /** Number of terms so far. */
  get size(): number {
    return this.terms.length;
  }

  /** Id of a term, added when new. */
  term(norm: string, script: number, stop: boolean): number {
    let id = this.termIds.get(norm);
    if (id === undefined) {
      id = this.terms.length;
      const own = detach(norm);
      this.termIds.set(own, id);
      this.terms.push(own);
      this.termScript.push(script);
      this.termStop.push(stop ? 1 : 0);
      this.termVocab.push(0);
      this.termLabel.push('');
      this.termParts.push(script === LATIN && (own.indexOf('-') >= 0 || own.indexOf(' ') >= 0) ? own.split(/[- ]/) : [own]);
    }
    return id;
  }

  /** Id of a term if known, else -1. */
  termId(norm: string): number {
    return this.termIds.get(norm) ?? -1;
  }

  /**
   * Surface id of the word `text.slice(from, to)` of a spaced script (`hasLetter` false: a number).
   * `hash` is hashOf over the same characters, computed by the caller while it scanned them.
   */
  wordAt(text: string, from: number, to: number, hash: number, hasLetter: boolean): number {
    const known = this.find(text, from, to, hash);
    if (known >= 0) return known;
    const surface = text.slice(from, to);
    let term: number;
    if (hasLetter) {
      const n = englishNorm(surface, this.stem);
      term = this.term(n.norm, LATIN, n.stop);
    } else {
      term = this.term(numberNorm(surface), NUMBER, false);
    }
    return this.insert(surface, hash, term);
  }

  /** Surface id of a CJK word `text.slice(from, to)` as cut by the segmenter. */
  cjkAt(text: string, from: number, to: number): number {
    const hash = hashOf(text, from, to);
    const known = this.find(text, from, to, hash);
    if (known >= 0) return known;
    const surface = text.slice(from, to);
    return this.insert(surface, hash, this.term(surface, CJK_SCRIPT, isStopWord(surface)));
  }

  /** Surface id of a vocabulary match `text.slice(from, to)` (found case-insensitively; `norm` is the term). */
  vocabularyAt(text: string, from: number, to: number, norm: string, script: number): number {
    const hash = hashOf(text, from, to);
    const known = this.find(text, from, to, hash);
    if (known >= 0) return known;
    const term = this.term(norm, script, false);
    this.termVocab[term] = 1;
    return this.insert(text.slice(from, to), hash, term);
  }

  private find(text: string, from: number, to: number, hash: number): number {
    const slots = this.slots;
    const pool = this.pool;
    const mask = (slots.length >> 2) - 1;
    const len = to - from;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const q = i << 2;
      const entry = slots[q] ?? 0;
      if (entry === 0) return -1;
      if (slots[q + 1] !== hash || slots[q + 3] !== len) continue;
      const start = slots[q + 2] ?? 0;
      let k = 0;
      while (k < len && pool[start + k] === text.charCodeAt(from + k)) k++;
      if (k === len) return entry - 1;
    }
  }

  private insert(surface: string, hash: number, term: number): number {
    const id = this.surfaces.length;
    this.surfaces.push(detach(surface));
    if (id === this.surfaceHash.length) {
      const h = new Int32Array(id * 2);
      h.set(this.surfaceHash);
      this.surfaceHash = h;
      const t = new Int32Array(id * 2);
      t.set(this.surfaceTermIds);
      this.surfaceTermIds = t;
    }
    this.surfaceHash[id] = hash;
    this.surfaceTermIds[id] = term;
    if (this.poolSize + surface.length > this.pool.length) {
      const p = new Uint16Array(Math.max(this.pool.length * 2, this.poolSize + surface.length));
      p.set(this.pool.subarray(0, this.poolSize));
      this.pool = p;
    }
    const start = this.poolSize;
    for (let k = 0; k < surface.length; k++) this.pool[start + k] = surface.charCodeAt(k);
    this.poolSize += surface.length;
    this.starts.push(start);
    if ((id + 1) * 2 > this.slots.length >> 2) this.rehash();
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    const hash = this.surfaceHash[id] ?? 0;
    let i = hash & mask;
    while ((slots[i << 2] ?? 0) !== 0) i = (i + 1) & mask;
    const q = i << 2;
    slots[q] = id + 1;
    slots[q + 1] = hash;
    slots[q + 2] = this.poolStart(id);
    slots[q + 3] = this.surfaces[id]?.length ?? 0;
  }

  private poolStart(id: number): number {
    return this.starts[id] ?? 0;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.surfaces.length; id++) this.place(id);
  }
}

/** FNV-1a hash of `text.slice(from, to)`, as a 32-bit integer; the scanner computes the same inline. */
export function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * A copy of a string that does not keep the text it was cut from alive (V8 shares the parent of a
 * slice): memoised words must not hold whole documents in memory.
 */
function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
