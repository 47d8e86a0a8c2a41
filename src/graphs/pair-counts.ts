import { existsSync, readFileSync } from 'node:fs';
import { CorpusLensError } from '../core/errors.js';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import {
  buildPairMatrix,
  countBytes,
  countColumns,
  countRows,
  countType,
  knownColumns,
  CTL_FAILED,
  CTL_LENGTH,
  CTL_SIZE,
  ensureBytes,
  entryLimit,
  failJob,
  pairWorkspace,
  runChunks,
  strengthFromColumns,
  tooManyPairs,
  type ChunkJob,
  type CountArray,
  type PairMatrix,
  type PairSink,
} from './pair-kernel.js';

export { asInt32 } from './pair-kernel.js';

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
  /** Threads that counted (1 below options.minThreadWork). */
  threads: number;
}

export interface PairCountOptions {
  /** Pairs sharing fewer columns are left out (default 1). */
  minShared?: number;
  /** Columns to use (1) or skip (0); default all. */
  active?: Uint8Array;
  /** Rows of each column, when the caller knows them (coupling: citations of each work); saves a pass. */
  columnCounts?: ArrayLike<number>;
  /** Weight of each column for fractional counting; when given, `fractional` is filled. */
  columnWeights?: Float64Array;
  /**
   * Threads to count on; the result is the same on any number. Default: 2 when the machine has a
   * core to spare (two or more cores, none of them busy with another task right now), else 1: on a
   * busy machine a second thread only gets in the way of the first.
   */
  threads?: number;
  /**
   * Below this many partner visits (sum over columns of size * (size - 1) / 2) the count stays on
   * this thread: a worker takes some 30 ms and 10 MB to start (default 4,000,000, about 0.1 s of work).
   */
  minThreadWork?: number;
}

const DEFAULT_MIN_THREAD_WORK = 4_000_000;
/** Chunks of rows per thread: enough to even out uneven rows, few enough to keep hand-overs cheap. */
const CHUNKS_PER_THREAD = 256;
/** Share of the chunks the workers may take; this thread counts the rest alone (see ChunkJob.workerChunks). */
const WORKER_SHARE = 0.9;

type GrowableShared = SharedArrayBuffer & { readonly maxByteLength: number; grow(byteLength: number): void };
const GrowableSharedArrayBuffer = SharedArrayBuffer as unknown as new (byteLength: number, options: { maxByteLength: number }) => GrowableShared;

/** A SharedArrayBuffer that grows in place up to maxBytes; pages never written take no memory. */
function growableShared(bytes: number, maxBytes: number): GrowableShared {
  return new GrowableSharedArrayBuffer(bytes, { maxByteLength: Math.max(bytes, maxBytes) });
}

/** The output written in place by a single thread, grown as it fills. */
class OutputSink implements PairSink {
  dst: Uint32Array = new Uint32Array(0);
  shared: CountArray;
  frac: Float64Array | null = null;
  constructor(
    private readonly buffers: { dst: SharedArrayBuffer; shared: SharedArrayBuffer; frac: SharedArrayBuffer | null },
    private readonly bytes: number,
    private readonly limit: number,
  ) {
    this.shared = new (countType(bytes))(0);
  }
  grow(need: number): void {
    if (need > this.limit) throw tooManyPairs(this.limit);
    const size = Math.min(this.limit, Math.max(need, Math.ceil(this.dst.length * 1.5), 1 << 16));
    const { dst, shared, frac } = this.buffers;
    ensureBytes(dst, size * 4);
    ensureBytes(shared, size * this.bytes);
    this.dst = new Uint32Array(dst, 0, size);
    this.shared = new (countType(this.bytes))(shared, 0, size);
    if (frac) {
      ensureBytes(frac, size * 8);
      this.frac = new Float64Array(frac, 0, size);
    }
  }
}

let workerFile: string | null | undefined;

/** The compiled worker script, or null when running from TypeScript sources (as the tests do). */
function pairWorkerFile(): string | null {
  if (workerFile === undefined) {
    const file = fileURLToPath(new URL('./pair-worker.js', import.meta.url));
    workerFile = import.meta.url.endsWith('.js') && existsSync(file) ? file : null;
  }
  return workerFile;
}

