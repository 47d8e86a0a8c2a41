import type { DocHints, Extracted } from '../../core/doc.js';
import type { InputFormat, RawFile } from '../../core/registry.js';
import { decodeText } from '../decode-text.js';
import { textToLines, tidyLines } from './txt.js';

/** Longest link text looked at when searching for the closing bracket (keeps the scan linear). */
const MAX_LINK_TEXT = 1000;
/** Longest link destination looked at when searching for the closing parenthesis. */
const MAX_LINK_TARGET = 2000;
/** Front matter must close within this many lines. */
const MAX_FRONT_MATTER_LINES = 200;

/** Inline HTML tags removed from Markdown text (a `<` before any other word is kept as text). */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'big', 'center', 'cite', 'code', 'del', 'div', 'em', 'font', 'i', 'img', 'ins', 'kbd',
  'mark', 'p', 's', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'u', 'table', 'tbody', 'thead', 'tr',
  'td', 'th', 'ul', 'ol', 'li', 'details', 'summary', 'figure', 'figcaption', 'blockquote', 'hr', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'section', 'article', 'br',
]);

interface Piece {
  text: string;
  /** Literal text (code, escapes, cleaned link text): never holds emphasis delimiters. */
  literal: boolean;
}

function isAsciiPunct(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

const PUNCT = /^[\p{P}\p{S}]$/u;
const SPACE = /^\s$/u;

/**
 * indexOf for a left-to-right scan of one line, remembering each character's last answer: without
 * it, every '<' or '[' of a line that never closes them would search to the end (quadratic time).
 */
class NextIndex {
  private readonly known = new Map<string, { from: number; found: number }>();
  constructor(private readonly line: string) {}

  /** The index of `ch` at or after `from`, or -1. */
  of(ch: string, from: number): number {
    const k = this.known.get(ch);
    if (k && from >= k.from && (k.found < 0 || k.found >= from)) return k.found;
    const found = this.line.indexOf(ch, from);
    this.known.set(ch, { from, found });
    return found;
  }
}

/** Index of the bracket closing the one at `open` (nesting and escapes respected), or -1. */
function closing(line: string, open: number, openCh: string, closeCh: string, limit: number, next: NextIndex): number {
  const first = next.of(closeCh, open);
  if (first < 0 || first >= open + limit) return -1; // no closing bracket within reach
  let depth = 0;
  const stop = Math.min(line.length, open + limit);
  for (let i = open; i < stop; i++) {
    const ch = line[i];
    if (ch === '\\') i++;
    else if (ch === openCh) depth++;
    else if (ch === closeCh) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Parses a link starting at the '[' at `open`: returns its text and the index after it, when followed
 * by an inline destination '(…)' or a reference '[…]'.
 */
function parseLink(line: string, open: number, next: NextIndex): { text: string; end: number } | undefined {
  const close = closing(line, open, '[', ']', MAX_LINK_TEXT, next);
  if (close < 0) return undefined;
  const after = line[close + 1];
  let end: number;
  if (after === '(') end = closing(line, close + 1, '(', ')', MAX_LINK_TARGET, next);
  else if (after === '[') end = closing(line, close + 1, '[', ']', MAX_LINK_TEXT, next);
  else return undefined;
  if (end < 0) return undefined;
  return { text: line.slice(open + 1, close), end: end + 1 };
}

/** Splits a line into text and literal pieces: code spans, escapes, links, images, autolinks, tags. */
function inlinePieces(line: string): Piece[] {
  const pieces: Piece[] = [];
  let buf = '';
  const flush = (): void => {
    if (buf) pieces.push({ text: buf, literal: false });
    buf = '';
  };
  const literal = (text: string): void => {
    flush();
    if (text) pieces.push({ text, literal: true });
  };
  const nextIndex = new NextIndex(line);
  let i = 0;
  while (i < line.length) {
    const ch = line[i] as string;
    const next = line[i + 1];
    if (ch === '\\' && isAsciiPunct(next)) {
      literal(next as string);
      i += 2;
    } else if (ch === '`') {
      let k = 1;
      while (line[i + k] === '`') k++;
      const fence = '`'.repeat(k);
      let at = line.indexOf(fence, i + k);
      while (at >= 0 && line[at + k] === '`') {
        let j = at;
        while (line[j] === '`') j++;
        at = line.indexOf(fence, j);
      }
      if (at < 0) {
        literal(fence);
        i += k;
      } else {
        let code = line.slice(i + k, at);
        if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ')) code = code.slice(1, -1);
        literal(code);
        i = at + k;
      }
    } else if (ch === '!' && next === '[') {
      const link = parseLink(line, i + 1, nextIndex);
      if (link) {
        flush();
        i = link.end;
      } else {
        buf += ch;
        i++;
      }
    } else if (ch === '[') {
      if (next === '^') {
        const close = nextIndex.of(']', i);
        if (close > 0 && close - i < 100 && !line.slice(i, close).includes(' ')) {
          flush();
          i = close + 1;
          continue;
        }
      }
      const link = parseLink(line, i, nextIndex);
      if (link) {
        literal(cleanInline(link.text));
        i = link.end;
      } else {
        buf += ch;
        i++;
      }
    } else if (ch === '<') {
      const close = nextIndex.of('>', i);
      const inner = close > i ? line.slice(i + 1, close) : '';
      if (line.startsWith('<!--', i)) {
        const end = line.indexOf('-->', i + 4);
        flush();
        i = end < 0 ? line.length : end + 3;
      } else if (close > i && /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*$/.test(inner)) {
        literal(inner);
        i = close + 1;
      } else if (close > i && isEmail(inner)) {
        literal(inner);
        i = close + 1;
      } else if (close > i && isInlineTag(inner)) {
        flush();
        if (/^br\b/i.test(inner)) buf += ' ';
        i = close + 1;
      } else {
        buf += ch;
        i++;
      }
    } else {
      buf += ch;
      i++;
    }
  }
  flush();
  return pieces;
}

/** True for an e-mail autolink body: one '@', a dot inside the domain, no spaces or angle brackets. */
function isEmail(inner: string): boolean {
  const at = inner.indexOf('@');
  if (at <= 0 || inner.indexOf('@', at + 1) >= 0 || /[\s<>]/.test(inner)) return false;
  const dot = inner.indexOf('.', at + 2);
  return dot > 0 && dot < inner.length - 1;
}

/** True for `tag attr…`, `/tag` or `tag/` where tag is a known inline HTML tag. */
function isInlineTag(inner: string): boolean {
  let s = inner.startsWith('/') ? inner.slice(1) : inner;
  if (s.endsWith('/')) s = s.slice(0, -1);
  let name = '';
  for (const ch of s) {
    if (/[A-Za-z0-9]/.test(ch)) name += ch;
    else break;
  }
  if (!name || !INLINE_TAGS.has(name.toLowerCase())) return false;
  const rest = s.slice(name.length);
  return rest === '' || /^\s/.test(rest);
}

interface Run {
  ch: string;
  /** Index of the run's first character in the flattened text. */
  start: number;
  length: number;
  canOpen: boolean;
  canClose: boolean;
}

/** Removes paired emphasis delimiters (*, **, _, __, ~~) from the non-literal pieces; unpaired stay. */
function stripEmphasis(pieces: Piece[]): string {
  const chars: string[] = [];
  const literal: boolean[] = [];
  for (const p of pieces) {
    for (const ch of p.text) {
      chars.push(ch);
      literal.push(p.literal);
    }
  }
  const runs: Run[] = [];
  for (let i = 0; i < chars.length; ) {
    const ch = chars[i] as string;
    if (literal[i] || (ch !== '*' && ch !== '_' && ch !== '~')) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && chars[j] === ch && !literal[j]) j++;
    const prev = chars[i - 1];
    const next = chars[j];
    const prevSpace = prev === undefined || SPACE.test(prev);
    const nextSpace = next === undefined || SPACE.test(next);
    const prevPunct = prev !== undefined && PUNCT.test(prev);
    const nextPunct = next !== undefined && PUNCT.test(next);
    const left = !nextSpace && (!nextPunct || prevSpace || prevPunct);
    const right = !prevSpace && (!prevPunct || nextSpace || nextPunct);
    let canOpen = left;
    let canClose = right;
    if (ch === '_') {
      canOpen = left && (!right || prevPunct);
      canClose = right && (!left || nextPunct);
    }
    if (ch === '~' && j - i !== 2) canOpen = canClose = false;
    runs.push({ ch, start: i, length: j - i, canOpen, canClose });
    i = j;
  }

  const removed = new Uint8Array(chars.length);
  const stack: { run: Run; left: number }[] = [];
  for (const run of runs) {
    let remaining = run.length;
    let closeAt = run.start;
    if (run.canClose) {
      for (let s = stack.length - 1; s >= 0 && remaining > 0; s--) {
        const opener = stack[s] as { run: Run; left: number };
        if (opener.run.ch !== run.ch) continue;
        const take = run.ch === '~' ? 2 : Math.min(2, opener.left, remaining);
        for (let k = 0; k < take; k++) {
          removed[opener.run.start + opener.left - 1 - k] = 1;
          removed[closeAt + k] = 1;
        }
        opener.left -= take;
        remaining -= take;
        closeAt += take;
        stack.length = opener.left > 0 ? s + 1 : s;
        if (opener.left > 0) s++;
      }
    }
    if (run.canOpen && remaining > 0) stack.push({ run: { ...run, start: closeAt, length: remaining }, left: remaining });
  }
  let out = '';
  for (let i = 0; i < chars.length; i++) if (!removed[i]) out += chars[i];
  return out;
}

/** Removes inline Markdown markup from one line, keeping the text a reader sees. */
export function cleanInline(line: string): string {
  return stripEmphasis(inlinePieces(line));
}

/** Leading spaces of a line, counting a tab as 4. */
function indentOf(line: string): number {
  let n = 0;
  for (const ch of line) {
    if (ch === ' ') n++;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}

/** A line made only of `ch` (at least `min` of them) and spaces. */
function isRuleOf(line: string, ch: string, min: number): boolean {
  let n = 0;
  for (const c of line) {
    if (c === ch) n++;
    else if (c !== ' ' && c !== '\t') return false;
  }
  return n >= min;
}

/** A table delimiter row: only '|', ':', '-' and spaces, with a '|' and a run of '-'. */
function isTableDelimiter(line: string): boolean {
  if (!line.includes('|') || !line.includes('-')) return false;
  for (const c of line) if (c !== '|' && c !== ':' && c !== '-' && c !== ' ' && c !== '\t') return false;
  return true;
}

/** A table row's cells, split at unescaped pipes, cleaned and joined by spaces. */
function tableRow(line: string): string {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch === '\\' && s[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cell);
      cell = '';
    } else {
      cell += ch;
    }
  }
  cells.push(cell);
  return cells
    .map((c) => cleanInline(c.trim()))
    .filter((c) => c !== '')
    .join(' ');
}

/** An ATX heading's text ('# Title ##' -> 'Title'), or undefined. A CJK character may follow '#' directly. */
function atxHeading(line: string): string | undefined {
  if (indentOf(line) > 3) return undefined;
  const s = line.trimStart();
  let level = 0;
  while (s[level] === '#') level++;
  if (level === 0 || level > 6) return undefined;
  const after = s[level];
  if (after !== undefined && after !== ' ' && after !== '\t' && !/[\u3000-\u9fff\uff00-\uffef]/.test(after)) {
    return undefined;
  }
  let text = s.slice(level).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end === 0) text = '';
  else if (end < text.length && (text[end - 1] === ' ' || text[end - 1] === '\t')) text = text.slice(0, end).trimEnd();
  return text;
}

