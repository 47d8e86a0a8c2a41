import type { CslItem, CslType } from './csl.js';
import { cslDate, dateAt, yearCandidates, type YearCandidate } from './dates.js';
import { extractIdentifiers } from './identifiers.js';
import { parseNameList, type NameList } from './names.js';
import { findDocNumber } from './policy.js';
import { trimPunct } from './script.js';
import { CONTAINER_WORDS, GENRE_START, isAbbreviation, isRoman, parseTail, placePublisherAt, PUBLISHER, type TailFields } from './tail.js';
import { quoteAt, quotedTitleAt, titleEndAt } from './title.js';

/** Picks the publication year among candidates: dated statements first, then the last plain year. */
export function pickYear(cands: YearCandidate[]): YearCandidate | undefined {
  const usable = cands.filter((c) => !c.bracket && !c.pageRange && !c.labelled);
  if (usable.length === 0) return undefined;
  const dated = usable.filter((c) => c.paren || c.month !== undefined);
  if (dated.length > 0) return dated[dated.length - 1];
  return usable[usable.length - 1];
}

/** Single words that start a title or a note, not an author: "Introduction.", "Anonymous.". */
const NOT_AUTHOR_WORD = /^(?:Introduction|Preface|Foreword|Anonymous|Anon|Editorial|Abstract|Untitled|Index|Bibliography|Appendix|Report|Proceedings|Ibid|Idem|Ders|Dies|Same|Id)$/;

/** Sentences after a title that are not part of it: translators, editions, reprints. */
const NOT_TITLE_PART = /^(?:(?:Revised|Reprint|Reprinted|Translated|Edited|With|Introduction|Foreword|Preface|Illustrated|Vol|Volume|Part|Übersetzt|Ubersetzt|Herausgegeben|Traduit|Traduction|Traducción|Tradução|Tradotto)\b|(?:Rev|Trans|Ed|Eds|Dir|Prod|Perf|Tr)\.)/;

/** A volume or page statement inside what was read as a title: ", 37(7)", ", 21: 12", ", pp. 3". */
const VOLUME_IN_TITLE = /,\s\d{1,4}\s?\(\d{1,4}\)|,\s\d{1,4}[,:]\s?\d|,\s\d{1,4},\s(?:pp?\.|pages)|,\s(?:vol|Vol|pp|pages)\b/;

/** True when `s` holds only numbers (one not a year), punctuation and volume or page labels: "2010, 10, 1012.". */
function numbersOnly(s: string): boolean {
  const t = s.replace(/\[[^\]]{0,60}\]/g, ' ');
  const nums = t.match(/\d+/g) ?? [];
  if (!nums.some((n) => !(n.length === 4 && Number(n) >= 1500 && Number(n) <= 2099))) return false;
  const letters = t.replace(/\b(?:vol|Vol|pp|p|no|No|[A-Z])\b\.?/g, '').replace(/[^\p{L}]/gu, '');
  return letters.length <= 2;
}

/** A journal name written as abbreviations or capitalised words: "Phys. Rev. Lett.", "J Appl Phys", "ApJ". */
function abbreviationLike(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 7) return false;
  return words.every((w) => /^[\p{Lu}&]/u.test(w) || w.length <= 3 || /^(?:of|and|for|the|de|der|und)$/.test(w));
}

/**
 * A reference without a title: after the names comes a journal abbreviation and then only numbers
 * ("Nano Lett. 2010, 10, 1012", "Phys. Lett. B428 (1998) 105-114", "ApJ, 650, 102").
 */
