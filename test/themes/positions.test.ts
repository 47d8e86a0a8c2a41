import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/graphs/rng.js';
import { indexCorpus, tokenPlaces } from '../../src/themes/corpus-index.js';
import { MAX_BYTES_PER_TOKEN, decodePositions, encodePositions } from '../../src/themes/positions.js';
import { createTokenizer } from '../../src/themes/tokenize.js';
import { makeDoc } from './make-doc.js';

function roundTrip(offsets: number[], ends: number[]): { size: number; offsets: number[]; ends: number[] } {
  const o = Int32Array.from(offsets);
  const e = Int32Array.from(ends);
  const bytes = new Uint8Array(o.length * MAX_BYTES_PER_TOKEN);
  const size = encodePositions(o, e, o.length, bytes);
  const back = decodePositions(bytes.subarray(0, size), o.length);
  return { size, offsets: Array.from(back.offsets), ends: Array.from(back.ends) };
}

describe('compact token positions', () => {
  it('take 2 bytes for short words one space apart and decode exactly', () => {
    const r = roundTrip([0, 5, 9, 15], [4, 8, 14, 20]);
    expect(r).toEqual({ size: 8, offsets: [0, 5, 9, 15], ends: [4, 8, 14, 20] });
  });

  it('decode large gaps and lengths, empty tokens and positions before the previous end', () => {
    const offsets = [70000, 70000, 2_000_000_000, 1_999_999_990, 2_100_000_000];
    const ends = [70000, 70300, 2_000_000_100, 2_000_000_000, 2_147_000_000];
    const r = roundTrip(offsets, ends);
    expect(r.offsets).toEqual(offsets);
    expect(r.ends).toEqual(ends);
    expect(r.size).toBe(3 + 1 + (1 + 2) + (5 + 1) + (2 + 1) + (4 + 4));
  });

  it('decode random streams exactly, into reused arrays', () => {
    const random = createRng(7);
    const into = { offsets: new Int32Array(500), ends: new Int32Array(500) };
    for (let run = 0; run < 20; run++) {
      const n = Math.floor(random() * 400);
      const offsets: number[] = [];
      const ends: number[] = [];
      let pos = Math.floor(random() * 1e6);
      for (let i = 0; i < n; i++) {
        pos += Math.floor(random() * (random() < 0.05 ? 1e5 : 4));
        const len = Math.floor(random() * (random() < 0.05 ? 300 : 12));
        offsets.push(pos);
        ends.push(pos + len);
        pos += len;
      }
      const o = Int32Array.from(offsets);
      const e = Int32Array.from(ends);
      const bytes = new Uint8Array(n * MAX_BYTES_PER_TOKEN);
      const size = encodePositions(o, e, n, bytes);
      const back = decodePositions(bytes.subarray(0, size), n, into);
      expect(back.offsets.buffer).toBe(into.offsets.buffer);
      expect(Array.from(back.offsets)).toEqual(offsets);
      expect(Array.from(back.ends)).toEqual(ends);
    }
  });

  it('give back the tokenizer\'s offsets through the index', () => {
    const text = 'School–enterprise cooperation lacks funds. 学校经费不足，缺乏双师型教师。 And 2020 rules.';
    const tokenizer = createTokenizer();
    const index = indexCorpus([makeDoc('a', text)], tokenizer);
    const s = index.streams[0];
    if (!s) throw new Error('no stream');
    const places = tokenPlaces(s);
    const tokens = tokenizer.tokenize(text);
    expect(Array.from(places.offsets)).toEqual(tokens.map((t) => t.offset));
    expect(Array.from(places.ends)).toEqual(tokens.map((t) => t.end));
    expect(s.positions.length).toBeLessThanOrEqual(2 * tokens.length + 2);
  });
});
