import { message, type Message } from '../../core/message.js';
import type { CslItem, CslName } from '../csl.js';
import { attachSparse } from './attach-sparse.js';
import { compareRecords } from './compare-records.js';
import { EdgeList, RULE_ORDER, rulePriority } from './edge-list.js';
import { aliasKey } from './parse-aliases.js';
import { bareTitleItem, FeatureCache, rawKeyOf, refFeatures, type RefFeatures } from './ref-features.js';
import { issuersConflict, samePolicy } from './same-policy.js';
import type { Alias, Assignment, MatchOptions, MatchResult, MatchRule, RefInput, Work } from './types.js';
import { titleSimilarity } from './title-similarity.js';
import { ConstrainedUnionFind, type LinkKind } from './union-find.js';
import { workCitation } from './work-citation.js';
import { looksLikeWorkId, slug, workIdOf } from './work-id.js';

const NO_RULE = 255;
/** Distinct documents compared per policy-title key group (a title cited in many years, by many bodies). */
const POLICY_REPS = 32;

/** Default citing document of a key: the part before the last '#'. */
export function citingDocOf(key: string): string {
  const hash = key.lastIndexOf('#');
  return hash >= 0 ? key.slice(0, hash) : key;
}

function sameName(a: CslName | undefined, b: CslName | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if ('literal' in a || 'literal' in b) return 'literal' in a && 'literal' in b && a.literal === b.literal;
  return a.family === b.family && a.given === b.given && a['non-dropping-particle'] === b['non-dropping-particle'];
}

/** True when two parses agree on every field the matcher reads (so their features are equal). */
function sameFields(a: CslItem | null, b: CslItem | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.title === b.title &&
    a['container-title'] === b['container-title'] &&
    a.volume === b.volume &&
    a.issue === b.issue &&
    a.page === b.page &&
    a.DOI === b.DOI &&
    a.URL === b.URL &&
    a.number === b.number &&
    a.type === b.type &&
    a.issued?.['date-parts']?.[0]?.[0] === b.issued?.['date-parts']?.[0]?.[0] &&
    sameName(a.author?.[0] ?? a.editor?.[0], b.author?.[0] ?? b.editor?.[0])
  );
}

/** How complete a parsed reference is; the most complete member of a work stands for it. */
/** True when the text has a lower-case letter (ASCII checked first: the Unicode class is slower). */
function hasLower(s: string): boolean {
  return /[a-z]/.test(s) || (/[^\x00-\x7f]/.test(s) && /\p{Ll}/u.test(s));
}

function completeness(csl: CslItem | null): number {
  if (!csl) return -1;
  let s = 0;
  if (csl.title) s += 4 + (hasLower(csl.title) ? 0.3 : 0);
  const names = csl.author ?? csl.editor;
  if (names && names.length > 0) {
    s += 2 + Math.min(names.length, 5) * 0.1;
    const first = names[0];
    if (first && 'family' in first && hasLower(first.family)) s += 0.2;
  }
  if (csl.issued) s += 1;
  if (csl['container-title']) s += 2;
  if (csl.volume) s += 1;
  if (csl.issue) s += 0.5;
  if (csl.page) s += 1;
  if (csl.DOI) s += 2;
  if (csl.publisher) s += 1;
  if (csl.number) s += 1;
  return s;
}

/** The rule that links two references with the same signature (the same fields as parsed). */
function identicalRule(f: RefFeatures): MatchRule {
  if (f.doi) return 'doi';
  if (f.rawKey) return 'exact-raw';
  if (f.docNumber) return 'doc-number';
  if (f.title) return f.policy ? 'policy-title' : 'title';
  if (f.container.length > 0) return 'wos-short';
  return 'exact-raw';
}

interface Rec {
  input: RefInput;
  /** Signature index, -1 for a reference pinned by the alias file. */
  sig: number;
}

/** Compares signatures block by block and collects the links. */
class BlockComparer {
  constructor(
    private readonly feats: readonly RefFeatures[],
    private readonly edges: EdgeList,
    private readonly threshold: number,
    private readonly blockLimit: number,
    private readonly window: number,
  ) {}

