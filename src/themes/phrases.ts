import { tokenPlaces, type CorpusIndex, type DocStream } from './corpus-index.js';
import type { TokenPlaces } from './positions.js';
import { CJK_SCRIPT, LATIN } from './lexicon.js';
import { isNounPhrase } from './noun-phrases.js';
import { termLanguage, type TermLanguage } from './term-table.js';
import { compareStrings } from './vocabulary.js';

/** Options of findPhrases. */
export interface PhraseOptions {
  /** Longest phrase in tokens (default 4; from 2 to 8). */
  maxLength?: number;
  /** Frequency floor: an n-gram seen fewer times is neither a phrase nor extended (default 3). */
  minFrequency?: number;
  /** Documents floor (default 1). */
  minDocuments?: number;
  /** English stop words allowed inside a phrase, never at its ends (default: of, and). */
  innerStopWords?: readonly string[];
  /**
   * Check this many of the best English candidates with compromise and drop those that are not noun
   * phrases (default 200; 0: none). Needs an index with positions.
   */
  nounPhraseChecks?: number;
  /** Keep the first `limit` phrases (default 500). */
  limit?: number;
  /** Top phrases kept per document (default 10). */
  perDocument?: number;
}

/** A multi-word phrase of the corpus. */
export interface Phrase {
  /** Normal form: stems joined by spaces (English), words joined (Chinese). */
  text: string;
  /** Display form from the terms' commonest spellings. */
  form: string;
  language: TermLanguage;
  /** Term ids. */
  terms: readonly number[];
  frequency: number;
  documents: number;
  /** Log-likelihood G² of the weakest binary split (the ranking score). */
  g2: number;
  /** Pointwise mutual information (bits) of that split. */
  pmi: number;
  /** 'yes': compromise read it as a noun phrase; 'unchecked': not checked; '': Chinese. */
  nounPhrase: 'yes' | 'unchecked' | '';
}

/** A phrase in one document. */
export interface DocPhrase {
  /** Index into `phrases`. */
  phrase: number;
  count: number;
  /** count / document tokens × (ln((1 + N) / (1 + df)) + 1). */
  tfidf: number;
}

/** Phrases of the corpus and the top phrases of each document. */
export interface PhraseResult {
  phrases: Phrase[];
  /** Per document (index order), best first. */
  byDocument: DocPhrase[][];
}

/** The n-grams of one length: entry = (prefix entry of length n − 1, last term). */
class Level {
  readonly map = new Map<number, number>();
  prefix = new Int32Array(256);
  last = new Int32Array(256);
  count = new Int32Array(256);
  docs = new Int32Array(256);
  lastDoc = new Int32Array(256);
  firstDoc = new Int32Array(256);
  firstPos = new Int32Array(256);
  size = 0;

  /** Counts one occurrence; returns the entry. */
  add(key: number, prefix: number, last: number, doc: number, pos: number): number {
    let e = this.map.get(key);
    if (e === undefined) {
      if (this.size >= 0xffffff) return -1; // a JavaScript Map holds 2^24 entries at most
      e = this.size++;
      if (e === this.prefix.length) this.grow();
      this.map.set(key, e);
      this.prefix[e] = prefix;
      this.last[e] = last;
      this.lastDoc[e] = -1;
      this.firstDoc[e] = doc;
      this.firstPos[e] = pos;
    }
    this.count[e] = (this.count[e] ?? 0) + 1;
    if (this.lastDoc[e] !== doc) {
      this.lastDoc[e] = doc;
      this.docs[e] = (this.docs[e] ?? 0) + 1;
    }
    return e;
  }

  private grow(): void {
    const g = (a: Int32Array): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.prefix = g(this.prefix);
    this.last = g(this.last);
    this.count = g(this.count);
    this.docs = g(this.docs);
    this.lastDoc = g(this.lastDoc);
    this.firstDoc = g(this.firstDoc);
    this.firstPos = g(this.firstPos);
  }
}

