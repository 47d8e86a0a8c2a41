import { CorpusLensError } from '../core/errors.js';

/**
 * Pairs of rows of a sparse 0/1 matrix that share at least one column, with the number of shared
 * columns: the upper triangle of B·Bᵀ, without its diagonal, in compressed sparse rows. The
 * neighbours j > i of row i are dst[ptr[i] .. ptr[i+1]), in the order the kernel met them (fixed
 * for a given input).
 */
export interface PairCounts {
  /** Number of rows (nodes). */
  n: number;
  /** Number of pairs (edges). */
  edges: number;
  ptr: Uint32Array;
  dst: Uint32Array;
  /** Number of shared columns of each pair (the narrowest type that holds the largest possible). */
  shared: Uint8Array | Uint16Array | Uint32Array;
  /** Sum of the column weights over the shared columns (fractional counting), when asked for. */
  fractional: Float64Array | null;
  /** Per row: sum of its pairs' weights (fractional when asked for, else shared counts), and pair count. */
  strength: Float64Array;
  degree: Uint32Array;
  /** Sum of all strengths (twice the total weight). */
  totalStrength: number;
}

export interface PairCountOptions {
  /** Pairs sharing fewer columns are left out (default 1). */
  minShared?: number;
  /** Columns to use (1) or skip (0); default all. */
  active?: Uint8Array;
  /** Weight of each column for fractional counting; when given, `fractional` is filled. */
  columnWeights?: Float64Array;
}

const MAX_ENTRIES = 0xffffffff;

/** ArrayBuffer with in-place growth (ES2024; Node 20 has it, the project's lib setting predates it). */
interface ResizableBuffer extends ArrayBuffer {
  readonly maxByteLength: number;
  resize(byteLength: number): void;
}
const ResizableArrayBuffer = ArrayBuffer as unknown as new (byteLength: number, options: { maxByteLength: number }) => ResizableBuffer;

/** A typed array that grows in place on a resizable ArrayBuffer (no copy, memory as used). */
class Growable<T extends Uint32Array | Uint16Array | Uint8Array | Float64Array> {
  readonly buffer: ResizableBuffer;
  readonly view: T;
  private readonly bytes: number;
  constructor(Type: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number }, maxLength: number) {
    this.bytes = Type.BYTES_PER_ELEMENT;
    const initial = Math.min(maxLength, 1 << 16) * this.bytes;
    this.buffer = new ResizableArrayBuffer(initial, { maxByteLength: Math.max(initial, maxLength * this.bytes) });
    this.view = new Type(this.buffer);
  }
  /** Makes room for `length` elements. */
  reserve(length: number): void {
    if (length <= this.view.length) return;
    const max = this.buffer.maxByteLength / this.bytes;
    const next = Math.min(max, Math.max(length, Math.ceil(this.view.length * 1.5), 1 << 20));
    this.buffer.resize(next * this.bytes);
  }
  /** Shrinks to exactly `length` elements. */
  trim(length: number): void {
    this.buffer.resize(length * this.bytes);
  }
}

/** The columns a kernel uses, renumbered densely, in both directions (rows x used columns). */
interface CompactMatrix {
  /** Row i's used columns (compact numbers) are cols[rowPtr[i] .. rowPtr[i+1]). */
  rowPtr: Int32Array;
  cols: Int32Array;
  /** Per compact column c: state[2c] = start of its rows in `rows`, state[2c+1] = end. */
  state: Int32Array;
  /** Rows of each compact column, ascending. */
  rows: Int32Array;
  /** Weight of each compact column (fractional counting), when asked for. */
  weights: Float64Array | null;
  /** Length of the second-longest row: no pair shares more columns. */
  maxShared: number;
  /** Length of the longest row and size of the largest column. */
  longestRow: number;
  largestColumn: number;
}

/**
 * Keeps the columns that can link two rows (used by at least two rows, and active), numbered in
 * order of first use, and builds the column lists. Dropping the rest and packing the per-column
 * state into one array keeps the kernel's random reads within a few megabytes.
 */
