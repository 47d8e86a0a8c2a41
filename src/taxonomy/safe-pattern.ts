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

/** At most this many unbounded repeats of a broad class (`.`, `\S`, `\p{L}`, `[…]`) in one pattern. */
const MAX_BROAD_REPEATS = 2;

/** A group that holds a repeat or a choice may be repeated at most this many times (`(?:\w+ ){0,3}`). */
const NESTED_BOUND = 3;

interface Frame {
  /** The group holds a quantifier (of any kind), here or in a group inside it. */
  quantified: boolean;
  /** The group holds a choice (`|`), here or in a group inside it. */
  choice: boolean;
}

interface Atom {
  kind: 'char' | 'broad' | 'group' | 'none';
  /** For a group: it holds a quantifier or a choice, so repeating it can backtrack exponentially. */
  nested: boolean;
}

/**
 * Returns what makes a pattern unsafe or invalid, or null when it can be used: it must compile with
 * the `iu` flags, be at most MAX_PATTERN_LENGTH long, have no back-references, repeat a group that
 * holds a quantifier or a choice at most NESTED_BOUND times (not `(a+)+`, `(\w+\s?)*`, `(?:a|ab)+`,
 * `(a+){0,20}`), and have at most two unbounded repeats of broad classes (`.*`, `\S+`, `\p{L}+`,
 * `[a-z]*`, `[^。]*`). Bounded repeats such as `(?:\w+ ){0,3}` or `[^，。]{0,8}` are the safe way to
 * allow a gap.
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
  const stack: Frame[] = [{ quantified: false, choice: false }];
  let last: Atom = { kind: 'none', nested: false };
  let broad = 0;
  // An unbounded broad repeat was read, and no required literal character since (`.*.*`, `\S+\S+`).
  let broadOpen = false;
  let i = 0;
  while (i < source.length) {
    const c = source[i] ?? '';
    const q = quantifierAt(source, i);
    // A literal character that must occur separates two broad repeats: `a.*b.*c` is fine.
    if (last.kind === 'char' && (!q || q.min >= 1)) broadOpen = false;
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      if (/[1-9]/.test(n) || n === 'k') return 'it uses a back-reference (\\1, \\k<name>), which can take exponential time';
      last = { kind: 'SWDwpP'.includes(n) ? 'broad' : n === 'b' || n === 'B' ? 'none' : 'char', nested: false };
      i += n === 'p' || n === 'P' ? skipProperty(source, i) : 2;
      continue;
    }
    if (c === '[') {
      const end = classEnd(source, i);
      last = { kind: 'broad', nested: false };
      i = end;
      continue;
    }
    if (c === '(') {
      stack.push({ quantified: false, choice: false });
      last = { kind: 'none', nested: false };
      i += groupPrefix(source, i);
      continue;
    }
    if (c === ')') {
      const frame = stack.pop() ?? { quantified: false, choice: false };
      if (stack.length === 0) stack.push({ quantified: false, choice: false });
      const parent = stack[stack.length - 1] as Frame;
      parent.quantified ||= frame.quantified;
      parent.choice ||= frame.choice;
      last = { kind: 'group', nested: frame.quantified || frame.choice };
      i++;
      continue;
    }
    if (c === '|') {
      (stack[stack.length - 1] as Frame).choice = true;
      broadOpen = false;
      last = { kind: 'none', nested: false };
      i++;
      continue;
    }
    if (q) {
      const top = stack[stack.length - 1];
      if (top) top.quantified = true;
      if (last.kind === 'group' && last.nested && q.upper > NESTED_BOUND) {
        return q.unbounded
          ? 'it repeats a group that itself holds a repeat or a choice (like (a+)+ or (a|ab)+), which can take exponential time'
          : `it repeats a group that itself holds a repeat or a choice more than ${NESTED_BOUND} times, which can take exponential time`;
      }
      if (q.unbounded && last.kind === 'broad') {
        if (broadOpen) return 'it has two unbounded repeats of broad classes with no letter between them (like .*.* or \\S+\\S+), which takes cubic time';
        broad++;
        if (broad > MAX_BROAD_REPEATS) return `it has more than ${MAX_BROAD_REPEATS} unbounded repeats of broad classes such as .* or \\S+`;
        broadOpen = true;
      }
      last = { kind: 'none', nested: false };
      i = q.end;
      continue;
    }
    last = { kind: c === '.' ? 'broad' : c === '^' || c === '$' ? 'none' : 'char', nested: false };
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

/** The quantifier at `i`: its bounds (upper Infinity for * + {n,}), whether it counts as unbounded, and its end. */
function quantifierAt(source: string, i: number): { unbounded: boolean; min: number; upper: number; end: number } | null {
  const c = source[i];
  let end: number;
  let min: number;
  let upper: number;
  if (c === '*' || c === '+') {
    min = c === '+' ? 1 : 0;
    upper = Infinity;
    end = i + 1;
  } else if (c === '?') {
    min = 0;
    upper = 1;
    end = i + 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i, i + 16));
    if (!m) return null;
    min = Number(m[1]);
    upper = m[2] === undefined ? min : m[3] === '' || m[3] === undefined ? Infinity : Number(m[3]);
    end = i + m[0].length;
  } else {
    return null;
  }
  if (source[end] === '?') end++;
  return { unbounded: upper > LARGE_REPEAT, min, upper, end };
}
