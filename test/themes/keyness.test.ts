import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/themes/corpus-index.js';
import { bayesFactor, keyness, logLikelihood, logRatio, significance } from '../../src/themes/keyness.js';
import { computeTfIdf } from '../../src/themes/tfidf.js';
import { createTokenizer } from '../../src/themes/tokenize.js';
import { makeDoc } from './make-doc.js';

describe('logLikelihood / logRatio (Rayson, Hardie)', () => {
  it('matches a hand computation: a=10, b=5, c=d=1000', () => {
    // E1 = E2 = 1000 * 15 / 2000 = 7.5; G2 = 2 (10 ln(10/7.5) + 5 ln(5/7.5)) = 1.69899032
    expect(logLikelihood(10, 5, 1000, 1000)).toBeCloseTo(1.69899032, 7);
    // log2((10/1000) / (5/1000)) = 1
    expect(logRatio(10, 5, 1000, 1000)).toBeCloseTo(1, 12);
    // BIC = G2 - ln(2000)
    expect(bayesFactor(1.69899032, 2000)).toBeCloseTo(-5.90191214, 7);
    expect(significance(1.69899032)).toBe('');
  });

  it('handles a zero frequency: a=20, b=0, c=5000, d=10000', () => {
    // E1 = 5000 * 20 / 15000 = 6.667; G2 = 2 * 20 ln(3) = 43.94449155; log ratio with 0.5 for 0: log2(80)
    expect(logLikelihood(20, 0, 5000, 10000)).toBeCloseTo(43.94449155, 7);
    expect(logRatio(20, 0, 5000, 10000)).toBeCloseTo(6.32192809, 7);
    expect(significance(43.9)).toBe('p<0.0001');
    expect(significance(7)).toBe('p<0.01');
  });

  it('is symmetric and 0 for equal rates', () => {
    expect(logLikelihood(5, 10, 1000, 1000)).toBeCloseTo(logLikelihood(10, 5, 1000, 1000), 12);
    expect(logLikelihood(10, 20, 1000, 2000)).toBeCloseTo(0, 12);
    expect(logRatio(5, 10, 1000, 1000)).toBeCloseTo(-1, 12);
  });
});

describe('keyness(index, ...)', () => {
  it('counts each group from the documents and scores with their token totals', () => {
    const docs = [
      makeDoc('p1', 'Funding funding funding cooperation.', { kind: 'policy' }),
      makeDoc('p2', 'Funding cooperation the.', { kind: 'policy' }),
      makeDoc('a1', 'Cooperation cooperation cooperation teachers teachers funding.', { kind: 'paper' }),
    ];
    const index = indexCorpus(docs, createTokenizer());
    const m = computeTfIdf(index.streams.map((s) => s.terms), index.termCount, { counted: index.counted, lengths: index.docTokens });
    const rows = keyness(index, m, (d) => d.kind === 'policy', (d) => d.kind === 'paper', { minFrequency: 1 });
    // policy: 7 tokens (stop word "the" included), paper: 6 tokens
    const fund = rows.find((r) => r.term === 'fund');
    expect(fund).toMatchObject({ freqA: 4, freqB: 1, direction: 'A', form: 'funding' });
    expect(fund?.g2).toBeCloseTo(logLikelihood(4, 1, 7, 6), 12);
    expect(fund?.logRatio).toBeCloseTo(Math.log2(4 / 7 / (1 / 6)), 12);
    const teach = rows.find((r) => r.term === 'teacher');
    expect(teach).toMatchObject({ freqA: 0, freqB: 2, direction: 'B' });
    expect(rows.map((r) => r.term)).toEqual([...rows].sort((x, y) => y.g2 - x.g2 || (x.term < y.term ? -1 : 1)).map((r) => r.term));
  });
});
