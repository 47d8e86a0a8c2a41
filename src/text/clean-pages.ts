import { CLOSERS, isCjk, isDigit, isHan, isLatinLetter } from './char-class.js';
import { cleanLine, lineRawAt, type CleanLine } from './clean-line.js';
import {
  collectWordForms,
  endsWithHyphenation,
  formsToLookUp,
  keepHyphen,
  leftFragment,
  rightFragment,
} from './dehyphenate.js';
import { matchHeading, type HeadingMatch } from './match-heading.js';
import { OffsetMapBuilder } from './offset-map.js';
import { findFurniture } from './page-furniture.js';

/** The result of cleanPages. */
export interface CleanedText {
  /** Paragraphs separated by "\n\n", pages (paged documents) by "\f". */
  text: string;
  /** Offset where each page begins: one entry per page for paged documents, [0] otherwise. */
  pageStarts: number[];
  /** Pairs [cleanOffset, rawOffset]; see offset-map.ts. */
  offsetMap: number[];
  removed: {
    /** Running header and footer lines removed. */
    furniture: number;
    /** Lone page numbers removed. */
    pageNumbers: number;
    /** Words re-joined by dropping a hyphen (or a soft hyphen) at a line end. */
    hyphenJoins: number;
  };
}

/** Share of line ends with sentence-final punctuation above which each line is taken as a paragraph. */
const LINE_PARAGRAPHS = 0.6;
/** Which line length counts as the usual length of a full line. */
const USUAL_PERCENTILE = 0.75;
/** Lines longer than this are paragraphs, not lines wrapped by a typesetter. */
const LONG_LINE = 200;
/**
 * A numbered heading line must be shorter than this share of the document's usual line length; a
 * line ending a sentence and shorter than this ends its paragraph.
 */
const SHORT_LINE = 0.8;

type Sep =
  | 'start'
  | 'page'
  | 'para'
  | 'space'
  | 'none'
  | 'hyphen-keep'
  | 'hyphen-drop'
  | 'soft'
  | 'page-hyphen-keep'
  | 'page-hyphen-drop';

interface Entry {
  line: CleanLine;
  page: number;
  /** An empty line (paragraph break) came before this one. */
  brk: boolean;
}

/**
 * Turns a reader's pages of lines into clean text: removes running headers, footers and page numbers
 * (paged documents only, see page-furniture.ts), cleans characters (clean-line.ts), joins the lines of
 * a paragraph (English with one space, Chinese without; hyphenated words re-joined, see
 * dehyphenate.ts), separates paragraphs by "\n\n" and pages by "\f", and keeps headings as paragraphs
 * of their own. A line well short of the usual line length ends its paragraph (in Latin script only
 * when it ends a sentence).
 * Lines become separate paragraphs when most lines of the document end with
 * sentence-final punctuation, or most of its text is in lines over 200 characters (texts written with
 * one paragraph per line). A word hyphenated across a
 * page break is re-joined on the page where it starts. Linear in the size of the text.
 */