/** G² of a 2 × 2 table given the joint count, the two marginals and the total (0 for negative association). */
function g2Of(o11: number, r1: number, c1: number, n: number): number {
  const o12 = Math.max(0, r1 - o11);
  const o21 = Math.max(0, c1 - o11);
  const o22 = Math.max(0, n - r1 - c1 + o11);
  const total = o11 + o12 + o21 + o22;
  if (total <= 0) return 0;
  const e11 = ((o11 + o12) * (o11 + o21)) / total;
  if (o11 <= e11) return 0;
  const cell = (o: number, e: number): number => (o > 0 && e > 0 ? o * Math.log(o / e) : 0);
  const e12 = ((o11 + o12) * (o12 + o22)) / total;
  const e21 = ((o21 + o22) * (o11 + o21)) / total;
  const e22 = ((o21 + o22) * (o12 + o22)) / total;
  return 2 * (cell(o11, e11) + cell(o12, e12) + cell(o21, e21) + cell(o22, e22));
}

/**
 * Multi-word phrases: n-grams of 2 to maxLength tokens that stay inside one sentence and one
 * script, start and end with a counted term (stop words only inside, English only), and pass the
 * frequency floor. Longer n-grams are counted only where their prefix and their last pair passed
 * the floor (so the work stays linear). Each is scored by the log-likelihood G² of its weakest
 * binary split ("prefix | last word" and "first word | suffix"), a phrase that never occurs outside
 * a longer phrase is dropped, and the best English candidates are checked with compromise on a short
 * span around their first occurrence. Chinese phrases are compounds of jieba words (职业/学校 → 职业学校).
 * @param index the tokenised corpus
 * @param options floors, lengths, checks, limits
 */
