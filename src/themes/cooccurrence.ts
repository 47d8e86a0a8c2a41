import { sentenceIds, tokenPlaces, type CorpusIndex } from './corpus-index.js';
import type { TokenPlaces } from './positions.js';
import { termLanguage, type TermLanguage } from './term-table.js';
import { compareStrings } from './vocabulary.js';

/** Options of cooccurrenceNetwork. */
export interface CooccurrenceOptions {
  /** The unit within which two terms co-occur (default 'sentence'; documents without sentences count as one unit). */
  window?: 'sentence' | 'document';
  /** Number of terms taken as nodes: the most widespread (document frequency, then frequency) (default 100, at most 2000). */
  nodes?: number;
  /** Or these term ids as nodes (overrides `nodes`). */
  terms?: readonly number[];
  /** Keep edges seen in at least this many units (default 2). */
  minWeight?: number;
}

/** A node of the co-occurrence network. */
export interface CooccurrenceNode {
  /** Term id in the index. */
  id: number;
  term: string;
  label: string;
  language: TermLanguage;
  frequency: number;
  /** Units (sentences or documents) that hold the term. */
  units: number;
}

/** An undirected edge; `source` < `target` are indices into `nodes`. */
export interface CooccurrenceEdge {
  source: number;
  target: number;
  /** Units that hold both terms. */
  weight: number;
  /**
   * Association strength (van Eck & Waltman 2009), scaled as observed over expected:
   * weight × units / (units_i × units_j). 1 means as often as chance would have it.
   */
  association: number;
}

/** A term co-occurrence network as node and edge lists, ready for a graph writer. */
export interface CooccurrenceNetwork {
  window: 'sentence' | 'document';
  /** Units looked at. */
  units: number;
  nodes: CooccurrenceNode[];
  edges: CooccurrenceEdge[];
}

/**
 * Term co-occurrence within sentences (or documents): a dense counter over the chosen node terms,
 * so the cost is linear in tokens plus the pairs met inside each unit. Edges are sorted by weight
 * (descending), then source, then target.
 * @param index the tokenised corpus
 * @param options window, nodes, floor
 */
export function cooccurrenceNetwork(index: CorpusIndex, options: CooccurrenceOptions = {}): CooccurrenceNetwork {
  const window = options.window ?? 'sentence';
  const minWeight = options.minWeight ?? 2;
  let ids: number[];
  if (options.terms) {
    ids = [...new Set(options.terms)].filter((t) => t >= 0 && t < index.termCount);
  } else {
    ids = [];
    for (let t = 0; t < index.termCount; t++) if (index.counted[t] === 1 && (index.frequency[t] ?? 0) > 0) ids.push(t);
    ids.sort(
      (a, b) =>
        (index.docFrequency[b] ?? 0) - (index.docFrequency[a] ?? 0) ||
        (index.frequency[b] ?? 0) - (index.frequency[a] ?? 0) ||
        compareStrings(index.terms[a] ?? '', index.terms[b] ?? ''),
    );
    ids = ids.slice(0, Math.min(2000, options.nodes ?? 100));
  }
  ids = ids.slice(0, 2000);
  const K = ids.length;
  const node = new Int32Array(index.termCount).fill(-1);
  ids.forEach((t, i) => {
    node[t] = i;
  });
  const pair = new Int32Array(K * K);
  const unitCount = new Int32Array(K);
  const stamp = new Int32Array(K).fill(-1);
  const present: number[] = [];
  let units = 0;

  const closeUnit = (): void => {
    if (present.length === 0) return;
    present.sort((a, b) => a - b);
    for (let x = 0; x < present.length; x++) {
      const i = present[x] ?? 0;
      unitCount[i] = (unitCount[i] ?? 0) + 1;
      for (let y = x + 1; y < present.length; y++) {
        const k = i * K + (present[y] ?? 0);
        pair[k] = (pair[k] ?? 0) + 1;
      }
    }
    present.length = 0;
  };

  const places: TokenPlaces = { offsets: new Int32Array(0), ends: new Int32Array(0) };
  let scratch = new Int32Array(0);
  index.streams.forEach((s, d) => {
    if (window !== 'document' && scratch.length < s.terms.length) {
      const size = Math.max(s.terms.length, scratch.length * 2);
      scratch = new Int32Array(size);
      places.offsets = new Int32Array(size);
      places.ends = new Int32Array(size);
    }
    const sentence = window === 'document' ? undefined : sentenceIds(tokenPlaces(s, places).offsets, index.docs[d]?.sentences ?? [], scratch);
    let current = Number.NaN;
    for (let i = 0; i < s.terms.length; i++) {
      const unit = sentence ? (sentence[i] ?? -1) : 0;
      if (unit !== current) {
        closeUnit();
        units++;
        current = unit;
      }
      const n = node[s.terms[i] ?? 0] ?? -1;
      if (n < 0 || stamp[n] === units) continue;
      stamp[n] = units;
      present.push(n);
    }
    closeUnit();
  });

  const nodes: CooccurrenceNode[] = ids.map((t, i) => ({
    id: t,
    term: index.terms[t] ?? '',
    label: index.forms[t] ?? '',
    language: termLanguage(index.script[t] ?? 0),
    frequency: index.frequency[t] ?? 0,
    units: unitCount[i] ?? 0,
  }));
  const edges: CooccurrenceEdge[] = [];
  for (let i = 0; i < K; i++) {
    for (let j = i + 1; j < K; j++) {
      const w = pair[i * K + j] ?? 0;
      if (w < Math.max(1, minWeight)) continue;
      const ui = unitCount[i] ?? 0;
      const uj = unitCount[j] ?? 0;
      edges.push({ source: i, target: j, weight: w, association: ui > 0 && uj > 0 ? (w * units) / (ui * uj) : 0 });
    }
  }
  edges.sort((a, b) => b.weight - a.weight || a.source - b.source || a.target - b.target);
  return { window, units, nodes, edges };
}
