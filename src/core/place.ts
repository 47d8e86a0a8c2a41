/**
 * Where something is. Offsets are 0-based and half-open; line, column, page and record are 1-based.
 * Only this file converts between the two conventions.
 */
export interface Place {
  /** Offset into the document's cleaned text. */
  offset?: number;
  /** Exclusive end offset. */
  end?: number;
  line?: number;
  column?: number;
  /** Page of a paged document (PDF). */
  page?: number;
  /** n-th record of a bibliographic export. */
  record?: number;
}

/** Returns the 1-based page that holds `offset`, given the offsets where pages start. */
export function pageAt(pageStarts: readonly number[], offset: number): number | undefined {
  if (pageStarts.length === 0) return undefined;
  let lo = 0;
  let hi = pageStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pageStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Formats a place the way messages print it: `p12:40:3`, `r17`, `:40:3`. */
export function formatPlace(place: Place | undefined): string {
  if (!place) return '';
  const parts: string[] = [];
  if (place.record !== undefined) parts.push(`record ${place.record}`);
  if (place.page !== undefined) parts.push(`page ${place.page}`);
  if (place.line !== undefined) parts.push(`line ${place.line}${place.column !== undefined ? `:${place.column}` : ''}`);
  if (parts.length === 0 && place.offset !== undefined) parts.push(`offset ${place.offset}`);
  return parts.join(', ');
}

/** The 1-based line and column of a 0-based offset into a text (lines end at LF). */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
