import { pageAt } from '../core/place.js';
import { tokenPlaces, type CorpusIndex } from './corpus-index.js';
import type { TokenPlaces } from './positions.js';
import { TokenBuffer } from './token-buffer.js';
import type { Tokenizer } from './tokenize.js';

/** One concordance line. */
export interface KwicLine {
  doc: string;
  /** 1-based page, or null for unpaged documents. */
  page: number | null;
  offset: number;
  end: number;
  left: string;
  match: string;
  right: string;
}

/** Options of kwic. */
export interface KwicOptions {
  /** Characters of context on each side (default 40; Chinese needs fewer, about 20). */
  width?: number;
  /** Stop after this many lines (default: all). */
  limit?: number;
}

const WHITESPACE = /[\s\f]/g;

/**
 * A concordance of a word or phrase: every place where the query's tokens occur in a row (same
 * normal forms, so inflections of English words match: "teachers" finds "teacher", "Teachers'"),
 * in the counted text (reference lists left out), in document order then offset. Context is cut at
 * `width` characters and white space (line and page breaks) shown as spaces. Needs an index built
 * with positions (the default).
 * @param index the tokenised corpus
 * @param tokenizer the tokenizer the index was built with (it reads the query)
 * @param query a word, a vocabulary term or a phrase, in English or Chinese
 * @param options context width, line limit
 */
export function kwic(index: CorpusIndex, tokenizer: Tokenizer, query: string, options: KwicOptions = {}): KwicLine[] {
  const width = options.width ?? 40;
  const limit = options.limit ?? Infinity;
  const buffer = new TokenBuffer(16);
  tokenizer.scan(query, 0, query.length, buffer);
  const want = Array.from(buffer.terms.subarray(0, buffer.length));
  const lines: KwicLine[] = [];
  if (want.length === 0) return lines;
  const first = want[0] ?? -1;
  const scratch: TokenPlaces = { offsets: new Int32Array(0), ends: new Int32Array(0) };
  index.streams.forEach((s, d) => {
    const doc = index.docs[d];
    if (!doc || lines.length >= limit || !index.positions) return;
    let places: TokenPlaces | undefined;
    for (let i = 0; i + want.length <= s.terms.length && lines.length < limit; i++) {
      if (s.terms[i] !== first) continue;
      let ok = true;
      for (let k = 1; k < want.length && ok; k++) ok = s.terms[i + k] === want[k] && s.joined[i + k] === 1;
      if (!ok) continue;
      places ??= tokenPlaces(s, scratch);
      const offset = places.offsets[i] ?? 0;
      const end = places.ends[i + want.length - 1] ?? offset;
      const text = doc.text;
      lines.push({
        doc: doc.id,
        page: doc.pageStarts.length > 1 ? (pageAt(doc.pageStarts, offset) ?? null) : null,
        offset,
        end,
        left: text.slice(Math.max(0, offset - width), offset).replace(WHITESPACE, ' '),
        match: text.slice(offset, end),
        right: text.slice(end, end + width).replace(WHITESPACE, ' '),
      });
    }
  });
  return lines;
}