export function findPhrases(index: CorpusIndex, options: PhraseOptions = {}): PhraseResult {
  const maxLength = Math.min(8, Math.max(2, options.maxLength ?? 4));
  const minF = Math.max(1, options.minFrequency ?? 3);
  const minDocs = options.minDocuments ?? 1;
  const V = Math.max(1, index.termCount);
  const glue = new Uint8Array(index.termCount);
  const inner = new Set(options.innerStopWords ?? ['of', 'and']);
  for (let t = 0; t < index.termCount; t++) {
    if (index.stop[t] === 1 && index.script[t] === LATIN && inner.has(index.terms[t] ?? '')) glue[t] = 1;
  }
  const content = index.counted;
  const usable = (t: number): boolean => content[t] === 1 || glue[t] === 1;

  const pairs = new Level();
  const levels: Array<Level | undefined> = [undefined, undefined, pairs]; // levels[n] holds the n-grams
  index.streams.forEach((s, d) => {
    for (let i = 1; i < s.terms.length; i++) {
      if (s.joined[i] !== 1) continue;
      const a = s.terms[i - 1] ?? 0;
      const b = s.terms[i] ?? 0;
      if (!usable(a) || !usable(b) || (glue[a] === 1 && glue[b] === 1)) continue;
      pairs.add(a * V + b, a, b, d, i - 1);
    }
  });

  const pairEntry = (a: number, b: number): number => {
    const e = pairs.map.get(a * V + b);
    return e !== undefined && (pairs.count[e] ?? 0) >= minF ? e : -1;
  };
  /** Entry of the (len)-gram of s starting at `start`, or -1 when it was not counted or is rare. */
  const entryAt = (s: DocStream, start: number, len: number): number => {
    let e = pairEntry(s.terms[start] ?? 0, s.terms[start + 1] ?? 0);
    for (let k = 3; k <= len && e >= 0; k++) {
      const level = levels[k];
      const next = level?.map.get(e * V + (s.terms[start + k - 1] ?? 0));
      e = next !== undefined && level && (level.count[next] ?? 0) >= minF ? next : -1;
    }
    return e;
  };

  for (let n = 3; n <= maxLength; n++) {
    const level = new Level();
    levels.push(level);
    index.streams.forEach((s, d) => {
      for (let i = n - 1; i < s.terms.length; i++) {
        const start = i - n + 1;
        const first = s.terms[start] ?? 0;
        const last = s.terms[i] ?? 0;
        if (content[first] !== 1 || !usable(last)) continue;
        let joined = true;
        for (let k = start + 1; k <= i && joined; k++) joined = s.joined[k] === 1 && usable(s.terms[k] ?? 0);
        if (!joined || pairEntry(s.terms[i - 1] ?? 0, last) < 0) continue;
        const prefix = entryAt(s, start, n - 1);
        if (prefix < 0) continue;
        level.add(prefix * V + last, prefix, last, d, start);
      }
    });
  }

  const termsOf = (n: number, e: number): number[] => {
    const out: number[] = [];
    let k = n;
    let entry = e;
    while (k >= 2) {
      const level = levels[k];
      if (!level) break;
      out.push(level.last[entry] ?? 0);
      if (k === 2) out.push(level.prefix[entry] ?? 0);
      entry = level.prefix[entry] ?? 0;
      k--;
    }
    return out.reverse();
  };
  const countOf = (ids: readonly number[]): number => {
    if (ids.length === 1) return index.frequency[ids[0] ?? 0] ?? 0;
    let e = pairs.map.get((ids[0] ?? 0) * V + (ids[1] ?? 0));
    for (let k = 2; k < ids.length && e !== undefined; k++) e = levels[k + 1]?.map.get(e * V + (ids[k] ?? 0));
    return e === undefined ? -1 : (levels[ids.length]?.count[e] ?? -1);
  };

  interface Candidate {
    n: number;
    entry: number;
    ids: number[];
    frequency: number;
    documents: number;
    g2: number;
    pmi: number;
    text: string;
  }
  const N = Math.max(1, index.totalTokens);
  const candidates: Candidate[] = [];
  const subsumed = new Set<string>();
  for (let n = 2; n <= maxLength; n++) {
    const level = levels[n];
    if (!level) continue;
    for (let e = 0; e < level.size; e++) {
      const f = level.count[e] ?? 0;
      if (f < minF || (level.docs[e] ?? 0) < minDocs) continue;
      const ids = termsOf(n, e);
      const first = ids[0] ?? 0;
      const last = ids[ids.length - 1] ?? 0;
      if (content[first] !== 1 || content[last] !== 1) continue;
      const prefixCount = countOf(ids.slice(0, -1));
      const suffixCount = countOf(ids.slice(1));
      const splits: Array<[number, number]> = [[prefixCount, index.frequency[last] ?? 0]];
      if (suffixCount > 0) splits.push([index.frequency[first] ?? 0, suffixCount]);
      let g2 = Infinity;
      let pmi = 0;
      for (const [fx, fy] of splits) {
        const g = g2Of(f, fx, fy, N);
        if (g < g2) {
          g2 = g;
          pmi = fx > 0 && fy > 0 ? Math.log2((f * N) / (fx * fy)) : 0;
        }
      }
      if (!(g2 > 0)) continue;
      // a phrase seen only inside this longer one is not a phrase of its own
      if (n > 2 && prefixCount === f) subsumed.add(`${n - 1}:${ids.slice(0, -1).join(',')}`);
      if (n > 2 && suffixCount === f) subsumed.add(`${n - 1}:${ids.slice(1).join(',')}`);
      const cjk = index.script[first] === CJK_SCRIPT;
      candidates.push({ n, entry: e, ids, frequency: f, documents: level.docs[e] ?? 0, g2, pmi, text: ids.map((t) => index.terms[t] ?? '').join(cjk ? '' : ' ') });
    }
  }
  const kept = candidates
    .filter((c) => !subsumed.has(`${c.n}:${c.ids.join(',')}`))
    .sort((a, b) => b.g2 - a.g2 || b.frequency - a.frequency || compareStrings(a.text, b.text));

  const checks = options.nounPhraseChecks ?? 200;
  const limit = options.limit ?? 500;
  let checked = 0;
  const places = new Map<number, TokenPlaces>();
  const phrases: Phrase[] = [];
  const accepted: Candidate[] = [];
  for (const c of kept) {
    if (phrases.length >= limit) break;
    const first = c.ids[0] ?? 0;
    const cjk = index.script[first] === CJK_SCRIPT;
    let nounPhrase: Phrase['nounPhrase'] = cjk ? '' : 'unchecked';
    if (!cjk && checked < checks && index.positions) {
      checked++;
      const level = levels[c.n];
      const { span, phrase } = spanAround(index, places, level?.firstDoc[c.entry] ?? 0, level?.firstPos[c.entry] ?? 0, c.n);
      if (!isNounPhrase(span, phrase)) continue;
      nounPhrase = 'yes';
    }
    accepted.push(c);
    phrases.push({
      text: c.text,
      form: c.ids.map((t) => index.forms[t] ?? '').join(cjk ? '' : ' '),
      language: termLanguage(index.script[first] ?? 0),
      terms: c.ids,
      frequency: c.frequency,
      documents: c.documents,
      g2: c.g2,
      pmi: c.pmi,
      nounPhrase,
    });
  }
  return { phrases, byDocument: documentPhrases(index, levels, accepted, V, options.perDocument ?? 10) };
}

