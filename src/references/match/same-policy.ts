import { cjkShare, flatKey, foldWords, STOP_WORDS } from './fold-text.js';
import { isOrganisationName } from './org-name.js';
import { BRACKETED, DOC_NUMBER_EN, DOC_NUMBER_ZH, ENGLISH_NOTICE, ISSUING_NOTICE } from './policy-title.js';

/** One side of a comparison: a policy title, who issued it ('' when unknown), its year (0 when unknown). */
export interface PolicySide {
  title: string;
  issuer: string;
  year: number;
}

/** A policy title brought to the form in which two citations of one document agree. */
export interface PolicyForm {
  script: 'zh' | 'en';
  /** Chinese: the folded characters; English: the content words, singular, in order, joined by ' '. */
  key: string;
  /** English titles of four content words or more: the same words sorted (translations order them differently); '' otherwise. */
  bag: string;
  /** Bracketed parts taken out of the title ("（2020—2023年）", "(Trial)"), folded, sorted, joined by '|'. */
  brackets: string;
  /** The issuing body cut off the front of the title to reach this form, as written; '' when none. */
  prefix: string;
}

/** "(Circular No. 2019/4)", "Decree No. 12", "Order No. 5 of 2021": numbers of English-language documents. */
const NUMBER_NOTE = /[([]?\b(?:circular|document|decree|order|notice|announcement|directive)\s+no\.?\s?[A-Za-z0-9][\w/.-]{0,20}(?:\s+of\s+\d{4})?[)\]]?/gi;
/** Quotes or 《》 around the whole title. */
const WRAPPED = /^[《“"'‘「『](.*)[》”"'’」』][.,;。，；]?$/su;
/** Marks that must not remain inside an unwrapped title (it was two quoted parts, not one). */
const QUOTE_MARKS = /[《》“”"「」『』]/u;

/** Function words of English policy titles beyond the general stop words: "Several Opinions on Some Issues Concerning …". */
const POLICY_STOP = new Set(['several', 'some', 'concerning', 'regarding', 'about', 's']);
/** The state named at the end of an English law title: "… Law of the People's Republic of China". */
const STATE_SUFFIX = ['people', 'republic', 'china'];

/** Singular of an English word, enough for titles: guidelines → guideline, policies → policy. */
function singular(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

function startsWithWords(words: readonly string[], head: readonly string[]): boolean {
  if (head.length === 0 || head.length >= words.length) return false;
  for (let i = 0; i < head.length; i++) if (words[i] !== head[i]) return false;
  return true;
}

/** The form of a title's words, or null when too little is left to name one document. */
function formOf(words: readonly string[], brackets: string, prefix: string): PolicyForm | null {
  const flat = words.join('');
  if (cjkShare(flat) >= 0.5) {
    const key = flat.replace(/^中华人民共和国/u, '').replace(/若干/gu, '');
    return key.length >= 5 ? { script: 'zh', key, bag: '', brackets, prefix } : null;
  }
  let ws = words.filter((w) => !STOP_WORDS.has(w) && !POLICY_STOP.has(w));
  if (ws.length > 3 && ws.slice(-3).join(' ') === STATE_SUFFIX.join(' ')) ws = ws.slice(0, -3);
  else if (ws[ws.length - 1] === 'prc') ws = ws.slice(0, -1);
  ws = ws.map(singular);
  // Two words name one document only when they are long ("Education Law" does not; "Compulsory Education Law" does).
  if (ws.length < 2 || (ws.length < 3 && ws.join('').length < 18)) return null;
  const key = ws.join(' ');
  return { script: 'en', key, bag: ws.length >= 4 ? [...ws].sort().join(' ') : '', brackets, prefix };
}

/**
 * The forms under which a policy title is compared: the title without quotes, 《》, document numbers
 * and bracketed parts; for a Chinese title also without the issuing body before 关于 and, for a notice
 * that issues another document (关于印发《X》的通知, "Notice … on Issuing the X"), X itself; and the
 * title without a leading issuing body named in `issuers` ("Ministry of Education Implementation
 * Plan …" → "Implementation Plan …"). Each form says which prefix was cut.
 */
export function policyForms(title: string, issuers: readonly string[] = []): PolicyForm[] {
  let bare = title.replace(DOC_NUMBER_ZH, ' ').replace(DOC_NUMBER_EN, ' ').replace(NUMBER_NOTE, ' ').trim();
  const wrapped = WRAPPED.exec(bare);
  if (wrapped?.[1] && !QUOTE_MARKS.test(wrapped[1])) bare = wrapped[1].trim();
  const variants: { text: string; prefix: string }[] = [{ text: bare, prefix: '' }];
  const about = bare.indexOf('关于');
  if (about > 0 && about <= 40) variants.push({ text: bare.slice(about), prefix: bare.slice(0, about) });
  const notice = ISSUING_NOTICE.exec(bare);
  if (notice?.[1]) variants.push({ text: notice[1], prefix: about > 0 && about <= 40 ? bare.slice(0, about) : '' });
  const en = ENGLISH_NOTICE.exec(bare);
  if (en?.[2]) variants.push({ text: en[2], prefix: en[1] ?? '' });
  const cuts = issuers.filter((i) => i.trim() !== '').map((issuer) => ({ issuer, words: foldWords(issuer) }));
  const out: PolicyForm[] = [];
  const add = (f: PolicyForm | null): void => {
    if (f && !out.some((o) => o.key === f.key && o.prefix === f.prefix && o.brackets === f.brackets)) out.push(f);
  };
  for (const v of variants) {
    const parts: string[] = [];
    const rest = v.text.replace(BRACKETED, (_m, inner: string) => {
      const k = flatKey(inner);
      if (k) parts.push(k);
      return ' ';
    });
    const brackets = parts.sort().join('|');
    const words = foldWords(rest);
    add(formOf(words, brackets, v.prefix));
    if (v.prefix) continue;
    for (const c of cuts) if (startsWithWords(words, c.words)) add(formOf(words.slice(c.words.length), brackets, c.issuer));
  }
  return out;
}

/**
 * Keys under which policy titles that may be the same document meet (a hash join): each form's
 * script and key, and the sorted words of English forms. Equal keys are candidates only; samePolicy
 * decides.
 */
export function policyJoinKeys(title: string | undefined, issuer = ''): string[] {
  if (!title) return [];
  const keys = new Set<string>();
  for (const f of policyForms(title, issuer ? [issuer] : [])) {
    keys.add(`${f.script}:${f.key}`);
    if (f.bag) keys.add(`bag:${f.bag}`);
  }
  return [...keys];
}

function contains(a: string, b: string): boolean {
  return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
}

/**
 * True when two issuing bodies cannot be the same: both read as organisations, in the same script,
 * and neither name contains the other (国务院 / 国务院办公厅 agree; State Council / Jiangchuan
 * Provincial Government do not). Unknown or abbreviated names never conflict.
 */
export function issuersConflict(a: string, b: string): boolean {
  if (!a.trim() || !b.trim() || !isOrganisationName(a) || !isOrganisationName(b)) return false;
  const fa = flatKey(a);
  const fb = flatKey(b);
  if ((cjkShare(fa) >= 0.5) !== (cjkShare(fb) >= 0.5)) return false;
  return !contains(fa, fb);
}

/**
 * How far a prefix cut off one title (`self`) is trusted: 1 when there is none or the other title
 * lost the same one; 0.92 when the other side's issuer is that body; 0 when the other side names a
 * different issuing body; 0.9 when the other side's issuer is unknown and the prefix is this side's
 * own issuer or reads as an organisation ("江川省人民政府"), 0 when it does not ("江川省": a
 * provincial document of the same name is a different document).
 */
function prefixTrust(prefix: string, self: PolicySide, other: PolicySide, otherPrefix: string): number {
  if (!prefix) return 1;
  const p = flatKey(prefix);
  if (otherPrefix && flatKey(otherPrefix) === p) return 1;
  if (other.issuer.trim()) {
    if (contains(p, flatKey(other.issuer))) return 0.92;
    if (isOrganisationName(other.issuer)) return 0;
  }
  if (self.issuer.trim() && contains(p, flatKey(self.issuer))) return 0.9;
  return isOrganisationName(prefix) ? 0.9 : 0;
}

/**
 * Decides whether two citations (or a citation and a corpus document) name the same policy
 * document, conservatively, and returns the score of the link (0 when they do not):
 * - 1: the same title once quotes, 《》, document numbers, letter case, punctuation, plural endings
 *   and English function words ("of", "on", "the", "several") are set aside, and the same issuing
 *   body (or one containing the other: 国务院 / 国务院办公厅);
 * - 0.95: the same title, an issuing body unknown on one side;
 * - 0.92: the same after cutting a leading issuing body that the other side names as its issuer;
 * - 0.9: the same English content words in another order (a different translation), a bracketed
 *   part such as "(2020–2023)" on one side only (then the years must agree), or an issuing body
 *   cut off a title whose other side has no known issuer.
 * Never the same: different issuing bodies (both known), different bracketed parts, or any content
 * word more or less ("Opinions on Deepening the Reform of Higher Vocational Education" is not
 * "… of Vocational Education"). Titles in different scripts are never compared (no translation).
 */
export function samePolicy(a: PolicySide, b: PolicySide): number {
  if (issuersConflict(a.issuer, b.issuer)) return 0;
  const fa = policyForms(a.title, [a.issuer, b.issuer]);
  if (fa.length === 0) return 0;
  const fb = policyForms(b.title, [b.issuer, a.issuer]);
  const sameIssuer = contains(flatKey(a.issuer), flatKey(b.issuer));
  let best = 0;
  for (const x of fa) {
    for (const y of fb) {
      if (x.script !== y.script) continue;
      let s = x.key === y.key ? (sameIssuer ? 1 : 0.95) : x.bag !== '' && x.bag === y.bag ? 0.9 : 0;
      if (s === 0) continue;
      if (x.brackets !== y.brackets) {
        if (x.brackets && y.brackets) continue;
        if (a.year && b.year && a.year !== b.year) continue;
        s = Math.min(s, 0.9);
      }
      const tx = prefixTrust(x.prefix, a, b, y.prefix);
      const ty = prefixTrust(y.prefix, b, a, x.prefix);
      if (tx === 0 || ty === 0) continue;
      s = Math.min(s, tx, ty);
      if (s > best) best = s;
    }
  }
  return best;
}
