import type { CslItem, CslName } from '../csl.js';
import { normalizeReference, stripNumbering } from '../normalize-reference.js';
import { containerAcronym, containerWords } from './container-match.js';
import { docNumberKey } from './doc-number.js';
import { documentUrlKey } from './document-url.js';
import { flatKey, foldText } from './fold-text.js';
import { findDoi, normalizeDoi } from './normalize-doi.js';
import { isOrganisationName } from './org-name.js';
import { policyJoinKeys } from './same-policy.js';
import { titleShape, type TitleShape } from './title-similarity.js';

/** What the matcher compares of one reference; equal features mean the same signature. */
export interface RefFeatures {
  /** Folded family name (or organisation, or Chinese name) of the first author; '' when none. */
  author: string;
  /** First Latin initial of the first author's given names; '' when unknown. */
  initial: string;
  /** True when the first author is a person, false for organisations and missing authors. */
  person: boolean;
  /** Year of publication; 0 when unknown. */
  year: number;
  title: TitleShape | null;
  /** Container words without of/the/and (compared for abbreviations). */
  container: string[];
  /** Container folded with every word kept (to repair a title the parser split). */
  containerFull: string;
  acronym: string;
  volume: string;
  issue: string;
  /** First page (or article number). */
  page: string;
  doi: string;
  /** Policy document number key (`guobanfa-2017-95`); only for policy documents. */
  docNumber: string;
  /** True for a policy document: no personal author, no journal, a policy type, number or title. */
  policy: boolean;
  /** Key of the URL of a policy document when it addresses one document (documentUrlKey); '' otherwise. */
  url: string;
  /** Keys under which policy titles meet (`policyJoinKeys`); only for policy documents. */
  policyKeys: string[];
  /** The first author when that is not a person (an issuing body: 国务院, Ministry of Education); '' otherwise. */
  issuer: string;
  /**
   * True when the first author is not a person and the title names a kind of policy document (意见,
   * 方案, Opinions, Plan, Guidelines …): such a title is compared strictly with a policy's (samePolicy).
   */
  policyWorded: boolean;
  /** Folded text of an unparsed reference; '' when it was parsed. */
  rawKey: string;
  /** Everything above in one string: references with the same signature are the same work. */
  signature: string;
}

/** "（试行）", "(2020—2023年)" at the end of a title. */
const TRAILING_BRACKETS = /[（(][^（）()]{1,40}[)）]\s*$/u;
const POLICY_TYPES = new Set(['legislation', 'document', 'report', 'webpage', 'standard']);
const POLICY_WORDS = /(?:意见|通知|方案|办法|规定|规划|计划|纲要|决定|条例|法|指南|标准|要点|公告|细则|措施|通告|批复|函)$|\b(?:act|law|plan|opinions?|notice|guidelines?|regulations?|measures|decision|circular|programme|program|strategy|white paper|policy)\b/i;

/** True for a person's name; false for an organisation (部, 厅, Ministry, Council …). */
export function isPersonName(name: CslName): boolean {
  if (!('literal' in name)) return true;
  const lit = name.literal.trim();
  if (isOrganisationName(lit)) return false;
  // Chinese personal names: two to four characters (复姓 included), optionally with a middle dot.
  if (/^[\u3400-\u9fff·]{2,5}$/u.test(lit)) return true;
  return false;
}

function initialOf(name: CslName): string {
  if ('literal' in name || !name.given) return '';
  const g = foldText(name.given).replace(/[^a-z]/g, '');
  return g[0] ?? '';
}

function yearOf(csl: CslItem): number {
  const y = csl.issued?.['date-parts']?.[0]?.[0];
  return typeof y === 'number' && y >= 1000 && y <= 2200 ? y : 0;
}

const DIGITS = /^\d+$/;
const DOI_HINT = /10\.\d{4}/;

/** Volume, issue or first page as compared: folded letters and digits, no leading zeros. */
function numberPart(s: string | undefined): string {
  if (!s) return '';
  if (DIGITS.test(s)) return s.length > 1 && s.charCodeAt(0) === 48 ? s.replace(/^0+(?=\d)/, '') : s;
  const k = flatKey(s);
  return k.replace(/^0+(?=\w)/, '');
}

function firstPage(page: string | undefined): string {
  if (!page) return '';
  const first = page.split(/[-–—~,]/)[0] ?? '';
  return numberPart(first);
}

export interface ContainerInfo {
  words: string[];
  full: string;
  acronym: string;
}

const CACHE_LIMIT = 200_000;

/** Journals and names repeat across references: one matching run keeps their folded forms here. */
export class FeatureCache {
  private readonly containers = new Map<string, ContainerInfo>();
  private readonly families = new Map<string, string>();

  /** Words, folded text and acronym of a journal or book title. */
  container(s: string | undefined): ContainerInfo {
    if (!s) return { words: [], full: '', acronym: '' };
    let c = this.containers.get(s);
    if (!c) {
      const words = containerWords(s);
      c = { words, full: flatKey(s), acronym: containerAcronym(words) };
      if (this.containers.size >= CACHE_LIMIT) this.containers.clear();
      this.containers.set(s, c);
    }
    return c;
  }

