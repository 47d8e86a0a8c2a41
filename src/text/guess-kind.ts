import type { DocKind, Language, Section } from '../core/doc.js';

/** What guessKind looks at. */
export interface KindInput {
  text: string;
  title: string;
  path: string;
  language: Language;
  sections: readonly Section[];
}

/** The kind guessed and the reason, for people to check. */
export interface KindGuess {
  kind: DocKind;
  /** The signals found, for people to check: "paper: a reference list of 12 entries; keywords". */
  why: string;
}

interface Signal {
  kind: DocKind;
  weight: number;
  reason: string;
}

/** The front matter examined for abstract, keywords, DOI, affiliations and document numbers. */
const HEAD = 5000;
/** A document number (国发〔2019〕4号) counts only this near the start. */
const DOC_NUMBER_HEAD = 800;

const REFERENCE_HEADING = /^(?:references?|bibliography|literature cited|works cited|(?:主要)?参考文献)[:：.]?$/i;
const YEAR = /(?:^|[^\d])(?:19|20)\d\d(?!\d)/;
const ABSTRACT = /\babstract[ \t]{0,3}[:;：.—–-]|(?:^|[\n\f])[ \t]{0,3}abstract\b|摘\s?要\s?[:：]|【摘\s?要】|\[摘\s?要\]|(?:^|[\n\f])[ \t]{0,3}摘\s?要/i;
const KEYWORDS = /\b(?:key\s?words?|index terms)[ \t]{0,3}[:：]|关\s?键\s?[词字]/i;
const DOI = /\b10\.\d{4,9}\/\S/;
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/;
const ZH_AFFILIATION = /[（(][^（）()\n]{2,60}?(?:大学|学院|研究所|研究院)[^（）()\n]{0,40}?\d{6}[)）]/;
const GBT_MARK = /\[(?:J|M|D|N|R|C|P|Z|EB\/OL|J\/OL)\]/g;
const ET_AL = /\bet al\./g;
const PAREN_CITATION = /[（(][A-Z\u4e00-\u9fff][^()（）\n]{0,60}?(?:19|20)\d\d[a-z]?[)）]/g;
const ZH_POLICY_TITLE =
  /(?:通知|意见|办法|条例|方案|决定|规定|规划|纲要|细则|指南|公告|通告|批复|法)$/;
