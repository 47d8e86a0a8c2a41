import type { CitationInput } from '../graphs/citation-input.js';
import { createRng, randomIndex, type Rng } from '../graphs/rng.js';

/** Settings of the synthetic citation corpus (benchmarks and scale tests). */
export interface SyntheticOptions {
  docs: number;
  /** Seed of the generator (default 1). */
  seed?: number;
  /** Mean references per document (default 30; each document gets mean ± 10). */
  refsMean?: number;
  /** Number of topics (default docs / 250, at least 4). */
  topics?: number;
  /** Works in each topic's pool (default 10,000). */
  worksPerTopic?: number;
  /** Works in the pool shared by all topics (default 10 x docs). */
  globalWorks?: number;
  /** Share of references drawn from the document's own topic (default 0.5). */
  topicShare?: number;
  /** Share of references drawn from a second topic of the document (default 0.25). */
  secondShare?: number;
  /** Zipf exponent of work popularity within a topic (default 0.85). */
  exponent?: number;
  /** Zipf exponent of work popularity in the shared pool (default 0.5). */
  globalExponent?: number;
}

/** The generated corpus and the topic each document was drawn from. */
export interface SyntheticCorpus extends CitationInput {
  topics: Uint32Array;
}

/** Cumulative Zipf weights of ranks 1..n: cdf[r] = sum of 1/(k^s) for k <= r+1, normalised. */
function zipfCdf(n: number, s: number): Float64Array {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += 1 / Math.pow(r + 1, s);
    cdf[r] = total;
  }
  for (let r = 0; r < n; r++) cdf[r] = cdf[r]! / total;
  return cdf;
}

/** Draws a rank (0-based) from a cumulative distribution by binary search. */
function drawRank(cdf: Float64Array, rng: Rng): number {
  const u = rng();
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Generates a seeded citation corpus: documents belong to topics; each cites about `refsMean` works,
 * most from its topic's pool and the rest from a shared pool, with Zipf-distributed popularity in
 * both, so that coupling has realistic hubs and clusters exist. Same options, same corpus.
 */
export function syntheticCitations(options: SyntheticOptions): SyntheticCorpus {
  const nDocs = options.docs;
  const rng = createRng(options.seed ?? 1);
  const refsMean = options.refsMean ?? 30;
  // The defaults give about 1.9 M coupled pairs for 10 k documents and 19 M for 100 k, with
  // Louvain modularity near 0.48, like the corpora measured in shared/baselines.md.
  const nTopics = options.topics ?? Math.max(4, Math.round(nDocs / 250));
  const perTopic = options.worksPerTopic ?? 10000;
  const nGlobal = options.globalWorks ?? 10 * nDocs;
  const topicShare = options.topicShare ?? 0.5;
  const secondShare = options.secondShare ?? 0.25;
  const exponent = options.exponent ?? 0.85;
  const topicCdf = zipfCdf(perTopic, exponent);
  const globalCdf = zipfCdf(nGlobal, options.globalExponent ?? 0.5);
  // Works are numbered in order of first citation; works nobody cites do not exist.
  const workNumber = new Int32Array(nTopics * perTopic + nGlobal).fill(-1);
  let nWorks = 0;

  const topics = new Uint32Array(nDocs);
  const docPtr = new Uint32Array(nDocs + 1);
  const refs: number[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < nDocs; i++) {
    const topic = randomIndex(rng, nTopics);
    const second = randomIndex(rng, nTopics);
    topics[i] = topic;
    const want = Math.max(1, refsMean - 10 + randomIndex(rng, 21));
    seen.clear();
    let attempts = 0;
    while (seen.size < want && attempts < want * 20) {
      attempts++;
      const u = rng();
      const work =
        u < topicShare
          ? topic * perTopic + drawRank(topicCdf, rng)
          : u < topicShare + secondShare
            ? second * perTopic + drawRank(topicCdf, rng)
            : nTopics * perTopic + drawRank(globalCdf, rng);
      seen.add(work);
    }
    const row: number[] = [];
    for (const pool of seen) {
      if (workNumber[pool]! < 0) workNumber[pool] = nWorks++;
      row.push(workNumber[pool]!);
    }
    row.sort((a, b) => a - b);
    for (const w of row) refs.push(w);
    docPtr[i + 1] = refs.length;
  }
  const docs = Array.from({ length: nDocs }, (_, i) => ({
    id: `d${String(i + 1).padStart(6, '0')}`,
    label: `Document ${i + 1} (topic ${topics[i]! + 1})`,
    year: 1990 + (i % 35),
  }));
  const works = Array.from({ length: nWorks }, (_, k) => ({ id: `w${String(k + 1).padStart(7, '0')}`, label: `Work ${k + 1}` }));
  return { docs, works, docPtr, workIdx: Uint32Array.from(refs), topics };
}