function compactColumns(n: number, rowPtr: Uint32Array, colIdx: Uint32Array, nCols: number, options: PairCountOptions): CompactMatrix {
  const rp = asInt32(rowPtr);
  const ci = asInt32(colIdx);
  // One array serves twice: first the number of rows using each column, then (as -1 - c) the
  // compact number c given to a column at its first use; 0 and 1 mark columns that are dropped.
  const map = new Int32Array(nCols);
  for (let p = 0; p < ci.length; p++) map[ci[p]!]!++;
  const active = options.active;
  if (active !== undefined) for (let k = 0; k < nCols; k++) if (active[k] === 0) map[k] = 0;
  let used = 0;
  let nnz = 0;
  for (let p = 0; p < ci.length; p++) {
    const k = ci[p]!;
    const v = map[k]!;
    if (v >= 2) map[k] = -1 - used++;
    else if (v >= 0) continue;
    nnz++;
  }
  const cRowPtr = new Int32Array(n + 1);
  const cols = new Int32Array(nnz);
  let len = 0;
  let longest = 0;
  let second = 0;
  for (let i = 0; i < n; i++) {
    for (let p = rp[i]!, end = rp[i + 1]!; p < end; p++) {
      const v = map[ci[p]!]!;
      if (v < 0) cols[len++] = -1 - v;
    }
    cRowPtr[i + 1] = len;
    const rowLen = len - cRowPtr[i]!;
    if (rowLen > longest) {
      second = longest;
      longest = rowLen;
    } else if (rowLen > second) second = rowLen;
  }
  const state = new Int32Array(2 * used);
  for (let p = 0; p < nnz; p++) state[2 * cols[p]! + 1]!++;
  let acc = 0;
  let largest = 0;
  for (let c = 0; c < used; c++) {
    const size = state[2 * c + 1]!;
    if (size > largest) largest = size;
    state[2 * c] = acc;
    acc += size;
    state[2 * c + 1] = acc;
  }
  const rows = new Int32Array(nnz);
  const fill = new Int32Array(used);
  for (let c = 0; c < used; c++) fill[c] = state[2 * c]!;
  for (let i = 0; i < n; i++) {
    for (let p = cRowPtr[i]!, end = cRowPtr[i + 1]!; p < end; p++) {
      const c = cols[p]!;
      rows[fill[c]!++] = i;
    }
  }
  let weights: Float64Array | null = null;
  if (options.columnWeights) {
    weights = new Float64Array(used);
    for (let k = 0; k < nCols; k++) {
      const v = map[k]!;
      if (v < 0) weights[-1 - v] = options.columnWeights[k]!;
    }
  }
  return { rowPtr: cRowPtr, cols, state, rows, weights, maxShared: second, longestRow: longest, largestColumn: largest };
}

/**
 * Counts, for every pair of rows, the columns they share: the bibliographic-coupling kernel
 * (rows = documents, columns = cited works) and the co-citation kernel (rows = works, columns =
 * citing documents). One counter per row in a typed array, never a Map, so it scales to tens of
 * millions of pairs; only the upper triangle is visited (each column's rows after the current one).
 */