/** Opening code fence: its character and length. */
function fenceOpen(line: string): { ch: string; length: number } | undefined {
  if (indentOf(line) > 3) return undefined;
  const s = line.trimStart();
  const ch = s[0];
  if (ch !== '`' && ch !== '~') return undefined;
  let n = 0;
  while (s[n] === ch) n++;
  if (n < 3) return undefined;
  if (ch === '`' && s.slice(n).includes('`')) return undefined;
  return { ch, length: n };
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    return v.slice(1, -1);
  }
  return v;
}

/** First plausible year (1000-2999) in a date-like value. */
export function yearFrom(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const m = /(?:^|\D)([12]\d{3})(?!\d)/.exec(value);
  return m ? Number(m[1]) : undefined;
}

/**
 * Reads the few YAML front-matter fields that become hints: title, author(s)/creator, date/year, doi.
 * Only `key: value`, `key: [a, b]` and `key:` followed by `- item` lines are understood.
 */
function frontMatterHints(lines: readonly string[]): DocHints {
  const fields = new Map<string, string[]>();
  let current: string | undefined;
  for (const line of lines) {
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && current) {
      fields.get(current)?.push(unquote(item[1] ?? ''));
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0 || /^\s/.test(line)) {
      current = undefined;
      continue;
    }
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    current = key;
    if (value === '') fields.set(key, []);
    else if (value.startsWith('[') && value.endsWith(']')) {
      fields.set(
        key,
        value
          .slice(1, -1)
          .split(',')
          .map(unquote)
          .filter((v) => v !== ''),
      );
    } else fields.set(key, [unquote(value)]);
  }
  const hints: DocHints = {};
  const title = fields.get('title')?.[0];
  if (title) hints.title = title;
  const authors = fields.get('authors') ?? fields.get('author') ?? fields.get('creator');
  if (authors && authors.length > 0) hints.authors = authors;
  const year = yearFrom(fields.get('year')?.[0]) ?? yearFrom(fields.get('date')?.[0]);
  if (year !== undefined) hints.year = year;
  const doi = fields.get('doi')?.[0];
  if (doi) hints.doi = doi;
  return hints;
}

