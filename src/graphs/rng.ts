/** A seeded pseudo-random number generator: returns numbers in [0, 1). */
export type Rng = () => number;

/**
 * mulberry32: a small 32-bit generator with a full 2^32 period, good enough for node orders and
 * initial positions. The same seed gives the same sequence on every platform (integer arithmetic).
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns an integer in [0, n) drawn from `rng`. */
export function randomIndex(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** Shuffles `items` in place (Fisher-Yates) with `rng`, and returns it. */
export function shuffle(items: Uint32Array, rng: Rng): Uint32Array {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomIndex(rng, i + 1);
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  }
  return items;
}