  /** Pairs compared so far. */
  comparisons = 0;

  private compare(i: number, j: number): void {
    this.comparisons++;
    const a = this.feats[i];
    const b = this.feats[j];
    if (!a || !b) return;
    const v = compareRecords(a, b, this.threshold);
    if (v) this.edges.push(i, j, v.rule, v.score);
  }

  /** Compares the signatures of one author and one year (`across` empty), or of two adjacent years. */
  run(list: readonly number[], across: readonly number[]): void {
    if (across.length === 0) {
      if (list.length <= this.blockLimit) {
        for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) this.compare(list[x]!, list[y]!);
      } else this.windows(list, null);
      return;
    }
    if (list.length * across.length <= (this.blockLimit * this.blockLimit) / 2) {
      for (const i of list) for (const j of across) this.compare(i, j);
    } else {
      const side = new Uint8Array(list.length + across.length);
      side.fill(1, list.length);
      this.windows([...list, ...across], side);
    }
  }

  /**
   * Sorted-neighbourhood comparison for big blocks: each signature meets the next `window` ones in
   * three orders (title, reversed title, first page), so a block of n costs O(n log n), not O(n²).
   */
  private windows(list: readonly number[], side: Uint8Array | null): void {
    const m = list.length;
    const w = this.window;
    const orders: ((f: RefFeatures) => string | null)[] = [
      (f) => (f.title ? f.title.flat : `\uffff${f.acronym}|${f.page}`),
      (f) => (f.title ? reversed(f.title.flat) : `\uffff${f.page}|${f.volume}`),
      (f) => (f.page ? `${f.page}|${f.volume}|${f.acronym}` : null),
    ];
    // Rank of each position in the orders done so far: a pair within the window of an earlier
    // order was compared then, and is skipped (no set of pairs to keep).
    const ranks: Int32Array[] = [];
    for (const keyOf of orders) {
      const keyed: { p: number; k: string }[] = [];
      for (let p = 0; p < m; p++) {
        const f = this.feats[list[p]!];
        const k = f ? keyOf(f) : null;
        if (k !== null) keyed.push({ p, k });
      }
      keyed.sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : list[x.p]! - list[y.p]!));
      const rank = new Int32Array(m).fill(-1);
      keyed.forEach((e, r) => {
        rank[e.p] = r;
      });
      for (let x = 0; x < keyed.length; x++) {
        const p = keyed[x]!.p;
        const end = Math.min(keyed.length, x + 1 + w);
        for (let y = x + 1; y < end; y++) {
          const q = keyed[y]!.p;
          if (side && side[p] === side[q]) continue;
          let done = false;
          for (const earlier of ranks) {
            const rp = earlier[p]!;
            const rq = earlier[q]!;
            if (rp >= 0 && rq >= 0 && Math.abs(rp - rq) <= w) {
              done = true;
              break;
            }
          }
          if (!done) this.compare(list[p]!, list[q]!);
        }
      }
      ranks.push(rank);
    }
  }
}

/** A 53-bit hash of a string (two 32-bit multiplicative lanes), for ordering. */
function hash53(s: string): number {
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x27d4eb2f | 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x85ebca6b);
  }
  h2 ^= h2 >>> 13;
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

/** The string backwards (by UTF-16 unit: only an ordering key). */
function reversed(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/** Groups items by a key, keeping first-seen order of the groups and of the members. */
function groupBy<T>(items: Iterable<T>, keyOf: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = keyOf(t);
    if (!k) continue;
    const g = out.get(k);
    if (g) g.push(t);
    else out.set(k, [t]);
  }
  return out;
}

/**
 * Finds the cited works of a corpus: references that name the same publication become one work,
 * whatever their style or source (PDF reference lists, Web of Science and Scopus exports). Rules,
 * strongest first: alias file, DOI, policy document number, then first author + year (±1) with a
 * fuzzy title and container comparison, policy title, Web of Science short form, identical text;
 * a reference that matches nothing is a work of its own. Blocking and union-find keep it near
 * linear; the same references in any order give the same works, ids and assignments.
 */
