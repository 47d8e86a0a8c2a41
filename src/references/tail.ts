import type { CslName } from './csl.js';
import { isMonth } from './dates.js';
import { parseNameList } from './names.js';
import { isDigit, isLower, isUpper, trimPunct } from './script.js';

/** What follows the title of a reference: where it was published and where in it. */
export interface TailFields {
  container?: string;
  editors?: CslName[];
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  place?: string;
  genre?: string;
  edition?: string;
  /** True when the tail starts with "In" (a chapter or a conference paper). */
  inBook: boolean;
}

/** Words a publisher's name holds; a segment with one is a publisher, not a journal. */
export const PUBLISHER =
  /(?:\bPress\b|\bPresses\b|\bVerlag\b|\bPublish(?:ers?|ing)\b|\bPublications\b|\bBooks\b|\bWiley\b|\bSpringer\b|\bElsevier\b|\bKluwer\b|\bPergamon\b|\bRoutledge\b|\bSage\b|\bSAGE\b|\bBlackwell\b|\bAddison|\bMcGraw|\bPrentice|\bMacmillan\b|Academic Press|\bPenguin\b|\bNorton\b|\bBasic Books\b|\bCRC\b|Taylor (?:&|and) Francis|\bReidel\b|\bBirkh[aä]user\b|\bPlenum\b|\bDekker\b|\bErlbaum\b|\bGuilford\b|\bJossey|\bHarper|Random House|\bHoughton\b|\bPearson\b|\bLongman\b|\bMethuen\b|\bHeinemann\b|\bGallimard\b|\bSeuil\b|\bFlammarion\b|\bSuhrkamp\b|\bKohlhammer\b|\bInc\b|\bLtd\b|\bGmbH\b|& Sons\b|\bÉditions\b|\bEditions\b|\bEditora\b|\bEditorial\b|\bEdizioni\b|\bVerlags|出版社|\bMorgan Kaufmann\b|\bNorth[- ]Holland\b|\bAddison-Wesley\b|\bVintage\b|\bKnopf\b|\bAllen (?:&|and) Unwin\b|\bPolity\b|\bVerso\b|\bPalgrave\b|\bBrill\b|\bDe Gruyter\b|\bTeubner\b|\bHachette\b|\bOUP\b|\bCUP\b|\bMIT\b|\bIEEE Computer Society\b|\bACM Press\b|\bAAAI Press\b)/;

/** Words a container (journal, proceedings, newspaper) holds. */
export const CONTAINER_WORDS =
  /(?:\bJ(?:ournal|\.)|\bJ\b|\bProc(?:eedings|\.)?|\bConf(?:erence|\.)?|\bSymposium\b|\bWorkshop\b|\bReview\b|\bRev\.|\bTrans(?:actions|\.)|\bBull(?:etin|\.)|\bQuarterly\b|\bLett(?:ers|\.)|\bAnnals?\b|\bAnn\.|\bMagazine\b|\bStudies\b|\bZeitschrift\b|\bRevue\b|\bRivista\b|\bRevista\b|\bTimes\b|\bPost\b|\bNews\b|\bNature\b|\bScience\b|\bResearch\b|\bLetters\b|\bNotices\b|\bAdvances\b|\bHandbook\b|\bEncyclop(?:a?edia|édie)\b|\bDictionary\b|\bAnnual\b|\bInternational\b|\bMeeting\b|\bCongress\b|\bColloquium\b|\bGazette\b|\bTribune\b|\bHerald\b|\bGuardian\b|\bEconomist\b|\bActa\b|\bArchives?\b|\bMonographs\b|\bForum\b|\bDigest\b|\bIntelligence\b|\bComput(?:ing|er|ation|ational)\b|\bPhysic(?:s|al)\b|\bChemi(?:stry|cal)\b|\bBiolog(?:y|ical)\b|\bMedic(?:ine|al)\b|\bEconomics?\b|\bEducation(?:al)?\b|\bEngineering\b|\bMathematic(?:s|al|a)\b|\bStatistic(?:s|al)\b|\bSciences?\b|\bPhilosoph(?:y|ical)\b|\bLinguistics\b|\bHistor(?:y|ical)\b|\bManagement\b|\bPolicy\b|\bAffairs\b|\bSystems\b|\bTechnology\b|\bOptics\b|\bCommunications\b|\bInformatics\b|\b\p{L}+olog(?:y|ie|ia|ica)\b|学报|杂志|期刊|研究|报$)/u;

/** Statements after a title that are not the name of a journal or a book: "Available at …", "Draft paper". */
const NOT_CONTAINER_START = /^(?:Available|Accessed|Retrieved|Draft|Paper|Working|Unpublished|Presented|Online|Web|URL|http)\b/i;

/** Words of an institution that publishes reports and theses. */
const INSTITUTION = /\b(?:Dept|Department|University|Universit[äé]t?|Institute|Institut|School|Laborator(?:y|ies)|Center|Centre|College|Academy|Agency|Ministry|Office|Council|Bureau|Foundation|Corporation|Company|Inc|Ltd)\b/;

/** Words that make a name a journal or proceedings even when an institution is named in it. */
const STRONG_CONTAINER = /\b(?:Journal|J\.|Proceedings|Proc\.|Transactions|Trans\.|Review|Bulletin|Annals|Letters|Magazine|Quarterly|Conference|Symposium|Workshop)\b/;

