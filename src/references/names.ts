import type { CslName } from './csl.js';
import { isLower, isUpper } from './script.js';
import { tokenize, type Token } from './tokens.js';

/**
 * How the first name of a list is written:
 * cjk 张三; org an organisation; inverted "Smith, J." / "Smith, John"; vancouver "Smith JA" /
 * "SMITH J A"; direct "J. Smith" / "John Smith".
 */
export type NameForm = 'cjk' | 'org' | 'inverted' | 'vancouver' | 'direct';

/** A list of names read from the start of a reference (or of an editor statement). */
export interface NameList {
  names: CslName[];
  /** Offset just after the last character that belongs to the list (names, et al., role). */
  end: number;
  etAl: boolean;
  role: 'author' | 'editor';
  form: NameForm;
  /** True when the list ends with a period that also closes the last initial or abbreviation. */
  endsWithDot: boolean;
}

const PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von',
  'ten', 'ter', 'vom', 'zu', 'zur', 'bin', 'ibn', 'al', 'el', 'des', 'dei', 'degli', 'y', 'vander', 'mac',
]);
const SUFFIXES = new Set(['Jr', 'Sr', 'Jnr', 'Snr', 'II', 'III', 'IV', 'JR', 'SR']);
const AND_WORDS = new Set(['and', 'und', 'y', 'et', 'e', 'och', 'AND', 'And']);
/** Words that start titles or notes, never a person's name. */
const NOT_NAMES = new Set([
  'The', 'A', 'An', 'In', 'On', 'Of', 'For', 'From', 'To', 'With', 'How', 'What', 'Why', 'When', 'Where',
  'Who', 'Is', 'Are', 'Do', 'Does', 'Can', 'Toward', 'Towards', 'Introduction', 'Report', 'Proceedings',
  'Journal', 'Vol', 'Volume', 'Retrieved', 'Available', 'Accessed', 'University', 'Edited',
  'Ed', 'Eds', 'Editor', 'Editors', 'Chapter', 'Part', 'Section', 'Review', 'Handbook', 'Proc', 'Anon',
  'Anonymous', 'Unknown', 'This', 'That', 'These', 'Some', 'New', 'Using', 'Beyond', 'Against', 'About',
  'Between', 'Under', 'Over', 'Into', 'Notes', 'Note', 'Letter', 'Letters', 'Technical', 'Annual', 'International',
  'National', 'Federal', 'State', 'Digital', 'Available', 'See', 'Cf', 'Ibid', 'Id', 'Op', 'Et', 'No', 'Nos',
  'Pp', 'Pages', 'Not', 'Our', 'My', 'Your', 'All', 'Any', 'Each', 'Every', 'Study', 'Studies',
  'Dir', 'Directed', 'Translated', 'Trans', 'Perf', 'Supplement', 'Abstract', 'Special', 'Issue', 'Thesis',
  'Dissertation', 'Patent', 'Working', 'Paper', 'Manuscript', 'Personal', 'Unpublished', 'Online',
]);
/** Words that mark a name as an organisation. */
const ORG_WORDS = new Set([
  'association', 'associations', 'organization', 'organisation', 'organizations', 'ministry', 'department',
  'dept', 'council', 'office', 'bureau', 'institute', 'institution', 'institutions', 'committee', 'commission',
  'forum', 'agency', 'bank', 'foundation', 'government', 'group', 'society', 'center', 'centre', 'university',
  'board', 'service', 'services', 'administration', 'authority', 'nations', 'union', 'federation', 'corporation',
  'company', 'inc', 'ltd', 'library', 'libraries', 'laboratory', 'laboratories', 'consortium',
  'network', 'secretariat', 'parliament', 'congress', 'senate', 'court', 'assembly', 'programme', 'coalition', 'project',
  'alliance', 'trust', 'fund', 'school', 'college', 'academy', 'statistics', 'census', 'agency', 'chamber',
  'republic', 'kingdom', 'cabinet', 'unesco', 'oecd', 'unicef', 'collaboration', 'consortium', 'investigators',
  'corps', 'directorate', 'inspectorate', 'observatory', 'institut', 'ministerium', 'ministère', 'ministerio',
]);
const ORG_CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'für', 'und', 'der', 'et', 'y', 'del', 'to', 'at']);
const ROLE_WORDS = new Set([
  'ed', 'eds', 'Ed', 'Eds', 'editor', 'editors', 'Editor', 'Editors', 'Hrsg', 'Hg', 'Hrg', 'hrsg', 'hg', 'dir',
  'dirs', 'éd', 'éds', 'coord', 'comp', 'comps', 'ED', 'EDS', 'coords', 'orgs', 'org', 'a cura di',
]);
/** Roles of people named in film, sound and other works: read and skipped, the names stay authors. */
const OTHER_ROLES = new Set([
  'Producer', 'Producers', 'Director', 'Directors', 'director', 'producer', 'Writer', 'Host', 'Narrator',
  'Composer', 'Compiler', 'compiler', 'compilador', 'Photographer', 'Illustrator', 'Performer', 'Artist',
  'Interviewer', 'Interviewee', 'trans', 'Trans', 'translator', 'Translator', 'Presenter', 'Speaker',
]);
const ANONYMOUS = new Set(['Anon', 'Anonymous', 'ANONYMOUS', 'Anonym', 'Anónimo', 'Anonyme']);

