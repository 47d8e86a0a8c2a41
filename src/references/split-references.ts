import { cutInlineLabels, isNext, labelOf, nextLabel, numbering, type LabelKind } from './split-labels.js';
import type { Line } from './split-line.js';
import { cutRunOnEntries, splitLongLines } from './split-long-lines.js';
import { commonestSlot, endsLikeEntry, hasYear, journalVolume, NAME_YEAR, placeStart, runsOn, startsLikeEntry, startsWithNameList, startsWithNames, yearSlot } from './split-shapes.js';

/** One entry of a reference section: its text on one line and where it is in the section. */
export interface ReferenceSpan {
  /** The entry with its lines joined and words hyphenated across lines rejoined. */
  text: string;
  /** Offset of the entry's first character in the block (0-based). */
  offset: number;
  /** Offset after its last character (exclusive). */
  end: number;
}

/** Headings and page furniture that are not part of any entry. */
const HEADING = /^(?:references?|r\s?e\s?f\s?e\s?r\s?e\s?n\s?c\s?e\s?s|bibliography|literature cited|works cited|references and notes|notes and references|cited literature|sources|参考文献|参 考 文 献|主要参考文献|引用文献)\s*:?$/i;
/** A heading that shares its line with the first entry: "References A. Stolcke. 2002. …". */
const HEADING_PREFIX = /^(?:References|REFERENCES|R E F E R E N C E S|Bibliography|BIBLIOGRAPHY|Literature Cited|LITERATURE CITED|参考文献)\s?:?\s{1,3}(?=[\p{Lu}\p{Script=Han}[(\d])/u;
const PAGE_NUMBER = /^\d{1,4}$/;
/** Footnotes of the title page that end up before a reference list: "* h.tu@lmu.de", "† To whom correspondence …". */
const FURNITURE = /^(?:[*†‡§]\s?)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^[*†‡§•]\s(?:.*@|To whom|Corresponding|E-?mail)/i;
/** Words that start the container of an entry, not an entry: "In Proceedings of …", "Journal of …". */
const CONTAINER_START = /^(?:In|Proc|Proceedings|Journal|Annals|Transactions|Conference|Workshop|Advances|Studies|Series|Vol|Volume|Pp|Pages|Available|Retrieved|Accessed|URL|Editor|Eds?)\b/;

/**
 * Splits a reference section into its entries. Numbered lists ([1], 1., (1), 1), ①) are cut at
 * each next number; author-year lists at each line that starts like a name after a line that
 * ends like an entry, once the entry so far holds a year, checked against the way most entries of
 * the section place their year after the names. Headings ("References", "参考文献"), what stands
 * before a heading at the top, and lone page numbers are left out. Offsets point into `block`.
 */
export function splitReferences(block: string): ReferenceSpan[] {
  const lines = readLines(block);
  if (lines.length === 0) return [];
  splitLongLines(lines);
  cutInlineLabels(lines);
  const kind = numbering(lines);
  let groups: Line[][];
  if (kind) groups = groupNumbered(lines, kind);
  else {
    const slot = dominantSlot(lines);
    if (slot) cutRunOnEntries(lines, slot);
    groups = groupAuthorYear(lines, slot, false);
    // Styles that close each entry with its year ("… In ACL, 2020."): such a line ends an entry.
    const closed = groups.filter((g) => YEAR_AT_END.test(g[g.length - 1]!.text)).length;
    if (!slot && groups.length >= 5 && closed >= groups.length * 0.6) groups = groupAuthorYear(lines, slot, true);
  }
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
  // An entry holds at least two letters ("—, 1998, A&A, 329, 551" does).
  return spans.filter((e) => /\p{L}[^\p{L}]*\p{L}/u.test(e.text));
}

/**
 * The lines of the block that can belong to entries: no headings, title-page footnotes or page
 * numbers. A heading sharing its line with the first entry is cut off; a few lines without a year
 * or list number above a heading at the top of the block (the end of the page before) are dropped. A lone number stays when the
 * line before stops in mid-entry ("AJ, 87," + "1029") or when it is the list number between its
 * neighbours ("17. …" + "18" + "19. …").
 */
function readLines(block: string): Line[] {
  let lines: Line[] = [];
  let pos = 0;
  for (const raw of block.split('\n')) {
    const start = pos;
    pos += raw.length + 1;
    let lead = raw.length - raw.trimStart().length;
    let text = raw.trim();
    // Punctuation left over from a layout (",") and title-page footnotes.
    if (!text || /^[,.;:]+$/.test(text) || FURNITURE.test(text)) continue;
    if (HEADING.test(text)) {
      if (lines.length <= 5 && !lines.some((l) => labelOf(l.text) || hasYear(l.text))) lines = [];
      continue;
    }
    const prefix = lines.length < 3 ? HEADING_PREFIX.exec(text) : null;
    if (prefix) {
      if (!lines.some((l) => labelOf(l.text) || hasYear(l.text))) lines = [];
      lead += prefix[0].length;
      text = text.slice(prefix[0].length);
    }
    lines.push({ text, start: start + lead, end: start + lead + text.length });
  }
  return mergeMarks(lines).filter((l, i, all) => {
    if (!PAGE_NUMBER.test(l.text)) return true;
    if (/[,:(–-]$/.test(all[i - 1]?.text ?? '')) return true;
    const n = Number(l.text);
    let before: number | undefined;
    for (let j = i - 1; j >= 0 && j > i - 40 && before === undefined; j--) {
      const lab = labelOf(all[j]!.text);
      if (lab && lab.kind !== 'lone' && lab.kind !== 'key') before = lab.n;
    }
    let after: number | undefined;
    for (let j = i + 1; j < all.length && j < i + 40 && after === undefined; j++) {
      const lab = labelOf(all[j]!.text);
      if (lab && lab.kind !== 'lone' && lab.kind !== 'key') after = lab.n;
    }
    return before === n - 1 && after === n + 1;
  });
}

/** A line of marks only: what is left of a repeated author's dash ("--.", "-", "& --."). */
const MARKS = /^[-–—_~&,.;:\s]+$/;

/**
 * Joins lines of marks to the line after them, which then starts "——." the way a repeated author is
 * written ("& --." + "1947. Heredity …" reads "——. 1947. Heredity …"); its offsets cover both.
 */
function mergeMarks(lines: Line[]): Line[] {
  const out: Line[] = [];
  let marks: Line | null = null;
  for (const line of lines) {
    if (line.text.length <= 12 && MARKS.test(line.text) && /[-–—_&]/.test(line.text)) {
      marks ??= line;
      continue;
    }
    const lab = labelOf(line.text);
    // "1947. Heredity …" starts with a year, not a list number.
    if (marks && !(lab && lab.n < 1000)) out.push({ text: `——${/^[.,]/.test(line.text) ? '' : '. '}${line.text}`, start: marks.start, end: line.end });
    else {
      if (marks) out.push(marks);
      out.push(line);
    }
    marks = null;
  }
  if (marks) out.push(marks);
  return out;
}

/**
 * Groups the lines of a numbered list: a new entry at each next number of the list's kind (a lost
 * number is skipped over when the number after it confirms the jump; a second list may start again
 * at 1), and at the references printed under one number: lettered parts "a) … b) …", a name after
 * "(1990);", a name after a line that ends with its year "(1989).", an author in capitals after a
 * finished entry ("D. MATTE. Thèse …" in French chemistry journals). Lines before the first number
 * that hold no year (a footnote of the title page) are left out.
 */
function groupNumbered(lines: Line[], kind: LabelKind): Line[][] {
  let expect = 0;
  // Whether a list number has been seen: the lines before the first one may be page furniture.
  let labelled = false;
  return groupLines(lines, (i, current, currentHasYear) => {
    const line = lines[i]!;
    const lab = labelOf(line.text);
    const prevText = current.length > 0 ? current[current.length - 1]!.text : '';
    if (lab && (lab.kind === kind || lab.kind === 'lone') && acceptLabel(lab, kind, expect, nextLabel(lines, i, kind))) {
      expect = lab.n;
      const first = !labelled;
      labelled = true;
      return first && !currentHasYear ? 'drop' : true;
    }
    if (current.length === 0) return false;
    // Sub-entries "a) …", "(b) …" of one number.
    if (/^(?:\(?[a-h]\)|[a-h]\s\))\s?\S.{0,20}\p{L}{2}/u.test(line.text)) return true;
    // "[1] ref one (1990);" + "ref two." under one number.
    if (/(?:\d{4}[a-z]?\)?|\d);$/.test(prevText) && startsLikeEntry(line.text)) return true;
    // Grouped references under one number, each ending with its year: "… 91, 3275 (1989)." + "K. OKAZAKI …".
    if (
      !lab &&
      startsLikeEntry(line.text) &&
      line.text.length > 20 &&
      (/\((?:1[6-9]|20)\d{2}\)\.?$/.test(prevText) ||
        // "[2] Karassiov V P 1992 J. Sov. Laser Res. 13 188" + "Karassiov V P 1994 J. Phys. A 27 153".
        (/\d$/.test(prevText) && currentHasYear && /^[^.]{0,80}?\s(?:1[6-9]|20)\d{2}[a-z]?\s/.test(line.text)))
    ) {
      return true;
    }
    if (!currentHasYear || !endsLikeEntry(prevText) || ENDS_WITH_INITIAL.test(prevText)) return false;
    // Another reference under the same number, on its own line: "J. CARREL MORRIS. J. Phys. …",
    // "M. J. Morello et al. (CDF Collaboration), …".
    if (!lab && INITIALS_AUTHOR.test(line.text)) return true;
    // A number out of the list's order after a finished entry: numbers lost, or read out of order.
    if (lab && lab.kind === kind && kind !== 'bare' && lab.n !== expect && lab.n < 1000 && startsLikeEntry(line.text.replace(/^\S+\s*/, ''))) {
      expect = lab.n;
      return true;
    }
    return false;
  });
}

/**
 * Collects the lines into entries in order: `starts(i, entry, entryHasYear)` says whether line i
 * starts a new entry (true), continues the entry read so far (false), or starts one and the entry
 * so far is left out ('drop': page furniture before a list).
 */
function groupLines(lines: Line[], starts: (i: number, entry: Line[], entryHasYear: boolean) => boolean | 'drop'): Line[][] {
  const groups: Line[][] = [];
  let current: Line[] = [];
  // Whether the entry read so far holds a year (kept up to date line by line).
  let currentHasYear = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const decision = starts(i, current, currentHasYear);
    if (decision !== false && current.length > 0) {
      if (decision === true) groups.push(current);
      current = [];
      currentHasYear = false;
    }
    current.push(line);
    if (!currentHasYear && hasYear(line.text)) currentHasYear = true;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * An author written initials first that starts a line: the surname in capitals ("J. CARREL MORRIS.
 * Thèse", "R. A. ROBINSON et", "FOU-TIAN et DOU-BIAN.") or followed by more authors ("M. J. Morello
 * et al.", "A. Ali, G. Kramer", "E. Hart and M. Anbar").
 */
const INITIALS_AUTHOR =
  /^(?:(?:\p{Lu}\p{Ll}?\.\s?-?){1,3}\s?\p{Lu}{2,}[\p{Lu}'’-]*(?:\s\p{Lu}{2,}[\p{Lu}'’-]*)?(?:,\s|\set\s|\sand\s|\s&\s|\.\s\p{Lu}\p{Ll})|(?:\p{Lu}\p{Ll}?\.\s?-?){1,3}\s?\p{Lu}\p{Ll}[\p{L}'’-]*(?:\set\sal\.|,\s(?:\p{Lu}\.\s?){1,3}\p{Lu}|\sand\s\p{Lu}\.)|\p{Lu}{2,}[\p{Lu}'’-]*\s(?:et|and|&)\s\p{Lu}{2,}[\p{Lu}'’-]*[.,])/u;
/** A line that stops on an initial ("… and T. L."): the names run on. */
const ENDS_WITH_INITIAL = /(?:^|[\s.‐-])\p{Lu}\.$/u;

/** Whether a list number starts the next entry, given the number expected and the next one found. */
function acceptLabel(lab: { kind: LabelKind; n: number }, kind: LabelKind, expect: number, next: number | undefined): boolean {
  const n = lab.n;
  if (lab.kind === 'lone') return n === expect + 1 && isNext(n, next);
  if (kind === 'key') return true;
  if (n === expect + 1) return true;
  // The first number may be any (a section cut at a page break starts with "(4)").
  if (expect === 0) return n < 1000;
  // Numbers lost in conversion: the jump is taken when the number after it follows.
  if (n > expect && n <= expect + 3 && (next === undefined || isNext(n, next))) return true;
  if (kind !== 'bare' && n > expect && n < 1000 && isNext(n, next)) return true;
  // A second list that starts again at 1 (supplementary references).
  return n === 1 && expect >= 2 && next === 2;
}

/**
 * Groups the lines of an author-year list, whose hanging indents are lost: a new entry at a line that
 * starts like a name after a line that ends like an entry (once the entry so far holds a year), or
 * whose year comes early; a line that starts with a year after a finished entry (the repeated
 * author's dash lost); a list number (some entries numbered, "[12] S. Han", "12 Kim, H.,"); names
 * with initials after a finished entry without a year ("… to appear." + "W. Sterling, F. Carino");
 * names after a line that stops well short of the others (a paragraph's end). Not a journal and its
 * volume ("Machine Learning, 5,"), a place and its state ("San Jose, CA."), the container "In …", a
 * line after one that stops on "of", "on", an initial or "Trans."; not a short last line without a
 * year that a start of an entry follows (a place and a publisher: "Morgan Kaufmann, San Francisco,
 * CA."). When most entries of the section place their year the same way after their names
 * ("Smith, J. (2010)", "Bertin E., 1996,"), a start whose "names" are followed by a volume or pages
 * rather than a year (a journal: "Biochem J 67:333-340") is not taken, and a line whose names are
 * followed by the year in that way after a finished entry is ("R Core Team (2013).", "Planck
 * Collaboration XIII, 2014,"). With `yearCloses` (most entries end with their year), a line after one
 * that ends with a year and a full stop (and perhaps an ISBN or DOI) starts an entry when it starts
 * with a capital, unless that line held only names and their year.
 */
function groupAuthorYear(lines: Line[], slot: string | null, yearCloses: boolean): Line[][] {
  const medianLength = [...lines.map((l) => l.text.length)].sort((a, b) => a - b)[Math.floor(lines.length / 2)] ?? 0;
  return groupLines(lines, (i, current, currentHasYear) => {
    const line = lines[i]!;
    const prev = current[current.length - 1];
    if (!prev) return true;
    const next = lines[i + 1]?.text ?? '';
    const shortPrev = prev.text.length < medianLength * 0.75;
    // A name broken over lines: "Barlow," + "H..".
    const starts = startsLikeEntry(line.text) || (line.text.length <= 30 && /,$/.test(line.text) && startsLikeEntry(`${line.text} ${next}`));
    // Author-year entries show their year early: "Arnold Anteraper S, Guell X, … 2018."
    const yearEarly = /^.{0,140}?(?:^|[^\d–-])(?:1[6-9]|20)\d{2}[a-z]?(?![\d–-])/.test(line.text);
    const finished = currentHasYear && endsLikeEntry(prev.text) && !ENDS_WITH_INITIAL.test(prev.text);
    // A year first: the repeated author's dash lost ("1979. Comments on …", OCR "9 1979.", ". 1975."),
    // not after a line of names alone ("Jones, Mark." + "1988. Title") or "… pages 3-9 in".
    const yearFirst =
      finished &&
      /^(?:\d\s)?(?:[.,]\s?)?(?:1[6-9]|20)\d{2}[a-z]?[.,:]\s["“‘«]?\p{Lu}/u.test(line.text) &&
      !(prev.text.length < 40 && (/\b(?:in|In)\.?$/.test(prev.text) || startsLikeEntry(prev.text)));
    // A list number after the end of an entry, where the list is not numbered throughout: "[12] S. Han".
    const lab = labelOf(line.text);
    if (lab && lab.kind !== 'lone' && lab.n < 1000 && !runsOn(prev.text)) {
      const rest = line.text.replace(/^\S+\s?/, '');
      // "[81] S. Rock, …" even after a line that does not end like an entry ("… crisis of the XXI century").
      if (/^\[\d{1,3}\]\s["“«‘]?\p{Lu}/u.test(line.text) && !/[-‐,]$/.test(prev.text)) return true;
      // "12 Kim, H., …": a number without punctuation only before names.
      if (endsLikeEntry(prev.text) && (lab.kind === 'bare' ? startsWithNames(rest) : /^(?:\[[^\]\s]{1,30}\]|\(?\d{1,3}[.)]?)\s["“«‘]?\p{Lu}/u.test(line.text))) return true;
    }
    // Co-authors after a lost repeated author's dash: ", K. S. Bawa, G. W. Frankie & P. A. Opler. 1983.".
    if (yearFirst || (finished && /^(?:\d\s)?[,&]\s?(?:\p{Lu}\.\s?){1,3}\p{Lu}/u.test(line.text))) return true;
    const ahead = probe(lines, i);
    // Not a journal and its volume ("Machine Learning, 5, 239-266."), nor the container of the entry
    // before ("In Georgeff, M. P., & Lansky"), nor after "… Conference on".
    let startsNew =
      starts &&
      !journalVolume(line.text) &&
      !placeStart(line.text) &&
      !/^In:?\s/.test(line.text) &&
      !runsOn(prev.text) &&
      ((endsLikeEntry(prev.text) && !ENDS_WITH_INITIAL.test(prev.text) && (currentHasYear || shortPrev)) ||
        // After a line that does not end like an entry ("… Neuroimage"), only names ("Behzadi Y, Restom K,").
        (currentHasYear && yearEarly && !/[-‐,&]$|\band$/.test(prev.text) && (endsLikeEntry(prev.text) || startsWithNames(ahead))) ||
        // An entry without a year, finished, and names with initials after it: "… Applied Optics, to
        // appear." + "W. Sterling, F. Carino and C. Boss, …".
        (!currentHasYear &&
          (current.length >= 2 || prev.text.length >= 80) &&
          endsLikeEntry(prev.text) &&
          !ENDS_WITH_INITIAL.test(prev.text) &&
          (startsWithNames(ahead, 'initials') || startsWithNameList(ahead))) ||
        // A line that stops well short of the others ends a paragraph: "… Rennes : PUR" + "David Archard, …".
        (currentHasYear && shortPrev && !/[-‐,&:;]$|\band$/.test(prev.text) && startsWithNames(ahead)));
    // "… captions. In EthNLP@EACL, 2017." + "US Labor Bureau of Statistics. …".
    // Not after a line of names and their year alone ("Vander Linden, K.; … and Martin, J. 1992.").
    if (
      yearCloses &&
      !startsNew &&
      currentHasYear &&
      YEAR_AT_END.test(prev.text) &&
      /^\p{Lu}/u.test(line.text) &&
      !CONTAINER_START.test(line.text) &&
      !(current.length === 1 && startsLikeEntry(prev.text) && NAME_YEAR.has(yearSlot(prev.text)))
    ) {
      startsNew = true;
    }
    // The last line of the entry before, after its full stop: a place and a publisher ("Morgan
    // Kaufmann, San Francisco, CA."), short, without a year, with a start of an entry after it.
    if (
      startsNew &&
      currentHasYear &&
      !/(?:1[6-9]|20)\d{2}/.test(line.text) &&
      line.text.length < medianLength * 0.75 &&
      (i + 1 === lines.length || (startsLikeEntry(next) && endsLikeEntry(line.text))) &&
      !startsWithNames(line.text, 'initials') &&
      !/^[-–—_]/.test(line.text)
    ) {
      startsNew = false;
    }
    if (!slot) return startsNew;
    const own = yearSlot(ahead);
    // Not names followed by their year: a journal and its volume ("Biochem J 67:333-340. CrossRef"),
    // a place and a publisher ("Elsevier, Amsterdam." + "Bancilhon, L. 1971."). A line in Chinese
    // script keeps its own style ("张三, 李四. 题名[J]. 刊名, 2019").
    if (startsNew) return !((own === 'number' || own === 'other') && !/^[-–—_]|^\p{Script=Han}/u.test(line.text));
    return (
      own === slot &&
      currentHasYear &&
      // The year on this line, or on the next when the names run on ("Committee on …, and" + "Medicine. 2019.").
      (hasYear(line.text) || (/(?:,|\band|&)$/.test(line.text) && hasYear(next)) || /^\(?(?:1[6-9]|20)\d{2}/.test(next)) &&
      (endsLikeEntry(prev.text) || (/,$/.test(prev.text) && starts)) &&
      !ENDS_WITH_INITIAL.test(prev.text) &&
      /^\p{Lu}/u.test(line.text) &&
      !CONTAINER_START.test(line.text)
    );
  });
}

/** A line that ends with a year and a full stop: "… abs/2006.03654, 2020.", "…, 2014. ISBN 978-1-941643-00-6.". */
const YEAR_AT_END = /(?:^|[\s,])(?:1[6-9]|20)\d{2}[a-z]?\.(?:\s(?:ISBN|ISSN|URL|doi:?|DOI:?)\s?\S+)?$/;

/** The text from line i on, up to 300 characters and 40 lines: what follows a possible entry start. */
function probe(lines: Line[], i: number): string {
  let s = lines[i]!.text;
  for (let j = i + 1; j < lines.length && j <= i + 40 && s.length < 300; j++) s += ` ${lines[j]!.text}`;
  return s.slice(0, 300);
}

/**
 * The way most entries of an author-year list place their year after their names (yearSlot), read
 * at the lines that start like a name after a line that ends like an entry; null when no way holds
 * at least 70 % of them and five (year at the end, numbered styles without numbers).
 */
function dominantSlot(lines: Line[]): string | null {
  const slots: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!startsLikeEntry(lines[i]!.text) || (i > 0 && !endsLikeEntry(lines[i - 1]!.text))) continue;
    slots.push(yearSlot(probe(lines, i)));
  }
  const { slot, count } = commonestSlot(slots);
  return count >= 5 && count >= slots.length * 0.7 ? slot : null;
}

/** Joins the lines of one entry: a hyphen between two lower-case letters at a line end is removed. */
function joinLines(lines: Line[]): string {
  const parts: string[] = [];
  // The end of the text joined so far (a regular expression anchored at the end of a long string
  // would scan all of it on every line).
  let last = '';
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    if (parts.length === 0) parts.push(t);
    else if (/\p{Ll}[-‐]$/u.test(last) && /^\p{Ll}/u.test(t)) parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, -1) + t;
    else if (/[-‐/]$/.test(last)) parts[parts.length - 1] += t;
    else parts.push(t);
    last = parts[parts.length - 1]!.slice(-4);
  }
  return parts.join(' ');
}

/** What starts another reference after a semicolon inside one numbered entry: a name, or a journal. */
const START_AFTER_SEMICOLON = [
  // "M. Bauer,", "V.\n W. Hughes et al.", "J. Ph. Karr,", "G. T. Bod-\nwin,", "M. CHEHNA."
  String.raw`\p{Lu}\.(?:\s{0,2}-?\p{Lu}\p{Ll}?\.){0,3}\s{0,3}(?:\p{Lu}[\p{L}'’¨\u0060´-]{1,30}(?:\s\p{Lu}[\p{L}'’¨\u0060´-]{1,30}){0,2}[,\s]|\p{Lu}{2,}\.)`,
  // "Koch P. and", "Jacob M. and", "Smith W.\n and".
  String.raw`\p{Lu}[\p{L}'’-]{1,30}\s(?:\p{Lu}\.\s{0,2}){1,3}(?:,|and\s|et\s)`,
  // "King-Yuen Ng, \"Wake fields …\"": a full name, then the title in quotation marks.
  String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}[\p{L}'’-]{1,30},\s["“]`,
  // "P Schwendimann, C Ciuti".
  String.raw`\p{Lu}\s\p{Lu}\p{Ll}{1,30},\s`,
  // "Bashir Inam-ul et al.,".
  String.raw`\p{Lu}[\p{L}'’-]{1,30}(?:\s\p{Lu}[\p{L}'’-]{1,30}){0,2}\set\sal\.`,
  // Another paper of the same authors: "; Phys. Lett. B 435, 389 (1998)", "; ibid 81, 155303 (2010)";
  // not a year after the journal ("; Angew. Chem. 2017, 129, 15069": the same paper's other edition).
  String.raw`(?:[Ii]bid\.?|(?:\p{Lu}\p{L}{0,12}\.?\s{0,2}){1,6})\s?[A-Z]?\s?(?!(?:1[6-9]|20)\d{2},)\d{1,4}[A-Z]?[,\s]\s{0,2}\(?\d`,
].join('|');

/** Where another reference starts inside one numbered entry (see semicolonCuts). */
const SEMICOLON_CUT = new RegExp(
  [
    String.raw`(?:\(\d{4}\)|\d[a-z]?|\])\s?;\s{0,4}(?=${START_AFTER_SEMICOLON})`,
    // "… 327. M. Panero,", "… [hep-lat]]. P. de Forcrand,", "… [hep-lat]]. S. Chan-\ndrasekharan,".
    String.raw`[\d\])]\.\s{1,4}(?=\p{Lu}\.(?:\s?-?\p{Lu}\.){0,3}\s{0,3}(?:(?:de|van|von|der|di|da|du|le|la)\s)?\p{Lu}[\p{Ll}'’-]{1,30}(?:\n\s?\p{Ll}{1,30})?(?:\s\p{Lu}[\p{Ll}'’-]{1,30})?,\s)`,
    String.raw`;\s{1,4}(?=\(?[b-h]\s?\)\s?)`,
  ].join('|'),
  'gu',
);

/**
 * Offsets in block[a, b) where another reference starts inside one numbered entry: after "(1988);",
 * "123;" or "215c;" and a name ("M. Bauer", "Koch P. and", "P Schwendimann,", "Bashir Inam-ul et
 * al.") or a journal with its volume (another paper of the same authors); after "327." or "].", and a name with initials and a comma ("… B 220 (1983) 327. M. Panero,
 * JHEP …"); or at a lettered part after a semicolon ("…; b) A. N.").
 */
function semicolonCuts(block: string, a: number, b: number): number[] {
  const out: number[] = [];
  const seg = block.slice(a, b);
  for (const m of seg.matchAll(SEMICOLON_CUT)) {
    if (out.length >= 200) break;
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
    // A lone number inside an entry is a page number; at its start it is the entry's list number ("18").
    const pageNumber = PAGE_NUMBER.test(text) && lines.length > 0 && !/[,:(–-]$/.test(lines[lines.length - 1]!.text);
    if (text && !HEADING.test(text) && !FURNITURE.test(text) && !pageNumber) lines.push({ text, start: pos + lead, end: pos + lead + text.length });
    pos += part.length + 1;
  }
  if (lines.length === 0) return null;
  return { text: joinLines(lines), offset: lines[0]!.start, end: lines[lines.length - 1]!.end };
}