export function countSharedPairs(n: number, rowPtr: Uint32Array, colIdx: Uint32Array, nCols: number, options: PairCountOptions = {}): PairCounts {
  const minShared = Math.max(1, options.minShared ?? 1);
  const m = compactColumns(n, rowPtr, colIdx, nCols, options);
  const { rowPtr: rp, cols, state, rows, weights } = m;

  // Upper bound on the number of pairs: sum over columns of C(size, 2), and n(n-1)/2.
  let bound = 0;
  for (let c = 0; c < state.length; c += 2) {
    const size = state[c + 1]! - state[c]!;
    bound += (size * (size - 1)) / 2;
  }
  bound = Math.min(bound, (n * (n - 1)) / 2);
  const mayOverflow = bound > MAX_ENTRIES;
  bound = Math.max(1, Math.min(bound, MAX_ENTRIES));

  const dstStore = new Growable(Uint32Array, bound);
  const SharedType = m.maxShared <= 0xff ? Uint8Array : m.maxShared <= 0xffff ? Uint16Array : Uint32Array;
  type Counts = Uint8Array | Uint16Array | Uint32Array;
  const sharedStore = new Growable<Counts>(SharedType as unknown as { new (buffer: ArrayBuffer): Counts; BYTES_PER_ELEMENT: number }, bound);
  const fracStore = weights ? new Growable(Float64Array, bound) : null;
  // Rows are written to plain staging arrays, copied in bulk to the growable ones when full: plain
  // typed arrays are faster to write element by element than views of a resizable buffer.
  let stageSize = Math.min(bound + 1, 1 << 20);
  let dst = new Uint32Array(stageSize);
  let shared: Counts = new SharedType(stageSize);
  let frac = weights ? new Float64Array(stageSize) : null;
  let flushed = 0;
  const flush = (count: number): void => {
    dstStore.reserve(flushed + count);
    sharedStore.reserve(flushed + count);
    fracStore?.reserve(flushed + count);
    dstStore.view.set(dst.subarray(0, count), flushed);
    sharedStore.view.set(shared.subarray(0, count), flushed);
    if (fracStore && frac) fracStore.view.set(frac.subarray(0, count), flushed);
    flushed += count;
  };

  const ptr = new Uint32Array(n + 1);
  const strength = new Float64Array(n);
  const degree = new Uint32Array(n);
  let totalStrength = 0;
  const count = new Int32Array(n);
  const fracAcc = weights ? new Float64Array(n) : null;
  // Every partner met, once per shared column; the output pass keeps the first of each. A row meets
  // at most longestRow * (largestColumn - 1) partners: when that is small, size the list once.
  const ceiling = m.longestRow * Math.max(0, m.largestColumn - 1);
  const fixed = ceiling <= 1 << 22;
  let cand = new Int32Array(fixed ? ceiling + 1 : 1 << 16);
  let len = 0;

  for (let i = 0; i < n; i++) {
    const rowStart = rp[i]!;
    const rowEnd = rp[i + 1]!;
    if (!fixed) {
      let need = 0;
      for (let p = rowStart; p < rowEnd; p++) {
        const c2 = cols[p]! << 1;
        need += state[c2 + 1]! - state[c2]! - 1;
      }
      if (need > cand.length) cand = new Int32Array(Math.max(need, cand.length * 2));
    }
    let nc = 0;
    for (let p = rowStart; p < rowEnd; p++) {
      // state[2c] is the position of row i in column c: its partners j > i follow it.
      const c2 = cols[p]! << 1;
      const start = state[c2]! + 1;
      state[c2] = start;
      const stop = state[c2 + 1]!;
      if (fracAcc === null) {
        for (let q = start; q < stop; q++) {
          const j = rows[q]!;
          count[j]!++;
          cand[nc++] = j;
        }
      } else {
        const w = weights![c2 >> 1]!;
        for (let q = start; q < stop; q++) {
          const j = rows[q]!;
          count[j]!++;
          fracAcc[j]! += w;
          cand[nc++] = j;
        }
      }
    }
    if (mayOverflow && flushed + len + nc > MAX_ENTRIES) {
      throw new CorpusLensError('graphs-too-many-pairs', `More than ${MAX_ENTRIES} linked pairs: raise the minimum number of shared works or the minimum citations of a work.`);
    }
    if (len + nc + 1 > stageSize) {
      flush(len);
      len = 0;
      if (nc + 1 > stageSize) {
        stageSize = nc + 1;
        dst = new Uint32Array(stageSize);
        shared = new SharedType(stageSize);
        frac = weights ? new Float64Array(stageSize) : null;
      }
    }
    const first = len;
    let si = 0;
    if (fracAcc === null && minShared === 1) {
      // Branch-free: write every candidate, advance only on the first (count not yet cleared).
      for (let t = 0; t < nc; t++) {
        const j = cand[t]!;
        const c = count[j]!;
        const fresh = c !== 0 ? 1 : 0;
        dst[len] = j;
        shared[len] = c;
        len += fresh;
        count[j] = 0;
        si += c;
        strength[j]! += c;
        degree[j]! += fresh;
      }
    } else {
      for (let t = 0; t < nc; t++) {
        const j = cand[t]!;
        const c = count[j]!;
        if (c === 0) continue;
        count[j] = 0;
        if (c >= minShared) {
          const x = fracAcc === null ? c : fracAcc[j]!;
          dst[len] = j;
          shared[len] = c;
          if (frac !== null) frac[len] = x;
          len++;
          si += x;
          strength[j]! += x;
          degree[j]!++;
        }
        if (fracAcc !== null) fracAcc[j] = 0;
      }
    }
    strength[i]! += si;
    degree[i]! += len - first;
    totalStrength += 2 * si;
    ptr[i + 1] = flushed + len;
  }
  flush(len);
  dstStore.trim(flushed);
  sharedStore.trim(flushed);
  fracStore?.trim(flushed);
  return { n, edges: flushed, ptr, dst: dstStore.view, shared: sharedStore.view, fractional: fracStore ? fracStore.view : null, strength, degree, totalStrength };
}

/** An Int32Array view of the same memory (no copy); the values must be below 2^31. */
export function asInt32(a: Uint32Array): Int32Array {
  return new Int32Array(a.buffer, a.byteOffset, a.length);
}

/** Returns the source (row) of every pair: the implicit row index of the CSR, made explicit. */
export function pairSources(pairs: { n: number; ptr: Uint32Array; edges: number }): Uint32Array {
  const src = new Uint32Array(pairs.edges);
  for (let i = 0; i < pairs.n; i++) src.fill(i, pairs.ptr[i]!, pairs.ptr[i + 1]!);
  return src;
}

/** Intersects two ascending runs of a typed array; returns the common values, ascending. */
export function intersectSorted(a: Uint32Array, aStart: number, aEnd: number, b: Uint32Array, bStart: number, bEnd: number): number[] {
  const out: number[] = [];
  let p = aStart;
  let q = bStart;
  while (p < aEnd && q < bEnd) {
    const x = a[p]!;
    const y = b[q]!;
    if (x === y) {
      out.push(x);
      p++;
      q++;
    } else if (x < y) p++;
    else q++;
  }
  return out;
}
