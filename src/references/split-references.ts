/** One entry of a reference section: its text on one line and where it is in the section. */
export interface ReferenceSpan {
  /** The entry with its lines joined and words hyphenated across lines rejoined. */
  text: string;
  /** Offset of the entry's first character in the block (0-based). */
  offset: number;
  /** Offset after its last character (exclusive). */
  end: number;
}

interface Line {
  text: string;
  start: number;
  end: number;
}

/** Headings and page furniture that are not part of any entry. */
const HEADING = /^(?:references?|r\s?e\s?f\s?e\s?r\s?e\s?n\s?c\s?e\s?s|bibliography|literature cited|works cited|references and notes|notes and references|cited literature|sources|参考文献|参 考 文 献|主要参考文献|引用文献)\s*:?$/i;
const PAGE_NUMBER = /^\d{1,4}$/;
/** Footnotes of the title page that end up before a reference list: "* h.tu@lmu.de", "† To whom correspondence …". */
const FURNITURE = /^(?:[*†‡§]\s?)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^[*†‡§•]\s(?:.*@|To whom|Corresponding|E-?mail)/i;

type LabelKind = 'bracket' | 'dot' | 'paren' | 'half-paren' | 'bare' | 'circle' | 'key';

/** The list number a line starts with, and its kind: [12], 12., (12), 12), ⑫, "12 Smith". */
function labelOf(line: string): { kind: LabelKind; n: number } | null {
  const c = line.codePointAt(0) ?? 0;
  if (c >= 0x2460 && c <= 0x2473) return { kind: 'circle', n: c - 0x2460 + 1 };
  // Citation keys: [AH], [BDGHK], [Smi05], [Allison2006-MIT].
  if (/^\[[A-Za-z][\w+.:-]{0,24}\]/.test(line) && !/^\[\d/.test(line)) return { kind: 'key', n: 0 };
  const m =
    /^\[(\d{1,4})\]/.exec(line) ??
    /^(\d{1,4})\.(?=\s|\p{Lu}|$)/u.exec(line) ??
    /^\((\d{1,4})\)/.exec(line) ??
    /^(\d{1,4})\)/.exec(line) ??
    /^(\d{1,3})\s(?=\p{Lu}|\p{Script=Han})/u.exec(line);
  if (!m || !m[1]) return null;
  const first = m[0][0];
  const kind: LabelKind = first === '[' ? 'bracket' : first === '(' ? 'paren' : m[0].endsWith(')') ? 'half-paren' : m[0].endsWith('.') ? 'dot' : 'bare';
  return { kind, n: Number(m[1]) };
}