/**
 * Tasks running or waiting for a core now, this one included: the least of a few readings of
 * Linux's /proc/loadavg (a passing kernel task should not count), else the 1-minute load average.
 */
function runnableTasks(): number {
  try {
    let least = Infinity;
    for (let t = 0; t < 5; t++) {
      const field = readFileSync('/proc/loadavg', 'latin1').split(' ')[3] ?? '';
      const running = Number(field.split('/')[0]);
      if (!Number.isFinite(running)) throw new Error('unreadable');
      least = Math.min(least, running);
    }
    return least;
  } catch {
    return loadavg()[0]! + 1;
  }
}

/** Two threads when a core is idle, else one (see PairCountOptions.threads). */
function defaultThreads(): number {
  const cores = availableParallelism();
  return cores >= 2 && runnableTasks() <= cores - 1 ? 2 : 1;
}

/** Splits the rows into chunks of about equal work (a row's entries times the rows after it). */
function chunkBounds(m: PairMatrix, chunks: number): Int32Array {
  const n = m.n;
  const rp = m.rowPtr;
  let total = 0;
  for (let i = 0; i < n; i++) total += (rp[i + 1]! - rp[i]!) * (n - i) + 1;
  const bounds = new Int32Array(new SharedArrayBuffer(4 * (chunks + 1)));
  let acc = 0;
  let k = 1;
  for (let i = 0; i < n && k < chunks; i++) {
    acc += (rp[i + 1]! - rp[i]!) * (n - i) + 1;
    while (k < chunks && acc >= (total * k) / chunks) bounds[k++] = i + 1;
  }
  for (; k <= chunks; k++) bounds[k] = n;
  return bounds;
}

/** Worker threads started early (they take some 50 ms to start), handed the job once it is ready. */
class PairWorkers {
  private readonly workers: { worker: Worker; port: MessagePort }[] = [];

  constructor(count: number) {
    const file = pairWorkerFile();
    for (let t = 0; t < count && file !== null; t++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(file, { workerData: { port: port2 }, transferList: [port2] });
      // A worker that fails to start leaves its share to this thread; its error needs a listener.
      worker.on('error', () => undefined);
      worker.unref();
      this.workers.push({ worker, port: port1 });
    }
  }

  /**
   * Counts on this thread and the workers (see runChunks): the output is the one a single thread
   * gives. Without workers this thread counts every chunk. Returns the number of pairs.
   */
  run(job: ChunkJob): number {
    const { ctl, matrix } = job;
    for (const w of this.workers) w.port.postMessage(job);
    try {
      runChunks(job, pairWorkspace(matrix.n, job.sharedBytes, job.frac !== null, null), job.chunks.length - 1, true);
      if (Atomics.load(ctl, CTL_FAILED) === 2) throw tooManyPairs(job.limit);
    } catch (err) {
      failJob(ctl, err);
      const why = this.workers.map((w) => receiveMessageOnPort(w.port)?.message as string | undefined).find((m) => m !== undefined);
      if (why !== undefined && !(err instanceof CorpusLensError)) throw new Error(`${err instanceof Error ? err.message : String(err)} (${why})`);
      throw err;
    } finally {
      this.stop();
    }
    return Atomics.load(ctl, CTL_LENGTH);
  }

  /** Ends the workers (those still waiting for a job, or done). */
  stop(): void {
    for (const w of this.workers) {
      w.port.close();
      w.worker.terminate().catch(() => undefined);
    }
  }
}

/** Strength of each row and their sum from the pairs' weights, in the order a single pass over the rows adds them. */
function strengthOfPairs(n: number, ptr: Uint32Array, dst: Uint32Array, weight: CountArray | Float64Array): { strength: Float64Array; total: number } {
  const strength = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    let si = 0;
    for (let e = ptr[i]!, end = ptr[i + 1]!; e < end; e++) {
      const w = weight[e]!;
      si += w;
      strength[dst[e]!]! += w;
    }
    strength[i]! += si;
    total += 2 * si;
  }
  return { strength, total };
}

