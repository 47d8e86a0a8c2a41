import { describe, expect, it } from 'vitest';
import { kleinbergBursts } from '../../src/themes/bursts.js';

function weight(r: number[], d: number[], from: number, to: number, p0: number, p1: number): number {
  let w = 0;
  for (let t = from; t <= to; t++) {
    const rt = r[t] ?? 0;
    const dt = d[t] ?? 0;
    w += rt * Math.log(p1 / p0) + (dt - rt) * Math.log((1 - p1) / (1 - p0));
  }
  return w;
}

describe('kleinbergBursts (two-state, batched)', () => {
  const d = [100, 100, 100, 100, 100, 100, 100, 100, 100, 100];

  it('finds a planted burst with its begin, end and strength', () => {
    const r = [5, 5, 5, 5, 30, 35, 30, 5, 5, 5];
    const bursts = kleinbergBursts(r, d);
    expect(bursts).toHaveLength(1);
    expect(bursts[0]?.start).toBe(4);
    expect(bursts[0]?.end).toBe(6);
    // p0 = 130 / 1000, p1 = 2 p0; strength = sum of sigma0 - sigma1 over the burst
    expect(bursts[0]?.strength).toBeCloseTo(weight(r, d, 4, 6, 0.13, 0.26), 9);
  });

  it('finds nothing in a flat series or a series of one point', () => {
    expect(kleinbergBursts([10, 10, 10, 10, 10], [100, 100, 100, 100, 100])).toEqual([]);
    expect(kleinbergBursts([10], [100])).toEqual([]);
    expect(kleinbergBursts([0, 0, 0], [10, 10, 10])).toEqual([]);
  });

  it('finds two bursts and honours the minimum duration', () => {
    const r = [2, 40, 2, 2, 2, 2, 35, 40, 2, 2];
    const two = kleinbergBursts(r, d);
    expect(two.map((b) => [b.start, b.end])).toEqual([
      [1, 1],
      [6, 7],
    ]);
    expect(kleinbergBursts(r, d, { minDuration: 2 }).map((b) => [b.start, b.end])).toEqual([[6, 7]]);
  });

  it('asks for a sharper rise with a larger s and a higher entry cost with a larger gamma', () => {
    const r = [5, 5, 5, 5, 12, 12, 5, 5, 5, 5];
    expect(kleinbergBursts(r, d, { s: 1.5 }).length).toBe(1);
    expect(kleinbergBursts(r, d, { s: 3 })).toEqual([]);
    expect(kleinbergBursts(r, d, { s: 1.5, gamma: 10 })).toEqual([]);
  });

  it('handles years without documents', () => {
    const bursts = kleinbergBursts([1, 0, 0, 20, 18, 1], [50, 0, 0, 50, 50, 50]);
    expect(bursts.map((b) => [b.start, b.end])).toEqual([[3, 4]]);
  });
});