  /** Folded family name (or organisation, or Chinese name) of a CSL name, at most 40 characters. */
  family(name: CslName): string {
    const particle = 'literal' in name ? undefined : name['non-dropping-particle'];
    const text = 'literal' in name ? name.literal : particle ? `${particle}${name.family}` : name.family;
    let k = this.families.get(text);
    if (k === undefined) {
      k = flatKey(text).slice(0, 40);
      if (this.families.size >= CACHE_LIMIT) this.families.clear();
      this.families.set(text, k);
    }
    return k;
  }
}

const BARE_TITLE = /^《([^《》]{2,200})》[\s.,;。，；]{0,3}(?:[（(]([^（）()]{2,40})[)）])?[\s.。]{0,3}$/u;

/**
 * A reference that is only a title in 《》 (optionally with a document number in brackets), which
 * the parser leaves unread: "《国家职业教育改革实施方案》". Returns a CSL item with that title (and
 * number), or null for anything else.
 */
export function bareTitleItem(raw: string): CslItem | null {
  const m = BARE_TITLE.exec(stripNumbering(normalizeReference(raw)).text);
  if (!m?.[1]) return null;
  const item: CslItem = { type: 'legislation', title: m[1].trim() };
  if (m[2] && docNumberKey(m[2])) item.number = m[2].trim();
  if (/[\u3400-\u9fff]/u.test(m[1])) item.language = 'zh';
  return item;
}

/** Folded text of a reference as printed, without the list number: the key of the exact-raw rule. */
export function rawKeyOf(raw: string): string {
  return flatKey(stripNumbering(normalizeReference(raw)).text).slice(0, 2000);
}

/** Reads the features of one reference. */
export function refFeatures(csl: CslItem | null, raw: string, cache: FeatureCache = new FeatureCache()): RefFeatures {
  if (!csl) {
    const rawKey = rawKeyOf(raw);
    const doi = findDoi(raw);
    const docNumber = docNumberKey(raw);
    return {
      author: '',
      initial: '',
      person: false,
      year: 0,
      title: null,
      container: [],
      containerFull: '',
      acronym: '',
      volume: '',
      issue: '',
      page: '',
      doi,
      docNumber,
      policy: docNumber !== '',
      url: '',
      policyKeys: [],
      issuer: '',
      policyWorded: false,
      rawKey,
      signature: `R\u0001${rawKey}\u0001${doi}\u0001${docNumber}`,
    };
  }
  const first = csl.author?.[0] ?? csl.editor?.[0];
  const author = first ? cache.family(first) : '';
  const person = first ? isPersonName(first) : false;
  const initial = first && person ? initialOf(first) : '';
  const year = yearOf(csl);
  const title = csl.title ? titleShape(csl.title) : null;
  const cont = cache.container(csl['container-title']);
  const container = cont.words;
  let doi = normalizeDoi(csl.DOI);
  if (!doi && csl.URL && /doi\.org\//i.test(csl.URL)) doi = normalizeDoi(csl.URL);
  if (!doi && raw.includes('10.') && DOI_HINT.test(raw)) doi = findDoi(raw);
  const policy =
    !person &&
    container.length === 0 &&
    (POLICY_TYPES.has(csl.type ?? '') || csl.number !== undefined || POLICY_WORDS.test((csl.title ?? '').trim()));
  let docNumber = '';
  if (!person) {
    docNumber = docNumberKey(csl.number) || docNumberKey(csl.title);
    if (!docNumber && /号|No|Number/.test(raw)) docNumber = docNumberKey(raw);
  }
  const isPolicy = policy || docNumber !== '';
  const issuer = first && !person ? ('literal' in first ? first.literal : first.family) : '';
  const policyKeys = isPolicy ? policyJoinKeys(csl.title, issuer) : [];
  const url = isPolicy ? documentUrlKey(csl.URL) : '';
  const volume = numberPart(csl.volume);
  const issue = numberPart(csl.issue);
  const page = firstPage(csl.page);
  // Array.join gives a flat string (a template literal would give a rope that every Map lookup flattens again).
  const parts = [author, initial, person ? '1' : '0', year, title?.flat ?? '', container.join(' '), volume, issue, page, doi, docNumber, isPolicy ? '1' : '0', policyKeys.join('|')];
  if (url) parts.push(url);
  const signature = parts.join('\u0001');
  return {
    author,
    initial,
    person,
    year,
    title,
    container,
    containerFull: cont.full,
    acronym: cont.acronym,
    volume,
    issue,
    page,
    doi,
    docNumber,
    policy: isPolicy,
    url,
    policyKeys,
    issuer,
    policyWorded: !person && csl.title !== undefined && POLICY_WORDS.test(csl.title.replace(TRAILING_BRACKETS, '').trim()),
    rawKey: '',
    signature,
  };
}
