import { classifierFeatures, trainClassifier, type Classifier } from './classifier.js';
import type { Category, Codebook, Facet, Term } from './codebook.js';
import { CHINESE_CUES, ENGLISH_CUES, inflections, type Cue, type CueKind } from './cues.js';
import { CharTrie, WordTrie, cueWords, englishWords, lowerSameLength, termWords, type Match, type Word } from './match-text.js';
import { PATTERN_WINDOW } from './safe-pattern.js';
import { insideSpans, titleSpans } from './title-spans.js';

/** Language of a passage to code. */
export type CodeLanguage = 'en' | 'zh' | 'mixed';

/** Options of createCoder. */
export interface CoderOptions {
  /** Give every category that fits (default false: the best one, or none). */
  multi?: boolean;
  /** What codeDocuments codes: each sentence (default) or each paragraph. `code` codes the text it is given. */
  unit?: 'sentence' | 'paragraph';
  /** Least score a category needs (default 1: one specific term in a clause that names a problem or proposes a strategy). */
  threshold?: number;
  /** In single mode, abstain when the runner-up scores at least this share of the best (default 0.85). */
  tie?: number;
  /**
   * Weight of the naive Bayes classifier trained on the codebook's descriptions, examples and terms
   * (default 3; 0 turns it off). Its posterior over the categories of the passage's facet, times this
   * weight, is added to each category's term score.
   */
  classifierWeight?: number;
}

/** One code given to a passage. */
export interface Code {
  /** Category id; null when the coder abstained because two categories tied (see `candidates`). */
  category: string | null;
  facet: Facet | null;
  dimension: string | null;
  /** Weighted count of the category's terms in clauses of its facet (3 decimals). */
  score: number;
  /** The evidence, in text order: `term:…` topic terms, `problem:…` / `strategy:…` facet cues as written. */
  cues: string[];
  /** For an abstention: the tied category ids, best first. */
  candidates?: string[];
}

/** How a passage was coded, step by step (for `corpus-lens taxonomy explain` and for checking a codebook). */
export interface Explanation {
  /** The passage after NFKC normalisation (offsets below are into it). */
  text: string;
  /** Why nothing was coded before scoring ('' when scoring ran). */
  stopped: '' | 'question' | 'no-topic-term' | 'methodology' | 'about-research' | 'background';
  topics: Array<{ category: string; term: string; start: number; end: number; weight: number }>;
  cues: Array<{ kind: CueKind; text: string; start: number; end: number; weight: number }>;
  /** Each clause: where it starts, and the weights of its problem and strategy cues. */
  clauses: Array<{ start: number; problem: number; strategy: number }>;
  /** Term scores of the categories (before the classifier and the threshold), best first. */
  scores: Array<{ category: string; score: number }>;
  /** The classifier's posterior over the categories of the facet(s) considered, best first. */
  posteriors: Array<{ category: string; probability: number }>;
  codes: Code[];
}

/** A coder built once for a codebook. */
export interface Coder {
  readonly codebook: Codebook;
  readonly options: Required<CoderOptions>;
  /** Codes one passage (a sentence or a paragraph). Returns [] when nothing fits. */
  code(text: string, language: CodeLanguage): Code[];
  /** Codes one passage and tells how: the terms and cues found, the clauses and the scores. */
  explain(text: string, language: CodeLanguage): Explanation;
}

interface TopicRef {
  category: number;
  weight: number;
  exclude: boolean;
}

interface CueRef {
  kind: CueKind;
  weight: number;
}

/** A hit of a topic term in the passage. */
interface TopicHit {
  start: number;
  end: number;
  category: number;
  weight: number;
  key: string;
}

/** A hit of a cue in the passage, after negation has been resolved. */
interface CueHit {
  start: number;
  end: number;
  kind: CueKind;
  weight: number;
  /** Word index (English) or offset (Chinese), for negation windows. */
  at: number;
  english: boolean;
  /** What the evidence column shows. */
  label: string;
}

