import { createTokenizer, type Tokenizer } from '../themes/index.js';

/** An English word of a passage (a part of a hyphenated compound is a word of its own). */
export interface Word {
  /** Lower case, Porter-stemmed (the themes stage's tokenizer, so stems agree across outputs). */
  norm: string;
  /** Lower case as written (apostrophes and dashes made ASCII): cues are matched on it, not on stems. */
  lower: string;
  /** Lower case, plural and possessive endings removed, British spellings made American: topic terms are matched on it. */
  light: string;
  start: number;
  end: number;
}

/** A match of a trie entry in a passage: offsets into the passage, half-open. */
export interface Match<T> {
  start: number;
  end: number;
  values: readonly T[];
  /** For English matches: index of the first and after the last word matched. */
  from: number;
  to: number;
}

interface WordNode<T> {
  next: Map<string, WordNode<T>>;
  values: T[];
}

interface CharNode<T> {
  next: Map<string, CharNode<T>>;
  values: T[];
}

const CJK_RANGE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\ud800-\udfff]/g;
/** Characters that may stand between the words of one English term: "R&D", "school–enterprise", "1+X". */
const WORD_GAP = /^[\s\-\u2010-\u2015/&+·'’]*$/;

let shared: Tokenizer | undefined;

/** The tokenizer used for English words: stemming on, no Chinese vocabulary (Chinese is matched by substring). */
function tokenizer(): Tokenizer {
  if (!shared) shared = createTokenizer({ stem: true, domainVocabulary: false, vocabulary: [] });
  return shared;
}

/**
 * The English words of a text, lower-cased and stemmed, hyphenated compounds split into their parts.
 * Chinese characters are blanked first (same length), so the Chinese segmenter is never loaded.
 * @param text the passage (NFKC-normalised)
 */
export function englishWords(text: string): Word[] {
  if (!/[A-Za-z]/.test(text)) return [];
  const latin = text.replace(CJK_RANGE, ' ');
  const out: Word[] = [];
  for (const t of tokenizer().tokenize(latin)) {
    if (t.script === 'cjk') continue;
    if (t.norm.indexOf('-') < 0 || t.script !== 'latin') {
      const lower = surfaceLower(t.text);
      out.push({ norm: t.norm, lower, light: lightNorm(lower), start: t.offset, end: t.end });
      continue;
    }
    // Split "school-enterpris" at its hyphens, keeping each part's place in the text.
    const parts = t.norm.split('-');
    let pos = t.offset;
    for (const part of parts) {
      if (part.length === 0) continue;
      const surfaceEnd = nextBreak(text, pos, t.end);
      const lower = surfaceLower(text.slice(pos, surfaceEnd));
      out.push({ norm: part, lower, light: lightNorm(lower), start: pos, end: surfaceEnd });
      pos = Math.min(t.end, surfaceEnd + 1);
    }
  }
  return out;
}

/**
 * A light normal form of a lower-case English word, for topic terms: possessive and plural endings
 * removed (policies → policy, bases → base, teachers' → teacher) and British spellings made American
 * (labour → labor, centre → center, programme → program, organisation → organization). Unlike a
 * Porter stem it keeps nouns and verbs apart: government ≠ governance, manager ≠ management.
 */
export function lightNorm(lower: string): string {
  let w = lower;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /(?:sses|xes|ches|shes|uses)$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|ics)$/.test(w)) w = w.slice(0, -1);
  w = w.replace(/isation$/, 'ization').replace(/is(ed|ing|es?)$/, (m, end: string) => (w.length > 6 && !/(?:rise|vise|cise|wise|mise|prise|guise)$/.test(w.replace(/(ed|ing|es?)$/, 'e')) ? `iz${end}` : m));
  if (w === 'labour') w = 'labor';
  else if (w.endsWith('centre')) w = `${w.slice(0, -6)}center`;
  else if (w === 'programme') w = 'program';
  else if (w.endsWith('our') && w.length > 5 && w !== 'your') w = `${w.slice(0, -3)}or`;
  return w;
}

function surfaceLower(surface: string): string {
  return surface.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u2010-\u2015]/g, '-');
}

function nextBreak(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2d || (c >= 0x2010 && c <= 0x2015)) return i;
  }
  return to;
}

/** The words of an English topic term in their light normal form, as the passage's words are normalised. */
export function termWords(term: string): string[] {
  return englishWords(term).map((w) => w.light);
}

/** The lower-case words of an English cue, as written (cues are matched without stemming). */
export function cueWords(cue: string): string[] {
  return englishWords(cue).map((w) => w.lower);
}