function journalWithoutTitle(s: string, pos: number): { name: string; end: number } | null {
  const rest = s.slice(pos, pos + 300);
  const m = /(?:^|[\s,(])[A-Z]?\d/.exec(rest);
  if (!m) return null;
  const cut = m.index + (/[\s,(]/.test(m[0][0] ?? '') ? 1 : 0);
  const name = trimPunct(rest.slice(0, cut));
  if (!name || !abbreviationLike(name) || name.includes(', ') || /\p{L}{8,}\.\s|\.\s(?:In|in)\s/u.test(name)) return null;
  // "Project Estancia Jatoba. The Person-Centered Journal": a full word ends a sentence, a title's.
  for (const m of name.matchAll(/([\p{L}-]+)\.\s(?=\p{Lu})/gu)) {
    const at = (m.index ?? 0) + m[0].length;
    if (m[1] && /\p{Ll}/u.test(m[1]) && !isAbbreviation(m[1]) && CONTAINER_WORDS.test(name.slice(at)) && !CONTAINER_WORDS.test(name.slice(0, at))) return null;
  }
  const numbers = rest.slice(cut);
  if (!numbersOnly(numbers) || (numbers.match(/\d+/g) ?? []).length < 2) return null;
  return { name, end: pos + cut };
}

/** Number of words in a text. */
function wordCount(s: string): number {
  return s.split(' ').filter(Boolean).length;
}

/**
 * A container read with a sentence of the title before it ("A systematic review. J Clin Endocrinol",
 * "Forbidden or Forgiven? Psychology of Women Quarterly"): returns the sentence and the name, or null
 * when the name reads as one ("Pratiques psychologiques. Les nouveaux défis éthiques").
 */
function splitContainerSentence(container: string): { lead: string; name: string } | null {
  if (container.length > 400) return null;
  let cut = -1;
  let depth = 0;
  for (let k = 1; k < container.length - 2; k++) {
    const ch = container[k];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if ((ch !== '.' && ch !== '?') || depth > 0 || container[k + 1] !== ' ' || !/\p{Lu}/u.test(container[k + 2] ?? '')) continue;
    const word = /[\p{L}\d)-]+$/u.exec(container.slice(Math.max(0, k - 30), k))?.[0] ?? '';
    if (ch === '.') {
      // A sentence ends after a full word, not after an initial or an abbreviation ("Interdiscip. Rev.").
      if (!/(?:\p{Ll}{3,}|\p{Ll}\))$/u.test(word) || /^(?:eds?|vol|no|pp|suppl|ser|inc|ltd|co)$/i.test(word)) continue;
      if (/^\p{Lu}/u.test(word) && /^\p{Lu}[\p{L}-]{0,12}\.(?:\s|$)/u.test(container.slice(k + 2, k + 18))) continue;
      // "Contr. Univ. Michigan Herb.", "Aust. Geol. Geophys. J.": short capitalised abbreviations.
      if (/^\p{Lu}\p{Ll}{0,4}$/u.test(word) || /\p{Lu}\p{Ll}{0,8}\.\s$/u.test(container.slice(Math.max(0, k - word.length - 12), k - word.length))) continue;
    }
    cut = k;
  }
  if (cut < 0) {
    // "Le sort du client domestique dans le processus …, Revue Francaise de Sociologie": a subtitle in
    // sentence case, a comma, and a journal's name.
    const comma = container.lastIndexOf(', ');
    if (comma < 0) return null;
    const lead = container.slice(0, comma);
    const name = container.slice(comma + 2);
    const lowerWords = (lead.match(/(?:^|\s)\p{Ll}{4,}/gu) ?? []).length;
    if (wordCount(lead) >= 4 && lowerWords >= 2 && !CONTAINER_WORDS.test(lead) && /^\p{Lu}/u.test(name) && wordCount(name) <= 10 && CONTAINER_WORDS.test(name)) {
      return { lead: `${lead},`, name };
    }
    return null;
  }
  const lead = container.slice(0, cut + 1).trim();
  const name = container.slice(cut + 2).trim();
  if (!name || wordCount(name) > 12 || (container[cut] === '?' && wordCount(name) < 2)) return null;
  // A place after a conference ("…, CSCL2015. Gothenburg, Sweden") is not a journal.
  if (/^\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?,\s\p{Lu}[\p{L}.]+$/u.test(name) && !CONTAINER_WORDS.test(name)) return null;
  const leadHasName = CONTAINER_WORDS.test(lead);
  const abbreviated = /\p{Lu}\p{L}{0,8}\.(?:\s|$)/u.test(name) || (/^(?:\p{Lu}\p{L}{0,8}\s){1,5}\p{Lu}\p{L}{0,8}$/u.test(name) && !/\p{Ll}{9}/u.test(name));
  const leadLooksTitle = /^\p{Ll}/u.test(lead) || (!leadHasName && ((wordCount(lead) >= 6 && wordCount(name) <= 6) || /\?$/.test(lead)));
  if (((CONTAINER_WORDS.test(name) || abbreviated) && !leadHasName) || leadLooksTitle) return { lead, name };
  return null;
}

