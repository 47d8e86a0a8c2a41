import type { Severity } from '../../core/message.js';

/** A problem met while parsing BibTeX, at a 1-based line. */
export interface BibProblem {
  severity: Severity;
  line: number;
  reason: string;
}

/** One entry of a BibTeX file: fields with @string macros expanded and '#' pieces joined; LaTeX kept. */
export interface BibEntry {
  /** Entry type, lower case: 'article', 'inproceedings'. */
  type: string;
  key: string;
  /** Field name (lower case) → value as written inside its braces or quotes. First occurrence wins. */
  fields: Map<string, string>;
  /** Line of the '@'. */
  line: number;
  problems: BibProblem[];
  /** False when a syntax error cut the entry short: the fields before it are kept. */
  complete: boolean;
}

/** The entries of a file and the problems found outside them. */
export interface BibFile {
  entries: BibEntry[];
  problems: BibProblem[];
}

const MONTHS: ReadonlyArray<[string, string]> = [
  ['jan', 'January'],
  ['feb', 'February'],
  ['mar', 'March'],
  ['apr', 'April'],
  ['may', 'May'],
  ['jun', 'June'],
  ['jul', 'July'],
  ['aug', 'August'],
  ['sep', 'September'],
  ['oct', 'October'],
  ['nov', 'November'],
  ['dec', 'December'],
];

class SyntaxProblem extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}

/** Characters of entry types, field names and macro names. */
function isIdent(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f || // _
    c === 0x2d || // -
    c === 0x3a || // :
    c === 0x2e || // .
    c === 0x2b || // +
    c === 0x2f || // /
    c === 0x27 // '
  );
}

/**
 * Parses BibTeX text in one pass: entries `@type{key, name = value, ...}` (or with parentheses),
 * values in braces (nested), in quotes, numbers or @string macros (month names predefined), joined
 * with '#'; @comment and @preamble skipped; text outside entries ignored. On a syntax error the entry
 * keeps the fields read so far and parsing resumes at the next line that begins with '@'. An
 * unclosed brace is noticed at the next line that begins a new entry, so it cannot swallow the rest
 * of the file. A missing comma between two fields is reported and read around.
 */
