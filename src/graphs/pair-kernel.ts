import { CorpusLensError } from '../core/errors.js';

/**
 * The pair-counting kernel on plain typed arrays, shared by countSharedPairs (pair-counts.ts) and
 * its worker thread (pair-worker.ts): no other imports, so the worker starts small.
 */

/** Counts of shared columns, in the narrowest type that holds the largest possible count. */
export type CountArray = Uint8Array | Uint16Array | Uint32Array;

/**
 * A rows x columns 0/1 matrix as the kernel reads it. Only columns used by at least two rows are
 * kept. Each kept column lists its rows after the first, ascending, in `rows`, and ends with
 * -1 - c (c its compact number, for the column weights). Entry (row i, column c) stores in `pos`
 * where the rows of c after i start, so a row's partners j > i are rows[pos[p]] .. up to the end
 * mark: no per-column cursor, so any thread can count any range of rows.
 */
export interface PairMatrix {
  n: number;
  /** Entries of row i are pos[rowPtr[i] .. rowPtr[i+1]), in the order of the input row. */
  rowPtr: Int32Array;
  pos: Int32Array;
  rows: Int32Array;
  /** Weight of each kept column (fractional counting), or null. */
  weights: Float64Array | null;
  /** No pair shares more columns than this (the length of the second-longest row). */
  maxShared: number;
  /** The most partners one entry can have (rows of the largest column, minus one). */
  maxPartners: number;
}

/** What the first pass over the columns found. */
export interface ColumnCounts {
  /** Sum over kept columns of size * (size - 1) / 2: the partners the kernel will visit. */
  work: number;
  /** Kept columns (used by at least two rows) and their entries. */
  columns: number;
  entries: number;
  largestColumn: number;
}

/** Entries a buffer can hold: an ArrayBuffer holds at most 2^32 bytes. */
export function entryLimit(bytesPerEntry: number): number {
  return Math.floor(2 ** 32 / bytesPerEntry);
}

/** The error for a graph with more links than the arrays can hold. */
export function tooManyPairs(limit: number): CorpusLensError {
  return new CorpusLensError(
    'graphs-too-many-pairs',
    `More than ${limit} linked pairs: raise the minimum number of shared works or the minimum citations of a work.`,
  );
}

/** An Int32Array view of the same memory (no copy); the values must be below 2^31. */
export function asInt32(a: Uint32Array): Int32Array {
  return new Int32Array(a.buffer, a.byteOffset, a.length);
}

/**
 * First pass: counts the rows of each column into `counts` (zeroed, one slot per column), skipping
 * inactive columns, and sums the work.
 */
export function countColumns(colIdx: Uint32Array, active: Uint8Array | undefined, counts: Int32Array): ColumnCounts {
  const ci = asInt32(colIdx);
  let work = 0;
  let columns = 0;
  let entries = 0;
  let largest = 0;
  for (let p = 0; p < ci.length; p++) {
    const k = ci[p]!;
    if (active !== undefined && active[k] === 0) continue;
    const v = counts[k]!;
    counts[k] = v + 1;
    work += v;
    if (v === 1) {
      columns++;
      entries += 2;
    } else if (v > 1) entries++;
    if (v >= largest) largest = v + 1;
  }
  return { work, columns, entries, largestColumn: columns > 0 ? largest : 0 };
}

/**
 * First pass when the caller knows the rows of each column (coupling: the citations of each work):
 * copies them into `counts` (inactive columns as 0) and sums the work, without reading the entries.
 */
export function knownColumns(known: ArrayLike<number>, active: Uint8Array | undefined, counts: Int32Array): ColumnCounts {
  let work = 0;
  let columns = 0;
  let entries = 0;
  let largest = 0;
  for (let k = 0; k < counts.length; k++) {
    const v = active !== undefined && active[k] === 0 ? 0 : known[k]!;
    counts[k] = v;
    if (v < 2) continue;
    work += (v * (v - 1)) / 2;
    columns++;
    entries += v;
    if (v > largest) largest = v;
  }
  return { work, columns, entries, largestColumn: largest };
}