/** Converts Markdown source lines to text lines and finds the first heading. */
export function markdownToLines(source: readonly string[]): { lines: string[]; hints: DocHints } {
  let start = 0;
  let hints: DocHints = {};
  if (source[0]?.trim() === '---') {
    for (let i = 1; i < Math.min(source.length, MAX_FRONT_MATTER_LINES); i++) {
      const t = source[i]?.trim();
      if (t === '---' || t === '...') {
        hints = frontMatterHints(source.slice(1, i));
        start = i + 1;
        break;
      }
    }
  }
  const out: string[] = [];
  let firstHeading: string | undefined;
  const heading = (text: string): void => {
    const clean = cleanInline(text).trim();
    if (!clean) return;
    if (firstHeading === undefined) firstHeading = clean;
    out.push('', clean, '');
  };
  let fence: { ch: string; length: number } | undefined;
  let inComment = false;
  let inTable = false;
  let prevBlank = true;

  for (let i = start; i < source.length; i++) {
    let line = source[i] as string;
    if (fence) {
      const s = line.trimStart();
      if (indentOf(line) <= 3 && s.startsWith(fence.ch.repeat(fence.length)) && isRuleOf(s, fence.ch, fence.length)) {
        fence = undefined;
        out.push('');
      }
      continue;
    }
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) continue;
      inComment = false;
      line = line.slice(end + 3);
    }
    // A line starting with an HTML comment; one left open continues on the next lines. Comments
    // inside a line are dropped by cleanInline (which leaves those in code spans alone).
    while (indentOf(line) <= 3 && line.trimStart().startsWith('<!--')) {
      const at = line.indexOf('<!--');
      const end = line.indexOf('-->', at + 4);
      if (end < 0) {
        line = '';
        inComment = true;
        break;
      }
      line = line.slice(end + 3);
    }
    if (line.trim() === '') {
      out.push('');
      inTable = false;
      prevBlank = true;
      continue;
    }
    const opened = fenceOpen(line);
    if (opened) {
      fence = opened;
      out.push('');
      prevBlank = true;
      continue;
    }
    if (inTable) {
      if (line.includes('|')) {
        out.push(tableRow(line));
        continue;
      }
      inTable = false;
    }
    const next = source[i + 1];
    if (line.includes('|') && next !== undefined && isTableDelimiter(next)) {
      out.push('', tableRow(line));
      inTable = true;
      i++;
      prevBlank = false;
      continue;
    }
    const atx = atxHeading(line);
    if (atx !== undefined) {
      heading(atx);
      prevBlank = true;
      continue;
    }
    // Setext heading: a text line underlined with === or ---.
    if (!prevBlank && (isRuleOf(line, '=', 1) || isRuleOf(line, '-', 2)) && indentOf(line) <= 3) {
      const text = out.pop();
      if (text !== undefined) heading(text);
      prevBlank = true;
      continue;
    }
    if (indentOf(line) <= 3 && (isRuleOf(line, '-', 3) || isRuleOf(line, '*', 3) || isRuleOf(line, '_', 3))) {
      out.push('');
      prevBlank = true;
      continue;
    }
    // Link reference definitions are not text.
    if (/^ {0,3}\[[^\]^][^\]]*\]:\s*\S/.test(line)) continue;

    let s = line;
    let quoted = false;
    while (/^ {0,3}>/.test(s)) {
      s = s.replace(/^ {0,3}> ?/, '');
      quoted = true;
    }
    const footnote = /^ {0,3}\[\^[^\]\s]+\]:\s*/.exec(s);
    if (footnote) s = s.slice(footnote[0].length);
    const bullet = /^\s*[-*+]\s+(?:\[[ xX]\]\s+)?/.exec(s);
    if (bullet) s = s.slice(bullet[0].length);
    // Two trailing spaces or a backslash make a hard break in Markdown: the line ends anyway.
    if (s.endsWith('\\') && !s.endsWith('\\\\')) s = s.slice(0, -1);
    const text = cleanInline(bullet || quoted ? s.trim() : s);
    out.push(text);
    prevBlank = text.trim() === '';
  }
  if (firstHeading !== undefined && hints.title === undefined) hints.title = firstHeading;
  return { lines: tidyLines(out), hints };
}

/** Reads a Markdown file: decoded like text, markup removed, front matter and first heading as hints. */
async function readMarkdown(file: RawFile): Promise<Extracted[]> {
  const decoded = decodeText(file.bytes, file.path);
  const { lines, hints } = markdownToLines(textToLines(decoded.text));
  hints.extra = { encoding: decoded.encoding };
  return [{ pages: [lines], paged: false, hints, messages: decoded.messages }];
}

/** Markdown (.md, .markdown): headings kept as lines without '#', markup that is not text removed. */
export const markdownFormat: InputFormat = {
  id: '@markdown/file',
  label: 'Markdown',
  extensions: ['.md', '.markdown'],
  read: readMarkdown,
};