/** True when a line looks like the start of an author-year entry: a name, an organisation, or dashes. */
function startsLikeEntry(line: string): boolean {
  if (/^(?:[-–—_]{2,}|[-–—]\s?[.,])/.test(line)) return true;
  // "Smith, J.", "Smith J", "SMITH, J.", "van der Berg, K.", "O'Brien, T.", "Smith JA,", "Aharoni,A.".
  if (/^(?:(?:[a-z]{1,3}\s){0,2})\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?(?:,?\s(?:\p{Lu}\.|\p{Lu}{1,3}(?=[\s,.;]))|,\s\p{Lu}\p{Ll}+[,\s.])/u.test(line)) return true;
  if (/^\p{Lu}[\p{L}'’-]+,\p{Lu}\./u.test(line)) return true;
  // "Hempel de Ibarra, N.", "Anon. (1950)".
  if (/^\p{Lu}[\p{L}'’-]+(?:\s(?:de|van|von|der|den|da|du|del|della|la|le|dos|das)){1,2}\s\p{Lu}[\p{L}'’-]+,\s\p{Lu}\./u.test(line)) return true;
  if (/^Anon(?:ymous)?\.?[\s,]/.test(line)) return true;

  // "Parth Natekar and Manik Sharma.", "Dan Hendrycks, Thomas G. Dietterich, and …".
  if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}'’-]+(?:,\s|\sand\s|\.\s(?:\p{Lu}|(?:1[6-9]|20)\d{2}))/u.test(line)) return true;
  // "National Research Council. 2000." — an organisation with the year after it.
  if (/^\p{Lu}[\p{L}\s,&'’-]{2,80}\.\s(?:1[6-9]|20)\d{2}[a-z]?\b/u.test(line)) return true;
  // "J. Smith", "A.B. Jones", "J.-P. JAY-GERIN".
  if (/^\p{Lu}\.(?:-\p{Lu}\.)?\s?(?:\p{Lu}\.\s?)?\p{Lu}[\p{L}'’-]+/u.test(line)) return true;
  // "UNESCO (2019)", "OECD, 2019", "SMITH, J." / CJK names "张三, 李四." / "国务院."
  if (/^\p{Lu}{3,}(?:,?\s\(?\d{4}|,\s\p{Lu})/u.test(line)) return true;
  if (/^[\p{Script=Han}]{2,20}[,.、:]/u.test(line)) return true;
  return false;
}

/**
 * True when text starts the way most author lists do, with a year close behind: "Arditi, A., …
 * (1990).", "Bertin E., Arnouts S., 1996,", "Peter F. Brown, … 1993.", "J. Smith, …". A place such as
 * "Edmonton, Canada. Daniel Marcu …" does not: its year comes after a second sentence.
 */
function strongEntryStart(s: string): boolean {
  const inverted = /^(?:[a-z]{1,3}\s){0,2}\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?,?\s(?:\p{Lu}\.|\p{Lu}{1,2}[,:\s])/u.test(s);
  const initialsFirst = /^\p{Lu}\.(?:\s?-?\p{Lu}\.){0,3}\s\p{Lu}[\p{L}'’-]+,/u.test(s);
  const fullName = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}'’-]+(?:,\s|\sand\s|\.\s)/u.test(s);
  if (!inverted && !initialsFirst && !fullName) return false;
  // "Acta Psychologica, 141, 149–158.", "Am J Med Genet 87: 349–353": a journal and its volume.
  if (/^\p{Lu}[\p{L}\s&'’-]{1,60},\s\d/u.test(s) || /^\p{Lu}[\p{L}\s&'’-]{1,40}\s\d{1,4}[A-Z]?\s?(?:\(\d{1,4}\))?:\s?\d/u.test(s)) return false;
  // The year before the second sentence end after a full word.
  const ends = [...s.matchAll(/\p{Ll}{2}\.\s/gu)];
  const limit = ends[1]?.index ?? s.length;
  return /(?:^|[^\d–-])(?:1[6-9]|20)\d{2}[a-z]?(?![\d–-])/.test(s.slice(0, limit + 3));
}

/** True when the line can end an entry: a full stop, a closing bracket, a number, a URL. */
function endsLikeEntry(line: string): boolean {
  const t = line.trimEnd();
  if (/[-‐‑]$/.test(t) && !/\d-$/.test(t)) return false;
  if (/(?:,|&|\band|\bund|\bet|:|;)$/.test(t)) return false;
  if (/\b(?:CrossRef|Medline|PubMed|Scholar|Full Text|Web of Science|CAS|ISI)$/.test(t)) return true;
  return /[.)\]\d"”’》]$|\bdoi:\S+$|https?:\/\/\S+$|\p{Script=Han}$/u.test(t);
}

/** Plausible year in a text (author-year entries show theirs early). */
function hasYear(s: string): boolean {
  return /(?:^|[^\d])(?:1[6-9]|20)\d{2}[a-z]?(?!\d)/.test(s);
}

/** Joins the lines of one entry: a hyphen between two lower-case letters at a line end is removed. */
function joinLines(lines: Line[]): string {
  let out = '';
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    if (out === '') out = t;
    else if (/\p{Ll}[-‐]$/u.test(out) && /^\p{Ll}/u.test(t)) out = out.slice(0, -1) + t;
    else if (/[-‐/]$/.test(out)) out += t;
    else out += ` ${t}`;
  }
  return out;
}

/** The number of the next line after i that starts with a list number of this kind. */
function nextLabel(lines: Line[], i: number, kind: LabelKind): number | undefined {
  for (let j = i + 1; j < lines.length && j < i + 40; j++) {
    const lab = labelOf(lines[j]!.text);
    if (lab && lab.kind === kind) return lab.n;
  }
  return undefined;
}

/** True when `b` is the number after `a` (up to three numbers may be missing). */
function isNext(a: number, b: number | undefined): boolean {
  return b !== undefined && b > a && b <= a + 3;
}

/** Finds the dominant kind of list number and whether the numbers run in order. */
function numbering(lines: Line[]): LabelKind | null {
  const byKind = new Map<LabelKind, number[]>();
  for (const l of lines) {
    const lab = labelOf(l.text);
    if (!lab) continue;
    const list = byKind.get(lab.kind) ?? [];
    list.push(lab.n);
    byKind.set(lab.kind, list);
  }
  let best: LabelKind | null = null;
  let bestRun = 0;
  for (const [kind, nums] of byKind) {
    if (kind === 'key') {
      if (nums.length > bestRun) {
        best = kind;
        bestRun = nums.length;
      }
      continue;
    }
    // Length of the increasing run 1, 2, 3 … found in order (gaps of up to 3 allowed).
    let expect = 0;
    let run = 0;
    for (let j = 0; j < nums.length; j++) {
      const n = nums[j]!;
      // The first number may be any (a section cut at a page break starts with "(4)"), and after
      // numbers lost in conversion the run picks up again when the next number follows this one.
      const resync = n > expect && n < 1000 && kind !== 'bare' && (run === 0 || isNext(n, nums[j + 1]));
      if (resync || (n > expect && n <= expect + 3)) {
        run++;
        expect = n;
      }
    }
    if (run > bestRun) {
      best = kind;
      bestRun = run;
    }
  }
  // "12 Smith" without punctuation is trusted only with a long run.
  if (best === 'bare' && bestRun < 5) return null;
  return bestRun >= 2 ? best : null;
}

/**
 * Text without line breaks (a whole section on one line, as from some HTML or DOCX exports) is cut
 * into virtual lines before each list number and after each sentence end followed by a name.
 * Only lines far longer than the others are cut.
 */
function splitLongLines(lines: Line[]): void {
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  const limit = Math.max(300, lines.length > 3 ? median * 4 : 300);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.text.length <= limit) continue;
    const candidates: { at: number; label: boolean; strong: boolean }[] = [];
    // Sentence ends, list numbers ("[12] ", "[12]Y. Saito", "12. ", "(12) "), and a number before
    // "Surname I." (astronomy lists without periods: "… 2010, MNRAS, 407, 83 Elíasdó A. et al., 2007").
    const re =
      /(?:\.|;)\s(?=\S)|\s(?=\[\d{1,4}\]\s?\p{Lu}|\[\d{1,4}\]\s|\[[A-Za-z][\w+.:-]{0,24}\]\s|\d{1,4}\.\s\p{Lu}|\(\d{1,4}\)\s)|(?<=[\d)])\s(?=\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}\.){1,3}(?:,|\set\sal\.))/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line.text)) !== null) {
      const at = m.index + m[0].length;
      const ahead = line.text.slice(at, at + 300);
      const lab = labelOf(ahead);
      // "(2010). Letters …" is a year, not a list number.
      const label = lab !== null && lab.n < 1000;
      if (lab && !label) continue;
      // A period after an initial ("Peter F. Brown") does not end an entry.
      if (!label && m[0][0] === '.' && /(?:^|[\s.(‐-])\p{Lu}$/u.test(line.text.slice(Math.max(0, m.index - 3), m.index))) continue;
      if (!label && !startsLikeEntry(ahead)) continue;
      candidates.push({ at, label, strong: label || strongEntryStart(ahead) });
      if (candidates.length > 5000) break;
    }
    // When most candidates are list numbers, or names written the same strong way, only those cut.
    const labels = candidates.filter((c) => c.label).length;
    const strong = candidates.filter((c) => c.strong).length;
    const cuts = (labels >= 3 && labels >= candidates.length * 0.4
      ? candidates.filter((c) => c.label)
      : strong >= 3 && strong >= candidates.length * 0.5
        ? candidates.filter((c) => c.strong)
        : candidates
    ).map((c) => c.at);
    if (cuts.length === 0) continue;
    const parts: Line[] = [];
    let from = 0;
    for (const c of [...cuts, line.text.length]) {
      const text = line.text.slice(from, c).trim();
      if (text) {
        const lead = line.text.slice(from, c).length - line.text.slice(from, c).trimStart().length;
        parts.push({ text, start: line.start + from + lead, end: line.start + from + lead + text.length });
      }
      from = c;
    }
    lines.splice(i, 1, ...parts);
  }
}