/** The tokens of a reference and helpers to read names from them. */
class NameReader {
  constructor(
    readonly s: string,
    readonly t: Token[],
  ) {}

  tok(i: number): Token | undefined {
    return this.t[i];
  }

  isP(i: number, ch: string): boolean {
    const k = this.t[i];
    return k !== undefined && k.kind === 'p' && k.text === ch;
  }

  /** The period directly attached to token i (no space between). */
  dotAfter(i: number): boolean {
    const k = this.t[i + 1];
    return k !== undefined && k.kind === 'p' && k.text === '.' && !k.space;
  }

  /** An initial with its period: "J.", "D.I.", "W.-P.", "Ch.". Returns the tokens it spans, or 0. */
  initialWithDot(i: number): number {
    const k = this.t[i];
    if (!k || k.kind !== 'w') return 0;
    if (!/^\p{Lu}\p{Ll}?(?:[.\-‐]{1,2}\p{Lu}\p{Ll}?){0,3}$/u.test(k.text) && !/^(?:Ch|Th|Ph|Sh|Kh|Zh|Wm|Chr|Gy|Sz|Jos|Geo|Chas|Thos|Jas|Jno|Ma)$/.test(k.text)) return 0;
    if (this.dotAfter(i)) return 2;
    // "D.I" already holds its dots even when the last one is missing.
    return k.text.includes('.') ? 1 : 0;
  }

  /** Initials written without periods: "J", "JA", "JJC" (Vancouver and GB/T 7714 styles). */
  bareInitials(i: number, endDot = false): boolean {
    const k = this.t[i];
    if (!k || k.kind !== 'w' || !/^\p{Lu}{1,3}(?:-\p{Lu}{1,2})?$/u.test(k.text)) return false;
    // "Lamb SE. Title": the period after the last initials ends the list.
    return !this.dotAfter(i) || (endDot && k.text.length >= 2);
  }

  isParticle(i: number): boolean {
    const k = this.t[i];
    return k !== undefined && k.kind === 'w' && PARTICLES.has(k.text.toLowerCase()) && !this.dotAfter(i);
  }

  /** A capitalised word that can be part of a name: "Smith", "O'Brien", "SMITH", "Pérez-Higueras". */
  isNameWord(i: number): boolean {
    const k = this.t[i];
    if (!k || k.kind !== 'w') return false;
    const w = k.text;
    if (!isUpper(w[0])) return false;
    if (w.length < 2) return false;
    if (w.includes('.')) return false;
    if (/\d/.test(w)) return false;
    return true;
  }

  isSuffix(i: number): boolean {
    const k = this.t[i];
    return k !== undefined && k.kind === 'w' && SUFFIXES.has(k.text);
  }

  isAndWord(i: number): boolean {
    const k = this.t[i];
    if (!k || k.kind !== 'w') return false;
    // Czech, Slovak and Catalan lists: "… WOOLF a Lyn MARCH", "… Puig i Ferran".
    if (k.text === 'a' || k.text === 'i') {
      const n = this.t[i + 1];
      return n !== undefined && n.kind === 'w' && isUpper(n.text[0]) && n.text.length > 1 && this.t[i - 1]?.kind === 'w';
    }
    if (!AND_WORDS.has(k.text)) return false;
    // "et al" is not a separator.
    if (k.text === 'et') {
      const n = this.t[i + 1];
      if (n && n.kind === 'w' && /^al/.test(n.text)) return false;
    }
    return true;
  }

  /** "et al.", "et. al.", "and others", "u. a.", "等", "etc." at i: returns the index after it, or -1. */
  etAlAt(i: number): number {
    const k = this.t[i];
    if (!k) return -1;
    if (k.kind === 'c' && (k.text === '等' || k.text === '等人')) return i + 1;
    if (k.kind !== 'w') return -1;
    let j = -1;
    if (k.text === 'et' || k.text === 'Et') {
      let n = i + 1;
      if (this.isP(n, '.')) n++;
      const a = this.t[n];
      if (a && a.kind === 'w' && (a.text === 'al' || a.text === 'alii' || a.text === 'alia')) j = n + 1;
    } else if (k.text === 'etal' || k.text === 'etc') {
      j = i + 1;
    } else if ((k.text === 'and' || k.text === '&') && this.t[i + 1]?.text === 'others') {
      j = i + 2;
    } else if (k.text === 'u' && this.isP(i + 1, '.') && this.t[i + 2]?.text === 'a') {
      j = i + 3;
    } else if (k.text === 'u.a') {
      j = i + 1;
    } else if (k.text === 'a' && this.t[i + 1]?.text === 'kol') {
      j = i + 2;
    }
    if (j < 0) return -1;
    if (this.isP(j, '.')) j++;
    return j;
  }

