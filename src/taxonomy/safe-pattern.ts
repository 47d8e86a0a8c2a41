/**
 * Checks that a codebook pattern (a JavaScript regular expression written by a user) cannot make
 * the coder hang: patterns are run on every sentence of a corpus, and a pattern such as `(a+)+b`
 * takes exponential time on a long line that does not match.
 */

/** Longest pattern accepted, in characters. */
export const MAX_PATTERN_LENGTH = 300;

/** Patterns are run on at most this many characters of a unit (the rest of a huge unit is not searched). */
export const PATTERN_WINDOW = 2000;

/** A bounded repeat {n,m} with m above this counts as unbounded. */
const LARGE_REPEAT = 20;

/** At most this many unbounded repeats of a broad class (`.`, `\S`, `[^…]`) in one pattern. */
const MAX_BROAD_REPEATS = 2;

interface Frame {
  /** The group holds a quantifier (of any kind). */
  quantified: boolean;
}

interface Atom {
  kind: 'char' | 'broad' | 'group' | 'none';
  /** For a group: it holds a quantifier. */
  nested: boolean;
}

/**
 * Returns what makes a pattern unsafe or invalid, or null when it can be used: it must compile with
 * the `iu` flags, be at most MAX_PATTERN_LENGTH long, have no back-references, no quantified group
 * that itself holds a quantifier under an unbounded repeat (`(a+)+`, `(\w+\s?)*`), and at most two
 * unbounded repeats of broad classes (`.*`, `\S+`, `[^。]*`). Bounded repeats such as
 * `(?:\w+ ){0,3}` or `[^，。]{0,8}` are the safe way to allow a gap.
 * @param source the pattern as written in the codebook
 */
export function checkPattern(source: string): string | null {
  if (source.length === 0) return 'the pattern is empty';
  if (source.length > MAX_PATTERN_LENGTH) return `the pattern is ${source.length} characters long, more than ${MAX_PATTERN_LENGTH}`;
  try {
    new RegExp(source, 'iu');
  } catch (e) {
    return `it is not a valid regular expression (${e instanceof Error ? e.message : String(e)})`;
  }
  const stack: Frame[] = [{ quantified: false }];
  let last: Atom = { kind: 'none', nested: false };
  let broad = 0;
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      if (/[1-9]/.test(n) || n === 'k') return 'it uses a back-reference (\\1, \\k<name>), which can take exponential time';
      last = { kind: 'SWDw'.includes(n) ? 'broad' : 'char', nested: false };
      i += n === 'p' || n === 'P' ? skipProperty(source, i) : 2;
      continue;
    }
    if (c === '[') {
      const end = classEnd(source, i);
      last = { kind: source[i + 1] === '^' ? 'broad' : 'char', nested: false };
      i = end;
      continue;
    }
    if (c === '(') {
      stack.push({ quantified: false });
      last = { kind: 'none', nested: false };
      i += groupPrefix(source, i);
      continue;
    }
    if (c === ')') {
      const frame = stack.pop() ?? { quantified: false };
      if (stack.length === 0) stack.push({ quantified: false });
      last = { kind: 'group', nested: frame.quantified };
      i++;
      continue;
    }
    const q = quantifierAt(source, i);
    if (q) {
      const top = stack[stack.length - 1];
      if (top) top.quantified = true;
      if (q.unbounded && last.kind === 'group' && last.nested) {
        return 'it repeats a group that itself holds a repeat (like (a+)+), which can take exponential time';
      }
      if (q.unbounded && last.kind === 'broad') {
        broad++;
        if (broad > MAX_BROAD_REPEATS) return `it has more than ${MAX_BROAD_REPEATS} unbounded repeats of broad classes such as .* or \\S+`;
      }
      last = { kind: 'none', nested: false };
      i = q.end;
      continue;
    }
    last = { kind: c === '.' ? 'broad' : c === '|' ? 'none' : 'char', nested: false };
    i++;
  }
  return null;
}

function skipProperty(source: string, i: number): number {
  if (source[i + 2] !== '{') return 2;
  const close = source.indexOf('}', i + 3);
  return close < 0 ? 2 : close - i + 1;
}

/** Index just after the character class starting at `start`. */
function classEnd(source: string, start: number): number {
  let i = start + 1;
  if (source[i] === '^') i++;
  if (source[i] === ']') i++;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') i += 2;
    else if (c === ']') return i + 1;
    else i++;
  }
  return source.length;
}

/** Length of a group opening: `(`, `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`. */
function groupPrefix(source: string, i: number): number {
  if (source[i + 1] !== '?') return 1;
  const n = source[i + 2];
  if (n === ':' || n === '=' || n === '!') return 3;
  if (n === '<') {
    const m = source[i + 3];
    if (m === '=' || m === '!') return 4;
    const close = source.indexOf('>', i + 3);
    return close < 0 ? 3 : close - i + 1;
  }
  return 2;
}

function quantifierAt(source: string, i: number): { unbounded: boolean; end: number } | null {
  const c = source[i];
  let end: number;
  let unbounded: boolean;
  if (c === '*' || c === '+') {
    unbounded = true;
    end = i + 1;
  } else if (c === '?') {
    unbounded = false;
    end = i + 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 16));
    if (!m) return null;
    const upper = m[2] === undefined ? Number(m[1]) : m[3] === '' || m[3] === undefined ? Infinity : Number(m[3]);
    unbounded = upper > LARGE_REPEAT;
    end = i + m[0].length;
  } else {
    return null;
  }
  if (source[end] === '?') end++;
  return { unbounded, end };
}
