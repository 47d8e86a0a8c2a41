import { message, type Message } from '../core/message.js';
import { termBursts, type TermBurst, type TermBurstOptions } from './bursts.js';
import { cooccurrenceNetwork, type CooccurrenceNetwork, type CooccurrenceOptions } from './cooccurrence.js';
import { indexCorpus, type CorpusIndex } from './corpus-index.js';
import { groupDocs, groupValue, termsByGroup, type GroupTerms } from './groups.js';
import { jiebaReference, keyTerms, type KeyTerm, type KeyTermOptions, type ReferenceCorpus } from './key-terms.js';
import { keyness, type KeynessOptions, type KeynessRow } from './keyness.js';
import { findPhrases, type PhraseOptions, type PhraseResult } from './phrases.js';
import { byFrequency, termStats, type TermStat, type TermTableOptions } from './term-table.js';
import { computeTfIdf, type TfIdfMatrix } from './tfidf.js';
import type { ThemeDoc } from './theme-doc.js';
import { createTokenizer, type Tokenizer } from './tokenize.js';
import { trends, type TrendRow } from './trends.js';
import { yearTable, type YearTable } from './years.js';

/** Which two groups keyness compares. */
export interface KeynessSpec {
  /** 'kind', 'year', 'language' or a metadata column. */
  by: string;
  a: string;
  /** The other group; undefined: every document not in A. */
  b?: string;
}

/** Options of analyseThemes; every part has a documented default. */
export interface ThemesOptions {
  /** Keep token positions (default true; see IndexOptions): needed by kwic and the noun-phrase check. */
  positions?: boolean;
  /** A tokenizer to use (it fixes the vocabulary); by default one is built from `vocabulary`. */
  tokenizer?: Tokenizer;
  /** Terms kept whole: taxonomy terms and the user's vocabulary file (ignored when `tokenizer` is given). */
  vocabulary?: Iterable<string>;
  /** Porter-stem English (default true; ignored when `tokenizer` is given). */
  stem?: boolean;
  terms?: TermTableOptions;
  /**
   * Key terms (key-terms.csv): floors, and the reference corpora terms are compared with (default:
   * jieba's dictionary for Chinese terms, read only when the corpus has some; no English reference).
   */
  keyTerms?: KeyTermOptions & { references?: readonly ReferenceCorpus[] };
  phrases?: PhraseOptions;
  /** Top terms per document in doc-terms (default 10). */
  docTerms?: number;
  /** Groupings for groups.csv (default ['kind', 'year']). */
  groupBy?: readonly string[];
  /** Terms per group (default 20). */
  groupTop?: number;
  /**
   * Keyness comparison. Default: policy against paper when the corpus has both kinds, else the
   * first kind against the rest; none when the corpus has one kind only.
   */
  keyness?: KeynessSpec & KeynessOptions;
  /** Terms followed in trends.csv: the most frequent `trendTerms` (default 30). */
  trendTerms?: number;
  bursts?: TermBurstOptions;
  cooccurrence?: CooccurrenceOptions;
}

/** Everything the themes stage computes for a corpus. */
export interface ThemesAnalysis {
  index: CorpusIndex;
  matrix: TfIdfMatrix;
  years: YearTable;
  tokenizer: Tokenizer;
  terms: TermStat[];
  /** Terms more frequent than in general language, most characteristic first (see keyTerms). */
  keyTerms: KeyTerm[];
  phrases: PhraseResult;
  /** Top terms per document: entry indices into the matrix, best first. */
  docTerms: number[][];
  groups: GroupTerms[];
  keyness: { spec: KeynessSpec; rows: KeynessRow[] } | undefined;
  trends: TrendRow[];
  bursts: TermBurst[];
  burstOptions: Required<Pick<TermBurstOptions, 's' | 'gamma' | 'minDuration'>>;
  network: CooccurrenceNetwork;
  messages: Message[];
}

/**
 * Runs the themes stage on a corpus: tokenise once, TF-IDF, term table, phrases, groups, keyness,
 * trends, bursts and the co-occurrence network. Pure: same documents and options, same result.
 * @param docs the documents (their order is the order of per-document outputs)
 * @param options see ThemesOptions
 */