export function cleanPages(pages: readonly (readonly string[])[], options: { paged: boolean }): CleanedText {
  const { paged } = options;
  if (pages.length === 0) {
    return { text: '', pageStarts: paged ? [] : [0], offsetMap: [0, 0], removed: { furniture: 0, pageNumbers: 0, hyphenJoins: 0 } };
  }
  const cleaned = physicalLines(pages);
  let furnitureCount = 0;
  let pageNumberCount = 0;
  let kept: CleanLine[][] = cleaned;
  if (paged) {
    const found = findFurniture(cleaned.map((page) => page.map((l) => l.text)));
    furnitureCount = found.furniture;
    pageNumberCount = found.pageNumbers;
    kept = cleaned.map((page, p) => page.filter((_, i) => !found.remove[p]?.has(i)));
  }

  const entries: Entry[] = [];
  kept.forEach((page, p) => {
    let brk = false;
    for (const line of page) {
      if (line.text === '') {
        brk = true;
        continue;
      }
      entries.push({ line, page: p, brk });
      brk = false;
    }
  });

  const seps = decideSeparators(entries, paged);
  const builder = new OffsetMapBuilder();
  const pageStarts: number[] = paged ? [] : [0];
  let pagesStarted = 0;
  const startPagesUpTo = (page: number): void => {
    while (pagesStarted <= page) {
      pageStarts.push(pagesStarted === 0 ? 0 : builder.length);
      pagesStarted++;
    }
  };
  const putPageBreaks = (count: number, rawEnd: number): void => {
    // Each "\f" starts the next page.
    const before = builder.length;
    builder.put('\f'.repeat(count), rawEnd);
    for (let j = 1; j <= count; j++) {
      pageStarts.push(before + j);
      pagesStarted++;
    }
  };

  let hyphenJoins = 0;
  let atPageStart = false;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k] as Entry;
    const sep = seps[k] ?? 'space';
    const next = seps[k + 1];
    const dropOwnHyphen = next === 'hyphen-drop' || next === 'page-hyphen-drop';
    const end = e.line.text.length - (dropOwnHyphen ? 1 : 0);
    let from = 0;
    switch (sep) {
      case 'start':
        if (paged) {
          startPagesUpTo(0);
          if (e.page > 0) putPageBreaks(e.page, e.line.rawStart);
          else builder.put('', e.line.rawStart);
        } else {
          builder.put('', e.line.rawStart);
        }
        break;
      case 'page':
        putPageBreaks(e.page - (entries[k - 1]?.page ?? 0), e.line.rawStart);
        atPageStart = false;
        break;
      case 'page-hyphen-keep':
      case 'page-hyphen-drop': {
        if (sep === 'page-hyphen-drop') hyphenJoins++;
        builder.put('', e.line.rawStart);
        const space = e.line.text.indexOf(' ');
        const fragmentEnd = Math.min(space < 0 ? e.line.text.length : space, end);
        emitRange(builder, e.line, 0, fragmentEnd);
        if (fragmentEnd < end) {
          putPageBreaks(1, lineRawAt(e.line, fragmentEnd + 1));
          from = fragmentEnd + 1;
          atPageStart = false;
        } else {
          putPageBreaks(1, builder.raw);
          from = end;
          atPageStart = true;
        }
        break;
      }
      default: {
        if (sep === 'hyphen-drop' || sep === 'soft') hyphenJoins++;
        const text = atPageStart ? '' : sep === 'para' ? '\n\n' : sep === 'space' ? ' ' : '';
        builder.put(text, e.line.rawStart);
        atPageStart = false;
      }
    }
    if (from < end) emitRange(builder, e.line, from, end);
  }
  const rawLength = rawTextLength(pages);
  if (paged) {
    startPagesUpTo(0);
    const remaining = pages.length - pagesStarted;
    if (remaining > 0) putPageBreaks(remaining, rawLength);
    else builder.put('', rawLength);
  } else {
    builder.put('', rawLength);
  }
  return {
    text: builder.text(),
    pageStarts,
    offsetMap: builder.map,
    removed: { furniture: furnitureCount, pageNumbers: pageNumberCount, hyphenJoins },
  };
}

/** Splits the reader's lines at any line break they contain and cleans each one, keeping raw offsets. */
function physicalLines(pages: readonly (readonly string[])[]): CleanLine[][] {
  const out: CleanLine[][] = [];
  let raw = 0;
  pages.forEach((lines, p) => {
    const page: CleanLine[] = [];
    lines.forEach((text, i) => {
      let from = 0;
      if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
        for (let j = 0; j < text.length; j++) {
          const c = text.charCodeAt(j);
          if (c === 0x0a || c === 0x0d) {
            page.push(cleanLine(text.slice(from, j), raw + from));
            if (c === 0x0d && text.charCodeAt(j + 1) === 0x0a) j++;
            from = j + 1;
          }
        }
      }
      page.push(cleanLine(from === 0 ? text : text.slice(from), raw + from));
      raw += text.length + (i < lines.length - 1 ? 1 : 0);
    });
    out.push(page);
    if (p < pages.length - 1) raw += 1;
  });
  return out;
}

function rawTextLength(pages: readonly (readonly string[])[]): number {
  let n = Math.max(0, pages.length - 1);
  for (const lines of pages) {
    n += Math.max(0, lines.length - 1);
    for (const line of lines) n += line.length;
  }
  return n;
}