/**
 * Splits a reference section into its entries. Numbered lists ([1], 1., (1), 1), ①) are cut at
 * each next number; author-year lists at each line that starts like a name after a line that
 * ends like an entry, once the entry so far holds a year. Headings ("References", "参考文献") and
 * lone page numbers are left out. Offsets point into `block`.
 */
export function splitReferences(block: string): ReferenceSpan[] {
  const lines: Line[] = [];
  let pos = 0;
  for (const raw of block.split('\n')) {
    const start = pos;
    pos += raw.length + 1;
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text || HEADING.test(text) || FURNITURE.test(text)) continue;
    // A lone number is a page number, unless the line before stops in mid-entry ("AJ, 87," + "1029").
    if (PAGE_NUMBER.test(text) && !/[,:(–-]$/.test(lines[lines.length - 1]?.text ?? '')) continue;
    lines.push({ text, start: start + lead, end: start + lead + text.length });
  }
  if (lines.length === 0) return [];
  splitLongLines(lines);
  const kind = numbering(lines);
  const groups: Line[][] = [];
  let current: Line[] = [];
  // Whether the entry read so far holds a year (kept up to date line by line).
  let currentHasYear = false;
  let expect = 0;
  const medianLength = [...lines.map((l) => l.text.length)].sort((a, b) => a - b)[Math.floor(lines.length / 2)] ?? 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let startsNew = false;
    if (kind) {
      const lab = labelOf(line.text);
      const prevText = current.length > 0 ? current[current.length - 1]!.text : '';
      const resync = lab !== null && lab.kind === kind && kind !== 'bare' && lab.n > expect && lab.n < 1000 && (expect === 0 || isNext(lab.n, nextLabel(lines, i, kind)));
      if (lab && lab.kind === kind && (kind === 'key' || resync || (lab.n > expect && lab.n <= expect + 3))) {
        startsNew = true;
        expect = lab.n;
      } else if (current.length > 0 && /^(?:\(?[a-h]\)|[a-h]\s\))\s?\S.{0,20}\p{L}{2}/u.test(line.text)) {
        // Sub-entries "a) …", "(b) …" of one number.
        startsNew = true;
      } else if (current.length > 0 && /(?:\d{4}[a-z]?\)?|\d);$/.test(prevText) && startsLikeEntry(line.text)) {
        // "[1] ref one (1990);" + "ref two." under one number.
        startsNew = true;
      } else if (
        current.length > 0 &&
        !labelOf(line.text) &&
        startsLikeEntry(line.text) &&
        (/\((?:1[6-9]|20)\d{2}\)\.?$/.test(prevText) ||
          // "[2] Karassiov V P 1992 J. Sov. Laser Res. 13 188" + "Karassiov V P 1994 J. Phys. A 27 153".
          (/\d$/.test(prevText) && current.some((l) => hasYear(l.text)) && /^[^.]{0,80}?\s(?:1[6-9]|20)\d{2}[a-z]?\s/.test(line.text)))
      ) {
        // Grouped references under one number, each ending with its year: "… 91, 3275 (1989)." + "K. OKAZAKI …".
        startsNew = true;
      }
    } else if (current.length === 0) {
      startsNew = true;
    } else {
      const prev = current[current.length - 1]!;
      const shortPrev = prev.text.length < medianLength * 0.75;
      // Author-year entries show their year early: "Arnold Anteraper S, Guell X, … 2018."
      const yearEarly = /^.{0,140}?(?:^|[^\d–-])(?:1[6-9]|20)\d{2}[a-z]?(?![\d–-])/.test(line.text);
      // A year first: the repeated author's dash lost ("1979. Comments on …", OCR "9 1979.").
      const yearFirst = /^(?:\d\s)?(?:1[6-9]|20)\d{2}[a-z]?[.,]\s\p{Lu}/u.test(line.text) && endsLikeEntry(prev.text) && !(prev.text.length < 40 && /\b(?:[A-Z][a-z]{2,8}|in|In)\.?$/.test(prev.text)) && currentHasYear;
      startsNew =
        yearFirst ||
        (startsLikeEntry(line.text) &&
          ((endsLikeEntry(prev.text) && (currentHasYear || shortPrev)) || (currentHasYear && yearEarly && !/[-‐,&]$/.test(prev.text))));
    }
    if (startsNew && current.length > 0) {
      groups.push(current);
      current = [];
      currentHasYear = false;
    }
    current.push(line);
    if (!currentHasYear && hasYear(line.text)) currentHasYear = true;
  }
  if (current.length > 0) groups.push(current);
  const spans: ReferenceSpan[] = [];
  for (const g of groups) {
    const a = g[0]!.start;
    const b = g[g.length - 1]!.end;
    // Several references under one number, separated by semicolons: "… 38, 511 (1988);  M. Bauer …".
    const cuts = kind ? semicolonCuts(block, a, b) : [];
    let from = a;
    for (const c of [...cuts, b]) {
      const span = spanOf(block, from, c);
      if (span) spans.push(span);
      from = c;
    }
  }
  return spans.filter((e) => /[\p{L}]{2,}/u.test(e.text));
}

