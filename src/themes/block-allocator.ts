/**
 * Hands out typed arrays as views into large blocks, so that ten thousand documents do not make
 * forty thousand small ArrayBuffers (each one is slow to allocate and to collect). A request larger
 * than a block gets an array of its own. Views are never freed one by one: the blocks live as long
 * as any view into them.
 */
export class BlockAllocator<T extends Int32Array | Uint8Array> {
  private block: T;
  private used = 0;

  /**
   * @param make creates an array of a given length
   * @param blockSize elements per block (default 2^20)
   */
  constructor(
    private readonly make: (length: number) => T,
    private readonly blockSize = 1 << 20,
  ) {
    this.block = make(0);
  }

  /** A zero-filled view of `length` elements. */
  take(length: number): T {
    if (length > this.blockSize >> 2) return this.make(length);
    if (this.used + length > this.block.length) {
      this.block = this.make(this.blockSize);
      this.used = 0;
    }
    const view = this.block.subarray(this.used, this.used + length) as T;
    this.used += length;
    return view;
  }
}
