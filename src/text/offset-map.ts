/**
 * The offset map links the cleaned text (Doc.text) back to the text as extracted. It is a flat list of
 * pairs [cleanOffset, rawOffset], sorted, starting with [0, 0]. Between two pairs, both texts advance
 * together one code unit at a time. A pair is recorded where `rawOffset - cleanOffset` changes: after
 * every replacement whose length differs from what it replaced (a ligature ﬁ → fi, a run of spaces →
 * one space), and on both sides of every deletion (a running header, the hyphen of a re-joined word),
 * so that a deletion gives two pairs with the same clean offset.
 *
 * The raw text is the reader's lines joined with "\n", pages joined with "\f" (see `rawText`).
 */

/** The text an offset map points into: each page's lines joined by "\n", pages joined by "\f". */
export function rawText(pages: readonly (readonly string[])[]): string {
  return pages.map((lines) => lines.join('\n')).join('\f');
}

/**
 * Maps an offset of the cleaned text to the raw text. `side` says which way to resolve an offset
 * that falls on a deletion: 'start' (the default, for the start of a span) maps past the deleted
 * text, 'end' (for the exclusive end of a span) maps before it.
 */
export function toRawOffset(offsetMap: readonly number[], cleanOffset: number, side: 'start' | 'end' = 'start'): number {
  const pairs = offsetMap.length >> 1;
  if (pairs === 0) return cleanOffset;
  if (side === 'end') {
    const first = firstPairAtOrAfter(offsetMap, pairs, cleanOffset);
    if (first < pairs && offsetMap[2 * first] === cleanOffset) return offsetMap[2 * first + 1] ?? cleanOffset;
  }
  const i = lastPairAtOrBefore(offsetMap, pairs, cleanOffset);
  if (i < 0) return cleanOffset;
  const c = offsetMap[2 * i] ?? 0;
  const r = offsetMap[2 * i + 1] ?? 0;
  let raw = r + (cleanOffset - c);
  if (i + 1 < pairs) raw = Math.min(raw, offsetMap[2 * i + 3] ?? raw);
  return raw;
}

/** Index of the last pair whose clean offset is <= `offset`, or -1. */
function lastPairAtOrBefore(map: readonly number[], pairs: number, offset: number): number {
  let lo = 0;
  let hi = pairs - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((map[2 * mid] ?? 0) <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Index of the first pair whose clean offset is >= `offset` (`pairs` when none). */
function firstPairAtOrAfter(map: readonly number[], pairs: number, offset: number): number {
  let lo = 0;
  let hi = pairs;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[2 * mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds a cleaned text and its offset map together. Each `put` appends some clean text standing for
 * the next stretch of raw text, so the raw side is always contiguous.
 */
export class OffsetMapBuilder {
  private readonly parts: string[] = [];
  /** Length of the clean text so far. */
  length = 0;
  /** Raw offset reached so far. */
  raw = 0;
  readonly map: number[] = [0, 0];

  /** Appends `text`, which replaces the raw text from `this.raw` to `rawEnd`. */
  put(text: string, rawEnd: number): void {
    const rawLength = rawEnd - this.raw;
    if (text.length !== rawLength) {
      if (text.length === 0) this.pair(this.length, this.raw);
      this.pair(this.length + text.length, rawEnd);
    }
    if (text.length > 0) this.parts.push(text);
    this.length += text.length;
    this.raw = rawEnd;
  }

  /** The clean text built so far. */
  text(): string {
    return this.parts.join('');
  }

  private pair(clean: number, raw: number): void {
    const n = this.map.length;
    if (this.map[n - 2] === clean && this.map[n - 1] === raw) return;
    this.map.push(clean, raw);
  }
}
