/** DOIs in the one form they are compared in. */

const PREFIX = /^(?:https?:\/\/)?(?:dx\.)?(?:doi\.org\/|doi\s?:\s?|doi\s)/;
const TRAILING = '.,;:)]}>\'"”’';
const FIND = /10\.\d{4,9}\/[^\s"<>]+/i;

/**
 * Normalises a DOI for comparison: lower case, without `https://doi.org/`, `doi:` or `DOI `
 * prefixes, percent-escapes decoded, trailing punctuation removed. Returns '' when the text is not a DOI.
 */
export function normalizeDoi(s: string | undefined): string {
  if (!s) return '';
  let d = s.trim().toLowerCase();
  for (let i = 0; i < 3; i++) {
    const next = d.replace(PREFIX, '').trim();
    if (next === d) break;
    d = next;
  }
  if (d.includes('%')) {
    try {
      d = decodeURIComponent(d);
    } catch {
      // A lone % is kept as printed.
    }
  }
  let end = d.length;
  while (end > 0) {
    const last = d[end - 1] ?? '';
    if (!TRAILING.includes(last)) break;
    // Keep a closing bracket that closes one opened inside the DOI: 10.1016/s0140-6736(20)30183-5.
    if (last === ')' || last === ']') {
      const open = last === ')' ? '(' : '[';
      const head = d.slice(0, end);
      if (count(head, open) >= count(head, last)) break;
    }
    end--;
  }
  d = d.slice(0, end);
  if (!/^10\.\d{4,9}\/\S+$/.test(d)) return '';
  return d;
}

/** Finds the first DOI written anywhere in a reference string and normalises it ('' when none). */
export function findDoi(raw: string): string {
  const m = FIND.exec(raw);
  return m ? normalizeDoi(m[0]) : '';
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}