const DEFAULTS: Required<CoderOptions> = { multi: false, unit: 'sentence', threshold: 1, tie: 0.85, classifierWeight: 3 };
/** A negator reaches this many English words, or Chinese characters, ahead. */
const EN_NEGATION_WINDOW = 3;
const ZH_NEGATION_WINDOW = 4;
/** Topic terms in a clause without cues count this much for the facet of the passage as a whole. */
const INHERIT = 0.7;
/** Topic terms in a clause whose cues tie count this much for the passage's facet. */
const TIED_CLAUSE = 0.5;
/** Topic terms that are the object of a remedy ("to address the shortage of teachers") count this much for a strategy. */
const REMEDY_OBJECT = 0.4;
/** A category of the facet that the passage as a whole does not lean to is ranked at this share of its score. */
const OTHER_FACET = 0.8;
/** A topic term next to a cue of its facet (within NEAR_EN / NEAR_ZH characters, same clause) counts this much more: the cue is about it. */
const NEAR_CUE = 1.25;
const NEAR_EN = 30;
const NEAR_ZH = 8;
/** A strategy cue inside a topic term ("policy support", 共建共享) counts this share of its weight. */
const INSIDE_TOPIC = 0.5;
/** A facet needs cues weighing at least this much in the passage: one weak verb ("offers", "increased") is narration, not a strategy. */
const MIN_EVIDENCE = 0.8;
/** In multi mode, categories below this share of the best are left out. */
const MULTI_SHARE = 0.5;

/**
 * Builds a coder: the codebook's include and exclude terms and the cue lexicon (built in, plus the
 * codebook's `cues:`) compiled into tries, and a naive Bayes classifier trained on the codebook's
 * descriptions, examples and terms. A passage gets a category when it holds the category's terms in
 * a clause whose cues mark the category's facet (deficiency words for a problem, prescriptions and
 * actions for a strategy) and the term score plus the weighted classifier posterior reaches the
 * threshold; see README.md.
 * @param codebook a loaded codebook
 * @param options multi, unit, threshold, tie, classifierWeight
 */