/**
 * Total link strength of each row when every shared column counts 1 and every pair is kept: the
 * sum over its kept columns of (column size - 1). Reads the counts of countColumns.
 */
export function strengthFromColumns(n: number, rowPtr: Uint32Array, colIdx: Uint32Array, counts: Int32Array): { strength: Float64Array; total: number } {
  const rp = asInt32(rowPtr);
  const ci = asInt32(colIdx);
  const strength = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let p = rp[i]!, end = rp[i + 1]!; p < end; p++) {
      const v = counts[ci[p]!]!;
      if (v >= 2) s += v - 1;
    }
    strength[i] = s;
    total += s;
  }
  return { strength, total };
}

/**
 * Second pass: builds the PairMatrix on SharedArrayBuffers (threads read it without a copy),
 * numbering the kept columns in order of first use. Overwrites `counts` (it becomes a cursor per column).
 */
export function buildPairMatrix(n: number, rowPtr: Uint32Array, colIdx: Uint32Array, counts: Int32Array, found: ColumnCounts, columnWeights?: Float64Array): PairMatrix {
  const rp = asInt32(rowPtr);
  const ci = asInt32(colIdx);
  const cRowPtr = new Int32Array(new SharedArrayBuffer(4 * (n + 1)));
  const pos = new Int32Array(new SharedArrayBuffer(4 * found.entries));
  const rows = new Int32Array(new SharedArrayBuffer(4 * found.entries));
  const weights = columnWeights ? new Float64Array(new SharedArrayBuffer(8 * found.columns)) : null;
  let q = 0;
  let total = 0;
  let column = 0;
  let longest = 0;
  let second = 0;
  for (let i = 0; i < n; i++) {
    for (let p = rp[i]!, end = rp[i + 1]!; p < end; p++) {
      const k = ci[p]!;
      const v = counts[k]!;
      if (v >= 2) {
        // First row of a kept column (v rows): its partners start the column's slots; the end mark
        // takes the last slot; the next row goes to the first slot, and so on.
        pos[q++] = total;
        rows[total + v - 1] = -1 - column;
        if (weights) weights[column] = columnWeights![k]!;
        column++;
        counts[k] = -2 - total;
        total += v;
      } else if (v < 0) {
        const at = -1 - v;
        rows[at - 1] = i;
        pos[q++] = at;
        counts[k] = v - 1;
      }
    }
    cRowPtr[i + 1] = q;
    const len = q - cRowPtr[i]!;
    if (len > longest) {
      second = longest;
      longest = len;
    } else if (len > second) second = len;
  }
  return { n, rowPtr: cRowPtr, pos, rows, weights, maxShared: second, maxPartners: Math.max(0, found.largestColumn - 1) };
}

/** Where the kernel writes its pairs; grow(need, keep) makes room for `need` entries, keeping the first `keep`. */
export interface PairSink {
  dst: Uint32Array;
  shared: CountArray;
  frac: Float64Array | null;
  grow(need: number, keep: number): void;
}

/** One thread's scratch arrays; `degree`, when given, collects the links of each row as they are found. */
export interface PairWorkspace {
  count: CountArray;
  cand: Int32Array;
  fracAcc: Float64Array | null;
  degree: Uint32Array | null;
}

/** A constructor of count arrays, on a new buffer or a view of a shared one. */
export type CountConstructor = new (lengthOrBuffer: number | ArrayBufferLike, byteOffset?: number, length?: number) => CountArray;

/** The typed array constructor for counts of `bytes` bytes. */
export function countType(bytes: number): CountConstructor {
  return (bytes === 1 ? Uint8Array : bytes === 2 ? Uint16Array : Uint32Array) as CountConstructor;
}

/** Bytes per count for counts up to `max`. */
export function countBytes(max: number): 1 | 2 | 4 {
  return max <= 0xff ? 1 : max <= 0xffff ? 2 : 4;
}

/** A thread's scratch arrays for a matrix of n rows. */
export function pairWorkspace(n: number, bytes: number, fractional: boolean, degree: Uint32Array | null): PairWorkspace {
  const Count = countType(bytes);
  return { count: new Count(n), cand: new Int32Array(1 << 12), fracAcc: fractional ? new Float64Array(n) : null, degree };
}