/** Decides how each content line is joined to the one before it. */
function decideSeparators(entries: readonly Entry[], paged: boolean): Sep[] {
  const texts = entries.map((e) => e.line.text);
  const broken = entries.map((e, k) => {
    const next = entries[k + 1];
    return next !== undefined && (e.line.softHyphen || endsWithHyphenation(e.line.text)) && startsWithLatinOrDigit(next.line.text);
  });
  const wanted = new Set<string>();
  broken.forEach((b, k) => {
    if (b) for (const f of formsToLookUp(leftFragment(texts[k] ?? ''), rightFragment(texts[k + 1] ?? ''))) wanted.add(f);
  });
  const forms = collectWordForms(texts, broken, wanted);
  const usual = usualLength(texts);
  const usualCjk = usualLength(texts.filter((t) => isCjk(t.codePointAt(t.length - 1) ?? 0)));
  const lineParagraphs = linesAreParagraphs(entries);

  const headings = texts.map((t) => matchHeading(t));
  const seps: Sep[] = [];
  let prevOwnHeading = false;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k] as Entry;
    const prev = entries[k - 1];
    if (!prev) {
      seps.push('start');
      prevOwnHeading = ownHeading(e, headings[k] ?? null, undefined, usual);
      continue;
    }
    const own = ownHeading(e, headings[k] ?? null, prev, usual);
    const startsUnit = own || runInStart(e, headings[k] ?? null, prev);
    const hyphen = broken[k - 1] === true && !startsUnit;
    let sep: Sep;
    if (e.page !== prev.page) {
      if (!paged) sep = 'para';
      else if (hyphen && e.page === prev.page + 1 && !e.brk) {
        sep = prev.line.softHyphen || !keepHyphen(leftFragment(prev.line.text), rightFragment(e.line.text), forms)
          ? 'page-hyphen-drop'
          : 'page-hyphen-keep';
        if (prev.line.softHyphen && !endsWithHyphenation(prev.line.text)) sep = 'page-hyphen-keep';
      } else sep = 'page';
    } else if (e.brk || prevOwnHeading || startsUnit || (!hyphen && (lineParagraphs || endsShortParagraph(prev.line.text, usual, usualCjk)))) {
      sep = 'para';
    } else if (hyphen) {
      if (prev.line.softHyphen && !endsWithHyphenation(prev.line.text)) sep = 'soft';
      else sep = keepHyphen(leftFragment(prev.line.text), rightFragment(e.line.text), forms) ? 'hyphen-keep' : 'hyphen-drop';
    } else {
      sep = joinsWithoutSpace(prev.line.text, e.line.text) ? 'none' : 'space';
    }
    seps.push(sep);
    prevOwnHeading = own;
  }
  return seps;
}

/** A line that is a heading by itself (numbered, short, after the end of a sentence; or a known word). */
function ownHeading(e: Entry, h: HeadingMatch | null, prev: Entry | undefined, usual: number): boolean {
  const text = e.line.text;
  if (!h || h.runIn) return false;
  if (h.rank === 0) return true;
  if (prev && !e.brk && h.rank > 30 && !endsSentence(prev.line.text)) return false;
  if (usual >= 20 && text.length >= SHORT_LINE * usual) return false;
  if (isHan(text.codePointAt(text.length - 1) ?? 0) && /[，。；]/.test(text)) return false;
  return true;
}

/**
 * The last line of a paragraph in text without blank lines between paragraphs: it stops well short of
 * the usual line length and, in Latin script, ends a sentence (short Latin lines without a full stop
 * are often the lines of a centred title). Chinese is set in lines of equal length, so a short Chinese
 * line ends its paragraph whatever its last character.
 */
function endsShortParagraph(text: string, usual: number, usualCjk: number): boolean {
  if (isCjk(text.codePointAt(text.length - 1) ?? 0)) return usualCjk >= 15 && text.length < SHORT_LINE * usualCjk;
  return usual >= 20 && text.length < SHORT_LINE * usual && endsSentence(text);
}

/**
 * A line that begins a new paragraph after the end of a sentence: one starting with a numbering
 * (第X条, （一）, 1.: the line may hold only the start of a run-in heading) or a numbered reference "[3]".
 */
function runInStart(e: Entry, h: HeadingMatch | null, prev: Entry): boolean {
  if (!e.brk && !endsSentence(prev.line.text)) return false;
  if (h && h.rank > 0) return true;
  return /^[[［]\d{1,3}[\]］]/.test(e.line.text);
}

