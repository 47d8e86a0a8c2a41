import { describe, expect, it } from 'vitest';
import { prepareCitations } from '../../src/graphs/citation-input.js';
import { syntheticCitations } from '../../src/scripts/synthetic-citations.js';

describe('syntheticCitations (benchmark generator)', () => {
  it('gives the same corpus for the same seed and another for another seed', () => {
    const a = syntheticCitations({ docs: 500, seed: 3 });
    const b = syntheticCitations({ docs: 500, seed: 3 });
    const c = syntheticCitations({ docs: 500, seed: 4 });
    expect(Array.from(a.workIdx)).toEqual(Array.from(b.workIdx));
    expect(Array.from(a.docPtr)).toEqual(Array.from(b.docPtr));
    expect(Array.from(c.workIdx)).not.toEqual(Array.from(a.workIdx));
  });

  it('writes sorted, duplicate-free rows of about 30 references over cited works only', () => {
    const corpus = syntheticCitations({ docs: 400, seed: 1 });
    const prepared = prepareCitations(corpus);
    expect(prepared.messages).toEqual([]);
    expect(Array.from(prepared.workIdx)).toEqual(Array.from(corpus.workIdx));
    expect(prepared.citedBy.every((c) => c > 0)).toBe(true);
    const mean = corpus.workIdx.length / corpus.docs.length;
    expect(mean).toBeGreaterThan(25);
    expect(mean).toBeLessThan(35);
  });
});