  /** A separator between two names at i: returns the index after it and whether it holds "and". */
  separatorAt(i: number): { next: number; isAnd: boolean; strong: boolean } | null {
    let j = i;
    let sawPunct = false;
    // A semicolon never stands inside a name or a title's first words: names after it are safe.
    const strong = this.isP(j, ';') || this.isP(j, '、');
    if (this.isP(j, ',') || this.isP(j, ';') || this.isP(j, '、') || this.isP(j, '/')) {
      j++;
      sawPunct = true;
    }
    if (this.isP(j, '&') || this.isAndWord(j)) return { next: j + 1, isAnd: true, strong };
    return sawPunct ? { next: j, isAnd: false, strong } : null;
  }

  /** True when the token at i may follow a complete name: punctuation, a number, a connector, or nothing. */
  canFollowName(i: number): boolean {
    const k = this.t[i];
    if (!k) return true;
    if (k.kind === 'p' || k.kind === 'n' || k.kind === 'c') return true;
    if (this.isAndWord(i) || this.etAlAt(i) >= 0) return true;
    return false;
  }

  slice(a: number, bInclusive: number): string {
    const ta = this.t[a];
    const tb = this.t[bInclusive];
    if (!ta || !tb) return '';
    return this.s.slice(ta.start, tb.end);
  }

  /** Optional suffix after a name: " Jr.", ", Jr", ", III". Returns [suffix text, next index]. */
  suffixAt(i: number): [string, number] {
    let j = i;
    if (this.isP(j, ',') && this.isSuffix(j + 1)) j++;
    if (!this.isSuffix(j)) return ['', i];
    const text = this.t[j]?.text ?? '';
    j++;
    if (this.dotAfter(j - 1)) j++;
    return [text, j];
  }

  /** Family name words from i (particles allowed before the last word). Returns [first, last] or null. */
  familyAt(i: number, maxWords: number): { first: number; last: number; words: number } | null {
    let j = i;
    let last = -1;
    let words = 0;
    while (j < this.t.length && j - i < maxWords + 3) {
      if (this.isParticle(j) && this.t[j + 1]?.kind === 'w') {
        j++;
        continue;
      }
      if (this.isNameWord(j) && !this.dotAfter(j)) {
        last = j;
        words++;
        j++;
        if (words >= maxWords) break;
        continue;
      }
      // "Gasteiger – Klicpera": a spaced dash inside a family name.
      break;
    }
    if (last < 0) return null;
    return { first: i, last, words };
  }

  /** A name built from a family-name span and a given-name span. */
  person(famFirst: number, famLast: number, given: string, suffix: string): CslName {
    let a = famFirst;
    const particles: string[] = [];
    while (a < famLast && this.isParticle(a) && isLower(this.t[a]?.text[0])) {
      particles.push(this.t[a]?.text ?? '');
      a++;
    }
    const name: { family: string; given?: string; 'non-dropping-particle'?: string; suffix?: string } = {
      family: this.slice(a, famLast),
    };
    if (given) name.given = given;
    if (particles.length > 0) name['non-dropping-particle'] = particles.join(' ');
    if (suffix) name.suffix = suffix;
    return name;
  }

  /** "Smith, J. A." / "Smith, John A." / "van der Merwe, K." */
  inverted(i: number): { name: CslName; next: number; full: boolean } | null {
    const fam = this.familyAt(i, 3);
    if (!fam) return null;
    const first = this.t[i];
    if (first && NOT_NAMES.has(first.text)) return null;
    let j = fam.last + 1;
    // "Wimsatt Jr., William Kurtz", "Stewart III, Charles".
    let famSuffix = '';
    if (this.isSuffix(j)) {
      famSuffix = this.t[j]?.text ?? '';
      j++;
      if (this.dotAfter(j - 1)) j++;
    }
    if (!this.isP(j, ',')) return null;
    j++;
    const gStart = j;
    let initials = 0;
    let words = 0;
    for (;;) {
      const w = this.initialWithDot(j);
      if (w > 0) {
        initials++;
        j += w;
        continue;
      }
      if (this.bareInitials(j) && this.canFollowInitial(j + 1)) {
        initials++;
        j++;
        continue;
      }
      // Full given names come before initials ("Paul A", "Nicholson B."), never after an initial with
      // its period: in "Smith, J. Voice annotation" the period ends the name.
      // A middle name after initials only before "and": "Mason, R. Hal and John C. McKelvey".
      if (this.isNameWord(j) && words === 0 && initials > 0 && this.isAndWord(j + 1) && !NOT_NAMES.has(this.t[j]?.text ?? '')) {
        words++;
        j++;
        continue;
      }
      if (this.isNameWord(j) && words < 2 && initials === 0 && !NOT_NAMES.has(this.t[j]?.text ?? '')) {
        const nx = this.t[j + 1];
        // A given name is followed by punctuation, an initial, a connector or another given name.
        if (!nx || nx.kind === 'p' || this.isAndWord(j + 1) || this.initialWithDot(j + 1) > 0 || this.bareInitials(j + 1) || this.isNameWord(j + 1) || this.etAlAt(j + 1) >= 0 || nx.kind === 'n') {
          words++;
          j++;
          continue;
        }
      }
      // "Andrade, Mário de.", "Santos Otero, A. de.": a particle after the given name.
      if (words + initials > 0 && PARTICLES.has(this.t[j]?.text.toLowerCase() ?? '') && isLower(this.t[j]?.text[0]) && this.t[j + 1]?.kind === 'p') {
        j++;
        continue;
      }
      break;
    }
    if (j === gStart) return null;
    // "Kearse LA, Jr.": a suffix after Vancouver initials is not a given name.
    if (this.isSuffix(gStart) && fam.words > 1 && /^\p{Lu}{1,3}$/u.test(this.t[fam.last]?.text ?? '')) return null;
    if (words > 0 && fam.words > 1) return null;
    // "Ling Tony Chen, R. Drach": a long family name with initials must be followed by a separator.
    if (fam.words > 1 && !this.canFollowName(j)) return null;
    // A full given name must be followed by something that can end a name.
    if (!this.canFollowName(j) && !(this.t[j - 1]?.text === '.')) return null;
    const given = this.slice(gStart, j - 1);
    const [suffix, next] = this.suffixAt(j);
    return { name: this.person(fam.first, fam.last, given, suffix || famSuffix), next, full: words > 0 };
  }