const ZH_ABOUT = /^关于.{2,80}的(?:通知|意见|办法|决定|规定|方案|批复|函)/;
const EN_POLICY_TITLE =
  /^(?:(?:the\s+)?(?:notice|opinions?|measures|regulations?|decision|circular|guidelines?|provisions|implementation plan|action plan)\s+(?:of|on|for|regarding|concerning)\b|.*\blaw of the people's republic of china\b)/i;
const DOC_NUMBER = /[\u4e00-\u9fff]{1,8}\s*[〔\[［【(（]\s*(?:19|20)\d\d\s*[〕\]］】)）]\s*\d{1,4}\s*号/;
const ISSUING = [
  /各省、自治区、直辖市/,
  /现将.{0,60}?印发给你们/,
  /请(?:结合实际)?认真(?:贯彻|组织)?(?:执行|落实|贯彻落实)/,
  /特此通知/,
  /自.{0,20}?起施行/,
  /本(?:办法|条例|规定|方案|意见|法)(?:自|由|所称)/,
];
const EN_ISSUER = /\b(?:State Council|Ministry of Education|General Office|People's Government|National People's Congress)\b/;
const EN_DECREE = /\bhereby\b|\bshall come into (?:force|effect)\b|\bshall be implemented\b/i;
const EN_ARTICLE = /(?:^|\n|\f)[ \t]{0,3}Article[ \t]{1,3}\d{1,3}\b/g;

/**
 * Guesses whether a document is a paper or a policy document, and says why. Each signal found adds
 * its weight to one side:
 * - paper: a reference section with at least 3 entries (3); GB/T 7714 type marks [J] [M] when there
 *   is no reference heading, at least 3 (2); an abstract (2); keywords (2); a DOI in the front matter
 *   (1); an author affiliation, i.e. an e-mail address or a Chinese affiliation with a postcode (1);
 *   at least 5 in-text citations, "et al." or "(Name, 2019)" (1);
 * - policy: a policy title ("关于…的通知", ending in 通知/意见/办法/条例/方案/决定/规定/规划/法...,
 *   "Notice of/Opinions on/Measures for...") (3); at least 3 articles 第X条 or "Article 3" (3); a
 *   document number such as 国发〔2019〕4号 in the first 800 characters (3); issuing phrases
 *   (各省、自治区、直辖市, 现将…印发给你们, 特此通知, 自…起施行...) (2); an issuing body and decree
 *   wording in English ("State Council", "Ministry of Education" with "hereby", "shall come into force") (2).
 * The heavier side wins. A tie is 'paper', except that a Chinese text with no signal at all is
 * 'policy' (Chinese papers nearly always carry 摘要, 关键词 or 参考文献).
 */
export function guessKind(input: KindInput): KindGuess {
  const { text, sections, language } = input;
  const head = text.slice(0, HEAD);
  const signals: Signal[] = [];
  const add = (kind: DocKind, weight: number, reason: string): void => {
    signals.push({ kind, weight, reason });
  };

  const refEntries = referenceEntries(text, sections);
  if (refEntries !== undefined && refEntries >= 3) add('paper', 3, `a reference list of ${refEntries} entries`);
  else {
    const marks = count(text, GBT_MARK);
    if (marks >= 3) add('paper', 2, `${marks} reference type marks such as [J]`);
  }
  if (ABSTRACT.test(head) || sections.some((s) => /^(?:abstract|摘\s*要)$/i.test(s.heading))) add('paper', 2, 'an abstract');
  if (KEYWORDS.test(head)) add('paper', 2, 'keywords');
  const doi = DOI.exec(head);
  if (doi) add('paper', 1, 'a DOI');
  if (EMAIL.test(head) || ZH_AFFILIATION.test(head)) add('paper', 1, 'an author affiliation');
  const citations = count(text, ET_AL) + count(text, PAREN_CITATION);
  if (citations >= 5) add('paper', 1, `${citations} in-text citations`);

  const title = cleanTitle(input.title);
  if (ZH_ABOUT.test(title) || (ZH_POLICY_TITLE.test(title) && !/方法$/.test(title)) || EN_POLICY_TITLE.test(title)) {
    add('policy', 3, `a policy title (${shorten(title)})`);
  }
  const articles = sections.filter((s) => /^第.{1,6}条$/.test(s.number)).length || count(text, EN_ARTICLE);
  if (articles >= 3) add('policy', 3, `${articles} numbered articles`);
  const number = DOC_NUMBER.exec(text.slice(0, DOC_NUMBER_HEAD));
  if (number) add('policy', 3, `a document number (${number[0].replace(/\s+/g, '')})`);
  const phrases = ISSUING.map((re) => re.exec(head)?.[0]).filter((m): m is string => m !== undefined);
  if (phrases.length > 0) add('policy', 2, `issuing wording (${phrases.map(shorten).join(', ')})`);
  if (EN_ISSUER.test(head) && EN_DECREE.test(text)) add('policy', 2, 'an issuing body and decree wording');

  const paper = signals.filter((s) => s.kind === 'paper');
  const policy = signals.filter((s) => s.kind === 'policy');
  const score = (list: Signal[]): number => list.reduce((a, s) => a + s.weight, 0);
  const paperScore = score(paper);
  const policyScore = score(policy);
  let kind: DocKind;
  let lead: string;
  if (policyScore > paperScore) {
    kind = 'policy';
    lead = `policy: ${policy.map((s) => s.reason).join('; ')}`;
  } else if (paperScore > policyScore) {
    kind = 'paper';
    lead = `paper: ${paper.map((s) => s.reason).join('; ')}`;
  } else if (paperScore === 0 && language === 'zh') {
    return { kind: 'policy', why: 'policy: Chinese text without abstract, keywords or references (no signal either way)' };
  } else if (paperScore === 0) {
    return { kind: 'paper', why: 'paper: no signal either way (the default)' };
  } else {
    return {
      kind: 'paper',
      why: `paper: as many signals each way (paper: ${paper.map((s) => s.reason).join('; ')}; policy: ${policy.map((s) => s.reason).join('; ')})`,
    };
  }
  const other = kind === 'paper' ? policy : paper;
  const rest = other.length > 0 ? ` (against: ${other.map((s) => s.reason).join('; ')})` : '';
  return { kind, why: lead + rest };
}

/**
 * Entries of the reference section: its paragraphs holding a year, or its numbered entries "[3]",
 * whichever is more. Undefined when there is no reference heading.
 */
function referenceEntries(text: string, sections: readonly Section[]): number | undefined {
  const refs = sections.filter((s) => REFERENCE_HEADING.test(s.heading));
  if (refs.length === 0) return undefined;
  let best = 0;
  for (const s of refs) {
    const body = text.slice(s.offset + s.heading.length, s.end);
    const paragraphs = body.split(/\n\n|\f/).filter((p) => YEAR.test(p)).length;
    const numbered = count(body, /(?:^|\s)[[［]\d{1,3}[\]］]/g);
    best = Math.max(best, paragraphs, numbered);
  }
  return best;
}

function cleanTitle(title: string): string {
  return title
    .trim()
    .replace(/^《|》$/g, '')
    .replace(/\s*[（(][^（）()]{0,20}[)）]\s*$/, '')
    .trim();
}

function count(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text) !== null) n++;
  re.lastIndex = 0;
  return n;
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
}