/** Skips spaces and the punctuation that separates two parts of a reference. */
function skipSeparators(s: string, pos: number): number {
  let i = pos;
  while (i < s.length && /[\s.,:;]/.test(s[i] ?? '')) i++;
  return i;
}

/** Skips "———." / "--," that stand for the author of the entry before. */
function skipDashes(s: string, pos: number): number {
  let i = pos;
  while (i < s.length && /[-–—_]/.test(s[i] ?? '')) i++;
  if (i - pos < 2) return pos;
  return skipSeparators(s, i);
}

/** Guesses the CSL type from the fields found. */
function guessType(tail: TailFields, hasUrl: boolean): CslType {
  const g = tail.genre ?? '';
  if (/thes|diss|thèse/i.test(g)) return 'thesis';
  if (/report|memo|note|paper|preprint|arxiv/i.test(g)) return 'report';
  if (/patent/i.test(g)) return 'patent';
  if (tail.container) {
    if (tail.inBook || tail.editors) {
      return /proc|conf|symp|workshop|meeting|congress|colloq/i.test(tail.container) ? 'paper-conference' : 'chapter';
    }
    if (/proc|conf|symp|workshop/i.test(tail.container)) return 'paper-conference';
    return 'article-journal';
  }
  if (tail.publisher) return 'book';
  if (hasUrl) return 'webpage';
  return 'document';
}

/**
 * Parses an English-style (or other Latin-script) reference: numbered styles with the title after
 * the authors (IEEE, Vancouver, ACM), and author-year styles (APA, Harvard, Chicago, the jss
 * style of R vignettes, "Zhang J, 2022, Title. Journal, 22(02): 82-85").
 */