  canFollowInitial(i: number): boolean {
    const k = this.t[i];
    if (!k) return true;
    if (k.kind === 'p' || k.kind === 'n') return true;
    return this.isAndWord(i) || this.etAlAt(i) >= 0 || this.bareInitials(i) || this.initialWithDot(i) > 0 || this.isSuffix(i);
  }

  /** "Smith JA", "SMITH J A", "Heidegger M.", "de la Macorra JC", "PEEBLES P Z, Jr". */
  vancouver(i: number): { name: CslName; next: number } | null {
    return this.vancouverWith(i, 2) ?? this.vancouverWith(i, 1);
  }

  private vancouverWith(i: number, maxWords: number): { name: CslName; next: number } | null {
    const fam = this.familyAt(i, maxWords);
    if (!fam) return null;
    const first = this.t[i];
    if (first && NOT_NAMES.has(first.text)) return null;
    let j = fam.last + 1;
    const gStart = j;
    let n = 0;
    for (;;) {
      const w = this.initialWithDot(j);
      if (w > 0) {
        j += w;
        n++;
        continue;
      }
      if (this.bareInitials(j) && this.canFollowInitial(j + 1)) {
        j++;
        n++;
        continue;
      }
      if (this.bareInitials(j, true) && n === 0) {
        j++;
        n++;
        break;
      }
      break;
    }
    if (n === 0 || n > 4) return null;
    if (!this.canFollowName(j) && this.t[j - 1]?.text !== '.') return null;
    let given = this.slice(gStart, j - 1);
    // "Smith J, Lee K. Title": the period closes the list, not the initial.
    if (/^\p{Lu}{1,3}\.$/u.test(given) && this.t[j]?.kind === 'w' && this.etAlAt(j) < 0 && !this.isAndWord(j)) {
      given = given.slice(0, -1);
      j--;
    }
    const [suffix, next] = this.suffixAt(j);
    return { name: this.person(fam.first, fam.last, given, suffix), next };
  }

