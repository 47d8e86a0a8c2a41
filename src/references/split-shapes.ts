/**
 * The shapes of the lines of a reference section that the splitter reads: how an entry starts (names,
 * an organisation, dashes for a repeated author), how it ends, where its year stands.
 */

/** True when a line looks like the start of an author-year entry: a name, an organisation, or dashes. */
export function startsLikeEntry(text: string): boolean {
  if (/^(?:[-–—_]{2,}|[-–—]\s?[.,])/.test(text)) return true;
  // A bullet, a dash or an asterisk (a study of a meta-analysis) before the names: "• Devaney,
  // Johanna", "- V. GISCARD D'ESTAING", "*Johann, V.".
  const line = text.replace(/^(?:[•▪*]\s?|-\s)/u, '');
  // "Smith, J.", "Smith J", "SMITH, J.", "van der Berg, K.", "O'Brien, T.", "Smith JA,", "Ansorge WJ:", "Aharoni,A.".
  if (/^(?:(?:[a-z]{1,3}\s){0,2})\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?(?:,?\s(?:\p{Lu}\.|\p{Lu}{1,3}(?=[\s,.;]))|,\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[,\s.;:]|\s\p{Lu}{1,3}:\s)/u.test(line)) return true;
  // "Wimsatt Jr., William", "Richter (Eds.),", "Kefi (N.),", "SIERVO (M.), GREY (P.)".
  if (/^\p{Lu}[\p{L}'’-]+\s(?:(?:Jr|Sr)\.?,\s\p{Lu}|\((?:[Ee]ds?|[Hh]rsg|[Cc]omps?|Producer|Director)\.?\)|\((?:\p{Lu}\p{Ll}?\.-?){1,3}\))/u.test(line)) return true;
  // A surname in capitals and a given name, or the other way round: "DELISLE Léopold,", "Junguo ZHANG.".
  if (/^\p{Lu}{2,}[\p{Lu}'’-]*\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?,\s|^\p{Lu}\p{Ll}+\s\p{Lu}{2,}[\p{Lu}'’-]*[.,]\s/u.test(line)) return true;
  // Names and the year in brackets: "Simon Haykin (1999)", "Jin-yi Cai (1990)", "Mitchell Feigenbaum (July 1978)".
  if (/^(?:\p{Lu}[\p{L}'’.-]*\s){0,4}\p{Lu}[\p{L}'’-]+\s\((?:\p{L}+\.?\s)?(?:1[6-9]|20)\d{2}[a-z]?\)/u.test(line)) return true;
  // An initial without its period before the surname: "H Johansson, P Sjolander,", "L Douglas Kiel, Euel".
  if (/^\p{Lu}\s\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?,\s\p{Lu}/u.test(line)) return true;
  if (/^\p{Lu}[\p{L}'’-]+,\p{Lu}\./u.test(line)) return true;
  // "Hempel de Ibarra, N.", "Anon. (1950)".
  if (/^\p{Lu}[\p{L}'’-]+(?:\s(?:de|van|von|der|den|da|du|del|della|la|le|dos|das)){1,2}\s\p{Lu}[\p{L}'’-]+,\s\p{Lu}\./u.test(line)) return true;
  if (/^Anon(?:ymous)?\.?[\s,]/.test(line)) return true;

  // "Parth Natekar and Manik Sharma.", "Dan Hendrycks, Thomas G. Dietterich, and …".
  if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:\s\p{Lu}\.)?\s\p{Lu}[\p{L}'’-]+(?:,\s|\sand\s|\.\s(?:["“‘«]?\p{Lu}|(?:1[6-9]|20)\d{2}))/u.test(line)) return true;
  // Three names, then another author or the year: "Jaswinder Pal Singh, Wolf-Dietrich Weber", "Lars Ole Andersen. 1994.".
  if (/^\p{Lu}\p{Ll}+\s\p{Lu}\p{Ll}+\s\p{Lu}[\p{L}'’-]+(?:,\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}|\sand\s\p{Lu}|\.\s(?:1[6-9]|20)\d{2})/u.test(line)) return true;
  // "Giovanni Luca Ciampaglia, Prashant …", "Giovanni Da San Martino, Seunghak …": another name follows.
  if (/^\p{Lu}\p{Ll}+(?:\s(?:\p{Lu}\p{Ll}+|da|de|di|van|von|der|del|la|le|dos)){1,2}\s\p{Lu}[\p{L}'’-]+(?:,\s\p{Lu}\p{Ll}+\s\p{Lu}|\sand\s\p{Lu})/u.test(line)) return true;
  // "National Research Council. 2000." — an organisation with the year after it.
  // "Alliance for Excellent Education. (2007).", "Australia. Department of Health. (1999).".
  if (/^\p{Lu}[\p{L}\s,&'’-]{2,80}\.(?:\s\p{Lu}[\p{L},&'’-]+\s[\p{L}\s,&'’-]{2,80}\.)?\s\(?(?:1[6-9]|20)\d{2}[a-z]?\b/u.test(line)) return true;
  // An organisation, its acronym, its year: "ASTM International (ASTM). 1994.", "Ministério da Cultura (ARPAC) (1992)".
  if (/^\p{Lu}[\p{L}\s,&'’.-]{2,80}\s\(\p{Lu}{2,}\)[.,]?\s\(?(?:1[6-9]|20)\d{2}[a-z]?\b/u.test(line)) return true;
  // "J. Smith", "A.B. Jones", "J.-P. JAY-GERIN", "I. R. C. BICK", "J. H. M. J. Daily", "J. J Koenderink", "R. von Hanxleden".
  if (/^\p{Lu}\.(?:-\p{Lu}\.)?\s?(?:\p{Lu}\.\s?){0,3}(?:\p{Lu}\s)?(?:(?:de|van|von|der|den|da|di|du|le|la)\s){0,2}\p{Lu}[\p{L}'’-]+/u.test(line)) return true;
  // "FOU-TIAN et DOU-BIAN.".
  if (/^\p{Lu}{2,}[\p{Lu}'’-]*\s(?:et|and|&)\s\p{Lu}{2,}[\p{Lu}'’-]*[.,]/u.test(line)) return true;
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
export function strongEntryStart(s: string): boolean {
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
export function endsLikeEntry(line: string): boolean {
  const t = line.trimEnd();
  if (/[-‐‑]$/.test(t) && !/\d-$/.test(t)) return false;
  if (/(?:,|&|\band|\bund|\bet|:|;)$/.test(t)) return false;
  // An abbreviation that a name or a number follows: "in Honour of Dr." + "Jay L. Lush", "et al.".
  // "… Trans." + "Christine Richardson.": the translator, director or performer follows.
  if (/\b(?:Dr|Mr|Mrs|Ms|Prof|St|vs|cf|al|eds?|Eds?|vol|Vol|no|No|chap|Hrsg|Trans|trans|Transl|transl|Dir|Perf)\.$/.test(t)) return false;
  // The end of a URL broken over lines: "30/contribution/177/material/paper/0.pdf".
  if (/^[^\s/]*\/\S*$/.test(t) && !/,$/.test(t)) return true;
  if (/\b(?:CrossRef|Medline|PubMed|Scholar|Full Text|Web of Science|CAS|ISI)$/.test(t)) return true;
  return /[.)\]\d"”’》]$|\bdoi:\S+$|https?:\/\/\S+$|\p{Script=Han}$/u.test(t);
}

/** Plausible year in a text (author-year entries show theirs early), or what stands for one ("in press", "to appear"). */
export function hasYear(s: string): boolean {
  return /(?:^|[^\d])(?:1[6-9]|20)\d{2}[a-z]?(?!\d)|\b(?:n\.\s?d\.|in press|forthcoming|under review|submitted|to appear)/i.test(s);
}

/** Words closed by a period inside a list of names that do not end a sentence. */
const NAME_ABBREVIATION = /^(?:al|Jr|Sr|eds?|Eds?|Hrsg|Inc|Ltd|Co|Corp|St|Dr|Dept|Univ|Assoc|Natl|Nat|Govt|Gov|Inst|Intl|Soc|Acad|Comm|Min|Bros)$/;

/**
 * Where the year of an author-year entry stands after its names: 'dot' ("Smith, J. A. 2015.",
 * "Mark Johnson. 1998."), 'comma' ("Bertin E., Arnouts S., 1996,"), 'paren' ("Smith, J. (2010)",
 * "R Core Team (2013)"); 'number' when a volume or pages come first (a journal: "Biochem J 67:333-340.
 * … (2015)"); 'other' when a sentence end after a full word does (a title, "New Orleans, LA. Stephan
 * Vogel. 2003."); 'none' without a year in the first 300 characters. "n.d.", "in press" and
 * "forthcoming" stand for the year.
 */
export function yearSlot(text: string): 'dot' | 'comma' | 'paren' | 'colon' | 'space' | 'number' | 'other' | 'none' {
  const s = text.slice(0, 300).replace(/^(?:[-–—_]{2,}|[-–—]\s?(?=[.,]))/, '');
  const m = /(?:^|[^\d\p{L}])(?:(?:1[6-9]|20)\d{2}[a-z]?(?!\d)|n\.\s?d\.|in press|forthcoming|undated)/iu.exec(s);
  if (!m) return 'none';
  const at = m.index + (/^[^\d\p{L}]/u.test(m[0]) ? 1 : 0);
  const prefix = s.slice(0, at);
  // A volume, pages or a date before the year ("Biochem J 67:333-340", "PLOS ONE 8:e66212"); not "DSM-5".
  if (/\d{2,}|\d\s?[:(,]/.test(prefix)) return 'number';
  const sep = /[\s(,.:;]*$/.exec(prefix)?.[0] ?? '';
  const core = prefix.slice(0, prefix.length - sep.length);
  for (const e of core.matchAll(/(\p{L}{2,})\.\s/gu)) if (!NAME_ABBREVIATION.test(e[1]!)) return 'other';
  // The mark right before the year: "Chabrier G., 2003" is 'comma', "Smith, J. A. 2015" 'dot'.
  const mark = sep.replace(/\s+/g, '').slice(-1);
  if (mark === '(') return 'paren';
  if (mark === '.') return 'dot';
  if (mark === ',') return 'comma';
  if (mark === ':') return 'colon';
  return mark === '' ? 'space' : 'other';
}

/** The ways of writing the year right after the names (see yearSlot). */
export const NAME_YEAR: ReadonlySet<string> = new Set(['dot', 'comma', 'paren', 'colon', 'space']);

/** The commonest way of placing the year right after the names among `slots`, and how often (ties: first in alphabetical order). */
export function commonestSlot(slots: readonly string[]): { slot: string | null; count: number } {
  const counts = new Map<string, number>();
  for (const s of slots) if (NAME_YEAR.has(s)) counts.set(s, (counts.get(s) ?? 0) + 1);
  let slot: string | null = null;
  let count = 0;
  for (const [s, k] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (k > count) {
      slot = s;
      count = k;
    }
  }
  return { slot, count };
}

/** Lower-case words after which a sentence runs on to the next line: "… Conference on" + "Supercomputing, …". */
const RUNS_ON = /(?:^|\s)(?:of|on|in|for|to|at|by|with|from|the|a|an|and|or|de|des|du|la|le|les|et|der|die|das|den|und|für|zur|von|dei|della|di|del)$/;

/**
 * True when a line starts with a place and a two-letter state before its publisher: "San Jose, CA. AAAI
 * Press.", "Atlantic Highlands, NJ: Humanities Press" (not "Orlando, Florida:": names are written so too).
 */
export function placeStart(s: string): boolean {
  return /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s\p{Lu}{2}[.:](?:\s|$)/u.test(s);
}

/** True when a line stops on a lower-case function word ("… University of"): the sentence runs on. */
export function runsOn(line: string): boolean {
  return RUNS_ON.test(line.trimEnd());
}

/**
 * True when text starts with a list of names that only names can start: "Langer N., 1997",
 * "Arnold Anteraper S, Guell X,", "De Tommaso, M.,", "J. Smith, R. Jones", "Marinov, Amnon et al.",
 * "Peter F. Brown, Vincent J. Della Pietra", "Dan Klein and Chris Manning." — not "Clarendon Press,
 * 1903", "J. Climate, 13," nor "PLOS ONE 8:e66212". `kinds` limits the names that count: 'initials'
 * (with initials: "Smith, J.", "J. Smith, R. Jones"), 'inverted' (also "Marinov, Amnon et al."), 'all'
 * (also given names first: "Dan Klein and Chris Manning.").
 */
export function startsWithNames(s: string, kinds: 'initials' | 'inverted' | 'all' = 'all'): boolean {
  if (journalVolume(s)) return false;
  // "Smith, J.", "SMITH J.", "Arnold Anteraper S,", "van Kan PL,", "Smith JA:", "Smith JA (2001)".
  if (
    /^(?:[a-z]{1,3}\s){0,2}\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?,?\s\p{Lu}\./u.test(s) ||
    /^(?:[a-z]{1,3}\s){0,2}\p{Lu}\p{Ll}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]+)?,?\s\p{Lu}{1,3}(?:[,:;.]|\s\(|\s(?:1[6-9]|20)\d{2})/u.test(s)
  ) {
    return true;
  }
  // "J. Smith, R. Jones", "J.-P. Jay and", "A. B. Jones et al.".
  if (/^\p{Lu}\.(?:\s?-?\p{Lu}\.){0,3}\s(?:(?:de|van|von|der|den|da|di|du|le|la)\s){0,2}\p{Lu}[\p{L}'’-]+(?:,\s(?:\p{Lu}|and\s|&)|\sand\s|\s&\s|\set\sal)/u.test(s)) return true;
  if (kinds === 'initials') return false;
  // "Marinov, Amnon et al.", "Flajolet, Philippe; Sedgewick", "Narboux, Jean-Philippe,", "Stortz, Martha
  // Ellen, ‘Beyond", "Ortmann, Anthony L. and Tristram", "Wood, Geoffrey E. "Ruth."".
  if (
    /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+|\s\p{Lu}\.)?(?:\set\sal\.|[;:]\s|,\s(?:\p{Lu}|and\s|&|["“‘«])|\sand\s\p{Lu}|\.?\s["“‘«])/u.test(s)
  ) {
    return true;
  }
  if (kinds === 'inverted') return false;
  // Full names followed by another name: "Peter F. Brown, Vincent", "Dan Klein and Chris", "Lars Ole Andersen. 1994.".
  return /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?(?:\s\p{Lu}\.|\s\p{Lu}\p{Ll}+)?\s\p{Lu}[\p{L}'’-]+(?:,\s(?:and\s)?\p{Lu}\p{Ll}+(?:\s\p{Lu}\.)?\s\p{Lu}|\sand\s\p{Lu}|\.\s(?:1[6-9]|20)\d{2})/u.test(s);
}

/** True when text starts with three names or more, each of words and closed by a comma: "Jan Hajič, Jarmila Panevová, Eva …". */
export function startsWithNameList(s: string): boolean {
  return /^(?:(?:\p{Lu}[\p{L}'’´.-]*\s){1,3}\p{Lu}[\p{L}'’´-]*,\s){2}\p{Lu}/u.test(s);
}

/** True when text starts with a journal and its volume: "Machine Learning, 5, 239-266.", "Brain Res Bull 30:1-6", "J. Appl. Physiol.". */
export function journalVolume(s: string): boolean {
  // "Machine Learning, Vol. 19, No. 1", "J. Appl. Physiol.".
  if (/^\p{Lu}[\p{L}\s&'’-]{1,60},\s(?:Vol|vol|v)\.\s?\d|^\p{Lu}\.\s\p{Lu}\p{Ll}+\.\s\p{Lu}\p{Ll}*\.(?:\s|$)/u.test(s)) return true;
  // Names with initials first: "T. KAMETANI et K. OGASAWARA. Chem. Pharm. Bull. 16", "Hill LB. A Quarter …".
  if (/^\p{Lu}\.|^\p{Lu}[\p{L}'’-]+,?\s\p{Lu}{1,3}[.,]|^\p{Lu}{2,}[\p{Lu}'’-]*\s(?:et|and|&)\s\p{Lu}{2,}/u.test(s)) return false;
  return /^\p{Lu}[\p{L}\s&'’.-]{1,60}?,?\s(?!(?:1[6-9]|20)\d{2}\b)\d{1,4}(?:\s?\([\d–-]{1,9}\))?(?:[,:.]\s?\d|[,.]?$|\.\s)/u.test(s);
}