/**
 * Counts, for every pair of rows, the columns they share: the bibliographic-coupling kernel
 * (rows = documents, columns = cited works) and the co-citation kernel (rows = works, columns =
 * citing documents). One counter per row in a typed array, never a Map, so it scales to tens of
 * millions of pairs; only the upper triangle is visited. Large inputs are counted on two threads
 * (options.threads) with the same result, byte for byte.
 */
export function countSharedPairs(n: number, rowPtr: Uint32Array, colIdx: Uint32Array, nCols: number, options: PairCountOptions = {}): PairCounts {
  const minShared = Math.max(1, options.minShared ?? 1);
  const fractional = options.columnWeights !== undefined;
  const limit = entryLimit(fractional ? 8 : 4);
  const maxPairs = Math.min(limit, (n * (n - 1)) / 2);
  // The column counts of the first passes live at the start of the output buffer, which the pairs
  // overwrite later: they take no memory of their own.
  const dstBuffer = growableShared(4 * nCols, 4 * Math.max(nCols, maxPairs));
  const counts = new Int32Array(dstBuffer, 0, nCols);
  const found = options.columnCounts ? knownColumns(options.columnCounts, options.active, counts) : countColumns(colIdx, options.active, counts);
  const threads = Math.max(1, Math.floor(options.threads ?? defaultThreads()));
  const useThreads = threads > 1 && n > 1 && found.work >= (options.minThreadWork ?? DEFAULT_MIN_THREAD_WORK);
  // The workers start while this thread prepares the matrix.
  const workers = useThreads ? new PairWorkers(threads - 1) : null;
  try {
    // Every shared column counts 1 and every pair is kept: a row's strength is the sum over its
    // columns of the column's other rows, no need to add it up pair by pair.
    const simple = !fractional && minShared === 1;
    const fromColumns = simple ? strengthFromColumns(n, rowPtr, colIdx, counts) : null;
    const matrix = buildPairMatrix(n, rowPtr, colIdx, counts, found, options.columnWeights);
    const bytes = countBytes(matrix.maxShared);
    const reserve = Math.min(maxPairs, found.work);
    const buffers = { dst: dstBuffer, shared: growableShared(0, reserve * bytes), frac: fractional ? growableShared(0, reserve * 8) : null };
    const ptr = new Uint32Array(new SharedArrayBuffer(4 * (n + 1)));
    const degree = new Uint32Array(workers ? new SharedArrayBuffer(4 * n) : new ArrayBuffer(4 * n));
    let edges: number;
    if (workers === null) {
      const sink = new OutputSink(buffers, bytes, reserve);
      edges = countRows(matrix, pairWorkspace(n, bytes, fractional, degree), 0, n, minShared, sink, ptr);
    } else {
      const nChunks = Math.min(n, threads * CHUNKS_PER_THREAD);
      const ctl = new Int32Array(new SharedArrayBuffer(4 * CTL_SIZE));
      const stageSize = Math.max(1024, Math.min(reserve, Math.ceil(found.work / nChunks)));
      const workerChunks = Math.floor(nChunks * WORKER_SHARE);
      const job: ChunkJob = { matrix, chunks: chunkBounds(matrix, nChunks), ctl, ...buffers, sharedBytes: bytes, ptr, degree, minShared, limit: reserve, stageSize, workerChunks };
      edges = workers.run(job);
    }
    const dst = new Uint32Array(dstBuffer, 0, edges);
    const shared = new (countType(bytes))(buffers.shared, 0, edges);
    const frac = buffers.frac ? new Float64Array(buffers.frac, 0, edges) : null;
    const totals = fromColumns ?? strengthOfPairs(n, ptr, dst, frac ?? shared);
    return { n, edges, ptr, dst, shared, fractional: frac, strength: totals.strength, degree, totalStrength: totals.total, threads: workers ? threads : 1 };
  } finally {
    workers?.stop();
  }
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