/**
 * Counts the pairs of rows from..to-1 with their partners j > i and writes them to the sink from
 * entry 0; ptr[i + 1 - from] = the entries written up to row i. Partners are listed in the order
 * they are first met (the row's columns in input order, each column's rows ascending), so the
 * output depends on the row only, never on which thread counted it. Returns the entries written.
 */
export function countRows(m: PairMatrix, ws: PairWorkspace, from: number, to: number, minShared: number, sink: PairSink, ptr: Uint32Array): number {
  const { rowPtr, pos, rows, weights } = m;
  const { count, fracAcc, degree } = ws;
  const maxPartners = m.maxPartners;
  let cand = ws.cand;
  let dst = sink.dst;
  let shared = sink.shared;
  let frac = sink.frac;
  let cap = dst.length;
  let len = 0;
  const simple = fracAcc === null && minShared <= 1;
  for (let i = from; i < to; i++) {
    let nc = 0;
    for (let p = rowPtr[i]!, end = rowPtr[i + 1]!; p < end; p++) {
      if (nc + maxPartners > cand.length) {
        const bigger = new Int32Array(Math.max(nc + maxPartners, cand.length * 2));
        bigger.set(cand.subarray(0, nc));
        cand = ws.cand = bigger;
      }
      let q = pos[p]!;
      let j = rows[q]!;
      if (fracAcc === null) {
        // Each partner is listed once, when first met.
        while (j >= 0) {
          const c = count[j]!;
          count[j] = c + 1;
          if (c === 0) cand[nc++] = j;
          j = rows[++q]!;
        }
      } else {
        // Fractional: every meeting is listed, to add the column's weight once the column is done.
        const first = nc;
        while (j >= 0) {
          count[j]!++;
          cand[nc++] = j;
          j = rows[++q]!;
        }
        const w = weights![-1 - j]!;
        for (let t = first; t < nc; t++) fracAcc[cand[t]!]! += w;
      }
    }
    // At most n - 1 - i distinct partners, however often they were met.
    const need = len + Math.min(nc, m.n - 1 - i);
    if (need > cap) {
      sink.grow(need, len);
      dst = sink.dst;
      shared = sink.shared;
      frac = sink.frac;
      cap = dst.length;
    }
    const first = len;
    if (simple && degree !== null) {
      for (let t = 0; t < nc; t++) {
        const j = cand[t]!;
        dst[len] = j;
        shared[len] = count[j]!;
        len++;
        count[j] = 0;
        degree[j]!++;
      }
    } else if (simple) {
      for (let t = 0; t < nc; t++) {
        const j = cand[t]!;
        dst[len] = j;
        shared[len] = count[j]!;
        len++;
        count[j] = 0;
      }
    } else {
      for (let t = 0; t < nc; t++) {
        const j = cand[t]!;
        const c = count[j]!;
        if (c === 0) continue;
        count[j] = 0;
        if (c >= minShared) {
          dst[len] = j;
          shared[len] = c;
          if (frac !== null) frac[len] = fracAcc![j]!;
          len++;
          if (degree !== null) degree[j]!++;
        }
        if (fracAcc !== null) fracAcc[j] = 0;
      }
    }
    if (degree !== null) degree[i]! += len - first;
    ptr[i + 1 - from] = len;
  }
  return len;
}

/** Slots of the control array shared by the threads. */
export const CTL_NEXT = 0;
/** Chunks appended to the output, and chunks whose appending has begun (one ahead while a thread appends). */
export const CTL_COMMITTED = 1;
export const CTL_LOCKED = 2;
export const CTL_LENGTH = 3;
/** 0 while all is well; 1 when a thread failed; 2 when there are too many pairs. */
export const CTL_FAILED = 4;
export const CTL_SIZE = 5;