/** True when a line ends with sentence-final punctuation, possibly followed by closing quotes or brackets. */
function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && i > text.length - 5 && CLOSER_CODES.has(text.charCodeAt(i))) i--;
  return i >= 0 && FINAL_CODES.has(text.charCodeAt(i));
}

const CLOSER_CODES = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));
const FINAL_CODES = new Set(Array.from('.!?;:。！？；：…', (c) => c.charCodeAt(0)));

/** Chinese lines are joined without a space: both sides of the break are CJK (or CJK and a digit). */
function joinsWithoutSpace(before: string, after: string): boolean {
  const a = sideChar(before, -1);
  const b = sideChar(after, 1);
  const ca = isCjk(a);
  const cb = isCjk(b);
  return (ca && (cb || isDigit(b))) || (cb && isDigit(a));
}

/** The last (or first) character of a line, looking past quotes and brackets. */
function sideChar(text: string, dir: -1 | 1): number {
  const limit = Math.min(text.length, 6);
  for (let k = 0; k < limit; k++) {
    const i = dir === 1 ? k : text.length - 1 - k;
    const ch = text[i] ?? '';
    if (!'"\'“”‘’()[]'.includes(ch)) return text.codePointAt(i) ?? 0;
  }
  return dir === 1 ? text.codePointAt(0) ?? 0 : text.codePointAt(text.length - 1) ?? 0;
}

function startsWithLatinOrDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  return (isLatinLetter(c) && c < 0x2000) || isDigit(c);
}

/**
 * The usual length of a full line: the 75th percentile of the line lengths (short lines end
 * paragraphs, so the median would be too low), lengths above 2,000 counted as 2,000 (a linear-time
 * histogram).
 */
function usualLength(texts: readonly string[]): number {
  if (texts.length === 0) return 0;
  const cap = 2000;
  const counts = new Uint32Array(cap + 1);
  for (const t of texts) {
    const n = Math.min(cap, t.length);
    counts[n] = (counts[n] ?? 0) + 1;
  }
  const rank = texts.length * USUAL_PERCENTILE;
  let seen = 0;
  for (let n = 0; n <= cap; n++) {
    seen += counts[n] ?? 0;
    if (seen >= rank) return n;
  }
  return cap;
}

/**
 * True when lines are paragraphs: most lines followed by another line of the same paragraph end a
 * sentence, or most of the text is in lines longer than 200 characters.
 */
function linesAreParagraphs(entries: readonly Entry[]): boolean {
  let candidates = 0;
  let final = 0;
  for (let k = 1; k < entries.length; k++) {
    const e = entries[k] as Entry;
    const prev = entries[k - 1] as Entry;
    if (e.brk || e.page !== prev.page) continue;
    candidates++;
    if (endsSentence(prev.line.text)) final++;
  }
  if (candidates >= 3 && final / candidates >= LINE_PARAGRAPHS) return true;
  // Text kept as one paragraph per line (web pages saved as text): most of it is in very long lines.
  let total = 0;
  let long = 0;
  for (const e of entries) {
    total += e.line.text.length;
    if (e.line.text.length > LONG_LINE) long += e.line.text.length;
  }
  return total > 0 && long / total >= LINE_PARAGRAPHS;
}

/** Emits the clean text of `line` from `from` to `to`; the builder's raw offset must be at `from`. */
function emitRange(builder: OffsetMapBuilder, line: CleanLine, from: number, to: number): void {
  const { cuts, text } = line;
  for (let k = 0; k + 2 < cuts.length; k += 2) {
    const c0 = cuts[k] ?? 0;
    const r0 = cuts[k + 1] ?? 0;
    const c1 = cuts[k + 2] ?? 0;
    const r1 = cuts[k + 3] ?? 0;
    if (c0 === c1) {
      if (c0 > from && c0 < to) builder.put('', r1);
      continue;
    }
    if (c1 <= from || c0 >= to) continue;
    if (c1 - c0 === r1 - r0) {
      const s = Math.max(from, c0);
      const e = Math.min(to, c1);
      builder.put(text.slice(s, e), r0 + (e - c0));
    } else if (c0 >= from) {
      builder.put(text.slice(c0, c1), r1);
    }
  }
}