  /** "J. A. Smith", "John A. Smith", "W.-P. de Roever", "Minh N Do". `hasInitials`: the given names are initials only. */
  direct(i: number, bareFirst = false): { name: CslName; next: number; hasInitials: boolean; anyInitial: boolean } | null {
    const first = this.t[i];
    if (!first || first.kind !== 'w') return null;
    if (NOT_NAMES.has(first.text) && this.initialWithDot(i) === 0 && !(bareFirst && first.text.length === 1)) return null;
    // A bare capital letter first ("A Civil Action") is an article, not an initial, unless the
    // list has already begun ("…, K White, …").
    const bareStart = this.bareInitials(i) && first.text.length === 1;
    const items: { idx: number; kind: 'I' | 'W' | 'p' | 'b' }[] = [];
    let j = i;
    while (j < this.t.length && items.length < 7) {
      // "Ai Li.", "Jianxin Wu.": after a given name, a two-letter word with its period is the family
      // name closing the list, not an initial.
      const two = this.t[j]?.text ?? '';
      if (this.isSuffix(j) && items.length >= 2) break;
      if (items.some((x) => x.kind === 'W') && /^\p{Lu}\p{Ll}$/u.test(two) && !/^(?:Ch|Th|Ph|Sh|Kh|Zh|Wm|Gy|Sz)$/.test(two) && this.dotAfter(j)) {
        items.push({ idx: j, kind: 'W' });
        j++;
        break;
      }
      const w = this.initialWithDot(j);
      if (w > 0) {
        items.push({ idx: j, kind: 'I' });
        j += w;
        continue;
      }
      if (this.isParticle(j) && this.t[j + 1]?.kind === 'w' && !(items.length === 0 && isUpper(this.t[j]?.text[0]))) {
        items.push({ idx: j, kind: 'p' });
        j++;
        continue;
      }
      if (this.isNameWord(j) && !this.dotAfter(j)) {
        const k = this.t[j];
        items.push({ idx: j, kind: k && /^\p{Lu}$/u.test(k.text) ? 'b' : 'W' });
        j++;
        continue;
      }
      if (this.bareInitials(j) && (this.t[j]?.text.length ?? 0) === 1) {
        items.push({ idx: j, kind: 'b' });
        j++;
        continue;
      }
      if (this.isSuffix(j) && items.length >= 2) break;
      // The family name may close the reference's author list with its period: "R. Fletcher."
      if (this.isNameWord(j) && this.dotAfter(j)) {
        items.push({ idx: j, kind: 'W' });
        j++;
        break;
      }
      break;
    }
    const lastItem = items[items.length - 1];
    if (!lastItem || lastItem.kind !== 'W' || items.length < 2) return null;
    // "L Douglas Kiel, …" starts with a bare initial; "A Civil Action." does not start a name.
    if (bareStart && !bareFirst && !(this.isP(j, ',') || this.isAndWord(j))) return null;
    let famFirst = lastItem.idx;
    let g = items.length - 1;
    while (g > 0 && items[g - 1]?.kind === 'p') {
      g--;
      famFirst = items[g]?.idx ?? famFirst;
    }
    if (g === 0) return null;
    const givenItems = items.slice(0, g);
    if (givenItems.filter((x) => x.kind === 'W').length > 3) return null;
    if (givenItems.some((x) => x.kind === 'p')) return null;
    const [suffix, next] = this.suffixAt(j);
    if (!this.canFollowName(next)) {
      // "Minh N Do" is fine; "God the Worker" is not a name.
      return null;
    }
    // "J. Opt. Soc. Am.": abbreviations of a journal, not a name.
    if (this.isP(j, '.') && /^\p{Lu}\p{L}{0,5}$/u.test(this.t[j + 1]?.text ?? '') && this.dotAfter(j + 1) && (this.t[lastItem.idx]?.text.length ?? 0) <= 5) return null;
    const lastGiven = givenItems[givenItems.length - 1];
    if (!lastGiven) return null;
    const lastGivenEnd = lastGiven.kind === 'I' && this.dotAfter(lastGiven.idx) ? lastGiven.idx + 1 : lastGiven.idx;
    const given = this.slice(givenItems[0]?.idx ?? i, lastGivenEnd);
    const hasInitials = givenItems.every((x) => x.kind === 'I' || x.kind === 'b');
    const anyInitial = givenItems.some((x) => x.kind === 'I' || x.kind === 'b');
    // Capitalised particles ("Van Reenen") stay in the family name; lower-case ones become particles.
    return { name: this.person(famFirst, lastItem.idx, given, suffix), next, hasInitials, anyInitial };
  }

  /** An organisation: capitalised words with an organisation keyword ("World Health Organization"). */
  org(i: number): { name: CslName; next: number } | null {
    let j = i;
    let hasKey = false;
    let lastWord = -1;
    let words = 0;
    while (j < this.t.length && words < 16) {
      const k = this.t[j];
      if (!k) break;
      if (k.kind === 'w' && (isUpper(k.text[0]) || ORG_CONNECTORS.has(k.text)) && !/\d/.test(k.text)) {
        if (ORG_WORDS.has(k.text.toLowerCase().replace(/\.$/, ''))) hasKey = true;
        if (isUpper(k.text[0])) lastWord = j;
        words++;
        j++;
        // Abbreviations inside the name: "U.S. Department", "Dept. of".
        if (this.dotAfter(j - 1) && (k.text.includes('.') || k.text === 'Dept' || k.text === 'St') && this.isNameWord(j + 1)) j++;
        continue;
      }
      if (k.kind === 'p' && k.text === '&' && this.isNameWord(j + 1)) {
        j++;
        continue;
      }
      if (k.kind === 'p' && k.text === '-' && this.isNameWord(j + 1)) {
        j++;
        continue;
      }
      break;
    }
    if (!hasKey || lastWord < 0 || words < 2) return null;
    let next = lastWord + 1;
    // ", Inc." / ", Ltd."
    if (this.isP(next, ',') && /^(?:Inc|Ltd|LLC|Co|Corp|GmbH|AG|SA|plc)$/.test(this.t[next + 1]?.text ?? '')) {
      next += 2;
      lastWord = next - 1;
      if (this.dotAfter(lastWord)) next++;
    }
    return { name: { literal: this.slice(i, lastWord) }, next };
  }

  /** An acronym standing alone as author: "UNESCO,", "OECD (2019)". */
  acronym(i: number): { name: CslName; next: number } | null {
    const k = this.t[i];
    if (!k || k.kind !== 'w' || !/^\p{Lu}[\p{Lu}&]{1,11}$/u.test(k.text)) return null;
    const n = this.t[i + 1];
    if (n && n.kind === 'w') return null;
    return { name: { literal: k.text }, next: i + 1 };
  }