export function analyseThemes(docs: readonly ThemeDoc[], options: ThemesOptions = {}): ThemesAnalysis {
  const tokenizer = options.tokenizer ?? createTokenizer({ vocabulary: options.vocabulary ?? [], stem: options.stem ?? true });
  const index = indexCorpus(docs, tokenizer, { positions: options.positions ?? true });
  const matrix = computeTfIdf(index.streams.map((s) => s.terms), index.termCount, { counted: index.counted, lengths: index.docTokens });
  const years = yearTable(index);
  const messages = [...index.messages];
  if (years.undated > 0) {
    messages.push(
      message('info', 'themes', 'themes-undated', '', `${years.undated} of ${docs.length} documents have no year; they are left out of trends and bursts.`, {
        note: 'Give their year in metadata.csv to include them.',
      }),
    );
  }

  const compare = byFrequency(index);
  const docTerms = docs.map((_, d) => {
    const from = matrix.docPtr[d] ?? 0;
    const to = matrix.docPtr[d + 1] ?? 0;
    const entries: number[] = [];
    for (let j = from; j < to; j++) entries.push(j);
    entries.sort((x, y) => (matrix.weights[y] ?? 0) - (matrix.weights[x] ?? 0) || compare(matrix.termIds[x] ?? 0, matrix.termIds[y] ?? 0));
    return entries.slice(0, options.docTerms ?? 10);
  });

  const terms = termStats(index, matrix, options.terms);
  const references = options.keyTerms?.references ?? [jiebaReference(index, options.keyTerms?.minFrequency ?? 3)].filter((r) => r !== undefined);
  const groups = (options.groupBy ?? ['kind', 'year']).flatMap((by) => termsByGroup(index, matrix, by, options.groupTop ?? 20));
  const spec = options.keyness ?? defaultKeyness(docs);
  let keynessResult: ThemesAnalysis['keyness'];
  if (spec) {
    const inA = (d: ThemeDoc): boolean => groupValue(d, spec.by) === spec.a;
    const inB = (d: ThemeDoc): boolean => (spec.b === undefined ? groupValue(d, spec.by) !== spec.a : groupValue(d, spec.by) === spec.b);
    const nA = docs.filter(inA).length;
    const nB = docs.filter((d) => !inA(d) && inB(d)).length;
    if (nA === 0 || nB === 0) {
      messages.push(
        message('warning', 'themes', 'themes-keyness-empty-group', '', `Keyness by ${spec.by} compares "${spec.a}" with "${spec.b ?? '(the rest)'}", but ${nA === 0 ? 'the first' : 'the second'} group has no documents.`, {
          note: `Values of ${spec.by} in this corpus: ${groupDocs(docs, spec.by).map(([v]) => v || '(none)').join(', ')}.`,
        }),
      );
    }
    keynessResult = { spec: { by: spec.by, a: spec.a, ...(spec.b !== undefined ? { b: spec.b } : {}) }, rows: keyness(index, matrix, inA, inB, options.keyness ?? {}) };
  }

  const trendIds: number[] = [];
  for (let t = 0; t < index.termCount; t++) if (index.counted[t] === 1 && (index.frequency[t] ?? 0) > 0) trendIds.push(t);
  trendIds.sort(compare);
  const burstOptions = {
    s: options.bursts?.s ?? 2,
    gamma: options.bursts?.gamma ?? 1,
    minDuration: options.bursts?.minDuration ?? 1,
  };
  return {
    index,
    matrix,
    years,
    tokenizer,
    terms,
    keyTerms: keyTerms(index, matrix, references, options.keyTerms),
    phrases: findPhrases(index, options.phrases),
    docTerms,
    groups,
    keyness: keynessResult,
    trends: trends(index, matrix, years, trendIds.slice(0, options.trendTerms ?? 30)),
    bursts: termBursts(index, matrix, years, { ...options.bursts, ...burstOptions }),
    burstOptions,
    network: cooccurrenceNetwork(index, options.cooccurrence),
    messages,
  };
}

function defaultKeyness(docs: readonly ThemeDoc[]): KeynessSpec | undefined {
  const kinds = new Set(docs.map((d) => d.kind));
  if (kinds.has('policy') && kinds.has('paper')) return { by: 'kind', a: 'policy', b: 'paper' };
  const first = groupDocs(docs, 'kind')[0];
  return kinds.size >= 2 && first ? { by: 'kind', a: first[0] } : undefined;
}
