import { describe, expect, it } from 'vitest';
import { parseWordFrequencies } from '../../src/themes/chinese-segmenter.js';
import { indexCorpus } from '../../src/themes/corpus-index.js';
import { JIEBA_REFERENCE, jiebaReference, keyTerms, type ReferenceCorpus } from '../../src/themes/key-terms.js';
import { logLikelihood, logRatio } from '../../src/themes/keyness.js';
import { CJK_SCRIPT, LATIN } from '../../src/themes/lexicon.js';
import { computeTfIdf } from '../../src/themes/tfidf.js';
import { keyTermsTable } from '../../src/themes/themes-tables.js';
import { createTokenizer } from '../../src/themes/tokenize.js';
import { makeDoc } from './make-doc.js';

function analyse(texts: string[]): { index: ReturnType<typeof indexCorpus>; matrix: ReturnType<typeof computeTfIdf> } {
  const index = indexCorpus(texts.map((t, i) => makeDoc(`d${i}`, t)), createTokenizer({ domainVocabulary: false }));
  return { index, matrix: computeTfIdf(index.streams.map((s) => s.terms), index.termCount, { counted: index.counted, lengths: index.docTokens }) };
}

describe('keyTerms', () => {
  // 38 latin tokens: apprenticeship 6, school 8, rule 4, the 9, budget 2, policy 9
  const a = 'The apprenticeship school rule policy. The apprenticeship school policy policy. The school school budget policy.';
  const b = 'The apprenticeship apprenticeship school rule rule policy policy. The apprenticeship school the the policy.';
  const c = 'The apprenticeship school rule policy policy the budget school.';
  // and 6 Chinese tokens (产教 融合 three times: no domain vocabulary), which no reference covers here
  const { index, matrix } = analyse([a, b, c, '产教融合 产教融合 产教融合']);
  const reference: ReferenceCorpus = {
    name: 'test-ref',
    script: LATIN,
    total: 1_000_000,
    counts: new Map([
      ['school', 100],
      ['rule', 10_000],
      ['polici', 400_000],
      ['the', 50_000],
    ]),
  };
  const rows = keyTerms(index, matrix, [reference]);
  let latin = 0;
  for (let t = 0; t < index.termCount; t++) if (index.script[t] === LATIN) latin += index.frequency[t] ?? 0;

  it('ranks over-represented terms by log ratio against the reference, significant ones only', () => {
    expect(latin).toBe(38);
    expect(rows.map((r) => [r.term, r.frequency, r.referenceFrequency])).toEqual([
      ['apprenticeship', 6, 0],
      ['school', 8, 100],
    ]);
    const first = rows[0];
    expect(first?.logRatio).toBeCloseTo(logRatio(6, 0, latin, 1_000_000), 12);
    expect(first?.g2).toBeCloseTo(logLikelihood(6, 0, latin, 1_000_000), 12);
    expect(first?.reference).toBe('test-ref');
    expect(first?.significance).toBe('p<0.0001');
    // rule: over-represented but G² below 15.13; polici: under-represented; budget: below 3; the: a stop word
    expect(logLikelihood(4, 10_000, latin, 1_000_000)).toBeLessThan(15.13);
    expect(rows.some((r) => r.language === 'zh')).toBe(false);
  });

  it('follows its floors', () => {
    expect(keyTerms(index, matrix, [reference], { minG2: 0 }).map((r) => r.term)).toEqual(['apprenticeship', 'school', 'rule']);
    expect(keyTerms(index, matrix, [reference], { minFrequency: 1, minG2: 0 }).map((r) => r.term)).toEqual(['apprenticeship', 'budget', 'school', 'rule']);
    expect(keyTerms(index, matrix, [reference], { limit: 1 })).toHaveLength(1);
    expect(keyTerms(index, matrix, [])).toEqual([]);
  });

  it('gives key-terms.csv', () => {
    const table = keyTermsTable(rows);
    expect(table.header).toEqual(['rank', 'term', 'form', 'language', 'frequency', 'documents', 'rate_per_10k', 'reference', 'reference_frequency', 'reference_per_10k', 'g2', 'significance', 'log_ratio', 'vocabulary']);
    expect(table.rows[1]?.slice(0, 10)).toEqual([2, 'school', 'school', 'en', 8, 3, 1818.1818, 'test-ref', 100, 1]);
  });
});

describe('the jieba reference', () => {
  it('reads word frequencies and the list total in one pass', () => {
    const list = '职业 3000 n\n教育 5000 vn\n应当 6476 v\nbad line\n空 x\n';
    const r = parseWordFrequencies(list, new Set(['应当', '教育', '产教融合', '空']));
    expect(r.total).toBe(14476);
    expect([...r.counts]).toEqual([
      ['教育', 5000],
      ['应当', 6476],
    ]);
  });

  it('puts a domain term above generic legal words', () => {
    const text = '国家应当深化产教融合。国家应当规定职业学校的设置。国家应当推进产教融合和校企合作。';
    const tokenizer = createTokenizer();
    const index = indexCorpus([makeDoc('a', text), makeDoc('b', text)], tokenizer);
    const matrix = computeTfIdf(index.streams.map((s) => s.terms), index.termCount, { counted: index.counted, lengths: index.docTokens });
    const ref = jiebaReference(index);
    expect(ref?.name).toBe(JIEBA_REFERENCE);
    expect(ref?.script).toBe(CJK_SCRIPT);
    expect(ref?.total).toBe(60_101_964);
    expect(ref?.counts.get('应当')).toBe(6476);
    expect(ref?.counts.has('产教融合')).toBe(false);
    const rows = keyTerms(index, matrix, ref ? [ref] : [], { minG2: 0 });
    const rank = (w: string): number => rows.findIndex((r) => r.term === w);
    expect(rank('产教融合')).toBe(0);
    expect(rank('应当')).toBeGreaterThan(rank('产教融合'));
    expect(rank('国家')).toBeGreaterThan(rank('校企合作'));
    expect(jiebaReference(analyse(['English only text here']).index)).toBeUndefined();
  });
});
