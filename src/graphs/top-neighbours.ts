/**
 * Keeps the links among each node's k strongest while the links are found, without holding all of
 * them: one min-heap of the k largest weights per node, and a link is stored only when, at the time
 * it is found, it is among the k largest of one of its ends so far. A heap's minimum never falls, so
 * every link that is among the k strongest of an end at the end is stored. `finish` then applies the
 * rule of the whole list: a link stays when its weight is at least the k-th largest weight of either
 * end (0 when the end has fewer than k links), so ties with the k-th are kept.
 *
 * Links must be added row by row (`add(i, j, w)` with i ascending, j > i ascending within a row) and
 * each row closed with `endRow(i)`; the result is the upper triangle in compressed sparse rows.
 * With k = 0 every link is kept.
 */
export class TopNeighbours {
  private readonly heap: Float64Array;
  private readonly size: Uint32Array;
  private readonly ptr: Uint32Array;
  private dst = new Uint32Array(1024);
  private w = new Float64Array(1024);
  private count = 0;

  /** Prepares the heaps of n nodes for the k strongest links each (k = 0: keep every link). */
  constructor(
    private readonly n: number,
    private readonly k: number,
  ) {
    this.heap = new Float64Array(n * k);
    this.size = new Uint32Array(k > 0 ? n : 0);
    this.ptr = new Uint32Array(n + 1);
  }

  /** Pushes w into node i's heap; true when w is among its k largest so far (ties with the k-th included). */
  private offer(i: number, w: number): boolean {
    const k = this.k;
    const h = this.heap;
    const base = i * k;
    const s = this.size[i]!;
    if (s < k) {
      // sift up
      let c = s;
      while (c > 0) {
        const parent = (c - 1) >> 1;
        if (h[base + parent]! <= w) break;
        h[base + c] = h[base + parent]!;
        c = parent;
      }
      h[base + c] = w;
      this.size[i] = s + 1;
      return true;
    }
    const min = h[base]!;
    if (w < min) return false;
    if (w === min) return true;
    // replace the minimum and sift down
    let c = 0;
    for (;;) {
      const l = 2 * c + 1;
      if (l >= k) break;
      const r = l + 1;
      const m = r < k && h[base + r]! < h[base + l]! ? r : l;
      if (h[base + m]! >= w) break;
      h[base + c] = h[base + m]!;
      c = m;
    }
    h[base + c] = w;
    return true;
  }

  /** Records the link between i and j > i of weight w (rows in ascending order, j ascending in a row). */
  add(i: number, j: number, w: number): void {
    if (this.k > 0) {
      const a = this.offer(i, w);
      const b = this.offer(j, w);
      if (!a && !b) return;
    }
    if (this.count === this.dst.length) {
      const dst = new Uint32Array(this.count * 2);
      dst.set(this.dst);
      this.dst = dst;
      const w2 = new Float64Array(this.count * 2);
      w2.set(this.w);
      this.w = w2;
    }
    this.dst[this.count] = j;
    this.w[this.count] = w;
    this.count++;
  }

  /** Closes row i: the links added since the previous row belong to i. */
  endRow(i: number): void {
    this.ptr[i + 1] = this.count;
  }

  /** The kept links as compressed sparse rows (upper triangle, rows and targets ascending). */
  finish(): { ptr: Uint32Array; dst: Uint32Array; w: Float64Array } {
    const n = this.n;
    for (let i = 0; i < n; i++) if (this.ptr[i + 1]! < this.ptr[i]!) this.ptr[i + 1] = this.ptr[i]!;
    if (this.k === 0) return { ptr: this.ptr, dst: this.dst.slice(0, this.count), w: this.w.slice(0, this.count) };
    const kth = new Float64Array(n);
    for (let i = 0; i < n; i++) kth[i] = this.size[i] === this.k ? this.heap[i * this.k]! : 0;
    const outPtr = new Uint32Array(n + 1);
    let out = 0;
    for (let i = 0; i < n; i++) {
      for (let e = this.ptr[i]!; e < this.ptr[i + 1]!; e++) {
        const j = this.dst[e]!;
        const w = this.w[e]!;
        if (w >= kth[i]! || w >= kth[j]!) {
          this.dst[out] = j;
          this.w[out] = w;
          out++;
        }
      }
      outPtr[i + 1] = out;
    }
    return { ptr: outPtr, dst: this.dst.slice(0, out), w: this.w.slice(0, out) };
  }
}