/** Everything the threads share: structured-cloneable (SharedArrayBuffers and numbers only). */
export interface ChunkJob {
  matrix: PairMatrix;
  /** Rows of chunk k are chunks[k] .. chunks[k+1]. */
  chunks: Int32Array;
  ctl: Int32Array;
  /** Output buffers (growable), written in row order: dst, shared counts, fractional weights. */
  dst: SharedArrayBuffer;
  shared: SharedArrayBuffer;
  frac: SharedArrayBuffer | null;
  sharedBytes: 1 | 2 | 4;
  ptr: Uint32Array;
  /** Links of each row, added up as chunks are appended. */
  degree: Uint32Array;
  minShared: number;
  /** Most entries the output may hold. */
  limit: number;
  /** First size of a thread's staging arrays, in entries. */
  stageSize: number;
  /**
   * Workers claim only chunks below this one: they end, and give their memory back, while this
   * thread counts the last chunks, before the output (and the memory) reaches its peak.
   */
  workerChunks: number;
}

/** Grows a growable SharedArrayBuffer to at least `bytes` (by half as much again, so grows are few). */
export function ensureBytes(sab: SharedArrayBuffer, bytes: number): void {
  const b = sab as SharedArrayBuffer & { growable: boolean; maxByteLength: number; grow(n: number): void };
  if (b.byteLength >= bytes) return;
  b.grow(Math.min(b.maxByteLength, Math.max(bytes, Math.ceil(b.byteLength * 1.5), 1 << 16)));
}

/** A thread's private output for one chunk, grown by copying. */
class StageSink implements PairSink {
  dst: Uint32Array;
  shared: CountArray;
  frac: Float64Array | null;
  /** Entries written up to each row of the chunk (ptr[0] = 0). */
  ptr = new Uint32Array(1);
  constructor(
    private readonly bytes: number,
    fractional: boolean,
    size: number,
    private readonly limit: number,
  ) {
    this.dst = new Uint32Array(size);
    this.shared = new (countType(bytes))(size);
    this.frac = fractional ? new Float64Array(size) : null;
  }
  grow(need: number, keep: number): void {
    if (need > this.limit) throw tooManyPairs(this.limit);
    const size = Math.min(this.limit, Math.max(need, this.dst.length * 2));
    const dst = new Uint32Array(size);
    dst.set(this.dst.subarray(0, keep));
    const shared = new (countType(this.bytes))(size);
    shared.set(this.shared.subarray(0, keep));
    this.dst = dst;
    this.shared = shared;
    if (this.frac) {
      const frac = new Float64Array(size);
      frac.set(this.frac.subarray(0, keep));
      this.frac = frac;
    }
  }
  /** Makes room for the row counts of a chunk of `rows` rows. */
  rows(rows: number): Uint32Array {
    if (this.ptr.length < rows + 1) this.ptr = new Uint32Array(rows + 1);
    return this.ptr;
  }
}

/** Chunks a thread may hold counted but not yet appended, so it need not wait for a slower one. */
const STAGED = 4;

/** Claims the next chunk if it is below `last`; -1 when none is left. */
function claim(ctl: Int32Array, last: number): number {
  for (;;) {
    const k = Atomics.load(ctl, CTL_NEXT);
    if (k >= last) return -1;
    if (Atomics.compareExchange(ctl, CTL_NEXT, k, k + 1) === k) return k;
  }
}

/** A counted chunk waiting to be appended. */
interface Held {
  k: number;
  len: number;
  stage: StageSink;
}

/**
 * One thread's share: claims chunks of rows (below `last`) one after the other and counts each
 * into private arrays; a chunk is appended to the output once every earlier chunk is in, which
 * passes the turn on. While an earlier chunk is still being counted elsewhere, the thread counts
 * ahead (up to STAGED chunks); when it would wait longer than a chunk takes, it counts that chunk
 * too, and whichever copy is ready first is appended (they are the same: a chunk's pairs depend
 * on its rows only). So a thread held up by the system never holds up the others, and a worker
 * that stops leaves its chunks to this one. `finish`: keep helping until every chunk is in (the
 * calling thread does; workers just stop). The output is in row order whatever thread counted what.
 */
