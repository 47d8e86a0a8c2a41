import { transposeCsr } from './citation-input.js';
import { TopNeighbours } from './top-neighbours.js';

/** Rows sorted by term (compressed sparse rows) with their Euclidean norms. */
export interface SortedRows {
  ptr: Uint32Array;
  idx: Uint32Array;
  val: Float64Array;
  norms: Float64Array;
}

/** The links found and what finding them cost. */
export interface CosineNeighbours {
  /** Upper triangle in compressed sparse rows, targets ascending. */
  ptr: Uint32Array;
  dst: Uint32Array;
  w: Float64Array;
  /** Partner postings read while accumulating (the search's main cost). */
  partnerVisits: number;
  /** Pairs whose cosine was computed in full. */
  pairsScored: number;
}

/** Slack for comparing bounds computed in a different order of floating-point operations. */
const SLACK = 1e-9;
/** Terms of a document whose best-weighted documents are tried as its first neighbours, and how many per term. */
const PROBE_TERMS = 4;
const CHAMPIONS = 8;

/**
 * The links of an exact all-pairs cosine search: every pair with cosine >= minSimilarity (and > 0),
 * each document's k most similar kept (a link stays when its weight is at least the k-th largest of
 * either end; k = 0 keeps all). Weights are min(1, cosine), the dot product summed over the shared
 * terms in ascending term order.
 *
 * How (prefix filtering, as in Bayardo et al. 2007 and Anastasiu & Karypis 2014, with a threshold per
 * document): first a lower bound L_d of each document's k-th best cosine, from the exact cosines
 * with a few candidates (the documents weighing its strongest terms most); a pair can only be kept
 * when its cosine reaches min(L_i, L_j). Terms are ordered from the most to the least frequent; each
 * document leaves out of the index its longest prefix of frequent terms whose share of its norm
 * stays below L_d, so a pair that shares no indexed term has a cosine below that bound and is never
 * met. A pair met is completed only when its partial dot product plus the product of the two
 * prefixes' norms can reach the bound; then the cosine is computed in full. The pairs that can
 * matter are all met, so the links and their weights are those of the plain search, bit for bit.
 */