  /** A name written in CJK characters, kept whole: 张三, 北京市教育委员会. */
  cjk(i: number): { name: CslName | null; next: number } | null {
    const k = this.t[i];
    if (!k || k.kind !== 'c') return null;
    let text = k.text;
    let next = i + 1;
    // 昂温 G: a transliterated name with Latin initials.
    while (this.bareInitials(next) && this.t[next]?.space) next++;
    if (next > i + 1) text = this.slice(i, next - 1);
    if (text === '佚名' || text === '无名氏') return { name: null, next };
    if (text.length > 40) return null;
    return { name: { literal: text }, next };
  }
}

/** Reads the person or organisation at token i, given the form of the list so far. */
function readName(
  r: NameReader,
  i: number,
  form: NameForm | null,
  afterAnd: boolean,
  firstHasInitials: boolean,
  firstFull = false,
): { name: CslName | null; next: number; form: NameForm; hasInitials: boolean; full: boolean } | null {
  const k = r.tok(i);
  if (!k) return null;
  if (k.kind === 'c') {
    if (form !== null && form !== 'cjk') return null;
    const c = r.cjk(i);
    return c ? { ...c, form: 'cjk', hasInitials: false, full: false } : null;
  }
  if (form === 'cjk') return null;
  if (form === null || form === 'org') {
    const o = r.org(i);
    if (o) return { ...o, form: 'org', hasInitials: false, full: false };
  }
  if (form === null || form === 'inverted' || form === 'vancouver') {
    const inv = r.inverted(i);
    // "Reiser, Helmut, Urban, Michael und Willmann, Marc": full given names after a plain comma only
    // when the list goes on to "und"/"and" ("Narboux, Jean-Philippe, L'illusion, Paris" is a title).
    const fullOk = !inv?.full || form === null || afterAnd || andAhead(r, inv.next) || closesListStrict(r, inv.next);
    if (inv && fullOk && !(form === 'vancouver' && inv.full)) return { name: inv.name, next: inv.next, form: 'inverted', hasInitials: !inv.full, full: inv.full };
  }
  if (form === null || form === 'vancouver' || form === 'inverted') {
    const v = r.vancouver(i);
    // "Larry D. Wittie": initials followed by a word are the middle of a direct name.
    const nxi = v && r.isP(v.next, '.') ? v.next + 1 : (v?.next ?? 0);
    const nx = v ? r.tok(nxi) : undefined;
    const wordFollows = nx !== undefined && nx.kind === 'w' && !r.isAndWord(nxi) && r.etAlAt(nxi) < 0;
    if (v && wordFollows && form !== 'vancouver') {
      const d = r.direct(i);
      if (d) return { name: d.name, next: d.next, form: 'direct', hasInitials: d.hasInitials, full: false };
    }
    if (v) return { ...v, form: 'vancouver', hasInitials: true, full: false };
  }
  if (form === null || form === 'direct' || ((form === 'inverted' || form === 'org') && afterAnd) || form === 'inverted') {
    const d = r.direct(i, form !== null);
    if (d) {
      // After a plain comma a name written differently from the first one must carry an initial,
      // or the list must go on to "and": "Larry D. Wittie, Gudjun Hermannsson, and Ai Li".
      const ok =
        form === null ||
        afterAnd ||
        d.anyInitial ||
        ((form === 'direct' || (form === 'inverted' && firstFull)) && !firstHasInitials && (andAhead(r, d.next) || lastBeforeTitle(r, d.next) || fullNamesToYear(r, d.next)));
      if (ok) return { name: d.name, next: d.next, form: 'direct', hasInitials: d.hasInitials, full: false };
    }
  }
  if (form === null || form === 'org') {
    const a = r.acronym(i);
    if (a) return { ...a, form: 'org', hasInitials: false, full: false };
  }
  return null;
}

/** A role statement after a name list: "(Eds.)", ", editors", "(Hrsg.)", ", ed.". Returns the index after it, or -1. */
function roleAt(r: NameReader, i: number): number {
  let j = i;
  let open = false;
  if (r.isP(j, ',')) j++;
  if (r.isP(j, '(') || r.isP(j, '[')) {
    open = true;
    j++;
  }
  const k = r.tok(j);
  if (!k || k.kind !== 'w' || !(ROLE_WORDS.has(k.text) || OTHER_ROLES.has(k.text))) return -1;
  j++;
  if (r.isP(j, '.')) j++;
  // "(Writer/Director)", "(ed. and trans.)".
  for (let more = 0; more < 3 && (r.isP(j, '/') || r.isAndWord(j) || r.isP(j, '&')); more++) {
    const w = r.tok(j + 1);
    if (!w || !(ROLE_WORDS.has(w.text) || OTHER_ROLES.has(w.text))) break;
    j += 2;
    if (r.isP(j, '.')) j++;
  }
  if (open) {
    if (!(r.isP(j, ')') || r.isP(j, ']'))) return -1;
    j++;
  }
  return j;
}

/** True when the role statement at i names editors ("(Eds.)"), not producers or translators. */
function isEditorRole(r: NameReader, i: number): boolean {
  let j = i;
  if (r.isP(j, ',')) j++;
  if (r.isP(j, '(') || r.isP(j, '[')) j++;
  return ROLE_WORDS.has(r.tok(j)?.text ?? '');
}