/**
 * Offsets in block[a, b) where another reference starts inside one numbered entry: after "(1988);"
 * or "123;" and a name like "M. Bauer"; after "327." or "].", and a name with initials and a comma
 * ("… B 220 (1983) 327. M. Panero, JHEP …"); or at a lettered part after a semicolon ("…; b) A. N.").
 */
function semicolonCuts(block: string, a: number, b: number): number[] {
  const out: number[] = [];
  const seg = block.slice(a, b);
  const re =
    /(?:\(\d{4}\)|\d|\]);\s+(?=\p{Lu}\.(?:\s?-?\p{Lu}\.)*\s{0,3}\p{Lu}[\p{L}'’ ¨`´-]+[,\s]|\p{Lu}[\p{L}'’-]+\s(?:\p{Lu}\.\s?){1,3}(?:,|and\s|et\s))|[\d\])]\.\s+(?=\p{Lu}\.(?:\s?-?\p{Lu}\.){0,3}\s{0,3}\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?,\s)|;\s+(?=\(?[b-h]\s?\)\s?)/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg)) !== null && out.length < 200) {
    // Not the list number itself: "1. B. Pontecorvo, …".
    if (/^\s*[[(]?\d{1,4}[\])]?\.?\s*$/.test(seg.slice(0, m.index + 2))) continue;
    out.push(a + m.index + m[0].length);
  }
  return out;
}

/** The entry in block[a, b): its lines joined, with offsets of its first and last visible characters. */
function spanOf(block: string, a: number, b: number): ReferenceSpan | null {
  const raw = block.slice(a, b);
  const lines: Line[] = [];
  let pos = a;
  for (const part of raw.split('\n')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    const pageNumber = PAGE_NUMBER.test(text) && !/[,:(–-]$/.test(lines[lines.length - 1]?.text ?? '');
    if (text && !HEADING.test(text) && !FURNITURE.test(text) && !pageNumber) lines.push({ text, start: pos + lead, end: pos + lead + text.length });
    pos += part.length + 1;
  }
  if (lines.length === 0) return null;
  return { text: joinLines(lines), offset: lines[0]!.start, end: lines[lines.length - 1]!.end };
}