export function createCoder(codebook: Codebook, options: CoderOptions = {}): Coder {
  const opts: Required<CoderOptions> = {
    multi: options.multi ?? DEFAULTS.multi,
    unit: options.unit ?? DEFAULTS.unit,
    threshold: options.threshold ?? DEFAULTS.threshold,
    tie: options.tie ?? DEFAULTS.tie,
    classifierWeight: options.classifierWeight ?? DEFAULTS.classifierWeight,
  };
  const classifier: Classifier | undefined = opts.classifierWeight > 0 ? trainClassifier(codebook) : undefined;
  const categories = codebook.categories;
  const enTopics = new WordTrie<TopicRef>();
  const zhTopics = new CharTrie<TopicRef>();
  categories.forEach((c, index) => {
    for (const t of c.include) addTopic(t, { category: index, weight: t.weight, exclude: false });
    for (const t of c.exclude) addTopic(t, { category: index, weight: 0, exclude: true });
  });
  function addTopic(t: Term, ref: TopicRef): void {
    // One value per category and node: a term written in several forms ("evaluate", "evaluation") counts once.
    const same = (v: TopicRef): boolean => v.category === ref.category && v.exclude === ref.exclude;
    if (t.language === 'zh') {
      const old = zhTopics.get(t.text).find(same);
      if (old) old.weight = Math.max(old.weight, ref.weight);
      else zhTopics.add(t.text, ref);
    } else {
      const words = termWords(t.text);
      const old = enTopics.get(words).find(same);
      if (old) old.weight = Math.max(old.weight, ref.weight);
      else enTopics.add(words, ref);
    }
  }

  const enCues = new WordTrie<CueRef>('lower');
  const zhCues = new CharTrie<CueRef>();
  const addCue = (cue: Cue): void => {
    if (/[\u3400-\u9fff]/.test(cue.text)) {
      if (zhCues.get(cue.text).length === 0) zhCues.add(cue.text, { kind: cue.kind, weight: cue.weight });
      return;
    }
    for (const form of inflections(cue)) {
      const words = cueWords(form);
      if (words.length > 0 && enCues.get(words).length === 0) enCues.add(words, { kind: cue.kind, weight: cue.weight });
    }
  };
  for (const t of codebook.cues.problem) addCue({ text: t.text, kind: 'problem', weight: t.weight });
  for (const t of codebook.cues.strategy) addCue({ text: t.text, kind: 'strategy', weight: t.weight });
  for (const cue of ENGLISH_CUES) addCue(cue);
  for (const cue of CHINESE_CUES) addCue(cue);

  const run = (raw: string, language: CodeLanguage, trace?: Explanation): Code[] => {
    const text = raw.normalize('NFKC');
    if (trace) trace.text = text;
    if (/[?？]\s*$/.test(text)) return stop(trace, 'question');
    const lower = lowerSameLength(text);
    const words = language === 'zh' && !/[A-Za-z]/.test(text) ? [] : englishWords(text);
    const titles = titleSpans(text);

    const topics = findTopics(text, lower, words, titles);
    if (trace) trace.topics = topics.map((t) => ({ category: categories[t.category]?.id ?? '', term: text.slice(t.start, t.end), start: t.start, end: t.end, weight: t.weight }));
    if (topics.length === 0) return stop(trace, 'no-topic-term');
    const cues = findCues(text, lower, words, titles, topics);
    if (trace) trace.cues = cues.map((c) => ({ kind: c.kind, text: c.label, start: c.start, end: c.end, weight: c.weight }));
    if (cues.some((c) => c.kind === 'meta')) return stop(trace, 'methodology');
    if (cues.some((c) => c.kind === 'study') && !cues.some((c) => c.kind === 'finding' || c.kind === 'proposal')) return stop(trace, 'about-research');

    const resolved = resolveNegation(cues);
    const clauses = clauseBreaks(text);
    const remedies = remedyScopes(resolved, clauses);
    for (const c of resolved) {
      if ((c.kind === 'problem' || c.kind === 'negator') && insideAny(remedies, c.start)) c.weight = 0;
    }
    if (trace) trace.cues = resolved.map((c) => ({ kind: c.kind, text: c.label, start: c.start, end: c.end, weight: c.weight }));
    return score(text, words, topics, resolved, clauses, remedies, trace);
  };

  const code = (text: string, language: CodeLanguage): Code[] => run(text, language);
  const explain = (text: string, language: CodeLanguage): Explanation => {
    const trace: Explanation = { text, stopped: '', topics: [], cues: [], clauses: [], scores: [], posteriors: [], codes: [] };
    trace.codes = run(text, language, trace);
    return trace;
  };

  function findTopics(text: string, lower: string, words: readonly Word[], titles: ReadonlyArray<[number, number]>): TopicHit[] {
    const matches: Array<Match<TopicRef>> = [...enTopics.allMatches(text, words), ...zhTopics.allMatches(lower)];
    const hits: TopicHit[] = [];
    const excluded: Array<{ start: number; end: number; category: number }> = [];
    for (const m of matches) {
      if (insideSpans(titles, m.start, m.end)) continue;
      const key = lower.slice(m.start, m.end);
      for (const v of m.values) {
        if (v.exclude) excluded.push({ start: m.start, end: m.end, category: v.category });
        else hits.push({ start: m.start, end: m.end, category: v.category, weight: v.weight, key });
      }
    }
    categories.forEach((c, index) => {
      const window = lower.slice(0, PATTERN_WINDOW);
      for (const p of c.patterns) {
        p.regex.lastIndex = 0;
        let guard = 0;
        for (let m = p.regex.exec(window); m && guard < 50; m = p.regex.exec(window), guard++) {
          if (m[0].length === 0) {
            p.regex.lastIndex++;
            continue;
          }
          if (!insideSpans(titles, m.index, m.index + m[0].length)) {
            hits.push({ start: m.index, end: m.index + m[0].length, category: index, weight: p.weight, key: `/${p.source}/` });
          }
        }
      }
    });
    // Drop hits that an exclude term of their category overlaps, then hits inside a longer hit of the same facet.
    const kept = hits.filter((h) => !excluded.some((e) => e.category === h.category && e.start < h.end && h.start < e.end));
    const facetOf = (h: TopicHit): Facet | undefined => categories[h.category]?.facet;
    return kept.filter((h) => !kept.some((o) => o !== h && facetOf(o) === facetOf(h) && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
  }

  function findCues(text: string, lower: string, words: readonly Word[], titles: ReadonlyArray<[number, number]>, topics: readonly TopicHit[]): CueHit[] {
    const out: CueHit[] = [];
    for (const m of enCues.scan(text, words)) {
      const hit = cueHit(text, m, true);
      // "how costs should be shared": a modal in an indirect question prescribes nothing.
      if (hit.kind === 'modal' && words.slice(Math.max(0, m.from - 4), m.from).some((w) => WH_WORDS.has(w.lower))) hit.weight = 0;
      out.push(hit);
    }
    for (const m of zhCues.scan(lower)) out.push(cueHit(text, m, false));
    return out
      .filter((c) => !insideSpans(titles, c.start, c.end))
      .map((c) => {
        // A strategy word inside a topic term ("policy support", 实施细则, 资源共享) is mostly part of the topic.
        if (c.kind === 'problem' || c.kind === 'negator' || c.kind === 'cancel') return c;
        const inside = topics.some((t) => t.start <= c.start && t.end >= c.end && t.end - t.start > c.end - c.start);
        return inside ? { ...c, weight: c.weight * INSIDE_TOPIC } : c;
      })
      .sort((a, b) => a.start - b.start || a.end - b.end);
  }

  function score(text: string, words: readonly Word[], topics: readonly TopicHit[], cues: readonly CueHit[], breaks: readonly number[], remedies: ReadonlyArray<[number, number]>, trace?: Explanation): Code[] {
    // Facet of each clause, and of the passage as a whole.
    const clauseCount = breaks.length + 1;
    const problem = new Array<number>(clauseCount).fill(0);
    const strategy = new Array<number>(clauseCount).fill(0);
    const clauseWeight = breaks.map((_, k) => k).concat(breaks.length).map((k) => contrastWeight(text.slice(k === 0 ? 0 : (breaks[k - 1] ?? 0), (breaks[k] ?? text.length))));
    for (const c of cues) {
      const k = clauseOf(breaks, c.start);
      const w = clauseWeight[k] ?? 1;
      if (c.kind === 'problem' || c.kind === 'negator') problem[k] = (problem[k] ?? 0) + c.weight * w;
      else if (isStrategyCue(c.kind)) {
        // A Chinese clause that opens with a verb of action ("建立…", "推动…") is an instruction, as in policy texts.
        const opening = !c.english && c.kind === 'strategy' && CLAUSE_OPENING.test(text.slice(k === 0 ? 0 : (breaks[k - 1] ?? 0), c.start));
        strategy[k] = (strategy[k] ?? 0) + c.weight * w * (opening ? IMPERATIVE : 1);
      }
    }
    // A statement of importance ("X serves as a key mechanism for ...") is background, unless a modal or a deficiency makes it a claim.
    if (cues.some((c) => c.kind === 'background') && !cues.some((c) => c.kind === 'modal') && sum(problem) < MIN_EVIDENCE) return stop(trace, 'background');
    const totalP = sum(problem);
    const totalS = sum(strategy);
    if (trace) trace.clauses = problem.map((p, k) => ({ start: k === 0 ? 0 : (breaks[k - 1] ?? 0), problem: round3(p), strategy: round3(strategy[k] ?? 0) }));
    const passageFacet = lean(totalP, totalS);
    if (passageFacet === null && totalP === 0) return [];

    const best = new Map<string, number>();
    const evidence = new Map<number, TopicHit[]>();
    for (const h of topics) {
      const c = categories[h.category];
      if (!c) continue;
      const k = clauseOf(breaks, h.start);
      const p = problem[k] ?? 0;
      const s = strategy[k] ?? 0;
      // A clause leans to a facet only on enough evidence of its own; otherwise it takes the passage's.
      const clauseFacet = Math.max(p, s) >= MIN_EVIDENCE - 1e-9 ? lean(p, s) : null;
      const weakClause = clauseFacet === null && Math.abs(p - s) > 1e-9;
      let mult: number;
      if ((c.facet === 'problem' ? totalP : totalS) < MIN_EVIDENCE - 1e-9) mult = 0;
      else if (clauseFacet === c.facet) mult = 1;
      else if (clauseFacet !== null) mult = 0;
      else if ((p === 0 && s === 0) || weakClause) mult = passageFacet === c.facet ? INHERIT : 0;
      else mult = passageFacet === c.facet ? TIED_CLAUSE : 0;
      if (insideAny(remedies, h.start)) mult *= c.facet === 'strategy' ? REMEDY_OBJECT : 0;
      if (mult > 0 && nearCue(h, cues, c.facet, k, breaks)) mult *= NEAR_CUE;
      if (mult === 0) continue;
      const key = `${h.category}\u0000${h.key}`;
      const value = h.weight * mult;
      if ((best.get(key) ?? 0) < value) best.set(key, value);
      const list = evidence.get(h.category) ?? [];
      list.push(h);
      evidence.set(h.category, list);
    }
    const scores = new Map<number, number>();
    for (const [key, value] of best) {
      const index = Number(key.slice(0, key.indexOf('\u0000')));
      scores.set(index, (scores.get(index) ?? 0) + value);
    }
    if (trace) {
      trace.scores = [...scores.entries()].map(([i, v]) => ({ category: categories[i]?.id ?? '', score: round3(v) })).sort((a, b) => b.score - a.score || (a.category < b.category ? -1 : 1));
    }
    // The classifier's posterior over all categories of the facet(s) the term scores found is added to
    // their scores; a category still needs term evidence of its own to be given (no code from the
    // classifier alone).
    const rankOf = (index: number, value: number): number => value * (passageFacet === null || categories[index]?.facet === passageFacet ? 1 : OTHER_FACET);
    const byRank = [...scores.entries()].sort((a, b) => rankOf(b[0], b[1]) - rankOf(a[0], a[1]) || a[0] - b[0]);
    const combined = new Map<number, number>(scores);
    const posteriors = new Map<number, number>();
    if (classifier && byRank.length > 0) {
      const features = classifierFeatures(text, words);
      const facets = opts.multi ? [...new Set(byRank.map(([i]) => categories[i]?.facet))] : [categories[byRank[0]?.[0] ?? 0]?.facet];
      for (const facet of facets) {
        const candidates = categories.flatMap((c, i) => (c.facet === facet ? [i] : []));
        const post = classifier.posteriorOf(features, candidates);
        candidates.forEach((c, k) => {
          const p = post[k] ?? 0;
          posteriors.set(c, p);
          combined.set(c, (combined.get(c) ?? 0) + opts.classifierWeight * p);
        });
      }
      if (trace) {
        trace.posteriors = [...posteriors.entries()].map(([i, p]) => ({ category: categories[i]?.id ?? '', probability: round3(p) })).sort((a, b) => b.probability - a.probability || (a.category < b.category ? -1 : 1));
      }
    }
    const ranked = [...combined.entries()]
      .filter(([i, s]) => s >= opts.threshold - 1e-9 && (scores.get(i) ?? 0) > 0)
      .map(([index, s]) => {
        const c = categories[index] as Category;
        return { index, c, s, rank: rankOf(index, s) };
      })
      .sort((a, b) => b.rank - a.rank || a.index - b.index);
    const top = ranked[0];
    if (!top) return [];
    const make = (r: (typeof ranked)[number]): Code => ({
      category: r.c.id,
      facet: r.c.facet,
      dimension: r.c.dimension,
      score: round3(r.s),
      cues: [...evidenceOf(text, evidence.get(r.index) ?? [], cues, r.c.facet), ...(posteriors.has(r.index) ? [`classifier:${round3(posteriors.get(r.index) ?? 0)}`] : [])],
    });
    if (opts.multi) return ranked.filter((r) => r.rank >= top.rank * MULTI_SHARE).map(make);
    const second = ranked[1];
    if (second && second.rank >= top.rank * opts.tie) {
      return [
        {
          category: null,
          facet: top.c.facet === second.c.facet ? top.c.facet : null,
          dimension: null,
          score: round3(top.s),
          cues: [],
          candidates: ranked.filter((r) => r.rank >= top.rank * opts.tie).map((r) => r.c.id),
        },
      ];
    }
    return [make(top)];
  }

  return { codebook, options: opts, code, explain };
}

function stop(trace: Explanation | undefined, why: Explanation['stopped']): Code[] {
  if (trace) trace.stopped = why;
  return [];
}

function cueHit(text: string, m: Match<CueRef>, english: boolean): CueHit {
  const v = m.values[0] as CueRef;
  return { start: m.start, end: m.end, kind: v.kind, weight: v.weight, at: english ? m.from : m.start, english, label: text.slice(m.start, m.end) };
}

/**
 * Resolves negation on cues in text order: a negator before an action or a positive quality makes
 * it a deficiency ("not sound", "has not established", 未建立); before a deficiency it cancels it
 * ("not lacking"); after a modal it is part of the prescription ("should not"); alone it is a weak
 * deficiency. "No longer" / 不再 cancels the deficiency that follows.
 */
function resolveNegation(cues: readonly CueHit[]): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < cues.length; i++) {
    const c = cues[i];
    if (!c) continue;
    if (c.kind === 'cancel') {
      const next = cues[i + 1];
      if (next && within(c, next) && (next.kind === 'problem' || next.kind === 'negator')) i++;
      continue;
    }
    if (c.kind !== 'negator') {
      out.push({ ...c });
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'modal' && near(prev, c)) continue;
    const next = cues[i + 1];
    if (next && within(c, next)) {
      if (next.kind === 'modal') continue;
      if (next.kind === 'problem') {
        i++;
        continue;
      }
      if (next.kind === 'strategy' || next.kind === 'remedy' || next.kind === 'proposal' || next.kind === 'positive') {
        out.push({ ...next, start: c.start, kind: 'problem', weight: Math.max(1, c.weight), label: `${c.label} … ${next.label}` });
        i++;
        continue;
      }
    }
    out.push({ ...c });
  }
  return out.filter((c) => c.kind !== 'positive' && c.kind !== 'neutral');
}