export function parseGeneral(text: string): CslItem | null {
  const ids = extractIdentifiers(text);
  const s = ids.rest;
  let pos = skipDashes(s, 0);
  const sameAuthor = pos > 0;
  let names: NameList | null = pos === 0 ? parseNameList(s, 0) : null;
  // A name list must be followed by something that can close it.
  if (names && names.names.length === 0 && names.form !== 'org') names = null;
  // "Handelsblatt (2014). Title.": one word as author before the year in brackets.
  if (!names && pos === 0) {
    const org = /^(\p{Lu}[\p{L}'’&-]{1,30})\s(?=\(\d{4}[a-z]?\))/u.exec(s);
    if (org && org[1] && !NOT_AUTHOR_WORD.test(org[1])) {
      names = { names: [{ literal: org[1] }], end: org[1].length, etAl: false, role: 'author', form: 'org', endsWithDot: false };
    }
  }
  // "Homer. The Iliad." / "Aristotle. Nicomachean Ethics.": one name word before a sentence end.
  if (!names && pos === 0) {
    const one = /^(\p{Lu}[\p{L}'’-]{2,30})\.\s(?=\p{Lu}|\d|["“‘«])/u.exec(s);
    if (one && one[1] && !NOT_AUTHOR_WORD.test(one[1])) {
      names = { names: [{ literal: one[1] }], end: one[1].length, etAl: false, role: 'author', form: 'org', endsWithDot: false };
    }
  }
  if (names) pos = names.end;
  const afterNames = pos;
  let date = dateAt(s, pos);
  // No author, the title first: "Good chemistry. (1996, September). Wake Forest University Magazine, 44(1)".
  let leadTitle: [number, number] | null = null;
  if (!names && !date) {
    const e0 = titleEndAt(s, pos, false);
    const d0 = e0 < s.length ? dateAt(s, e0 + 1) : null;
    if (d0 && !d0.noDate && /^\s?[([]/.test(s.slice(e0 + 1, e0 + 3))) {
      leadTitle = [pos, e0];
      date = d0;
    }
  }
  if (date) pos = date.next;
  pos = skipSeparators(s, pos);
  // Comma style: "Feferman, S., Title, Journal, 27" — the author list ends with a comma.
  const termChar = s.slice(afterNames).trimStart()[0] ?? '';
  const commaStyle = (names !== null && !date && (termChar === ',' || termChar === ':')) || (date !== null && s[date.end] === ',');
  let title = '';
  let titleEnd = pos;
  const q = quoteAt(s, pos);
  const quoted = q ? quotedTitleAt(s, pos) : null;
  const bare = quoted || leadTitle || !names ? null : journalWithoutTitle(s, pos);
  if (leadTitle) {
    title = trimPunct(s.slice(leadTitle[0], leadTitle[1]));
    titleEnd = pos;
  } else if (bare) {
    // "S. E. Han, G. Chen, Nano Lett. 2010, 10, 1012.": no title, the journal right after the names.
    titleEnd = pos;
  } else if (quoted) {
    title = trimPunct(quoted.text);
    titleEnd = quoted.end;
  } else {
    let e = titleEndAt(s, pos, commaStyle);
    // Fields separated by commas only ("…, (1995) Title, ACM Multimedia 95, Pages 57-64."): a title
    // that runs to the end, or that holds a volume ("…, Comm. of the ACM, 37(7)"), is cut at a comma.
    if (!commaStyle && (e >= s.length - 1 || VOLUME_IN_TITLE.test(s.slice(pos, e)))) {
      const c = titleEndAt(s, pos, true);
      if (c < e) e = c;
    }
    // A title with a sentence inside: "Steps on a journey. Person-centred expressions. Ross-on-Wye:
    // PCCS Books." / "Philosophy of science. How science moves. In M. Hendricks (Ed.), …".
    for (let round = 0; round < 2 && s[e] === '.'; round++) {
      const nextStart = skipSeparators(s, e);
      if (/^(?:In|in)[\s:]/.test(s.slice(nextStart, nextStart + 3))) break;
      const nextEnd = titleEndAt(s, nextStart, false);
      const seg = s.slice(nextStart, nextEnd);
      if (seg.length === 0 || seg.length > 150 || /\d/.test(seg) || GENRE_START.test(seg) || NOT_TITLE_PART.test(s.slice(nextStart, nextStart + 20)) || CONTAINER_WORDS.test(seg)) break;
      // The next sentence is itself the place of publication ("Upper Saddle River, NJ: Prentice Hall").
      if (placePublisherAt(s.slice(nextStart, nextStart + 120)) !== null) break;
      const afterSeg = skipSeparators(s, nextEnd);
      const tailStart = s.slice(afterSeg, afterSeg + 80);
      // "Novalis. Eine Biographische Charakteristik. Hamburg und Leipzig, 1893.": a place and a year end it.
      const placeYear = /^\p{Lu}[\p{L}-]{2,25}(?:\s(?:und|and|et|&)\s\p{Lu}[\p{L}-]{2,25})?,?\s\d{4}\.?$/u.test(tailStart) && !PUBLISHER.test(tailStart);
      if (/^(?:In|in)[\s:](?!press|preparation)/.test(tailStart) || placePublisherAt(tailStart) !== null || placeYear) e = nextEnd;
      else break;
    }
    title = trimPunct(s.slice(pos, e));
    titleEnd = e;
  }
  // No title, the container first: "Arnaud, K.A., 1996, in Astronomical Data Analysis …".
  // "in Astronomical Data Analysis …, eds. Jacoby G." is a container; "In Comes I: Performance" a title.
  const inContainer =
    /^in(?::\s?|\s)/.test(title) ||
    (/^In(?::\s?|\s)(?!the\b|a\b|an\b)/.test(title) && (CONTAINER_WORDS.test(title) || /^[\s,]*(?:eds?\.|Eds?\.|\(Eds?\.?\)|edited by)/.test(s.slice(titleEnd, titleEnd + 20))));
  if (!quoted && inContainer) {
    title = '';
    titleEnd = pos;
  }
  // "Fourier integral operators. II. Acta Mathematica, 128(1)": the number of a part ends the title.
  const partNo = quoted ? null : /^\.\s([IVX]{1,4})\.\s(?=\p{Lu}\p{Ll})/u.exec(s.slice(titleEnd, titleEnd + 12));
  if (partNo && partNo[1] && isRoman(partNo[1]) && title) {
    title = `${title}. ${partNo[1]}`;
    titleEnd += partNo[0].length;
  }
  // MLA reviews: "“Bad Company.” Review of Gain, by Richard Powers. New York Times …".
  if (quoted) {
    const review = /^(?:Rev\.|Review) of [^.]{2,150}?,? by [^.]{2,80}?\.\s/.exec(s.slice(titleEnd, titleEnd + 250));
    if (review) {
      title = `${title}${/[.?!]$/.test(title) ? '' : '.'} ${trimPunct(review[0])}`;
      titleEnd += review[0].length;
    }
  }
  const tailText = s.slice(titleEnd);
  const tail = parseTail(bare ? s.slice(bare.end) : tailText, {
    quotedTitle: quoted !== null && !/^\s?[-–—:]/.test(s.slice(quoted.end - 2, quoted.end + 2).replace(/^["”’»'.,\s]+/, '')),
  });
  if (bare) tail.container = bare.name;
  // "Title. A systematic review. J. Clin. Endocrinol. Metab. 2007, 92": the sentence before the
  // journal's name belongs to the title.
  if (tail.container && !tail.inBook && !bare) {
    const split = splitContainerSentence(tail.container);
    if (split) {
      title = trimPunct(title ? `${title}${/[.?!]$/.test(title) ? '' : '.'} ${split.lead}` : split.lead);
      tail.container = split.name;
    }
  }
  // "Monitoring small urban streams: Strategies and protocols …: Environmental Monitoring and
  // Assessment, v. 71(2)": the journal after the title's last colon, right before the volume.
  if (!tail.container && !quoted && tail.volume && !tail.inBook && !tail.publisher && title.includes(': ')) {
    const at = title.lastIndexOf(': ');
    const name = title.slice(at + 2);
    const lead = title.slice(0, at);
    const titleCase = name.split(' ').every((w) => /^[\p{Lu}&\d]/u.test(w) || /^(?:of|and|the|for|in|on|de|des|der|für|und|la|le|et)$/.test(w));
    const sentenceCase = (lead.match(/\s\p{Ll}{4,}/gu) ?? []).length >= 2;
    if (titleCase && wordCount(name) <= 10 && wordCount(lead) >= 3 && (CONTAINER_WORDS.test(name) || sentenceCase) && /^[\s,.]*(?:v\.|vol\.|Vol\.|\d)/.test(tailText)) {
      tail.container = name;
      title = lead;
    }
  }
  // "… for Korean Americans with type 2 diabetes Diabetes Educ., 35 (2009)": no period between a
  // sentence-case title and an abbreviated journal name right before the volume.
  if (!tail.container && !quoted && tail.volume && !tail.inBook && !tail.publisher && (s[titleEnd] === '.' || s.slice(0, titleEnd).trimEnd().endsWith('.')) && /^[\s.,;:]*(?:vol\.?\s?)?\d/i.test(tailText)) {
    const run = /\s(\p{Ll}[\p{L}\d-]*)((?:\s\p{Lu}[\p{L}-]*){1,6})$/u.exec(title);
    const last = /(\p{L}+)$/u.exec(title)?.[1] ?? '';
    if (run && run[2] && /\p{Ll}/u.test(last) && isAbbreviation(last) && /^\p{Lu}/u.test(last) && wordCount(title.slice(0, run.index)) >= 3) {
      tail.container = run[2].trim();
      title = title.slice(0, run.index + run[1]!.length + 1).trim();
    }
  }
  // No author and no title: "(2009) Journal of Mathematical Imaging and Vision, 35 (2), pp. 155-164."
  if (!names && !quoted && !tail.container && tail.volume && title && CONTAINER_WORDS.test(title) && wordCount(title) <= 10 && !title.includes('. ') && /^[\s,.:]*(?:vol\.?\s?)?\d/i.test(tailText)) {
    tail.container = title;
    title = '';
  }
  // No title in physics and chemistry styles: "S. E. Han, G. Chen, Nano Lett. 2010, 10, 1012."
  if (!quoted && title && !tail.container && numbersOnly(tailText) && abbreviationLike(title)) {
    // "JHEP 1005, 067": the volume is still in the title span.
    const vol = /^(.*\D)\s(\d{1,5})$/.exec(title);
    if (vol && vol[1] && vol[2]) {
      tail.container = trimPunct(vol[1]);
      if (!tail.volume) tail.volume = vol[2];
    } else {
      tail.container = title;
    }
    title = '';
  }
  // "Opinions on deepening … (Guo Ban Fa [2017] No. 95)": a policy document's number.
  let docNumber: string | undefined;
  const dn = findDocNumber(title);
  if (dn) {
    docNumber = dn.number;
    title = trimPunct(`${title.slice(0, dn.start)} ${title.slice(dn.end)}`.replace(/\(\s*\)/g, '').replace(/\s{2,}/g, ' '));
  }
  // "(Unpublished doctoral dissertation)", "(Bureau of Justice statistics special report)" after a title.
  const aside = /\s\(([^()]{3,80})\)$/.exec(title);
  if (aside && aside[1] && /thesis|dissertation|report|edition|\bedn\b|\bed\.|\bvol|paper|manuscript|preprint|brief|translated|\btrans\.|\btr\.|edited by/i.test(aside[1])) {
    title = title.slice(0, aside.index).trim();
    if (!tail.genre) tail.genre = aside[1];
  }
  // Titles that are really a container: "S. E. Han, G. Chen, Nano Lett. 2010, 10, 1012."
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  if (date && !date.noDate) {
    year = date.year;
    month = date.month;
    day = date.day;
  } else if (!date) {
    const inTail = yearCandidates(s, titleEnd);
    let best = pickYear(inTail);
    if (!best) best = pickYear(yearCandidates(s, 0, Math.max(0, titleEnd)).filter((c) => c.end >= titleEnd - 2 || c.start < (names?.end ?? 0) + 12));
    if (best) {
      year = best.year;
      month = best.month;
      day = best.day;
    }
  }
  const item: CslItem = {};
  item.type = guessType(tail, Boolean(ids.URL));
  if (names && names.names.length > 0) {
    if (names.role === 'editor') item.editor = names.names;
    else item.author = names.names;
  }
  if (tail.editors && tail.editors.length > 0 && !item.editor) item.editor = tail.editors;
  if (year !== undefined) item.issued = cslDate(year, month, day);
  if (title) item.title = title;
  if (tail.container) item['container-title'] = tail.container;
  if (tail.volume) item.volume = tail.volume;
  if (tail.issue) item.issue = tail.issue;
  if (tail.page) item.page = tail.page;
  if (tail.publisher) item.publisher = tail.publisher;
  if (tail.place) item['publisher-place'] = tail.place;
  if (tail.edition) item.edition = tail.edition;
  if (tail.genre) item.genre = tail.genre;
  if (docNumber) item.number = docNumber;
  if (ids.DOI) item.DOI = ids.DOI;
  if (ids.URL) item.URL = ids.URL;
  const hasName = Boolean(item.author?.length || item.editor?.length);
  if (year === undefined && !hasName && !sameAuthor && !ids.DOI && !ids.URL && !(item['container-title'] && (item.volume || item.page))) return null;
  if (!item.title && !hasName && year === undefined) return null;
  return item;
}
