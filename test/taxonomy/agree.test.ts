import { describe, expect, it } from 'vitest';
import { agree, agreementCategoriesTable, agreementSummaryTable, cohenKappa, disagreementsTable, krippendorffAlpha, type Label } from '../../src/taxonomy/agree.js';

/** n pairs of the same [a, b] values. */
const times = (n: number, pair: [string, string]): Array<[string, string]> => Array.from({ length: n }, () => pair);

describe('cohenKappa', () => {
  it('matches the hand-computed 2×2 example', () => {
    // 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15. po = 0.7, pe = 0.5·0.6 + 0.5·0.4 = 0.5, kappa = 0.4.
    const pairs = [...times(20, ['yes', 'yes']), ...times(5, ['yes', 'no']), ...times(10, ['no', 'yes']), ...times(15, ['no', 'no'])];
    expect(cohenKappa(pairs)).toBeCloseTo(0.4, 12);
  });

  it('is 1 for perfect agreement and NaN when undefined', () => {
    expect(cohenKappa([['a', 'a'], ['b', 'b']])).toBe(1);
    expect(cohenKappa([['a', 'a'], ['a', 'a']])).toBeNaN();
    expect(cohenKappa([])).toBeNaN();
  });
});

describe('krippendorffAlpha', () => {
  it('matches the hand-computed nominal example', () => {
    // Values a,a | a,b | b,b | b,b | c,c: n = 10, n_a = 3, n_b = 5, n_c = 2; Σ o(c≠k) = 2;
    // Σ n_c n_k (c≠k) = 100 − (9 + 25 + 4) = 62; alpha = 1 − 9·2/62 = 22/31.
    expect(krippendorffAlpha([['a', 'a'], ['a', 'b'], ['b', 'b'], ['b', 'b'], ['c', 'c']])).toBeCloseTo(22 / 31, 12);
  });

  it('is 1 for perfect agreement with variation, NaN without variation', () => {
    expect(krippendorffAlpha([['a', 'a'], ['b', 'b']])).toBe(1);
    expect(krippendorffAlpha([['a', 'a'], ['a', 'a']])).toBeNaN();
  });
});

describe('agree', () => {
  const human: Label[] = [
    { id: '1', category: 'p.a' },
    { id: '2', category: 'p.a' },
    { id: '3', category: 's.b' },
    { id: '4', category: null },
    { id: '5', category: 's.b' },
  ];
  const tool: Label[] = [
    { id: '1', category: 'p.a' },
    { id: '2', category: 's.b' },
    { id: '3', category: 's.b' },
    { id: '4', category: null },
    { id: '9', category: 'p.a' },
  ];

  it('computes per-category precision, recall and F1, kappa, alpha and coverage', () => {
    const a = agree(tool, human, { categories: ['p.a', 's.b', 'x.unused'] });
    expect(a.items).toBe(5);
    expect(a.agreed).toBe(3);
    expect(a.percentAgreement).toBeCloseTo(0.6, 12);
    expect(a.perCategory).toEqual([
      { category: 'p.a', tool: 1, human: 2, both: 1, precision: 1, recall: 0.5, f1: 2 / 3 },
      { category: 's.b', tool: 2, human: 2, both: 1, precision: 0.5, recall: 0.5, f1: 0.5 },
      { category: 'x.unused', tool: 0, human: 0, both: 0, precision: null, recall: null, f1: null },
    ]);
    expect(a.macroF1).toBeCloseTo((2 / 3 + 0.5 + 0) / 3, 12);
    expect(a.precision).toBeCloseTo(2 / 3, 12);
    expect(a.recall).toBeCloseTo(2 / 4, 12);
    expect(a.toolCoded).toBe(3);
    expect(a.humanCoded).toBe(4);
    expect(a.coverage).toBeCloseTo(0.6, 12);
    expect(a.unmatched).toEqual(['9']);
    // Values: tool p.a s.b s.b (none) (none); human p.a p.a s.b (none) s.b.
    expect(a.kappa).toBeCloseTo(cohenKappa([['p.a', 'p.a'], ['s.b', 'p.a'], ['s.b', 's.b'], ['(none)', '(none)'], ['(none)', 's.b']]), 12);
    expect(a.disagreements).toEqual([
      { human: 'p.a', tool: 's.b', count: 1, ids: ['2'] },
      { human: 's.b', tool: '(none)', count: 1, ids: ['5'] },
    ]);
  });

  it('compares sets of categories when a passage has several', () => {
    const a = agree(
      [{ id: '1', category: 'x' }, { id: '1', category: 'y' }],
      [{ id: '1', category: 'y' }, { id: '1', category: 'x' }],
    );
    expect(a.agreed).toBe(1);
    expect(a.perCategory.map((c) => c.f1)).toEqual([1, 1]);
  });

  it('renders tables', () => {
    const a = agree(tool, human);
    expect(agreementSummaryTable(a).rows[0]).toEqual(['passages', 5]);
    expect(agreementCategoriesTable(a).header).toEqual(['category', 'tool', 'human', 'both', 'precision', 'recall', 'f1']);
    expect(agreementCategoriesTable(a).rows[0]).toEqual(['p.a', 1, 2, 1, 1, 0.5, 0.6667]);
    expect(disagreementsTable(a).rows).toEqual([
      ['p.a', 's.b', 1, '2'],
      ['s.b', '(none)', 1, '5'],
    ]);
  });
});