function nearCue(h: TopicHit, cues: readonly CueHit[], facet: Facet, clause: number, breaks: readonly number[]): boolean {
  for (const c of cues) {
    if (c.weight === 0) continue;
    const isProblem = c.kind === 'problem' || c.kind === 'negator';
    if ((facet === 'problem') !== isProblem) continue;
    if (facet === 'strategy' && !isStrategyCue(c.kind)) continue;
    if (clauseOf(breaks, c.start) !== clause) continue;
    const gap = c.end <= h.start ? h.start - c.end : h.end <= c.start ? c.start - h.end : 0;
    if (gap <= (c.english ? NEAR_EN : NEAR_ZH)) return true;
  }
  return false;
}

function within(neg: CueHit, next: CueHit): boolean {
  if (neg.english !== next.english) return false;
  return neg.english ? next.at - neg.at <= EN_NEGATION_WINDOW : next.start - neg.end <= ZH_NEGATION_WINDOW;
}

function near(modal: CueHit, neg: CueHit): boolean {
  if (modal.english !== neg.english) return false;
  return modal.english ? neg.at - modal.at <= 2 : neg.start - modal.end <= 1;
}

/** What may stand before the verb that opens a Chinese instruction: spaces, numbering, an article number. */
const CLAUSE_OPENING = /^[\s\d.、()（）一二三四五六七八九十第条款是要]*$/;
/** Weight factor of a strategy verb that opens a Chinese clause. */
const IMPERATIVE = 1.5;