/**
 * Skips what may stand after one name without ending the list: a non-editor role "(Producer)",
 * or an aside in parentheses without digits "(Louis-Ferdinand Destouches)", "(probably X)".
 */
function skipAside(r: NameReader, i: number): number {
  const ro = roleAt(r, i);
  if (ro >= 0 && !isEditorRole(r, i) && !r.isP(i, ',')) return ro;
  if (!r.isP(i, '(')) return i;
  let j = i + 1;
  const first = r.tok(j);
  if (!first || first.kind !== 'w' || ROLE_WORDS.has(first.text)) return i;
  while (j < i + 12) {
    const k = r.tok(j);
    if (!k || k.kind === 'n') return i;
    if (k.kind === 'p' && k.text === ')') return j + 1;
    if (k.kind === 'p' && !/[.,\-'’]/.test(k.text)) return i;
    j++;
  }
  return i;
}

/**
 * True when, from token i, the names go on to an "and" or "&" before anything else: the mark of
 * a list of full names ("Anne Geller, Michele Eodice, and Meg Carroll"), not of a title after a name.
 */
function andAhead(r: NameReader, i: number): boolean {
  for (let k = i; k < i + 60; k++) {
    const t = r.tok(k);
    if (!t) return false;
    if (r.isAndWord(k) || (t.kind === 'p' && t.text === '&')) {
      // The name after "and" must close the list: "…, and Karl MacMillan." / "… und Willmann, Marc:".
      const last = r.direct(k + 1, true) ?? r.inverted(k + 1);
      return last !== null && closesList(r, last.next);
    }
    if (t.kind === 'p' && t.text === ',') continue;
    if (t.kind === 'p' && t.text === '.' && !t.space && (r.initialWithDot(k - 1) > 0 || r.isSuffix(k - 1))) continue;
    if (t.kind === 'w' && (r.isNameWord(k) || r.isParticle(k) || r.initialWithDot(k) > 0 || r.bareInitials(k)) && !NOT_NAMES.has(t.text)) continue;
    return false;
  }
  return false;
}

/** Words that start a title or name a publisher, not a person: "La Ville …", "Editions Tchou". */
const NOT_PERSON_WORD = /^(?:La|Le|Les|L|El|Il|Lo|Die|Der|Das|Editions|Éditions|Edizioni|Press|Verlag|Publishing|Publishers|Books|University|Paris|London|New|Berlin)$/;

/**
 * True when, from token i, only full names of two or three words ("Michael Droettboom", "Gregory S.
 * CAMERON") separated by commas come before ", 2008": a list of full names closed by its year.
 */
function fullNamesToYear(r: NameReader, i: number): boolean {
  let k = i;
  for (let seg = 0; seg < 40; seg++) {
    if (!r.isP(k, ',')) return false;
    const nx = r.tok(k + 1);
    if (nx?.kind === 'n') return /^\d{4}[a-z]?$/.test(nx.text);
    let j = k + 1;
    let words = 0;
    while (words < 4) {
      const w = r.tok(j)?.text ?? '';
      const ini = r.initialWithDot(j);
      if (ini > 0 && words > 0) {
        j += ini;
        continue;
      }
      if (!r.isNameWord(j) || r.dotAfter(j) || NOT_NAMES.has(w) || NOT_PERSON_WORD.test(w)) break;
      words++;
      j++;
    }
    if (words < 2 || words > 3) return false;
    k = j;
  }
  return false;
}

/** True when the list ends with a period and a capitalised title at i: "Li Wanli, Chen Hong. Title …". */
function lastBeforeTitle(r: NameReader, i: number): boolean {
  const t = r.tok(i);
  const n = r.tok(i + 1);
  if (t !== undefined && t.kind === 'p' && t.text === ',' && n !== undefined && n.kind === 'p' && /["“‘«]/.test(n.text)) return true;
  return t !== undefined && t.kind === 'p' && t.text === '.' && (!n || (n.kind === 'w' && isUpper(n.text[0])) || n.kind === 'p');
}

/** True when a date or a role follows at i: "… Urban, Michael (2008)", "…, Marc, 2008". */
function closesListStrict(r: NameReader, i: number): boolean {
  const t = r.tok(i);
  if (!t) return false;
  if (t.kind === 'p' && t.text === '(') return r.tok(i + 1)?.kind === 'n' || roleAt(r, i) >= 0;
  if (t.kind === 'p' && t.text === ',') return r.tok(i + 1)?.kind === 'n' || roleAt(r, i) >= 0;
  return false;
}

/** True when the token at i can end a list of names: ".", ":", "(", ", 1995", a role, the end. */
function closesList(r: NameReader, i: number): boolean {
  const t = r.tok(i);
  if (!t) return true;
  if (t.kind !== 'p') return t.kind === 'n';
  if ('.:;('.includes(t.text)) return true;
  if (t.text === ',') {
    const n = r.tok(i + 1);
    return !n || n.kind === 'n' || (n.kind === 'p' && /["“‘«']/.test(n.text)) || roleAt(r, i) >= 0;
  }
  return /["“‘«']/.test(t.text);
}

/** True when tokens from i read "Family, AB" followed by a period or a comma (a name with bare initials). */
function periodSeparated(r: NameReader, i: number): boolean {
  if (i < 0 || !r.isNameWord(i) || !r.isP(i + 1, ',') || NOT_NAMES.has(r.tok(i)?.text ?? '')) return false;
  const ini = r.tok(i + 2)?.text ?? '';
  let j = i + 3;
  // "Berntson, G G." — two initials with a space.
  if (/^\p{Lu}$/u.test(ini) && /^\p{Lu}$/u.test(r.tok(j)?.text ?? '') && r.tok(j)?.kind === 'w') j++;
  if (/^\p{Lu}{1,3}$/u.test(ini) && (r.isP(j, '.') || r.isP(j, ','))) return true;
  // "LABOUSSET-PIQUET, Hélène. AIGUEBONNE, Evelyne.": a family name in capitals and a given name.
  const fam = r.tok(i)?.text ?? '';
  return /^\p{Lu}[\p{Lu}'’-]+$/u.test(fam) && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(ini) && r.isP(i + 3, '.');
}

/** Skips "———." / "--." (the same author as the entry before): returns the index after it, or -1. */
function sameAuthorDashes(r: NameReader, i: number): number {
  let j = i;
  while (r.tok(j)?.kind === 'p' && /^[-–—_]$/.test(r.tok(j)?.text ?? '')) j++;
  if (j - i < 2) return -1;
  return j;
}

/**
 * Reads a list of author (or editor) names from offset `from` of `s`. Returns null when the text
 * there does not start with a name. Names are split on commas, semicolons, "and", "&" and "、";
 * CJK names and organisation names stay whole as literals.
 */
export function parseNameList(s: string, from = 0, maxTokens = 600): NameList | null {
  const t = tokenize(s, from, maxTokens);
  const r = new NameReader(s, t);
  if (sameAuthorDashes(r, 0) >= 0) return null;
  // "Anon" / "佚名" stand for no author.
  const k0 = t[0];
  if (k0 && ANONYMOUS.has(k0.text)) {
    const end = r.dotAfter(0) ? (t[1]?.end ?? k0.end) : k0.end;
    return { names: [], end, etAl: false, role: 'author', form: 'org', endsWithDot: r.dotAfter(0) };
  }
  const first = readName(r, 0, null, false, false);
  if (!first) return null;
  const names: CslName[] = [];
  if (first.name) names.push(first.name);
  const form = first.form;
  const firstFull = first.full;
  // "Lauritsen, MB. Als, TD.", "MORASZ, Laurent. PERRIN-NIQUET, Annick.": names closed by periods.
  const dotList = periodSeparated(r, 0);
  let i = skipAside(r, first.next);
  let etAl = false;
  while (i < t.length && names.length < 500) {
    const e0 = r.etAlAt(i);
    if (e0 >= 0) {
      etAl = true;
      i = e0;
      break;
    }
    // "Wang, AG. et al.": et al. after the period of the last name.
    const e2 = r.isP(i, '.') && form === 'inverted' && dotList ? r.etAlAt(i + 1) : -1;
    if (e2 >= 0) {
      etAl = true;
      i = e2;
      break;
    }
    let sep = r.separatorAt(i);
    // "Lauritsen, MB. Als, TD. Dahl, HA.": names with bare initials separated by periods.
    if (!sep && r.isP(i, '.') && form === 'inverted' && dotList && periodSeparated(r, i + 1)) sep = { next: i + 1, isAnd: false, strong: true };
    // "Lord, C. Courchesne, E.": the period was read with the initial.
    else if (!sep && r.isP(i - 1, '.') && form === 'inverted' && dotList && periodSeparated(r, i)) sep = { next: i, isAnd: false, strong: true };
    if (!sep) break;
    const e1 = r.etAlAt(sep.next);
    if (e1 >= 0) {
      etAl = true;
      i = e1;
      break;
    }
    const next = readName(r, sep.next, form, sep.isAnd || sep.strong, first.hasInitials, firstFull);
    if (!next) break;
    if (next.name) names.push(next.name);
    i = skipAside(r, next.next);
    if (r.isP(i, ',') && roleAt(r, i) >= 0 && !isEditorRole(r, i) && r.separatorAt(roleAt(r, i)) !== null) i = roleAt(r, i);
  }
  let role: NameList['role'] = 'author';
  const ro = roleAt(r, i);
  if (ro >= 0) {
    if (isEditorRole(r, i)) role = 'editor';
    i = ro;
  }
  const last = t[i - 1];
  const end = last ? last.end : from;
  return { names, end, etAl, role, form, endsWithDot: last?.kind === 'p' && last.text === '.' };
}

/** True when all of `s` (apart from end punctuation) reads as a list of names. */
export function isNameListOnly(s: string): NameList | null {
  const list = parseNameList(s, 0);
  if (!list) return null;
  const rest = s.slice(list.end).replace(/^[\s.,;:]+/, '');
  return rest === '' ? list : null;
}