export function parseBibtex(text: string): BibFile {
  const n = text.length;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const macros = new Map<string, string>(MONTHS);
  const entries: BibEntry[] = [];
  const problems: BibProblem[] = [];
  let p = 0;

  const skipSpace = (): void => {
    while (p < n && isSpace(text.charCodeAt(p))) p++;
  };
  const readIdent = (): string => {
    const start = p;
    while (p < n && isIdent(text.charCodeAt(p))) p++;
    return text.slice(start, p);
  };
  /**
   * Reads a field name: identifier characters, and also parentheses inside a {…} entry (Web of
   * Science writes `Usage-Count-(Last-180-days)`).
   */
  const readFieldName = (close: number): string => {
    const start = p;
    for (;;) {
      const c = text.charCodeAt(p);
      if (p < n && (isIdent(c) || (close === 0x7d && (c === 0x28 || c === 0x29)))) p++;
      else break;
    }
    return text.slice(start, p);
  };
  /** True when the line starting at `at` begins (after blanks) with '@word' and an opening delimiter. */
  const beginsEntry = (at: number): boolean => {
    let q = at;
    while (q < n && (text.charCodeAt(q) === 0x20 || text.charCodeAt(q) === 0x09)) q++;
    if (text.charCodeAt(q) !== 0x40) return false;
    q++;
    const start = q;
    while (q < n && isIdent(text.charCodeAt(q))) q++;
    if (q === start) return false;
    while (q < n && isSpace(text.charCodeAt(q))) q++;
    const c = text.charCodeAt(q);
    return c === 0x7b || c === 0x28;
  };
  /** Reads a {braced} or "quoted" piece whose opening delimiter is at p; returns the inside. */
  const readDelimited = (quoted: boolean): string => {
    const open = p;
    p++;
    let depth = quoted ? 0 : 1;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === 0x5c) {
        p += 2; // backslash: the next character is escaped
        continue;
      }
      if (c === 0x7b) depth++;
      else if (c === 0x7d) {
        depth--;
        if (!quoted && depth === 0) {
          p++;
          return text.slice(open + 1, p - 1);
        }
        if (depth < 0) throw new SyntaxProblem(p, 'a closing brace "}" has no opening brace');
      } else if (c === 0x22 && quoted && depth === 0) {
        p++;
        return text.slice(open + 1, p - 1);
      } else if (c === 0x0a && beginsEntry(p + 1)) {
        throw new SyntaxProblem(open, quoted ? 'a quoted value is not closed (")' : 'a brace "{" is not closed');
      }
      p++;
    }
    throw new SyntaxProblem(open, quoted ? 'a quoted value is not closed (")' : 'a brace "{" is not closed');
  };
  const readValue = (entryProblems: BibProblem[]): string => {
    let value = '';
    for (;;) {
      skipSpace();
      const c = text.charCodeAt(p);
      if (c === 0x7b) value += readDelimited(false);
      else if (c === 0x22) value += readDelimited(true);
      else if (c >= 0x30 && c <= 0x39) {
        const start = p;
        while (p < n && text.charCodeAt(p) >= 0x30 && text.charCodeAt(p) <= 0x39) p++;
        value += text.slice(start, p);
      } else if (isIdent(c)) {
        const at = p;
        const name = readIdent();
        const macro = macros.get(name.toLowerCase());
        if (macro === undefined) {
          entryProblems.push({ severity: 'warning', line: lineAt(at), reason: `the string macro "${name}" is not defined; it was read as empty` });
        } else value += macro;
      } else throw new SyntaxProblem(p, 'a field value is missing (expected {…}, "…", a number or a @string name)');
      skipSpace();
      if (text.charCodeAt(p) === 0x23) {
        p++;
        continue;
      }
      return value;
    }
  };
  /**
   * Where to resume after an error at `from` in the entry whose '@' is at `entryAt`: the start of the
   * first line at or after the error's line that begins a new entry (not the failed entry itself).
   */
  const resync = (from: number, entryAt: number): number => {
    const own = lineStarts[lineAt(from) - 1] as number;
    if (own > entryAt && beginsEntry(own)) return own;
    for (let i = text.indexOf('\n', from); i >= 0; i = text.indexOf('\n', i + 1)) {
      if (beginsEntry(i + 1)) return i + 1;
    }
    return n;
  };

  while (p < n) {
    const at = text.indexOf('@', p);
    if (at < 0) break;
    p = at + 1;
    skipSpace();
    const type = readIdent().toLowerCase();
    skipSpace();
    const openCode = text.charCodeAt(p);
    if (type === '' || (openCode !== 0x7b && openCode !== 0x28)) {
      p = at + 1; // an '@' in free text (an e-mail address in a comment)
      continue;
    }
    const close = openCode === 0x7b ? 0x7d : 0x29;
    if (type === 'comment' || type === 'preamble') {
      try {
        if (openCode === 0x7b) readDelimited(false);
        else {
          const end = text.indexOf(')', p);
          p = end < 0 ? n : end + 1;
        }
      } catch (err) {
        if (!(err instanceof SyntaxProblem)) throw err;
        problems.push({ severity: 'warning', line: lineAt(at), reason: `the @${type} block is not closed` });
        p = resync(at + 1, at);
      }
      continue;
    }
    p++;
    if (type === 'string') {
      try {
        skipSpace();
        const name = readIdent();
        skipSpace();
        if (name === '' || text.charCodeAt(p) !== 0x3d) throw new SyntaxProblem(p, 'a @string needs the form @string{name = "value"}');
        p++;
        const value = readValue(problems);
        skipSpace();
        if (text.charCodeAt(p) !== close) throw new SyntaxProblem(p, 'the @string is not closed');
        p++;
        macros.set(name.toLowerCase(), value);
      } catch (err) {
        if (!(err instanceof SyntaxProblem)) throw err;
        problems.push({ severity: 'error', line: lineAt(err.offset), reason: err.reason });
        p = resync(err.offset, at);
      }
      continue;
    }

    const entry: BibEntry = { type, key: '', fields: new Map(), line: lineAt(at), problems: [], complete: true };
    entries.push(entry);
    try {
      skipSpace();
      const keyStart = p;
      while (p < n) {
        const c = text.charCodeAt(p);
        // A key ends at a comma, the closing delimiter or a blank; '@', braces, '=' and quotes are no part of one.
        if (c === 0x2c || c === close || isSpace(c) || c === 0x40 || c === 0x7b || c === 0x7d || c === 0x28 || c === 0x3d || c === 0x22) break;
        p++;
      }
      entry.key = text.slice(keyStart, p);
      skipSpace();
      const afterKey = text.charCodeAt(p);
      if (afterKey === 0x2c) p++;
      else if (afterKey === close) {
        p++;
        continue;
      } else if (entry.key !== '' && isIdent(afterKey)) {
        entry.problems.push({ severity: 'warning', line: lineAt(p), reason: `a comma is missing after the key "${entry.key}"` });
      } else throw new SyntaxProblem(p, 'the entry key is missing or not followed by a comma');
      for (;;) {
        skipSpace();
        if (p >= n) throw new SyntaxProblem(n, 'the file ends inside the entry (a closing brace is missing)');
        const c = text.charCodeAt(p);
        if (c === close) {
          p++;
          break;
        }
        if (c === 0x2c) {
          p++;
          continue;
        }
        const nameAt = p;
        const name = readFieldName(close).toLowerCase();
        if (name === '') {
          if (c === 0x40 && beginsEntry(lineStarts[lineAt(p) - 1] as number)) {
            throw new SyntaxProblem(p, 'the entry is not closed before the next entry begins');
          }
          throw new SyntaxProblem(p, `a field name was expected, found "${text.slice(p, p + 12).split('\n')[0] ?? ''}"`);
        }
        skipSpace();
        if (text.charCodeAt(p) !== 0x3d) throw new SyntaxProblem(p, `the field "${name}" has no "=" after its name`);
        p++;
        const value = readValue(entry.problems);
        if (entry.fields.has(name)) {
          entry.problems.push({ severity: 'warning', line: lineAt(nameAt), reason: `the field "${name}" appears twice; the first value was kept` });
        } else entry.fields.set(name, value);
        skipSpace();
        const after = text.charCodeAt(p);
        if (after === 0x2c || after === close) continue;
        // A missing comma between two fields: read on when a "name =" follows.
        const save = p;
        const nextName = readFieldName(close);
        skipSpace();
        if (nextName !== '' && text.charCodeAt(p) === 0x3d) {
          entry.problems.push({ severity: 'warning', line: lineAt(save), reason: `a comma is missing after the field "${name}"` });
          p = save;
          continue;
        }
        p = save;
        throw new SyntaxProblem(p, `a comma or a closing brace was expected after the field "${name}"`);
      }
    } catch (err) {
      if (!(err instanceof SyntaxProblem)) throw err;
      entry.complete = false;
      entry.problems.push({ severity: 'error', line: lineAt(err.offset), reason: err.reason });
      p = resync(err.offset, at);
    }
  }
  return { entries, problems };
}