export function matchReferences(refs: readonly RefInput[], options: MatchOptions = {}): MatchResult {
  const threshold = options.threshold ?? 0.82;
  const blockLimit = Math.max(2, options.blockLimit ?? 48);
  const window = Math.max(1, options.window ?? 8);
  const citingDoc = options.citingDoc ?? citingDocOf;
  const messages: Message[] = [];

  // Inputs in key order: nothing below depends on the order they came in.
  const sorted = [...refs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.raw < b.raw ? -1 : a.raw > b.raw ? 1 : 0));
  const inputs: RefInput[] = [];
  for (const r of sorted) {
    const last = inputs[inputs.length - 1];
    if (last && last.key === r.key) {
      messages.push(
        message('warning', 'references', 'match-duplicate-key', '', `Two references have the same key ${r.key}; only one of them is matched.`, {
          note: 'This is a bug in the stage that numbered the references; please report it.',
        }),
      );
      continue;
    }
    inputs.push(r);
  }

  // Alias lines: by reference text, or by work id.
  const aliasByRaw = new Map<string, Alias>();
  const aliasByWork = new Map<string, Alias>();
  for (const a of options.aliases ?? []) {
    const k = aliasKey(a.reference);
    if (!k) continue;
    const map = looksLikeWorkId(k) ? aliasByWork : aliasByRaw;
    if (!map.has(k)) map.set(k, a);
  }
  const usedAliases = new Set<Alias>();

  // Features, once per distinct signature.
  const recs: Rec[] = [];
  const pinned: { rec: number; alias: Alias }[] = [];
  const sigOf = new Map<string, number>();
  const rawFeats: RefFeatures[] = [];
  const cache = new FeatureCache();
  const byRaw = new Map<string, { csl: CslItem | null; sig: number }>();
  for (let input of inputs) {
    if (aliasByRaw.size > 0) {
      const alias = aliasByRaw.get(rawKeyOf(input.raw));
      if (alias) {
        pinned.push({ rec: recs.length, alias });
        usedAliases.add(alias);
        recs.push({ input, sig: -1 });
        continue;
      }
    }
    // A bare 《title》 the parser left unread is still a policy document with a title.
    if (input.csl === null) {
      const bare = bareTitleItem(input.raw);
      if (bare) input = { ...input, csl: bare };
    }
    // The same text with the same parse has the same features: skip them (most repeats are verbatim).
    const seen = input.raw ? byRaw.get(input.raw) : undefined;
    if (seen && sameFields(seen.csl, input.csl)) {
      recs.push({ input, sig: seen.sig });
      continue;
    }
    const f = refFeatures(input.csl, input.raw, cache);
    let s = sigOf.get(f.signature);
    if (s === undefined) {
      s = rawFeats.length;
      sigOf.set(f.signature, s);
      rawFeats.push(f);
    }
    recs.push({ input, sig: s });
    if (input.raw && !seen) byRaw.set(input.raw, { csl: input.csl, sig: s });
  }
  sigOf.clear();
  byRaw.clear();
  // Signatures renumbered in a canonical order (by a hash of their text, then the text), so that
  // every later step is free of input order. Numbers sort much faster than long strings.
  const sigHash = new Float64Array(rawFeats.length);
  rawFeats.forEach((f, i) => {
    sigHash[i] = hash53(f.signature);
  });
  const byText = Array.from({ length: rawFeats.length }, (_v, i) => i).sort((a, b) => {
    const d = sigHash[a]! - sigHash[b]!;
    if (d !== 0) return d;
    const sa = rawFeats[a]!.signature;
    const sb = rawFeats[b]!.signature;
    return sa < sb ? -1 : sa > sb ? 1 : 0;
  });
  const renumber = new Int32Array(rawFeats.length);
  byText.forEach((old, i) => {
    renumber[old] = i;
  });
  const feats: RefFeatures[] = byText.map((old) => rawFeats[old]!);
  for (const r of recs) if (r.sig >= 0) r.sig = renumber[r.sig]!;
  const nSig = feats.length;

  // Links.
  const edges = new EdgeList();
  const sigIds = feats.map((_f, i) => i);
  for (const g of groupBy(sigIds, (i) => feats[i]!.doi).values()) for (let k = 1; k < g.length; k++) edges.push(g[0]!, g[k]!, 'doi', 1);
  for (const g of groupBy(sigIds, (i) => (feats[i]!.policy ? feats[i]!.docNumber : '')).values()) {
    for (let k = 1; k < g.length; k++) edges.push(g[0]!, g[k]!, 'doc-number', 1);
  }
  const policyTitled = sigIds.filter((i) => feats[i]!.policy && feats[i]!.policyKeys.length > 0);
  const byPolicyKey = new Map<string, number[]>();
  for (const i of policyTitled) {
    for (const k of feats[i]!.policyKeys) {
      const g = byPolicyKey.get(k);
      if (g) g.push(i);
      else byPolicyKey.set(k, [i]);
    }
  }
  // Policy titles recur (政府工作报告, annual plans, yearly reports): records of one title are
  // linked within a year only; a record without a year when all the others have the same year.
  // Records that share a key are candidates; samePolicy decides (issuing bodies, bracketed parts,
  // prefixes). Each record is compared with the first records of the group that it could not
  // join (at most POLICY_REPS of them), so a group costs O(n) comparisons.
  const policyPairs = new Set<string>();
  for (const g of byPolicyKey.values()) {
    if (g.length < 2) continue;
    const byYear = [...g].sort((a, b) => feats[a]!.year - feats[b]!.year || a - b);
    const years = new Set(byYear.map((i) => feats[i]!.year).filter((y) => y > 0));
    const reps: number[] = [];
    for (const i of byYear) {
      const b = feats[i]!;
      let joined = false;
      for (const r of reps) {
        const a = feats[r]!;
        if (a.docNumber && b.docNumber && a.docNumber !== b.docNumber) continue;
        if (a.year && b.year ? a.year !== b.year : years.size > 1) continue;
        const pair = r < i ? `${r} ${i}` : `${i} ${r}`;
        if (policyPairs.has(pair)) {
          joined = true;
          break;
        }
        const s = samePolicy({ title: a.title?.text ?? '', issuer: a.issuer, year: a.year }, { title: b.title?.text ?? '', issuer: b.issuer, year: b.year });
        if (s >= threshold) {
          policyPairs.add(pair);
          edges.push(r, i, 'policy-title', s);
          joined = true;
          break;
        }
      }
      if (!joined && reps.length < POLICY_REPS) reps.push(i);
    }
  }
  policyPairs.clear();
  byPolicyKey.clear();
  // The same document URL joins a Chinese and an English citation of one policy (no translation of
  // titles is attempted): same year (or one unknown), no conflicting issuing bodies, and titles in
  // different scripts or one missing; titles in one script are left to the title rules.
  for (const g of groupBy(
    sigIds.filter((i) => feats[i]!.url !== ''),
    (i) => feats[i]!.url,
  ).values()) {
    for (let k = 1; k < g.length && k <= POLICY_REPS; k++) {
      const a = feats[g[0]!]!;
      const b = feats[g[k]!]!;
      if (a.year && b.year && a.year !== b.year) continue;
      if (issuersConflict(a.issuer, b.issuer)) continue;
      if (a.title && b.title && a.title.cjk === b.title.cjk) continue;
      edges.push(g[0]!, g[k]!, 'url', 0.9);
    }
  }
  // Blocks: first author, then year; each year also meets the next one.
  const comparer = new BlockComparer(feats, edges, threshold, blockLimit, window);
  const byAuthor = groupBy(
    sigIds.filter((i) => !feats[i]!.rawKey),
    (i) => `a:${feats[i]!.author}`,
  );
  for (const group of byAuthor.values()) {
    const byYear = new Map<number, number[]>();
    for (const i of group) {
      const y = feats[i]!.year;
      const g = byYear.get(y);
      if (g) g.push(i);
      else byYear.set(y, [i]);
    }
    const years = [...byYear.keys()].sort((a, b) => a - b);
    for (const y of years) {
      const here = byYear.get(y)!;
      comparer.run(here, []);
      const next = y > 0 ? byYear.get(y + 1) : undefined;
      if (next) comparer.run(here, next);
    }
    for (const i of group) {
      const t = feats[i]!.title;
      if (t) {
        t.grams = undefined;
        t.words = undefined;
      }
    }
  }
  byAuthor.clear();

  // Union, strongest links first.
  const doiId = new Map<string, number>();
  const numId = new Map<string, number>();
  const idOf = (m: Map<string, number>, k: string): number => {
    if (!k) return -1;
    let v = m.get(k);
    if (v === undefined) {
      v = m.size;
      m.set(k, v);
    }
    return v;
  };
  const volumeId = new Map<string, number>();
  const pageId = new Map<string, number>();
  const uf = new ConstrainedUnionFind(
    nSig,
    {
      doi: Int32Array.from(feats, (f) => idOf(doiId, f.doi)),
      number: Int32Array.from(feats, (f) => (f.policy ? idOf(numId, f.docNumber) : -1)),
      year: Int32Array.from(feats, (f) => f.year),
      initial: Int32Array.from(feats, (f) => (f.initial ? f.initial.charCodeAt(0) : -1)),
      volume: Int32Array.from(feats, (f) => idOf(volumeId, f.volume)),
      page: Int32Array.from(feats, (f) => idOf(pageId, f.page)),
      titled: Uint8Array.from(feats, (f) => (f.title ? 1 : 0)),
    },
    (i, j) => titleSimilarity(feats[i]!.title!, feats[j]!.title!) >= 0.7,
  );
  const bestRule = new Uint8Array(nSig).fill(NO_RULE);
  const bestScore = new Float32Array(nSig);
  const better = (i: number, p: number, s: number): void => {
    const cur = bestRule[i]!;
    if (cur === NO_RULE || p < cur || (p === cur && s > bestScore[i]!)) {
      bestRule[i] = p;
      bestScore[i] = s;
    }
  };
  edges.forEachStrongestFirst((a, b, rule, score) => {
    const kind: LinkKind = rule === 'doi' || rule === 'doc-number' ? 'strong' : rule === 'wos-short' ? 'weak' : 'title';
    if (uf.union(a, b, kind) === 'refused') return;
    const p = rulePriority(rule);
    better(a, p, score);
    better(b, p, score);
  });

  // Short forms without volume or page join the one work they can belong to.
  const wosShort = rulePriority('wos-short');
  attachSparse(feats, uf, threshold, (a, b, score) => {
    better(a, wosShort, score);
    better(b, wosShort, score);
  });

  // Clusters of references, numbered by their first reference (in key order).
  const nRec = recs.length;
  const sigCount = new Int32Array(nSig);
  const firstRec = new Int32Array(nSig).fill(-1);
  const clusterOfRoot = new Int32Array(nSig).fill(-1);
  const clusterMembers: number[][] = [];
  recs.forEach((r, idx) => {
    if (r.sig < 0) return;
    sigCount[r.sig]! += 1;
    if (firstRec[r.sig] === -1) firstRec[r.sig] = idx;
    const root = uf.find(r.sig);
    let c = clusterOfRoot[root]!;
    if (c < 0) {
      c = clusterMembers.length;
      clusterOfRoot[root] = c;
      clusterMembers.push([]);
    }
    clusterMembers[c]!.push(idx);
  });

  // Rule and score of every reference (priority index into RULE_ORDER).
  const ruleOfRec = new Uint8Array(nRec).fill(rulePriority('singleton'));
  const scoreOfRec = new Float32Array(nRec).fill(1);
  const setRule = (idx: number, rule: MatchRule, score: number): void => {
    ruleOfRec[idx] = rulePriority(rule);
    scoreOfRec[idx] = score;
  };
  for (const members of clusterMembers) {
    if (members.length === 1) continue;
    for (const idx of members) {
      const sig = recs[idx]!.sig;
      const p = bestRule[sig]!;
      let rule: MatchRule = p === NO_RULE ? 'exact-raw' : (RULE_ORDER[p] ?? 'exact-raw');
      let score = p === NO_RULE ? 1 : bestScore[sig]!;
      if (sigCount[sig]! > 1) {
        const same = identicalRule(feats[sig]!);
        if (p === NO_RULE || rulePriority(same) <= p) {
          rule = same;
          score = 1;
        }
      }
      setRule(idx, rule, score);
    }
  }

  const pinnedFeats = new Map<number, RefFeatures>();
  const featOf = (idx: number): RefFeatures => {
    const r = recs[idx]!;
    if (r.sig >= 0) return feats[r.sig]!;
    let f = pinnedFeats.get(idx);
    if (!f) {
      f = refFeatures(r.input.csl, r.input.raw);
      pinnedFeats.set(idx, f);
    }
    return f;
  };
  const sigComplete = new Float64Array(nSig).fill(Number.NaN);
  /** Completeness of a reference; one value per signature (that of its first reference). */
  const completenessOf = (idx: number): number => {
    const r = recs[idx]!;
    if (r.sig < 0) return completeness(r.input.csl);
    let v = sigComplete[r.sig]!;
    if (Number.isNaN(v)) {
      v = completeness(recs[firstRec[r.sig]!]!.input.csl);
      sigComplete[r.sig] = v;
    }
    return v;
  };

  /** Titles of the policy members of a work that differ from its canonical member's (see Work.policyTitles). */
  const otherPolicyTitles = (members: readonly number[], canon: RefFeatures): { title: string; issuer: string }[] => {
    const out: { title: string; issuer: string }[] = [];
    const seen = new Set<string>([canon.title?.flat ?? '']);
    for (const idx of members) {
      const r = recs[idx]!;
      if (r.sig >= 0 && firstRec[r.sig] !== idx) continue;
      const g = featOf(idx);
      if (!g.policy || !g.title || seen.has(g.title.flat)) continue;
      seen.add(g.title.flat);
      out.push({ title: g.title.text, issuer: g.issuer });
      if (out.length === 8) break;
    }
    return out;
  };

  /**
   * Builds a work from references (indices into recs, ascending = key order). The canonical member
   * is the first reference of the most complete signature (then the most frequent, then the first
   * in signature order); the id is given, or derived from the canonical member.
   */
  const buildWork = (members: readonly number[], forcedId: string | null, label: string | null): Work => {
    let best = members[0]!;
    let bestC = Number.NEGATIVE_INFINITY;
    let bestN = 0;
    let doi = '';
    let docNumber = '';
    for (const idx of members) {
      const r = recs[idx]!;
      if (r.sig >= 0 && firstRec[r.sig] !== idx) continue;
      const c = completenessOf(idx);
      const n = r.sig >= 0 ? sigCount[r.sig]! : 1;
      if (c > bestC || (c === bestC && (n > bestN || (n === bestN && featOf(idx).signature < featOf(best).signature)))) {
        best = idx;
        bestC = c;
        bestN = n;
      }
      const g = featOf(idx);
      if (!doi && g.doi) doi = g.doi;
      if (!docNumber && g.policy && g.docNumber) docNumber = g.docNumber;
    }
    const canon = recs[best]!;
    const f = featOf(best);
    if (f.doi) doi = f.doi;
    if (f.policy && f.docNumber) docNumber = f.docNumber;
    const id = forcedId ?? (doi ? `doi:${doi}` : docNumber ? `pol:${docNumber}` : workIdOf(f));
    const keys = members.map((idx) => recs[idx]!.input.key);
    const docs = new Set<string>();
    for (const k of keys) docs.add(citingDoc(k));
    const canonical: CslItem = canon.input.csl ? canon.input.csl : {};
    const work: Work = {
      id,
      canonical,
      citation: label ?? workCitation(canonical, canon.input.raw.trim()),
      doi,
      timesCited: docs.size,
      members: keys,
    };
    const others = otherPolicyTitles(members, f);
    if (others.length > 0) work.policyTitles = others;
    return work;
  };

  // Automatic works, with ids made unique deterministically.
  const auto: { work: Work; members: number[] }[] = clusterMembers.map((members) => ({ work: buildWork(members, null, null), members }));
  clusterMembers.length = 0;
  // Works are numbered by their first reference, so a clash of ids is settled in key order.
  const taken = new Map<string, number>();
  for (const a of auto) {
    const n = (taken.get(a.work.id) ?? 0) + 1;
    taken.set(a.work.id, n);
    if (n > 1) a.work.id = `${a.work.id}~${n}`;
  }

  // Aliases: whole works by id, and pinned references; they override the rules above.
  const byId = new Map<string, { work: Work; members: number[] }>();
  for (const a of auto) byId.set(a.work.id, a);
  const resolve = (alias: Alias): string => {
    let target = alias.work;
    const visited = new Set<string>([aliasKey(alias.reference)]);
    for (let step = 0; step < 50; step++) {
      const next = aliasByWork.get(target);
      if (!next) return target;
      if (visited.has(target)) {
        messages.push(
          message('warning', 'references', 'alias-cycle', alias.path, `The alias on line ${alias.line} leads back to ${target}; it is applied without following the chain.`, {
            place: { line: alias.line },
            note: 'Make every chain of aliases end at one work.',
          }),
        );
        return alias.work;
      }
      visited.add(target);
      usedAliases.add(next);
      target = next.work;
    }
    return target;
  };
  const moves = new Map<string, { members: number[]; label: string }>();
  const moveTo = (target: string, members: readonly number[]): void => {
    const id = looksLikeWorkId(target) ? target : `alias:${slug(target) || 'work'}`;
    const m = moves.get(id);
    if (m) m.members.push(...members);
    else moves.set(id, { members: [...members], label: looksLikeWorkId(target) ? '' : target });
  };
  const movedAway = new Set<string>();
  if (aliasByWork.size > 0) {
    for (const a of auto) {
      const alias = aliasByWork.get(a.work.id);
      if (!alias) continue;
      usedAliases.add(alias);
      const target = resolve(alias);
      if (target === a.work.id) continue;
      movedAway.add(a.work.id);
      moveTo(target, a.members);
      for (const idx of a.members) setRule(idx, 'alias', 1);
    }
  }
  for (const { rec, alias } of pinned) {
    moveTo(resolve(alias), [rec]);
    setRule(rec, 'alias', 1);
  }
  const built: { work: Work; members: readonly number[] }[] = [];
  for (const a of auto) {
    if (movedAway.has(a.work.id) || moves.has(a.work.id)) continue;
    built.push(a);
  }
  for (const [id, m] of moves) {
    const into = byId.get(id);
    const stays = into !== undefined && !movedAway.has(id);
    const members = [...m.members, ...(stays ? into.members : [])].sort((a, b) => a - b);
    // A work that was alone and now has company through the alias file: its reference is there by alias too.
    for (const idx of members) if (ruleOfRec[idx] === rulePriority('singleton')) setRule(idx, 'alias', 1);
    built.push({ work: buildWork(members, id, stays ? null : m.label || null), members });
  }
  const unused = [...aliasByRaw.values(), ...aliasByWork.values()].filter((a) => !usedAliases.has(a)).sort((a, b) => a.line - b.line);
  for (const a of unused) {
    messages.push(
      message('info', 'references', 'alias-unused', a.path, `The alias on line ${a.line} names "${a.reference.slice(0, 120)}", which is not among the references or works of this corpus.`, {
        place: { line: a.line },
        note: 'Check the spelling, or the work id in references/works.csv of the last run.',
      }),
    );
  }

  built.sort((x, y) => y.work.timesCited - x.work.timesCited || (x.work.id < y.work.id ? -1 : x.work.id > y.work.id ? 1 : 0));
  const workOfRec: string[] = new Array<string>(nRec).fill('');
  for (const b of built) for (const idx of b.members) workOfRec[idx] = b.work.id;
  const assignments: Assignment[] = recs.map((r, idx) => ({
    key: r.input.key,
    workId: workOfRec[idx] ?? '',
    rule: RULE_ORDER[ruleOfRec[idx]!] ?? 'singleton',
    score: Math.round(scoreOfRec[idx]! * 1000) / 1000,
  }));
  const stats = { references: recs.length, signatures: nSig, comparisons: comparer.comparisons, links: edges.length };
  return { works: built.map((b) => b.work), assignments, messages, stats };
}