/** A trie over English words: their light normal forms (topic terms) or their lower-case forms (cues). */
export class WordTrie<T> {
  private readonly root: WordNode<T> = { next: new Map(), values: [] };
  size = 0;

  /** @param key which form of a passage's words the trie is keyed on */
  constructor(private readonly key: 'light' | 'lower' | 'norm' = 'light') {}

  /** Adds a value under a sequence of stemmed words (ignored when empty). */
  add(words: readonly string[], value: T): void {
    if (words.length === 0) return;
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(w, child);
      }
      node = child;
    }
    if (node.values.length === 0) this.size++;
    node.values.push(value);
  }

  /** The values stored under the exact word sequence ([] when none). */
  get(words: readonly string[]): readonly T[] {
    let node: WordNode<T> | undefined = this.root;
    for (const w of words) {
      node = node.next.get(w);
      if (!node) return [];
    }
    return node.values;
  }

  /** The longest match starting at word `i`, or undefined. */
  longestAt(text: string, words: readonly Word[], i: number): Match<T> | undefined {
    let node: WordNode<T> | undefined = this.root;
    let best: Match<T> | undefined;
    for (let j = i; j < words.length && node; j++) {
      const w = words[j];
      if (!w) break;
      if (j > i) {
        const prev = words[j - 1];
        if (!prev || !WORD_GAP.test(text.slice(prev.end, w.start))) break;
      }
      node = node.next.get(w[this.key]);
      if (node && node.values.length > 0) best = { start: words[i]?.start ?? 0, end: w.end, values: node.values, from: i, to: j + 1 };
    }
    return best;
  }

  /** At every word, the longest match starting there (matches may overlap). */
  allMatches(text: string, words: readonly Word[]): Array<Match<T>> {
    const out: Array<Match<T>> = [];
    if (this.size === 0) return out;
    for (let i = 0; i < words.length; i++) {
      const m = this.longestAt(text, words, i);
      if (m) out.push(m);
    }
    return out;
  }

  /** Leftmost-longest matches that do not overlap. */
  scan(text: string, words: readonly Word[]): Array<Match<T>> {
    const out: Array<Match<T>> = [];
    if (this.size === 0) return out;
    let i = 0;
    while (i < words.length) {
      const m = this.longestAt(text, words, i);
      if (m) {
        out.push(m);
        i = m.to;
      } else {
        i++;
      }
    }
    return out;
  }
}

/** A trie over characters, for Chinese terms (matched as substrings; white space in the text is skipped). */
export class CharTrie<T> {
  private readonly root: CharNode<T> = { next: new Map(), values: [] };
  size = 0;

  /** Adds a value under a term (its characters, already normalised and lower-cased). */
  add(term: string, value: T): void {
    if (term.length === 0) return;
    let node = this.root;
    for (const ch of term) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(ch, child);
      }
      node = child;
    }
    if (node.values.length === 0) this.size++;
    node.values.push(value);
  }

  /** The values stored under the exact term ([] when none). */
  get(term: string): readonly T[] {
    let node: CharNode<T> | undefined = this.root;
    for (const ch of term) {
      node = node.next.get(ch);
      if (!node) return [];
    }
    return node.values;
  }

  /** The longest match starting at `i` of the lower-cased text, or undefined. */
  longestAt(lower: string, i: number): Match<T> | undefined {
    let node: CharNode<T> | undefined = this.root.next.get(lower[i] ?? '');
    if (!node) return undefined;
    let best: Match<T> | undefined = node.values.length > 0 ? { start: i, end: i + 1, values: node.values, from: -1, to: -1 } : undefined;
    let j = i + 1;
    while (j < lower.length && node) {
      const ch = lower[j] ?? '';
      if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') {
        j++;
        continue;
      }
      node = node.next.get(ch);
      j++;
      if (node && node.values.length > 0) best = { start: i, end: j, values: node.values, from: -1, to: -1 };
    }
    return best;
  }

  /** At every position, the longest match starting there (matches may overlap). */
  allMatches(lower: string): Array<Match<T>> {
    const out: Array<Match<T>> = [];
    if (this.size === 0) return out;
    for (let i = 0; i < lower.length; i++) {
      const m = this.longestAt(lower, i);
      if (m) out.push(m);
    }
    return out;
  }

  /** Leftmost-longest matches that do not overlap. */
  scan(lower: string): Array<Match<T>> {
    const out: Array<Match<T>> = [];
    if (this.size === 0) return out;
    let i = 0;
    while (i < lower.length) {
      const m = this.longestAt(lower, i);
      if (m) {
        out.push(m);
        i = m.end;
      } else {
        i++;
      }
    }
    return out;
  }
}

/** Lower-cases a text character by character, so that offsets stay those of the text. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