export function cosineNeighbours(rows: SortedRows, nTerms: number, minSimilarity: number, k: number): CosineNeighbours {
  const n = rows.norms.length;
  const { ptr: rowPtr, idx: rowIdx, val: rowVal, norms } = rows;
  const nnz = rowIdx.length;
  const t = transposeCsr(n, nTerms, rowPtr, rowIdx);
  // postings: values and the row entry each comes from, in the transpose's order
  const postVal = new Float64Array(nnz);
  const postEntry = new Uint32Array(nnz);
  const fill = t.ptr.slice(0, nTerms);
  for (let i = 0; i < n; i++) {
    for (let p = rowPtr[i]!; p < rowPtr[i + 1]!; p++) {
      const q = fill[rowIdx[p]!]!++;
      postVal[q] = rowVal[p]!;
      postEntry[q] = p;
    }
  }
  const unit = (p: number, i: number): number => (norms[i]! > 0 ? rowVal[p]! / norms[i]! : 0);

  // exact dot products against one document scattered over the terms
  const xv = new Float64Array(nTerms);
  const xMark = new Int32Array(nTerms).fill(-1);
  let scattered = -1;
  let pairsScored = 0;
  const scatter = (i: number): void => {
    for (let p = rowPtr[i]!; p < rowPtr[i + 1]!; p++) {
      xv[rowIdx[p]!] = rowVal[p]!;
      xMark[rowIdx[p]!] = i;
    }
    scattered = i;
  };
  /** min(1, cosine) of the scattered document and j when a link (> 0 and >= minSimilarity), else -1. */
  const weightWith = (j: number): number => {
    pairsScored++;
    let s = 0;
    for (let p = rowPtr[j]!; p < rowPtr[j + 1]!; p++) {
      const term = rowIdx[p]!;
      if (xMark[term] === scattered) s += xv[term]! * rowVal[p]!;
    }
    const denominator = norms[scattered]! * norms[j]!;
    const cosine = denominator > 0 ? s / denominator : 0;
    return cosine > 0 && cosine >= minSimilarity ? Math.min(1, cosine) : -1;
  };

  // 1. Lower bounds of each document's k-th best weight (minSimilarity when unknown or k = 0).
  const bound = new Float64Array(n).fill(minSimilarity);
  if (k > 0 && minSimilarity < 1) {
    const champ = championLists(t.ptr, t.idx, postVal, norms, nTerms);
    const best = new Float64Array(k);
    const seen = new Int32Array(n).fill(-1);
    const probe = new Int32Array(PROBE_TERMS);
    for (let i = 0; i < n; i++) {
      if (norms[i]! <= 0) continue;
      // the document's strongest terms, descending (ties: the smaller term)
      let np = 0;
      for (let p = rowPtr[i]!; p < rowPtr[i + 1]!; p++) {
        if (np === PROBE_TERMS && rowVal[p]! <= rowVal[probe[np - 1]!]!) continue;
        let c = np < PROBE_TERMS ? np++ : PROBE_TERMS - 1;
        while (c > 0 && rowVal[probe[c - 1]!]! < rowVal[p]!) {
          probe[c] = probe[c - 1]!;
          c--;
        }
        probe[c] = p;
      }
      scatter(i);
      seen[i] = i;
      let found = 0;
      best.fill(-1);
      for (let r = 0; r < np; r++) {
        const term = rowIdx[probe[r]!]!;
        for (let c = term * CHAMPIONS; c < (term + 1) * CHAMPIONS; c++) {
          const j = champ[c]!;
          if (j < 0 || seen[j] === i) continue;
          seen[j] = i;
          const w = weightWith(j);
          if (w < 0) continue;
          found++;
          // keep the k largest in `best` (unsorted; replace the smallest)
          let m = 0;
          for (let b = 1; b < k; b++) if (best[b]! < best[m]!) m = b;
          if (w > best[m]!) best[m] = w;
        }
      }
      if (found >= k) {
        let kth = best[0]!;
        for (let b = 1; b < k; b++) kth = Math.min(kth, best[b]!);
        bound[i] = Math.max(minSimilarity, kth);
      }
    }
  }

  // 2. Each document's unindexed prefix: its most frequent terms while their squared share of its
  //    norm stays below bound² (terms taken from the greatest document frequency down).
  const termOrder = Array.from({ length: nTerms }, (_, x) => x).sort((a, b) => t.ptr[b + 1]! - t.ptr[b]! - (t.ptr[a + 1]! - t.ptr[a]!) || a - b);
  const indexed = new Uint8Array(nnz).fill(1);
  const preSq = new Float64Array(n);
  const closed = new Uint8Array(n);
  for (const term of termOrder) {
    for (let q = t.ptr[term]!; q < t.ptr[term + 1]!; q++) {
      const i = t.idx[q]!;
      if (closed[i]) continue;
      const p = postEntry[q]!;
      const u = unit(p, i);
      const limit = bound[i]! > 0 ? bound[i]! * bound[i]! - SLACK : -1;
      if (preSq[i]! + u * u < limit) {
        preSq[i] = preSq[i]! + u * u;
        indexed[p] = 0;
      } else closed[i] = 1;
    }
  }
  const preNorm = preSq.map(Math.sqrt);
  // postings of the indexed entries only, per term, documents ascending
  const sPtr = new Uint32Array(nTerms + 1);
  for (let p = 0; p < nnz; p++) if (indexed[p]) sPtr[rowIdx[p]! + 1]!++;
  for (let x = 0; x < nTerms; x++) sPtr[x + 1] = sPtr[x + 1]! + sPtr[x]!;
  const sDoc = new Uint32Array(sPtr[nTerms]!);
  const sVal = new Float64Array(sPtr[nTerms]!);
  const sFill = sPtr.slice(0, nTerms);
  for (let i = 0; i < n; i++) {
    for (let p = rowPtr[i]!; p < rowPtr[i + 1]!; p++) {
      if (!indexed[p]) continue;
      const q = sFill[rowIdx[p]!]!++;
      sDoc[q] = i;
      sVal[q] = rowVal[p]!;
    }
  }

  // 3. The search, documents in order, partners after the document only.
  const next = t.ptr.slice(0, nTerms); // full postings after the current document
  const sNext = sPtr.slice(0, nTerms); // indexed postings after the current document
  const acc = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const cand = new Int32Array(n);
  const top = new TopNeighbours(n, k);
  let partnerVisits = 0;
  const consider = (i: number, j: number): void => {
    // partial dot (shared terms indexed by i or j) plus what the shared unindexed terms can add
    const denominator = norms[i]! * norms[j]!;
    const partial = denominator > 0 ? acc[j]! / denominator : 0;
    if (partial + preNorm[i]! * preNorm[j]! < Math.min(bound[i]!, bound[j]!) - SLACK) return;
    if (scattered !== i) scatter(i);
    const w = weightWith(j);
    if (w >= 0) top.add(i, j, w);
  };
  for (let i = 0; i < n; i++) {
    const from = rowPtr[i]!;
    const to = rowPtr[i + 1]!;
    let visits = 0;
    for (let p = from; p < to; p++) {
      const term = rowIdx[p]!;
      next[term]!++;
      const end = sPtr[term + 1]!;
      let s = sNext[term]!;
      while (s < end && sDoc[s]! <= i) s++;
      sNext[term] = s;
      visits += indexed[p] ? t.ptr[term + 1]! - next[term]! : end - s;
    }
    partnerVisits += visits;
    const dense = visits > (n - i) >> 2;
    let nc = 0;
    if (dense) acc.fill(0, i + 1, n);
    for (let p = from; p < to; p++) {
      const term = rowIdx[p]!;
      const a = rowVal[p]!;
      // an indexed entry of i meets every later document with the term; otherwise only those indexing it
      const full = indexed[p] === 1;
      const list = full ? t.idx : sDoc;
      const vals = full ? postVal : sVal;
      const end = full ? t.ptr[term + 1]! : sPtr[term + 1]!;
      const start = full ? next[term]! : sNext[term]!;
      if (dense) {
        for (let q = start; q < end; q++) acc[list[q]!]! += a * vals[q]!;
      } else {
        for (let q = start; q < end; q++) {
          const j = list[q]!;
          if (stamp[j] !== i) {
            stamp[j] = i;
            acc[j] = 0;
            cand[nc++] = j;
          }
          acc[j]! += a * vals[q]!;
        }
      }
    }
    if (dense) {
      for (let j = i + 1; j < n; j++) if (acc[j] !== 0) consider(i, j);
    } else {
      cand.subarray(0, nc).sort();
      for (let c = 0; c < nc; c++) consider(i, cand[c]!);
    }
    top.endRow(i);
  }
  return { ...top.finish(), partnerVisits, pairsScored };
}