const WH_WORDS: ReadonlySet<string> = new Set(['how', 'what', 'whether', 'which', 'who', 'whom', 'where', 'when', 'why']);

const SUBORDINATE_START = /^\s*(?:although|though|while|whereas|because|since|as|if|when|despite|given|with|to|in order to|by|for|after|before|unless|once|due to|owing to|under|through|in)\b/i;
const COMMA_CONJUNCTION = /^,\s*(?:but|yet|while|whereas|so|thus|hence|which|leaving|resulting|making|and thus|and therefore|and hence|although|though|because|since|so that|thereby)\b/i;

/**
 * Offsets where clauses begin (after the first): after ; : ! ? and sentence ends, after a Chinese
 * comma, after an English comma that precedes a conjunction ("…, but …") or ends an introductory
 * subordinate clause ("Although …, …").
 */
function clauseBreaks(text: string): number[] {
  const out: number[] = [];
  let sentenceStart = 0;
  let introOpen = SUBORDINATE_START.test(text);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if ('；;：:！!？?。，\n'.includes(ch)) {
      out.push(i + 1);
      if (ch !== '，' && ch !== ':' && ch !== '：') {
        sentenceStart = i + 1;
        introOpen = SUBORDINATE_START.test(text.slice(sentenceStart, sentenceStart + 40));
      }
      continue;
    }
    if (ch === '.' && /^\.\s+[A-Z"“]/.test(text.slice(i, i + 4))) {
      out.push(i + 1);
      sentenceStart = i + 1;
      introOpen = SUBORDINATE_START.test(text.slice(sentenceStart, sentenceStart + 40));
      continue;
    }
    if (ch === ',' && (isCjk(text, i - 1) || isCjk(text, i + 1))) {
      // A Chinese comma (made ',' by NFKC) separates clauses.
      out.push(i + 1);
      continue;
    }
    if (ch === ',') {
      if (introOpen) {
        out.push(i + 1);
        introOpen = false;
      } else if (COMMA_CONJUNCTION.test(text.slice(i, i + 24))) {
        out.push(i + 1);
      }
    }
  }
  return out;
}

