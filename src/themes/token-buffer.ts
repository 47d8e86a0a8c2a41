/**
 * Growable typed arrays of tokens: term id, surface id (-1 for merged vocabulary phrases), offset
 * and end in the text. The tokenizer writes into one buffer per run and reuses it, so that a corpus
 * of millions of tokens never becomes millions of objects.
 */
export class TokenBuffer {
  terms: Int32Array;
  surfaces: Int32Array;
  offsets: Int32Array;
  ends: Int32Array;
  length = 0;

  /** @param capacity initial number of tokens */
  constructor(capacity = 1024) {
    this.terms = new Int32Array(capacity);
    this.surfaces = new Int32Array(capacity);
    this.offsets = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Appends one token. */
  push(term: number, surface: number, offset: number, end: number): void {
    if (this.length === this.terms.length) this.grow();
    const i = this.length++;
    this.terms[i] = term;
    this.surfaces[i] = surface;
    this.offsets[i] = offset;
    this.ends[i] = end;
  }

  /** Empties the buffer, keeping its memory. */
  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const size = this.terms.length * 2;
    const copy = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.terms = copy(this.terms);
    this.surfaces = copy(this.surfaces);
    this.offsets = copy(this.offsets);
    this.ends = copy(this.ends);
  }
}
