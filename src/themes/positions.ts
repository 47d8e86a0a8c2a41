/**
 * Token positions stored compactly: for each token, the distance from the end of the token before
 * it (zigzag-encoded, so that a position before it would still fit) and its length, each as a
 * variable-length integer of 7 bits per byte. Words are short and one space apart, so a token
 * takes about 2 bytes instead of the 8 of two Int32 values.
 */

/** Offsets and ends of a run of tokens, decoded. */
export interface TokenPlaces {
  offsets: Int32Array;
  ends: Int32Array;
}

function zigzag(x: number): number {
  return x >= 0 ? x * 2 : -x * 2 - 1;
}

/** The most bytes one token can take: two integers of up to 5 bytes. */
export const MAX_BYTES_PER_TOKEN = 10;

/**
 * Writes the positions of `n` tokens into `out` (room for n × MAX_BYTES_PER_TOKEN bytes is always
 * enough) and returns the number of bytes written.
 * @param offsets offset of each token
 * @param ends end of each token (not before its offset)
 * @param n number of tokens
 * @param out the bytes to fill
 */
export function encodePositions(offsets: Int32Array, ends: Int32Array, n: number, out: Uint8Array): number {
  let prev = 0;
  let p = 0;
  for (let i = 0; i < n; i++) {
    const o = offsets[i] ?? 0;
    const e = ends[i] ?? 0;
    for (let x = zigzag(o - prev); ; x = Math.floor(x / 128)) {
      if (x < 0x80) {
        out[p++] = x;
        break;
      }
      out[p++] = (x & 0x7f) | 0x80;
    }
    for (let x = e - o; ; x >>>= 7) {
      if (x < 0x80) {
        out[p++] = x;
        break;
      }
      out[p++] = (x & 0x7f) | 0x80;
    }
    prev = e;
  }
  return p;
}

/**
 * Decodes the positions of `n` tokens, into the given arrays when they are long enough.
 * @param bytes what encodePositions wrote
 * @param n number of tokens
 * @param into arrays to reuse (views of length `n` are returned)
 */
export function decodePositions(bytes: Uint8Array, n: number, into?: TokenPlaces): TokenPlaces {
  const offsets = into && into.offsets.length >= n ? into.offsets.subarray(0, n) : new Int32Array(n);
  const ends = into && into.ends.length >= n ? into.ends.subarray(0, n) : new Int32Array(n);
  let prev = 0;
  let p = 0;
  for (let i = 0; i < n; i++) {
    let x = 0;
    let scale = 1;
    for (let b = bytes[p++] ?? 0; ; b = bytes[p++] ?? 0) {
      x += (b & 0x7f) * scale;
      if (b < 0x80) break;
      scale *= 128;
    }
    const o = prev + (x % 2 === 0 ? x / 2 : -(x + 1) / 2);
    let len = 0;
    let shift = 0;
    for (let b = bytes[p++] ?? 0; ; b = bytes[p++] ?? 0) {
      len |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    offsets[i] = o;
    ends[i] = o + len;
    prev = o + len;
  }
  return { offsets, ends };
}
