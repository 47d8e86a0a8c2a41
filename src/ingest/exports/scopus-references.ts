/**
 * Splitting the References cell of a Scopus export (and the `references` field of a Scopus BibTeX
 * export, and the `References:` note of a Scopus RIS export) into one string per reference.
 *
 * Scopus separates references with '; '. Two styles exist:
 * - before 2023: `Kalé, L., Skeel, R., (1999) J Comp Phys, 151, p. 283` — authors separated by ', ';
 * - since 2023: `Cheng M.; Xue Y.; Cui M., Global burden ..., Spine, 50, pp. E128-E139, (2025)` —
 *   authors separated by '; ', the same separator as between references.
 *
 * Rule: split on '; ', then join back
 * 1. a piece that is only a personal name without a comma ('Cheng M.', 'Calin GA', 'Bui T-D',
 *    'de Vries J.') to the piece after it (the authors of a 2023-style reference);
 * 2. a piece that is only a comma-form name ('Deuflhard, P.', 'Skeel, R. D., Eds.') to the piece
 *    before it (an editor list inside a pre-2023 reference);
 * 3. a 'Publisher: Place' piece ('Springer-Verlag: Berlin') to a piece before it that ends with
 *    'Eds.' or 'Ed.'.
 * A '; ' inside a title is not recognised: such a reference is split in two (rare; both halves are
 * kept, so no text is lost).
 */
export function splitScopusReferences(cell: string): string[] {
  const out: string[] = [];
  let names: string[] = [];
  for (const raw of cell.split('; ')) {
    const piece = raw.trim();
    if (piece === '') continue;
    if (isBareName(piece)) {
      names.push(piece);
      continue;
    }
    if (names.length > 0) {
      out.push([...names, piece].join('; '));
      names = [];
      continue;
    }
    const prev = out[out.length - 1];
    if (prev !== undefined && (isCommaName(piece) || (/\bEds?\.$/.test(prev) && isPublisherPlace(piece)))) {
      out[out.length - 1] = `${prev}; ${piece}`;
      continue;
    }
    out.push(piece);
  }
  if (names.length > 0) out.push(names.join('; '));
  return out;
}

const PARTICLES = new Set(['de', 'da', 'das', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'le', 'la', 'du', 'dos', 'ten', 'ter', 'bin', 'al', 'el', 'y', 'e']);

/** 'M.', 'GA', 'K.-C.', 'T-D', 'J.M.': upper-case letters with dots and hyphens, at most 4 letters. */
function isInitials(token: string): boolean {
  if (token.length === 0 || token.length > 9) return false;
  let letters = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) letters++;
    else if (c !== 0x2e && c !== 0x2d) return false;
  }
  const first = token.charCodeAt(0);
  return letters >= 1 && letters <= 4 && first >= 0x41 && first <= 0x5a;
}

/** A family-name word: starts with a capital letter (any script) or is a particle such as 'de'. */
function isFamilyWord(token: string): boolean {
  if (PARTICLES.has(token)) return true;
  const ch = token[0] ?? '';
  return ch !== ch.toLowerCase() && !/\d/.test(token);
}

/** 'Cheng M.', 'Jafari Najaf Abadi MH', 'de Vries J.': family words then initials, no comma or digit. */
function isBareName(piece: string): boolean {
  if (piece.length > 60 || /[,;()\d:]/.test(piece)) return false;
  const tokens = piece.split(' ').filter((t) => t !== '');
  if (tokens.length < 2 || tokens.length > 6) return false;
  if (!isInitials(tokens[tokens.length - 1] as string)) return false;
  return tokens.slice(0, -1).every(isFamilyWord);
}

/** 'Deuflhard, P.', 'Mark, A. E.', 'Skeel, R. D., Eds.': one comma-form name, perhaps marked as editor. */
function isCommaName(piece: string): boolean {
  if (piece.length > 60 || /[;()\d:]/.test(piece)) return false;
  const parts = piece.split(', ');
  if (parts.length < 2 || parts.length > 3) return false;
  if (parts.length === 3 && !/^Eds?\.?$/.test(parts[2] as string)) return false;
  const family = (parts[0] as string).split(' ');
  if (family.length > 4 || !family.every(isFamilyWord)) return false;
  return (parts[1] as string).split(' ').every(isInitials);
}

/** 'Springer-Verlag: Berlin', 'IEEE Press: Piscataway, NJ': a publisher and its place, no year. */
function isPublisherPlace(piece: string): boolean {
  return piece.length <= 100 && piece.includes(': ') && !/\(\d{4}\)/.test(piece);
}