/**
 * The text of the first occurrence of an n-gram and up to six tokens of its sentence on each side.
 * `places` keeps each document's decoded positions, so that a document is decoded once.
 */
function spanAround(index: CorpusIndex, places: Map<number, TokenPlaces>, doc: number, pos: number, n: number): { span: string; phrase: string } {
  const s = index.streams[doc];
  const text = index.docs[doc]?.text ?? '';
  if (!s) return { span: '', phrase: '' };
  let decoded = places.get(doc);
  if (!decoded) places.set(doc, (decoded = tokenPlaces(s)));
  const { offsets, ends } = decoded;
  const at = offsets[pos] ?? 0;
  const holder = (index.docs[doc]?.sentences ?? []).find((x) => x.offset <= at && at < x.end);
  const inside = (k: number, joinedTo: number): boolean =>
    holder ? (offsets[k] ?? 0) >= holder.offset && (ends[k] ?? 0) <= holder.end : s.joined[joinedTo] === 1;
  let l = pos;
  while (l > 0 && pos - l < 6 && inside(l - 1, l)) l--;
  let r = pos + n - 1;
  while (r + 1 < s.terms.length && r - (pos + n - 1) < 6 && inside(r + 1, r + 1)) r++;
  return {
    span: text.slice(offsets[l] ?? 0, ends[r] ?? 0),
    phrase: text.slice(offsets[pos] ?? 0, ends[pos + n - 1] ?? 0),
  };
}

/** Counts the accepted phrases in each document and keeps the best `perDocument` by TF-IDF. */
function documentPhrases(index: CorpusIndex, levels: ReadonlyArray<Level | undefined>, accepted: readonly { n: number; entry: number; documents: number }[], V: number, perDocument: number): DocPhrase[][] {
  const wanted = new Map<number, number>();
  accepted.forEach((c, i) => wanted.set(c.n * 0x1000000 + c.entry, i));
  const maxN = accepted.reduce((m, c) => Math.max(m, c.n), 0);
  const N = index.docs.length;
  return index.streams.map((s, d) => {
    const counts = new Map<number, number>();
    if (wanted.size > 0) {
      for (let start = 0; start + 1 < s.terms.length; start++) {
        if (s.joined[start + 1] !== 1) continue;
        let e = levels[2]?.map.get((s.terms[start] ?? 0) * V + (s.terms[start + 1] ?? 0));
        for (let n = 2; n <= maxN && e !== undefined; n++) {
          if (n > 2) {
            if (start + n - 1 >= s.terms.length || s.joined[start + n - 1] !== 1) break;
            e = levels[n]?.map.get(e * V + (s.terms[start + n - 1] ?? 0));
            if (e === undefined) break;
          }
          const p = wanted.get(n * 0x1000000 + e);
          if (p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
        }
      }
    }
    const len = Math.max(1, index.docTokens[d] ?? 0);
    const rows = [...counts.entries()].map(([phrase, count]) => ({
      phrase,
      count,
      tfidf: (count / len) * (Math.log((1 + N) / (1 + (accepted[phrase]?.documents ?? 0))) + 1),
    }));
    rows.sort((a, b) => b.tfidf - a.tfidf || b.count - a.count || a.phrase - b.phrase);
    return rows.slice(0, perDocument);
  });
}