export function runChunks(job: ChunkJob, ws: PairWorkspace, last: number, finish: boolean): void {
  const { chunks, ctl, ptr, degree } = job;
  const nChunks = chunks.length - 1;
  const Count = countType(job.sharedBytes);
  const free: StageSink[] = [];
  const held: Held[] = [];
  let chunkMs = 1;

  const count = (k: number): Held => {
    const stage = free.pop() ?? new StageSink(job.sharedBytes, job.frac !== null, job.stageSize, job.limit);
    const from = chunks[k]!;
    const to = chunks[k + 1]!;
    const t0 = performance.now();
    const len = countRows(job.matrix, ws, from, to, job.minShared, stage, stage.rows(to - from));
    chunkMs = Math.max(0.5, performance.now() - t0);
    return { k, len, stage };
  };

  /** Appends h if its turn has come: true when done (by this thread or another), false if not yet. */
  const append = (h: Held): boolean => {
    const { k, len, stage } = h;
    if (Atomics.load(ctl, CTL_LOCKED) > k) return true;
    if (Atomics.load(ctl, CTL_COMMITTED) !== k) return false;
    const base = Atomics.load(ctl, CTL_LENGTH);
    if (base + len > job.limit) throw tooManyPairs(job.limit);
    if (Atomics.compareExchange(ctl, CTL_LOCKED, k, k + 1) !== k) return true;
    ensureBytes(job.dst, (base + len) * 4);
    ensureBytes(job.shared, (base + len) * job.sharedBytes);
    const dst = stage.dst;
    new Uint32Array(job.dst, base * 4, len).set(dst.subarray(0, len));
    new Count(job.shared, base * job.sharedBytes, len).set(stage.shared.subarray(0, len));
    if (job.frac && stage.frac) {
      ensureBytes(job.frac, (base + len) * 8);
      new Float64Array(job.frac, base * 8, len).set(stage.frac.subarray(0, len));
    }
    const from = chunks[k]!;
    const rowEnds = stage.ptr;
    for (let i = from, end = chunks[k + 1]!; i < end; i++) {
      ptr[i + 1] = base + rowEnds[i + 1 - from]!;
      degree[i]! += rowEnds[i + 1 - from]! - rowEnds[i - from]!;
    }
    for (let e = 0; e < len; e++) degree[dst[e]!]!++;
    Atomics.store(ctl, CTL_LENGTH, base + len);
    Atomics.store(ctl, CTL_COMMITTED, k + 1);
    Atomics.notify(ctl, CTL_COMMITTED);
    return true;
  };

  for (;;) {
    // Workers stop when anything failed; the calling thread goes on unless there are too many pairs.
    if (Atomics.load(ctl, CTL_FAILED) > (finish ? 1 : 0)) return;
    while (held.length > 0 && append(held[0]!)) free.push(held.shift()!.stage);
    if (held.length < STAGED) {
      const k = claim(ctl, last);
      if (k >= 0) {
        held.push(count(k));
        continue;
      }
    }
    const done = Atomics.load(ctl, CTL_COMMITTED);
    if (held.length === 0 && (!finish || done >= nChunks)) return;
    // Waiting on chunk `done`, counted (or not yet) by another thread.
    if (Atomics.wait(ctl, CTL_COMMITTED, done, chunkMs) !== 'timed-out') continue;
    if (Atomics.load(ctl, CTL_LOCKED) !== done) {
      // Being appended: only a thread that failed meanwhile would not finish it.
      if (Atomics.load(ctl, CTL_FAILED) !== 0) throw new Error('A thread counting the linked pairs failed while appending its pairs.');
      continue;
    }
    if (done < nChunks && !held.some((h) => h.k === done)) {
      const h = count(done);
      append(h);
      free.push(h.stage);
    }
  }
}

/** Marks the job failed (code 1, or 2 for too many pairs) and wakes the waiting threads. */
export function failJob(ctl: Int32Array, err: unknown): void {
  const code = err instanceof CorpusLensError && err.code === 'graphs-too-many-pairs' ? 2 : 1;
  Atomics.compareExchange(ctl, CTL_FAILED, 0, code);
  Atomics.notify(ctl, CTL_COMMITTED);
}