const CONTRAST_START = /^[\s,，]*(?:but|however|yet|still|nevertheless|nonetheless|但是|但|然而|却|可是|不过)/i;
const CONCESSIVE_START = /^[\s,，]*(?:although|though|even though|while|whereas|despite|in spite of|虽然|虽|尽管|即使)/i;

/** Cues in a clause after "but" / 但 carry the claim (×1.3); in a concession ("although", 虽然) they count less (×0.6). */
function contrastWeight(clause: string): number {
  if (CONTRAST_START.test(clause)) return 1.3;
  if (CONCESSIVE_START.test(clause.replace(/^[^\s\p{L}]+/u, ''))) return 0.6;
  return 1;
}

function isCjk(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || c === 0x201d || c === 0x300b;
}

function clauseOf(breaks: readonly number[], offset: number): number {
  let k = 0;
  while (k < breaks.length && (breaks[k] ?? Infinity) <= offset) k++;
  return k;
}

/** From each remedy cue to the end of its clause (the next comma, semicolon or sentence end). */
function remedyScopes(cues: readonly CueHit[], breaks: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const c of cues) {
    if (c.kind !== 'remedy') continue;
    const next = breaks.find((b) => b > c.end) ?? Infinity;
    out.push([c.end, next]);
  }
  return out;
}

function insideAny(spans: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  return spans.some(([a, b]) => offset >= a && offset < b);
}

function lean(problem: number, strategy: number): Facet | null {
  if (problem > strategy + 1e-9) return 'problem';
  if (strategy > problem + 1e-9) return 'strategy';
  return null;
}

function evidenceOf(text: string, topics: readonly TopicHit[], cues: readonly CueHit[], facet: Facet): string[] {
  const items: Array<{ at: number; label: string }> = [];
  const seen = new Set<string>();
  for (const t of topics) {
    const label = `term:${text.slice(t.start, t.end)}`;
    if (seen.has(label)) continue;
    seen.add(label);
    items.push({ at: t.start, label });
  }
  for (const c of cues) {
    if (c.weight === 0) continue;
    const isProblem = c.kind === 'problem' || c.kind === 'negator';
    if ((facet === 'problem' && !isProblem) || (facet === 'strategy' && !isStrategyCue(c.kind))) continue;
    items.push({ at: c.start, label: `${facet}:${c.label}` });
  }
  return items.sort((a, b) => a.at - b.at).map((i) => i.label);
}

function isStrategyCue(kind: CueKind): boolean {
  return kind === 'strategy' || kind === 'modal' || kind === 'remedy' || kind === 'proposal';
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