/**
 * For each term, the CHAMPIONS documents holding it with the largest share of their norm (ties: the
 * smaller document), -1 where fewer hold it: slot term * CHAMPIONS + c.
 */
function championLists(tPtr: Uint32Array, tIdx: Uint32Array, postVal: Float64Array, norms: Float64Array, nTerms: number): Int32Array {
  const champ = new Int32Array(nTerms * CHAMPIONS).fill(-1);
  const score = new Float64Array(CHAMPIONS);
  for (let term = 0; term < nTerms; term++) {
    const base = term * CHAMPIONS;
    let size = 0;
    for (let q = tPtr[term]!; q < tPtr[term + 1]!; q++) {
      const i = tIdx[q]!;
      if (norms[i]! <= 0) continue;
      const u = postVal[q]! / norms[i]!;
      // insertion into the descending list (documents come ascending, so earlier ones win ties)
      if (size === CHAMPIONS && u <= score[size - 1]!) continue;
      let c = size < CHAMPIONS ? size++ : CHAMPIONS - 1;
      while (c > 0 && score[c - 1]! < u) {
        score[c] = score[c - 1]!;
        champ[base + c] = champ[base + c - 1]!;
        c--;
      }
      score[c] = u;
      champ[base + c] = i;
    }
  }
  return champ;
}