/** A genre statement at the start of a tail: "PhD thesis", "Technical Report TR-12", "Working paper". */
const GENRE =
  /^(?:(?:Unpublished |unpublished )?(?:Ph\.?\s?D\.?|Doctoral|Doctor's|Master'?s|M\.?\s?Sc\.?|M\.?\s?A\.?|M\.?\s?S\.?|B\.?\s?Sc\.?|Diploma|Habilitation|Bachelor'?s|Senior|Honou?rs)?\s?(?:[Tt]hesis|[Dd]issertation|[Tt]hèse|[Dd]iss\.)|(?:CMU CS )?Tech(?:nical)?\.?\s?(?:[Rr]ep(?:ort)?\.?|[Mm]emo(?:randum)?|[Nn]ote)|Research [Rr]eport|Internal [Rr]eport|Working [Pp]aper|Discussion [Pp]aper|Occasional [Pp]aper|Policy [Bb]rief|White [Pp]aper|Report|Preprint|preprint|arXiv preprint|arXiv|Unpublished|Personal communication|Manuscript|Mimeo(?:graph)?|(?:US |U\.S\. |USA |European )?Patent|Patent|Submitted|submitted|In press|in press|Forthcoming|forthcoming|To appear|to appear|Poster|Paper presented|Invited talk|Lecture notes|Unpublished lecture notes|Technical report|Tech Report)/;

/** True when a text starts with a genre statement (thesis, report, preprint …). */
export const GENRE_START = GENRE;

/** True for a well-formed Roman numeral up to 399 ("XLII", "IV"), not an acronym such as "ICCV" or "CVC". */
export function isRoman(s: string): boolean {
  return s !== '' && /^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(s);
}

/** Volume, issue or page statements that end a container name. */
export function startsVolumeLike(s: string): boolean {
  // "12(3)", "84, No. 1", "5 (3)", "1 3-26", "2010, 10" — but not "1995 Annual Meeting" or "3rd ed.".
  if (/^\d+[A-Za-z]?(?![\p{L}\d])(?!\s\p{Lu})/u.test(s)) return true;
  if (/^(?:vol(?:ume)?s?|Vol|VOL|Vols?|v|n|Bd|Band|Jg|Jahrg|Heft|H|No|no|NO|Nos|nos|Nr|nr|n°|N°|núm|num|issue|Issue|iss|pp|Pp|PP|pages|Pages|p|P|S|ch|chap|Chap|art|Art|Suppl|suppl|sec|Sec|tome|t|tomo|Tome|Book|fasc)\b\.?\s?(?:\d|[IVXLC]+\b|[a-z]\b)/.test(s)) return true;
  if (/^(?:vol|Vol|VOL|pp|Pp|pages)\b/.test(s)) return true;
  const roman = /^([IVXLC]{1,6})(?:\s?[(:,.]|$)/.exec(s);
  if (roman && roman[1] && isRoman(roman[1]) && !/^(?:I|C|L)\b\.?\s\p{Lu}\p{Ll}/u.test(s)) return true;
  if (/^\(\d/.test(s)) return true;
  if (/^[A-Z]?\d+\s?[-–]/.test(s)) return true;
  return false;
}

/** A date statement: "May 1990", "Jan. 23 1973", "Spring 2001", "2019.". */
export function startsDateLike(s: string): boolean {
  const m = /^([A-Za-zéû]{3,9})\.?\s?(?:\d|–|-|\/)/.exec(s);
  if (m && m[1] && isMonth(m[1])) return true;
  if (/^(?:Spring|Summer|Fall|Autumn|Winter)\b/.test(s)) return true;
  const dmy = /^\d{1,2}\s([A-Za-z]{3,9})\.?\s?\d{4}/.exec(s);
  if (dmy && dmy[1] && isMonth(dmy[1])) return true;
  if (/^\d{4}[a-z]?(?:[.,;)]|\s?$)/.test(s)) return true;
  const m2 = /^([A-Za-z]{3,9})\.?(?:,|$)/.exec(s);
  return m2 !== null && m2[1] !== undefined && isMonth(m2[1]);
}

/** Phrases that introduce editors or translators after a container name. */
function startsEditorLike(s: string): boolean {
  return /^(?:edited by|Edited by|ed\. by|Ed\. by|eds?\.|Eds?\.|Hrsg\.|hrsg\.|Hg\.|trans(?:lated)?\.?\s|Trans(?:lated)?\.?\s|translated|Translated|edited|Edited|ed\s|dir\.|sous la dir)/.test(s);
}

/**
 * True when `after` (the text after a comma) starts a part that follows a title: a publisher,
 * a genre ("PhD thesis"), pages, a volume, a date, editors or an edition.
 */
export function startsTailLike(after: string): boolean {
  const seg = /^[^,.;:()]{1,80}/.exec(after)?.[0] ?? '';
  if (seg && PUBLISHER.test(seg)) return true;
  // "…, Paris, Presses universitaires de France, 1985": a place, then a publisher.
  const placeThen = /^\p{Lu}[\p{L}-]{2,20},\s([^,.;:()]{2,60})/u.exec(after);
  if (placeThen && placeThen[1] && PUBLISHER.test(placeThen[1])) return true;
  // "Encounters with Verdi, Richard Stokes (trans.) (Ithaca, NY: …)": a translator or editor named before the role.
  if (/^\p{Lu}\p{Ll}[\p{L}'’-]{1,20}(?:\s\p{Lu}[\p{L}.'’-]{0,20}){0,3}\s\((?:trans|tr|ed|eds|Ed|Eds|Hrsg|Hg)\.?\)/u.test(after)) return true;
  if (GENRE.test(after) && !/^(?:Report|Patent|Manuscript|Poster|arXiv|Submitted|submitted)\b/.test(after)) return true;
  if (/^(?:pp?\.\s?\d|pages?\s\d|[Vv]ol\.|[Vv]olume\s\d|[Nn]o\.\s?\d|v\.\s?\d)/.test(after)) return true;
  if (/^\d{4}[a-z]?(?:[.,;)]|$)/.test(after)) return true;
  const m = /^([A-Za-z]{3,9})\.?\s\d{1,2}?,?\s?\d{4}/.exec(after);
  if (m && m[1] && isMonth(m[1])) return true;
  if (startsEditorLike(after)) return true;
  if (/^\d+\s?vols?\b/.test(after)) return true;
  if (/^(?:\d{1,2}(?:st|nd|rd|th)|[Ss]econd|[Tt]hird|[Rr]evised|Rev\.)\s(?:ed\b|edn\b|edition\b)/.test(after)) return true;
  if (placePublisherAt(after) !== null && /\p{Lu}/u.test(after[0] ?? '')) return true;
  return false;
}

/**
 * True when another "Place: Publisher" statement starts after a sentence end, comma, semicolon or
 * bracket at one of the next three colons within 200 characters from `from`: "Hanover, New Hampshire: A Bicentennial Book. Hanover, New
 * Hampshire: The Vermont Printing Company." — the first colon was a title's.
 */
function laterPlacePublisher(s: string, from: number): boolean {
  const end = Math.min(s.length, from + 200);
  // At most three colons are tried: the later statement comes right after the subtitle.
  let tries = 0;
  for (let c = s.indexOf(':', from); c >= 0 && c < end && tries < 3; c = s.indexOf(':', c + 1), tries++) {
    // The place starts after the last boundary before the colon, at most 60 characters back.
    let b = c - 1;
    while (b > from && c - b < 60 && !/[.,;(]/.test(s[b] ?? '')) b--;
    if (!/[.,;(]/.test(s[b] ?? '')) continue;
    let start = b + 1;
    while (s[start] === ' ') start++;
    // "s.l.: Xlibris", "S.l.: s.n.": no place named.
    if (/^[Ss]\.\s?l\.$/.test(s.slice(start - 3, c).trim()) || /^[Ss]\.\s?l\.\s?$/.test(s.slice(start, c))) return true;
    if (placePublisherAt(s.slice(start, c + 100), false) !== null) return true;
  }
  return false;
}

/** A "Place: Publisher" statement: "London: Elsevier", "Cambridge, MA: MIT Press", "北京: 中华书局". */
export function placePublisherAt(s: string, checkLater = true): { place: string; publisher: string; end: number } | null {
  const colon = s.slice(0, 61).indexOf(':');
  if (colon <= 0) return null;
  const place = s.slice(0, colon).trim();
  if (!/^(?:\p{Lu}|\p{Script=Han})/u.test(place)) return null;
  // A place is a few capitalised words, optionally with a state or country: "Reading, MA", "Ames, Iowa".
  const words = place.split(/[\s,]+/).filter(Boolean);
  if (words.length > 5) return null;
  if (words.some((w) => !/^(?:\p{Lu}|\p{Script=Han}|\(|of$|on$|upon$|am$|an$|de$|la$|le$|sur$|del$|im$|in$)/u.test(w))) return null;
  if (/\d/.test(place)) return null;
  // "Materialien, Kommentare (Hamburg: Rowohlt": a bracket opened inside the place is the publication
  // statement of a title, not part of a place ("Cambridge (Mass.): MIT Press" closes it).
  if (place.lastIndexOf('(') > 0 && place.lastIndexOf('(') > place.lastIndexOf(')')) return null;
  if (/^(?:Part|Chapter|Section|Vol|Volume|Book|Appendix|Suppl|No|Nos|Issue|Series|Proceedings|Journal|Table|Figure|Note|Notes)\b/.test(place)) return null;
  // Chinese, Japanese and Korean places are short: 北京, 上海, 東京, 서울.
  const cjkPlace = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(place);
  if (cjkPlace && [...place].length > 6) return null;
  let i = colon + 1;
  while (s[i] === ' ') i++;
  if (!/^(?:\p{Lu}|\p{Script=Han}|\d)/u.test(s[i] ?? '')) return null;
  if (isDigit(s[i])) return null;
  // The publisher runs to the next period that ends a sentence, a comma before a year, or the end.
  let j = i;
  const limit = Math.min(s.length, i + 150);
  while (j < limit) {
    const ch = s[j];
    if (ch === ',' && /^,\s?(?:c?\d|\p{Lu}\p{Ll}+\.?\s\d|pp?\.|\(|[A-Za-z]{3,9}\.? \d)/u.test(s.slice(j, j + 14))) break;
    if (ch === ':' || ch === ';' || ch === '(' || ch === '[') break;
    if (ch === '.' && (s[j + 1] === ' ' || j + 1 === s.length)) {
      const prev = /(\p{L}+)$/u.exec(s.slice(Math.max(i, j - 12), j));
      const w = prev?.[1] ?? '';
      if (w.length > 3 || /^(?:Inc|Ltd|Co)$/.test(w) === false) {
        if (!/^(?:Inc|Ltd|Co|Corp|Bros|Univ|Dept|St)$/.test(w) && !(w.length === 1 && isUpper(w))) break;
      }
    }
    j++;
  }
  const publisher = trimPunct(s.slice(i, j));
  if (!publisher || /\d/.test(publisher) || publisher.split(' ').length > 10) return null;
  // "France: Preliminary geological results": lower-case words make a subtitle, not a publisher.
  const lowerWords = publisher.split(' ').filter((w) => /^\p{Ll}{3,}/u.test(w) && !/^(?:and|the|for|und|des|der|del|della|les|par|pour|with|von|van)$/.test(w));
  if (lowerWords.length >= 2) return null;
  // A CJK publisher is named as one: 出版社, 书局, 印书馆, 大学, 研究所, 公司 …
  if (cjkPlace && /\p{Script=Han}/u.test(publisher) && !/(?:出版|书局|書局|书店|書店|印书馆|社|館|馆|大学|大學|学院|研究[所院]|中心|公司|集团|委员会|部|局|院|会|處|处|室)/u.test(publisher)) return null;
  // "Moral Development: Defining Perspectives …, Vol. 1. New York: Garland": a title and its subtitle
  // when the real place and publisher come later and this "publisher" names no publishing house.
  if (checkLater && !cjkPlace && !PUBLISHER.test(publisher) && laterPlacePublisher(s, j)) return null;
  return { place, publisher, end: j };
}

/** Capitalised abbreviated words up to a volume, comma or bracket: "Ophthalmol. Vis. Sci., vol.", "Rev., 77". */
const ABBREVIATION_CHAIN = /^(?:(?:[-–]\s)?\p{Lu}[\p{L}'’-]{0,14}\.\s?){1,6}(?:,|\s?\d|\s?\(|$)/u;

/** Abbreviations that may sit inside a container name followed by a period. */
export function isAbbreviation(word: string): boolean {
  if (word.length <= 5) return true;
  if (/^(?:Proc|Trans|Journ|Intern|Internat|Natl|Nat|Acad|Assoc|Comput|Comp|Softw|Eng|Engin|Sci|Mech|Phys|Chem|Biol|Math|Stat|Statist|Electr|Inform|Conf|Symp|Bull|Quart|Lett|Rev|Repts|Mater|Geophys|Struct|Appl|Theor|Syst|Control|Anal|Intell|Mach|Artif|Commun|Manag|Manage|Econ|Philos|Psychol|Sociol|Hist|Educ|Gen|Exp|Exper|Neurosci|Med|Clin|Pharm|Environ|Ecol|Evol|Geol|Res|Technol|Technik|Polit|Ling|Linguist|Cogn|Behav|Dev|Soc|Amer|Brit|Europ|Jpn|Japan|Ital|Franc|Deut|Zeitschr|Mitt|Ber|Abh|Sitzungsber|Verh|Jahrb|Forsch|Wiss|Ztschr|Annu|Adv|Curr|Opin|Methods|Meth|Ser|Suppl|Pract|Probab|Optim|Numer|Algebr|Geom|Topol|Differ|Equ|Funct|Oper|Program|Lang|Logic|Log|Robot|Autom|Neural|Netw|Signal|Process|Image|Vis|Graph|Inf|Knowl|Data|Databases|Distrib|Parallel|Comm|Semin|Workshp|Colloq|Congr|Meet|Ann|Assn|Univ|Inst|Ctr|Lab|Dept|Div|Sect)$/.test(word)) return true;
  // Abbreviations usually end in a consonant: "Softw", "Geophys", "Stud".
  return false;
}

/**
 * Finds where a container name that starts at `from` ends: before its volume, pages, date,
 * editors, publisher, or a sentence end after a full word.
 */
export function containerEnd(s: string, from: number): number {
  let k = from;
  let words = 0;
  while (k < s.length) {
    const ch = s[k] ?? '';
    if (ch === '(') {
      const after = s.slice(k + 1, k + 16);
      if (words > 0 && (startsVolumeLike(after) || startsDateLike(after) || /^(?:eds?\.?|Eds?\.?|Hrsg|ed\.|editors?)\b/.test(after))) return k;
      const close = s.indexOf(')', k);
      if (close < 0 || close - k > 80) return words > 0 ? k : s.length;
      // "(R. Chellappa, ed.)", "(New York: Norton, 1995)", "(Seventh Edition, pp. 91-103)" end the name.
      const inner = s.slice(k + 1, close);
      if (words > 0 && (/\d{4}|:\s|\b(?:eds?|Eds?|trans|ed)\.|\b(?:[Ee]dition|edn)\b/.test(inner) || PUBLISHER.test(inner))) return k;
      k = close + 1;
      continue;
    }
    if (ch === '[' && words > 0) {
      // "[4]", "[online]" end the name; "Proc. of [ARPA] Image Understanding Workshop" does not.
      const close = s.indexOf(']', k);
      if (/^\[(?:\d|[Oo]nline|[Ii]n\s|[Ee]lectronic)/.test(s.slice(k, k + 12)) || close < 0 || close - k > 30) return k;
      k = close + 1;
      continue;
    }
    if (ch === ',' || ch === ';') {
      const after = s.slice(k + 1, k + 40).trimStart();
      if (ch === ';' && words > 0) return k;
      if (words > 0 && (startsVolumeLike(after) || startsDateLike(after) || startsEditorLike(after) || after === '')) return k;
      if (words > 0 && /^(?:to appear|To appear|in press|In press|forthcoming|submitted|Lecture Notes|LNCS|LNAI|volume \d+ of|vol\. \d+ of|Special Issue|special issue|Ahead of print|ahead of print|Epub|doi|Web\b|N\.\s?p\.|Part\s(?:[IVXLC]+|\d+)\s?[,(])/.test(after)) return k;
      // "Handbook of Combinatorics, R. Graham, M. Grotschel, and L. Lovasz, Eds., vol. 2".
      if (words > 0 && /^\p{Lu}\.\s?\p{Lu}/u.test(after)) {
        const eds = parseNameList(s.slice(k + 1, k + 200).trimStart(), 0, 40);
        if (eds && eds.role === 'editor' && eds.names.length > 0) return k;
      }
      const seg = /^[^,.;:()]{1,80}/.exec(after)?.[0] ?? '';
      if (words > 0 && PUBLISHER.test(seg)) return k;
      if (words > 0 && placePublisherAt(after) !== null) return k;
      const placeThen = /^\p{Lu}[\p{L}-]{2,20},\s([^,.;:()]{2,60})/u.exec(after + s.slice(k + 40, k + 100));
      if (words > 0 && placeThen && placeThen[1] && PUBLISHER.test(placeThen[1])) return k;
      k++;
      continue;
    }
    if (ch === ':') {
      const after = s.slice(k + 1, k + 20).trimStart();
      if (words > 0 && (isDigit(after[0]) || startsVolumeLike(after) || /^[Ss]pecial [Ii]ssue\b/.test(after))) return k;
      k++;
      continue;
    }
    if (ch === '.' && (s[k + 1] === ' ' || k + 1 === s.length)) {
      const prev = /(\p{L}+)$/u.exec(s.slice(Math.max(from, k - 20), k))?.[1] ?? '';
      const after = s.slice(k + 1, k + 40).trimStart();
      if (after === '') return k;
      if (words > 0 && /^(?:Retrieved|Accessed|Available|Consulted)\b/.test(after)) return k;
      // A period after a bracket or a number ends a sentence: "(abstract). Large Meteorite …".
      if (words > 0 && prev === '' && /[)\]"”’]/.test(s[k - 1] ?? '')) return k;
      // "…, western Texas, USA. Geology, v. 33": an acronym ends the sentence when a full word follows.
      if (words > 0 && /^\p{Lu}{2,}$/u.test(prev) && /^\p{Lu}\p{Ll}{3,}(?![.\p{L}])/u.test(after)) return k;
      if (words > 0 && (startsVolumeLike(after) || startsDateLike(after) || startsEditorLike(after))) return k;
      if (words > 0 && placePublisherAt(after) !== null) return k;
      if (words > 0 && PUBLISHER.test(/^[^,.;:()]{1,80}/.exec(after)?.[0] ?? '')) return k;
      // "Stoch. Proc. and their Appl.": an abbreviation follows, the name goes on; so does
      // "J. Approx. Theory 72" where the last word comes right before the volume.
      const nextIsAbbrev = /^\p{Lu}\p{L}{0,6}\.\s/u.test(after) || /^\p{Lu}\p{L}*\s\d/u.test(after);
      // "Invest. Ophthalmol. Vis. Sci., vol. 27": a chain of abbreviated words up to the volume.
      if (words > 0 && /^\p{Lu}/u.test(prev) && ABBREVIATION_CHAIN.test(s.slice(k + 1, k + 100).trimStart())) {
        k++;
        continue;
      }
      if (words > 0 && !nextIsAbbrev && !isAbbreviation(prev)) {
        // A full word ends a sentence: the container stops unless a lower-case word follows.
        if (!isLower(after[0])) return k;
      }
      k++;
      continue;
    }
    if (ch === ' ') {
      const after = s.slice(k + 1, k + 30);
      if (words > 0) {
        // A bare number ends the container when punctuation follows it: "Nature 386, 12", "Conf. 14: 87".
        // So does a range or a volume/issue: "Conference 187-94.", "Spectrum 33/2", "CMCS 49 (Summer 2005)".
        const num = /^(\d+)(?=[,:;().]|\s?\((?=\d)|\s?$|\s\d|\s\((?:Spring|Summer|Fall|Autumn|Winter|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/.exec(after);
        if (num) return k;
        // A range after a word ("Conference 187-94.", "Spectrum 33/2"), not after a code ("ISBN 0-486",
        // "ACI 318-02") and not a span of years ("Palestina 1945-1948").
        const range = /^(\d{1,4})[-–/](\d{1,4})(?![\d-])/.exec(after);
        const prevWord = /(\S+)$/.exec(s.slice(Math.max(from, k - 20), k))?.[1] ?? '';
        if (range && words > 1 && !/^\p{Lu}{2,}$/u.test(prevWord) && !(Number(range[1]) >= 1500 && Number(range[1]) <= 2099 && (range[2]?.length ?? 0) >= 2)) return k;
        if (/^(?:vol|Vol|VOL|pp|Pp|no|No|Nr|pages|p)\.?\s?\d/.test(after)) return k;
        if (/^(?:vol|Vol|Vols?)\.\s?[IVXLC]+\b/.test(after)) return k;
        if (/^\d{4}\s?[;,.]/.test(after)) return k;
        const dm = /^\d{1,2}\s([A-Za-z]{3,9})\b/.exec(after);
        if (dm && dm[1] && isMonth(dm[1])) return k;
        const md = /^([A-Za-z]{3,9})\.?(?:\s|\s?\()\d{1,4}\b/.exec(after);
        if (md && md[1] && isMonth(md[1])) return k;
      }
      k++;
      continue;
    }
    if (/[\p{L}\d]/u.test(ch)) {
      words++;
      while (k < s.length && /[\p{L}\p{M}\d'’&*\-]/u.test(s[k] ?? '')) k++;
      continue;
    }
    k++;
  }
  return s.length;
}

const VOLUME_LABEL = /\b(?:vol(?:ume)?|Vol(?:ume)?|VOL|Bd|Band|Jg|Jahrgang|tome|Tome|t|tomo|v)\.?\s?(\d+[A-Za-z]?|[IVXLC]{1,7}\b)/;
const ISSUE_LABEL = /\b(?:no|No|NO|Nr|nr|n°|N°|núm|num|Heft|H|issue|Issue|iss|Nos|nos)\.?\s?(\d+[A-Za-z]?(?:\s?[-–/]\s?\d+)?)/;
const PAGE_LABEL = /(?:\bpp|\bPp|\bPP|\bpages|\bPages|\bpage|\bp|\bP|\bS|\bSeiten|\bpág|\bpágs|\bpgs?|\bss)\.?\s?([A-Za-z]?\d+(?:\s?[-–—]{1,2}\s?[A-Za-z]?\d+)?\+?)/;
const VOL_ISSUE = /^([A-Z]?\d+[A-Za-z]?(?![\p{L}])|[IVXLC]{1,7}(?![\p{L}]))\s?(?:\(([^()]{1,20})\)|\.(\d{1,3})(?![\d-]))?/u;
const BARE_RANGE = /(?<![\w./#])([A-Za-z]?\d{1,6})\s?[-–—]{1,2}\s?([A-Za-z]?\d{1,6})(?![\w/])/;

/** Normalises a page range: "168--171" and "168–171" become "168-171". */
export function normalisePages(p: string): string {
  return p.replace(/\s?[-–—]{1,2}\s?/g, '-').replace(/\+$/, '+');
}

/** Reads volume, issue and pages from the text after a container name. */
export function readNumbers(s: string, out: TailFields): void {
  let rest = s;
  // Vancouver: "2014;9(2):1477-81" or "2012 Jun; 24(2): 113-119".
  const vanc = /(?:^|\s)\d{4}[^;]{0,12};\s?(\d+)(?:\s?\(([^)]{1,12})\))?(?::\s?([A-Za-z]?\d+(?:\s?[-–]\s?[A-Za-z]?\d+)?))?/.exec(rest);
  if (vanc) {
    out.volume = vanc[1];
    if (vanc[2]) out.issue = vanc[2];
    if (vanc[3]) out.page = normalisePages(vanc[3]);
    return;
  }
  const vl = VOLUME_LABEL.exec(rest);
  if (vl && vl[1] && !/^\d{4}$/.test(vl[1] ?? '')) {
    out.volume = vl[1];
    const after = rest.slice(vl.index + vl[0].length);
    const par = /^\s?\(([^()]{1,15})\)/.exec(after);
    if (par && par[1] && !/^\d{4}$/.test(par[1])) out.issue = par[1];
    const colon = /^\s?(?:\([^()]{1,15}\))?\s?:\s?([A-Za-z]?\d+(?:\s?[-–—]{1,2}\s?[A-Za-z]?\d+)?)/.exec(after);
    if (colon && colon[1] && !out.page) out.page = normalisePages(colon[1]);
  }
  const il = ISSUE_LABEL.exec(rest);
  if (il && il[1] && !out.issue) out.issue = il[1];
  const pl = PAGE_LABEL.exec(rest);
  if (pl && pl[1]) out.page = normalisePages(pl[1]);
  if (!out.volume) {
    // A number right at the start: "12(3), 45-67", "106, 4894–4899", "14: 87-90", "40.1".
    // A year before the volume: "BMJ 2005, 330, 1347", "Nano Lett. 2010, 10, 1012".
    let lead = rest.replace(/^[\s,.:;]+/, '').replace(/^\d{4}[a-z]?[,;]\s?(?=\d)/, '');
    // "La Opinion, 25 July2016.", "Nouvel Observateur, 1 Marzo 1976, 74-76": a day, not a volume.
    const day = /^\d{1,2}\s?([A-Za-z]{3,9})\.?\s?\d{4}[\s,.;]*/.exec(lead);
    if (day && day[1] && isMonth(day[1])) lead = lead.slice(day[0].length);
    const vi = VOL_ISSUE.exec(lead);
    if (vi && vi[1] && !(/^\d{4}$/.test(vi[1]) && !vi[2]) && !/^\d+\s?[-–]\s?\d/.test(lead) && (/\d/.test(vi[1]) || isRoman(vi[1]))) {
      out.volume = vi[1];
      if (vi[2] && !out.issue && !/^\d{4}$/.test(vi[2])) out.issue = vi[2];
      else if (vi[3] && !out.issue) out.issue = vi[3];
      rest = lead.slice(vi[0].length);
      if (!out.page) {
        const pg = /^\s?[:,]\s?(?:pp?\.\s?)?([A-Za-z]?\d+(?:\s?[-–—]{1,2}\s?[A-Za-z]?\d+)?)(?!\d|\.\d)/.exec(rest);
        if (pg && pg[1] && !/^\d{4}$/.test(pg[1])) out.page = normalisePages(pg[1]);
      }
    }
  }
  if (!out.page) {
    const br = BARE_RANGE.exec(rest);
    if (br && br[1] && br[2]) {
      const a = Number(br[1].replace(/\D/g, ''));
      const b = Number(br[2].replace(/\D/g, ''));
      const yearRange = a >= 1500 && a <= 2099 && b > a && b - a < 30 && br[1].length === 4;
      if (!yearRange) out.page = normalisePages(`${br[1]}-${br[2]}`);
    }
  }
}

/**
 * In "New Trends in Macroeconomics, Diebolt, C., and Kyrtsou, C., (eds.)" the book title comes before
 * its editors: returns the offset where the editors start (after a comma), or -1.
 */
function containerBeforeEditors(s: string, roleIndex: number, roleEnd: number): number {
  // "Inka Mülder-Bach, Gerhard Neumann (Hgg.):" is a list of editors, not a book and its editors.
  const head = parseNameList(s, 0, 80);
  if (head && head.names.length > 0 && head.end >= s.indexOf(', ')) return -1;
  let from = 0;
  for (let tries = 0; tries < 8; tries++) {
    const comma = s.indexOf(', ', from);
    if (comma < 0 || comma >= roleIndex) return -1;
    const list = parseNameList(s, comma + 2, 80);
    if (list && list.names.length > 0 && list.end >= roleIndex - 3 && list.end <= roleEnd + 1) return comma + 2;
    from = comma + 2;
  }
  return -1;
}

/** Reads an edition statement: "2nd ed.", "second edition", "Rev. ed.", "3 版". */
function editionIn(s: string): string | undefined {
  const m = /\b(\d{1,2}(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Rr]ev(?:ised)?\.?|[Nn]ew|[Ee]nlarged)\.?\s(?:rev\.?\s|revised\s)?(?:ed(?:n|ition)?\.?|Ed(?:ition)?\.?|edn\.?|Aufl(?:age)?\.?|éd(?:ition)?\.?)/.exec(s);
  return m ? trimPunct(m[0]) : undefined;
}

/**
 * The end of a book's name in a chapter reference, over its subtitles after a period ("The handbook of
 * narrative and psychotherapy. Practice, theory, and research. London: Sage"): a sentence of two or
 * more words, not a publisher, an institution, a place, a genre, editors or a volume, is a subtitle when
 * only pages, numbers, the place and publisher or nothing come after it.
 */
function bookSubtitleEnd(s: string, end: number): number {
  let e = end;
  for (let round = 0; round < 2 && s[e] === '.' && s[e + 1] === ' '; round++) {
    const start = e + 2;
    const head = s.slice(start, start + 120);
    if (!/^\p{Lu}/u.test(head) || startsVolumeLike(head) || startsEditorLike(head) || startsDateLike(head) || GENRE.test(head) || NOT_CONTAINER_START.test(head) || placePublisherAt(head) !== null) break;
    const next = containerEnd(s, start);
    const seg = s.slice(start, next);
    const words = seg.split(' ').filter(Boolean);
    if (words.length < 2 || next - start > 150 || /\d/.test(seg) || PUBLISHER.test(seg) || INSTITUTION.test(seg)) break;
    const rest = s.slice(next).replace(/^[\s.,;:]+/, '');
    // The subtitle ends a sentence or a clause, not cut before a number ("Beiträge zum 2. Tag der …").
    if (next < s.length && !/[.,]/.test(s[next] ?? '') && !/^\s\((?:pp?\.|S\.)/.test(s.slice(next, next + 6))) break;
    const closes = rest === '' || (startsVolumeLike(rest) && !/^\d+\.(?:[\s,]|\d)/.test(rest)) || /^\(?(?:pp?\.|S\.|pages?)\s?\d/.test(rest) || placePublisherAt(rest) !== null;
    if (!closes || !(/\s\p{Ll}{3,}/u.test(` ${seg}`) || rest === '' || placePublisherAt(rest) !== null)) break;
    e = next;
  }
  return e;
}

/**
 * Reads the part of a reference after its title: "In" + editors, the container name, volume,
 * issue, pages, place and publisher, genre (thesis, report) and edition.
 */
export function parseTail(tail: string, opts: { quotedTitle?: boolean } = {}): TailFields {
  const out: TailFields = { inBook: false };
  let s = tail.replace(/^[\s,.;:]+/, '');
  // "…, 1997. Computational Optimization and Applications, to appear.": a year before the container.
  const leadYear = /^\(?\d{4}[a-z]?\)?[.,]\s(?=\p{Lu}\p{Ll})/u.exec(s);
  if (leadYear) s = s.slice(leadYear[0].length);
  const ed = editionIn(s);
  if (ed) {
    out.edition = ed;
    // An edition right after the title is not the container: "The Jacaranda atlas, 3rd edn, Wiley".
    if (s.startsWith(ed)) s = s.slice(ed.length).replace(/^[\s,.;:]+/, '');
  }
  // Translators or editors of the work itself before the publication data:
  // "Edited by Giorgio Colli. Vol. 5.", "Trans. W. D. Ross.", "ed. W. M. Green. CCSL 29".
  for (let round = 0; round < 2; round++) {
    const lead = /^(?:Edited|edited|Translated|translated|Trans\.|trans\.|Tr\.|tr\.|Ed\.|ed\.|Eds\.|eds\.|Introduction|Foreword|Preface)(?:\s(?:and|&)\s(?:translated|trans\.|ed\.|edited))?(?:\s(?:by|with))?\s/.exec(s);
    if (!lead) break;
    const people = parseNameList(s, lead[0].length, 120);
    if (!people || people.names.length === 0) break;
    if (/^(?:Ed|ed|Eds|eds|Edited|edited)/.test(lead[0]) && !out.editors) out.editors = people.names;
    s = s.slice(people.end).replace(/^[\s,.;:]+/, '');
  }
  // "Daphne Ellis (trans.), Wagner, 24": a translator or editor named before the container.
  const byRole = /^(?!In\b|in\b|IN\b)[^,()]{3,60}\s\((?:trans|tr|ed|eds|Ed|Eds|dir|dirs|coord|Hrsg|Hg)\.?\)[,.:]?\s/.exec(s);
  if (byRole) s = s.slice(byRole[0].length);
  // A date first is not a container: "…,” Jan. 23 1973, US Patent 3,712,959." / "April 5, 1969.".
  const leadDate = /^(?:[A-Za-z]{3,9}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s[A-Za-z]{3,9}\.?\s\d{4}|[A-Za-z]{3,9}\.?\s\d{4})[.,]?\s?/.exec(s);
  if (leadDate && isMonth(/[A-Za-z]{3,9}/.exec(leadDate[0])?.[0] ?? '')) s = s.slice(leadDate[0].length);

  // "(New York: Norton, 1995)": the publication data in brackets.
  const parenPub = /^\(([^()]{3,120})\)/.exec(s);
  if (parenPub && parenPub[1]) {
    const pp = placePublisherAt(parenPub[1]);
    if (pp) {
      out.place = pp.place;
      out.publisher = pp.publisher;
      readNumbers(s.slice(parenPub[0].length), out);
      return out;
    }
  }
  // "‘Title’ (27-38) in A. Cole (ed.), Book": the pages of a chapter before "in".
  const pagesFirst = /^\((\d{1,5}\s?[-–]\s?\d{1,5})\)\s(?=(?:in|In)[\s:])/.exec(s);
  if (pagesFirst && pagesFirst[1]) {
    out.page = normalisePages(pagesFirst[1]);
    s = s.slice(pagesFirst[0].length);
  }
  // "Vol. 4 of Gesammelte Dichtungen.": one volume of a multi-volume work.
  const volOf = /^Vols?\.\s(\d{1,3}|[IVXLC]{1,6})(?:\s(?:and|&|-|–)\s(?:\d{1,3}|[IVXLC]{1,6}))?\sof\s(?=\p{Lu})/u.exec(s);
  if (volOf && volOf[1]) {
    out.volume = volOf[1];
    const rest = s.slice(volOf[0].length);
    const e = containerEnd(rest, 0);
    out.container = trimPunct(rest.slice(0, e));
    out.inBook = true;
    const pp = placePublisherAt(rest.slice(e).replace(/^[\s,.;:]+/, ''));
    if (pp) {
      out.place = pp.place;
      out.publisher = pp.publisher;
    }
    return out;
  }
  // "Paper presented at the IEEE Symposium on 3D User Interfaces": the event is the container.
  // "Paper presented at the IEEE Symposium on 3D User Interfaces": the statement with the event is
  // kept whole as the container (as AnyStyle labels it); the kind of work goes to genre.
  const presented = /^(?:Paper|Poster|Poster session|Talk|Keynote|Lecture)s? (?:presented|given|read|delivered) at /i.exec(s);
  if (presented) {
    out.genre = trimPunct(presented[0].replace(/ at $/i, ''));
    out.inBook = true;
  }
  const inm = /^(?:In|in|IN|Dans|dans|Em|em|En|en)(?:\s?:\s?|\s)(?=\S)/.exec(s);
  if (inm) {
    out.inBook = true;
    s = s.slice(inm[0].length);
    // "In Keane et al. [4], pages 233-246", "In Glotfelty and Fromm, 196–203", "in Hecht and Steere (1970),
    // pp. 43–96": a short reference to an edited book cited elsewhere; no container name to read.
    const short = /^\p{Lu}\p{Ll}[\p{L}'’-]{0,30}(?:(?:\s(?:and|&)\s\p{Lu}[\p{L}'’-]{1,30}|\set\.?\sal\.?)\s?(?:\(\d{4}[a-z]?\)|\[\d{1,4}\])?|\s?(?:\(\d{4}[a-z]?\)|\[\d{1,4}\])),\s(?=(?:pp?\.|pages?)\s?\d|\d{1,5}\s?[-–]\s?\d)/u.exec(s);
    if (short) {
      readNumbers(s.slice(short[0].length), out);
      return out;
    }
    const list = parseNameList(s, 0, 200);
    const role = /\((?:Ed|Eds|ed|eds|Hrsg|Hg|Hrg|Hgg|hrsg|dir|dirs|éd|éds|coord|comp|editor|editors|Editor|Editors)\.?\)\s?[,:.]?\s?|,?\s\(?(?:editors?|[Ee]ds?\.|Hrsg\.|Hg\.)\)?\s?[,:.]?\s/.exec(s.slice(0, 250));
    const editorsAfter = role && role.index > 0 ? containerBeforeEditors(s, role.index, role.index + role[0].length) : -1;
    // Chicago: "In Myth, Rulership, Church and Charters, ed. Julia Barrow and Andrew Wareham. Aldershot".
    const edFirst = role && role.index > 0 && /^,\s?(?:eds?\.|edited by)\s/.test(role[0] + ' ') ? parseNameList(s, role.index + role[0].length, 100) : null;
    // "in Bill Puka, ed. Moral Development: …", "in Bettina Bradbury and Tamara Myers, eds., Negotiating
    // Identities …": the editors, then their role, then the book.
    const namesThenRole = role !== null && list !== null && list.role === 'editor' && list.names.length > 0 && list.form !== 'org' && list.end >= role.index && list.end <= role.index + role[0].length + 1 &&
      // "In Famulus Christi, ed. Gerald Bonner. London": a book, then its editor, then the place.
      !(edFirst !== null && edFirst.names.length > 0 && /^\s?(?:[.,;(]|$)/.test(s.slice(edFirst.end)));
    if (namesThenRole && list) {
      out.editors = list.names;
      s = s.slice(list.end).replace(/^[\s,.;:]+/, '');
    } else if (role && edFirst && edFirst.names.length > 0 && edFirst.form !== 'org') {
      out.editors = edFirst.names;
      out.container = trimPunct(s.slice(0, role.index));
      s = s.slice(edFirst.end);
    } else if (list && list.role === 'editor' && list.names.length > 0) {
      out.editors = list.names;
      s = s.slice(list.end).replace(/^[\s,.;:]+/, '');
    } else if (list && list.names.length > 0 && list.form !== 'org' && (list.names.length > 1 || list.etAl) && !role && !CONTAINER_WORDS.test(s.slice(0, list.end)) && /^\s?(?:[,\[(]|\d|$)/.test(s.slice(list.end))) {
      // "In Glotfelty and Fromm, 196–203.", "In Keane et al. [4], pages 233-246": a short reference to
      // an edited book cited elsewhere, by its editors; there is no container name to read.
      out.editors = list.names;
      readNumbers(s.slice(list.end), out);
      return out;
    } else if (role && editorsAfter > 0) {
      // "in New Trends in Macroeconomics, Diebolt, C., and Kyrtsou, C., (eds.), Springer": the book first.
      const eds = parseNameList(s, editorsAfter, 120);
      if (eds && eds.names.length > 0) out.editors = eds.names;
      out.container = trimPunct(s.slice(0, editorsAfter).replace(/\s?\([^()]*$/, ''));
      s = s.slice(role.index + role[0].length);
    } else if (role && role.index > 0 && /^\p{Lu}[\p{L}.\s,&'’-]{0,80}$/u.test(s.slice(0, role.index)) && !/\p{L}{3,}\.\s/u.test(s.slice(0, role.index))) {
      // Editors the name reader cannot split ("O. C. A. and D. Card (Ed.),"): skip to the role word.
      s = s.slice(role.index + role[0].length).replace(/^[\s,.;:]+/, '');
    } else if (list && list.names.length > 0 && s[list.end] === ',' ) {
      // "In Smith, J. and Lee, K. (Eds.)" without a role word is rare; a name list followed by a
      // comma and a capitalised title ("In J. Smith, Handbook of …") is read as editors.
      const after = s.slice(list.end + 1).trimStart();
      if (list.form !== 'org' && list.names.length >= 1 && /^\p{Lu}/u.test(after) && list.names.every((n) => 'family' in n && n.given)) {
        out.editors = list.names;
        s = after;
      }
    }
  }
  const g = GENRE.exec(s);
  if (g && !out.inBook) {
    // "Technical Report TR-93-04, Dept. of CS, Univ. of X" : genre with its number, then the institution.
    const seg = /^[^,.;(]{0,60}(?:\.\d[^,;(]{0,20})?/.exec(s)?.[0] ?? g[0];
    out.genre = trimPunct(seg);
    const rest = s.slice(seg.length).replace(/^[\s,.;:]+/, '');
    const pp = placePublisherAt(rest);
    if (pp) {
      out.place = pp.place;
      out.publisher = pp.publisher;
    } else {
      const inst = /^[^,;(]{2,100}?(?=,\s?(?:\d|[A-Z][a-z]{2,8}\.?\s\d)|\.\s|\.$|$|\s\(|;)/.exec(rest);
      if (inst && /\p{Lu}/u.test(inst[0][0] ?? '') && !startsDateLike(inst[0])) out.publisher = trimPunct(inst[0]);
    }
    readNumbers(rest, out);
    return out;
  }
  if (out.container) {
    // The container came before its editors; the rest holds pages, place and publisher.
    const pp = placePublisherAt(s.replace(/^[\s,.;:]+/, ''));
    if (pp) {
      out.place = pp.place;
      out.publisher = pp.publisher;
    } else {
      const seg = trimPunct(/^[^.;]{2,80}/.exec(s.replace(/^[\s,.;:]+/, ''))?.[0] ?? '');
      if (seg && PUBLISHER.test(seg)) out.publisher = seg;
    }
    readNumbers(s, out);
    return out;
  }
  let pp0 = out.inBook ? null : placePublisherAt(s);
  // "Electronic Networking: Research, Applications and Policy, 2(1) 52-58": a journal with a subtitle.
  if (pp0 && (/\d+\s?\(\d+\)|\bpp?\.\s?\d/.test(s.slice(pp0.end, pp0.end + 60)) && pp0.place.split(' ').length > 1)) pp0 = null;
  // "Poverty Point, Louisiana: Monumental Public Architecture, Ritual Practice, and Implications …
  // Geoarchaeology 28: 66-86": a subtitle, then a journal with volume and pages.
  if (pp0 && /^[.,]?\s(?:[^.,;]{1,60}?\s\d{1,4}\s?(?:\(\d{1,4}\))?:\s?\d|[^.;]{1,70}?,\s(?:v|vol|Vol)\.\s?\d)/.test(s.slice(pp0.end, pp0.end + 90))) pp0 = null;
  if (pp0) {
    out.place = pp0.place;
    out.publisher = pp0.publisher;
    readNumbers(s.slice(pp0.end), out);
    return out;
  }
  // "Oxford, Altamira Press, p. 263": a place, then a publisher.
  const placeThen = /^(\p{Lu}[\p{L}-]{2,20}),\s([^,.;:()]{2,60})/u.exec(s);
  if (!out.inBook && placeThen && placeThen[1] && placeThen[2] && PUBLISHER.test(placeThen[2]) && !CONTAINER_WORDS.test(placeThen[1])) {
    out.place = placeThen[1];
    out.publisher = trimPunct(placeThen[2]);
    readNumbers(s.slice(placeThen[0].length), out);
    return out;
  }
  // "(M. Cooper & W. B. Stiles, Eds.) Person-Centered & Experiential Psychotherapies, 9(1)".
  const edParen = /^\(([^()]{3,120}),?\s(?:Eds?|eds?|Hrsg|Hg)\.?\)\s?/.exec(s);
  if (edParen) s = s.slice(edParen[0].length);
  let end = startsVolumeLike(s) ? 0 : containerEnd(s, 0);
  if (out.inBook) end = bookSubtitleEnd(s, end);
  const container = trimPunct(s.slice(0, end).replace(/^(?:in|In)\s?:?\s/, ''));
  let after = s.slice(end);
  // Editors after the container: "…, edited by A. Smith and B. Lee."
  // "…, and Cybernetics: Special Issue on Scheduling, Planning, and Control, 23(6)".
  const special = /^[\s,:]*[Ss]pecial [Ii]ssue\b[^.;]{0,120}?,\s(?=\d)/.exec(after);
  if (special) after = after.slice(special[0].length);
  const edBy = /^[\s,.]*(?:edited by|Edited by|ed\. by|Ed\. by|Ed\.|ed\.|Eds\.|eds\.)\s/.exec(after);
  let rest = after;
  let edited = false;
  if (edBy) {
    const list = parseNameList(after, edBy[0].length, 200);
    if (list) {
      if (list.names.length > 0 && !out.editors) out.editors = list.names;
      edited = list.names.length > 0;
      rest = after.slice(list.end);
    }
  }
  // Place and publisher in the rest: ". London: Elsevier" / ", Springer-Verlag, Berlin".
  const segs = rest.split(/(?<=[.,)])\s/);
  let offset = 0;
  for (const seg of segs) {
    const at = rest.slice(offset);
    offset += seg.length + 1;
    if (out.publisher) break;
    const pp = placePublisherAt(at.replace(/^[\s,.;:()]+/, ''));
    if (pp) {
      out.place = pp.place;
      out.publisher = pp.publisher;
      break;
    }
    const ps = trimPunct(seg);
    if (ps && PUBLISHER.test(ps) && ps.length < 80 && !/\d{3}/.test(ps)) {
      out.publisher = ps;
      break;
    }
  }
  readNumbers(rest, out);
  if (container) {
    // A newspaper or magazine is followed by its issue date: "Boston Globe, June 7, 1998", "Wired, 7 March".
    const dm = /^[\s,.]*(?:(\d{1,2})\s([A-Za-z]{3,9})|([A-Za-z]{3,9})\.?\s(\d{1,2})(?!\d))/.exec(after);
    const dated = dm !== null && isMonth(dm[2] ?? dm[3] ?? '');
    // A journal cited without volume: "Artificial Intelligence, 1988." / "IJCV, 2002." / "…, to appear."
    const yearOnly = /^[\s,.]*(?:\(?\d{4}[a-z]?\)?|to appear|in press|forthcoming)[\s.]*$/i.test(after);
    const acronym = /^\p{Lu}{2,8}(?:\s\d{2,4})?$/u.test(container);
    // "The Atlantic. Retrieved from http://…": an online magazine or journal without volume.
    const online = /^[\s,.]*(?:Retrieved|Accessed|Available|doi\b|URL\b|\[?Online\]?|Web\.)/i.test(after) && !PUBLISHER.test(container) && !INSTITUTION.test(container);
    const numbered = Boolean(out.volume || out.issue || out.page) || dated || online || (yearOnly && (acronym || CONTAINER_WORDS.test(container)));
    const reportLike = /\b(?:Technical|Tech\.?|Research|Internal|Summary) (?:Report|Rep\.?|Memo|Note)\b|\bReport (?:No\.?|#|[A-Z]*-?\d)|\bTech\.? Rep\b/.test(container);
    const looksPublisher =
      (PUBLISHER.test(container) && !CONTAINER_WORDS.test(container)) ||
      (INSTITUTION.test(container) && !STRONG_CONTAINER.test(container) && !numbered);
    // "Prentice-Hall Series in Computational Mathematics", "Trends in Higher Education Series": a series.
    // "Memoirs of the American Folk-lore Society 28. New York: Stechert": a numbered series of books.
    const series =
      (/\b[Ss]eries\b|\bser\.\s/.test(container) && !out.inBook && !numbered) ||
      (!out.inBook && !opts.quotedTitle && Boolean(out.volume) && !out.page && !out.issue && Boolean(out.publisher) && /^[\s,.]*\d{1,4}\.\s/.test(after));
    // "ser.", "Т.": a short word is not a container.
    const tooShort = container.replace(/[^\p{L}]/gu, '').length < 2 || /^\p{Ll}{1,3}$/u.test(container) || /^(?:Available|Accessed|Retrieved|URL|http)\b/i.test(container);
    // After a title in quotation marks (an article or a chapter) a name is where it appeared,
    // unless it is a publisher or an institution cited without volume or date.
    const quotedArticle =
      opts.quotedTitle === true &&
      !out.inBook &&
      /^[\p{Lu}\d"“‘«]/u.test(container) &&
      !NOT_CONTAINER_START.test(container) &&
      !/\d\/|\/\d|\[/.test(container) &&
      (numbered || (!PUBLISHER.test(container) && !out.publisher && !/,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u.test(container))) &&
      !(INSTITUTION.test(container) && !STRONG_CONTAINER.test(container) && !numbered);
    if (reportLike) {
      if (!out.genre) out.genre = container;
    } else if (series || tooShort) {
      // A book series is not where the work was published; CSL's collection-title is not kept here.
    } else if (quotedArticle || (opts.quotedTitle === true && edited && !PUBLISHER.test(container))) {
      // "Problems of Modernity. Ed. A. Benjamin. Coventry: Warwick UP": a book with its editors.
      out.container = container;
    } else if (looksPublisher && !out.inBook) {
      if (!out.publisher) out.publisher = container;
    } else if (!out.inBook && !numbered && !CONTAINER_WORDS.test(container)) {
      // A name with neither volume nor pages nor a journal word after a title is a publisher
      // ("Morgan Kaufmann", "Crown"), a series or a note, not a journal.
      if (!out.publisher && !/\d/.test(container) && container.length < 60) out.publisher = container;
    } else {
      out.container = container;
    }
  }
  return out;
}
