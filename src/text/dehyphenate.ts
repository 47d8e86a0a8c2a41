/**
 * Words hyphenated across a line break. The rule, in order, for a line ending "left-" followed by a
 * line starting "right":
 * 1. "right" starts with an upper-case letter or a digit: the hyphen is real ("Industry-Education",
 *    "COVID-19"), keep it;
 * 2. "leftright" occurs elsewhere in the document as one word: drop the hyphen ("integra-tion");
 * 3. "right" is a word ending such as -ing, -ed, -er, -ly, -tion: drop the hyphen ("cross-ing");
 * 4. "left-right" occurs elsewhere with its hyphen inside a line: keep it ("industry-education");
 * 5. both "left" and "right" occur elsewhere as words of two letters or more: keep it
 *    ("school-enterprise");
 * 6. "left" is a word usually joined with a hyphen (self, well, cross, non, ...) or "right" a word
 *    usually joined after one (based, driven, oriented, level, term, ...): keep it ("data-driven");
 * 7. otherwise drop the hyphen ("develop-ment").
 * "Elsewhere" means in the document's other lines: the two fragments at a line break are not counted.
 */

/** Word forms of a document, lower case, used to decide hyphens at line ends. */
export interface WordForms {
  /** Words without a hyphen, and the parts of hyphenated words. */
  words: Set<string>;
  /** Words written with a hyphen inside a line: "industry-education". */
  compounds: Set<string>;
}

/** Words that are usually joined to the next one with a hyphen. */
const HYPHEN_BEFORE = new Set(['self', 'well', 'cross', 'non', 'quasi', 'semi', 'half', 'user', 'data', 'fine', 'ill']);
/** Words that are usually joined to the one before with a hyphen. */
const HYPHEN_AFTER = new Set([
  'based', 'driven', 'oriented', 'specific', 'scale', 'term', 'friendly', 'making', 'grained', 'owned', 'funded',
  'enterprise', 'education', 'industry', 'school', 'university', 'government', 'level', 'world',
]);
/** Endings that make a word of what comes before them: the hyphen was only a line break. */
const ENDINGS = new Set([
  's', 'es', 'ed', 'er', 'ers', 'est', 'ing', 'ings', 'ly', 'ness', 'ment', 'ments', 'tion', 'tions', 'sion', 'ity',
  'ities', 'al', 'ance', 'ence', 'ous', 'ive', 'able', 'ible', 'ism', 'ist', 'ists', 'ize', 'ized', 'ise', 'ised', 'ful',
]);

const LATIN = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const WORD = new RegExp(`[${LATIN}]+(?:[-\\u2010][${LATIN}]+)*`, 'g');
const TRAILING_FRAGMENT = new RegExp(`[${LATIN}]+$`);
const LEADING_FRAGMENT = new RegExp(`^[${LATIN}]+`);

/** True when a line ends with a letter and a hyphen: a candidate for re-joining. */
export function endsWithHyphenation(line: string): boolean {
  const n = line.length;
  if (n < 2) return false;
  const last = line.charCodeAt(n - 1);
  if (last !== 0x2d && last !== 0x2010) return false;
  return isLatin(line.charCodeAt(n - 2));
}

/** The letters before the final hyphen of a line ("integra" in "the integra-"). */
export function leftFragment(line: string): string {
  const body = line.slice(Math.max(0, line.length - 80), line.length - 1);
  return TRAILING_FRAGMENT.exec(body)?.[0] ?? '';
}

/** The letters a line starts with ("tion" in "tion of"). */
export function rightFragment(line: string): string {
  return LEADING_FRAGMENT.exec(line.slice(0, 80))?.[0] ?? '';
}

/**
 * Collects the word forms of the lines of a document that matter for the hyphens to decide.
 * `brokenAfter[i]` says that line i ends with a hyphenation candidate: its last word and the first
 * word of the next line are then left out. Only the forms in `wanted` (lower case) are kept.
 */
export function collectWordForms(lines: readonly string[], brokenAfter: readonly boolean[], wanted: ReadonlySet<string>): WordForms {
  const words = new Set<string>();
  const compounds = new Set<string>();
  if (wanted.size === 0) return { words, compounds };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').toLowerCase();
    const tokens = line.match(WORD);
    if (!tokens) continue;
    const from = i > 0 && brokenAfter[i - 1] ? 1 : 0;
    const to = brokenAfter[i] ? tokens.length - 1 : tokens.length;
    for (let t = from; t < to; t++) {
      const token = tokens[t] ?? '';
      if (token.includes('-') || token.includes('\u2010')) {
        const compound = token.replace(/\u2010/g, '-');
        if (wanted.has(compound)) compounds.add(compound);
        for (const part of compound.split('-')) if (wanted.has(part)) words.add(part);
      } else if (wanted.has(token)) {
        words.add(token);
      }
    }
  }
  return { words, compounds };
}

/** The word forms keepHyphen may ask about for the fragments of one line break. */
export function formsToLookUp(left: string, right: string): string[] {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  return [l + r, `${l}-${r}`, l, r];
}

/** Decides whether the hyphen between two fragments is kept (see the rule at the top of this file). */
export function keepHyphen(left: string, right: string, forms: WordForms): boolean {
  const first = right.charCodeAt(0);
  if (Number.isNaN(first)) return true;
  if ((first >= 0x30 && first <= 0x39) || right[0] !== right[0]?.toLowerCase()) return true;
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (forms.words.has(l + r)) return false;
  if (ENDINGS.has(r)) return false;
  if (forms.compounds.has(`${l}-${r}`)) return true;
  if (l.length >= 2 && r.length >= 2 && forms.words.has(l) && forms.words.has(r)) return true;
  return HYPHEN_BEFORE.has(l) || HYPHEN_AFTER.has(r);
}

function isLatin(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}
