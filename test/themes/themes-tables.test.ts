import { describe, expect, it } from 'vitest';
import { analyseThemes } from '../../src/themes/analyse-themes.js';
import { themesTables } from '../../src/themes/themes-tables.js';
import { createTokenizer } from '../../src/themes/tokenize.js';
import { makeDoc } from './make-doc.js';

function corpus(): ReturnType<typeof makeDoc>[] {
  const docs: ReturnType<typeof makeDoc>[] = [];
  for (let year = 2015; year <= 2022; year++) {
    const burst = year >= 2019 && year <= 2020;
    for (let k = 0; k < 3; k++) {
      const body =
        'Colleges lack dual-qualified teachers. School-enterprise cooperation is a formality. ' +
        (burst ? 'Digital platforms change training. Digital platforms support teachers. ' : 'Funding is insufficient for training. ') +
        (k === 0 ? 'Enterprises see no benefit. ' : 'Policies need local rules. ');
      const refs = 'References\nZhang, Obscurum wordus, 2019.';
      const text = body + refs;
      docs.push(
        makeDoc(`d${year}-${k}`, text, {
          kind: k === 0 ? 'policy' : 'paper',
          year,
          sections: [{ heading: 'References', number: '', level: 1, offset: body.length, end: text.length }],
          group: { province: k === 2 ? 'Hunan' : 'Chongqing' },
        }),
      );
    }
  }
  docs.push(makeDoc('undated', 'Teachers need enterprise practice.', { kind: 'paper' }));
  return docs;
}

describe('analyseThemes / themesTables', () => {
  const tokenizer = createTokenizer();
  const analysis = analyseThemes(corpus(), {
    tokenizer,
    phrases: { nounPhraseChecks: 0 },
    groupBy: ['kind', 'province'],
    trendTerms: 3,
    cooccurrence: { nodes: 10 },
  });
  const tables = Object.fromEntries(themesTables(analysis));

  it('counts no word of the reference lists', () => {
    expect(analysis.terms.map((t) => t.term)).not.toContain('obscurum');
    expect(analysis.index.terms.includes('obscurum')).toBe(false);
  });

  it('builds the term table with frequencies, rates and mean TF-IDF', () => {
    expect(tables.terms?.header).toEqual(['rank', 'term', 'form', 'language', 'frequency', 'documents', 'rate_per_10k', 'tfidf_mean', 'vocabulary']);
    const teacher = analysis.terms.find((t) => t.term === 'teacher');
    expect(teacher).toMatchObject({ form: 'teachers', language: 'en', frequency: 24 + 6 + 1, documents: 25 });
    expect(teacher?.ratePer10k).toBeCloseTo((31 * 10000) / analysis.index.totalTokens, 9);
    const freqs = analysis.terms.map((t) => t.frequency);
    expect(freqs).toEqual([...freqs].sort((a, b) => b - a));
  });

  it('reports undated documents and leaves them out of trends', () => {
    expect(analysis.messages.map((m) => m.rule)).toEqual(['themes-undated']);
    expect(analysis.years.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(tables.trends?.rows).toHaveLength(3 * 8);
  });

  it('finds the planted burst of "digital"', () => {
    const digital = analysis.bursts.filter((b) => b.term === 'digit');
    expect(digital.map((b) => [b.begin, b.end])).toEqual([[2019, 2020]]);
    // "change", "digital" and "platform" burst together with the same strength: term order breaks the tie
    expect(tables.bursts?.rows.slice(0, 3).map((r) => r.slice(1, 6))).toEqual([
      ['chang', 'change', 'en', 2019, 2020],
      ['digit', 'digital', 'en', 2019, 2020],
      ['platform', 'platforms', 'en', 2019, 2020],
    ]);
  });

  it('compares policy with paper by default and groups by metadata columns', () => {
    expect(analysis.keyness?.spec).toEqual({ by: 'kind', a: 'policy', b: 'paper' });
    const benefit = analysis.keyness?.rows.find((r) => r.term === 'benefit');
    expect(benefit).toMatchObject({ freqA: 8, freqB: 0, direction: 'A' });
    const groups = tables.groups?.rows.map((r) => `${r[0]}=${r[1]}`);
    expect([...new Set(groups)]).toEqual(['kind=paper', 'kind=policy', 'province=Chongqing', 'province=Hunan', 'province=(none)']);
  });

  it('gives a co-occurrence edge list over sentences', () => {
    const { nodes, edges } = analysis.network;
    expect(nodes).toHaveLength(10);
    const label = (i: number): string => nodes[i]?.term ?? '';
    const pair = edges.find((e) => [label(e.source), label(e.target)].sort().join('+') === 'colleg+teacher');
    // "Colleges lack dual-qualified teachers." is in the 24 dated documents
    expect(pair?.weight).toBe(24);
    for (const e of edges) expect(e.source).toBeLessThan(e.target);
  });

  it('lists each document with its top terms and phrases', () => {
    const rows = tables['doc-terms']?.rows ?? [];
    expect(rows.filter((r) => r[0] === 'd2019-0' && r[3] === 'term').length).toBe(10);
    expect(rows.some((r) => r[0] === 'd2019-0' && r[3] === 'phrase')).toBe(true);
  });

  it('is deterministic: a second run with a fresh tokenizer gives the same tables', () => {
    const again = themesTables(analyseThemes([...corpus()], { phrases: { nounPhraseChecks: 0 }, groupBy: ['kind', 'province'], trendTerms: 3, cooccurrence: { nodes: 10 } }));
    expect(JSON.stringify(again)).toBe(JSON.stringify(themesTables(analysis)));
  });
});

describe('analyseThemes on degenerate corpora', () => {
  it('gives empty tables for no documents and for empty documents, without throwing', () => {
    for (const docs of [[], [makeDoc('e', '')], [makeDoc('r', 'References\nA. 2019.', { sections: [{ heading: 'References', number: '', level: 1, offset: 0, end: 20 }] })]]) {
      const tables = themesTables(analyseThemes(docs));
      for (const [name, table] of tables) {
        expect(table.header.length, name).toBeGreaterThan(0);
        expect(table.rows.filter((r) => r[0] !== 'kind' && r[0] !== 'year'), name).toEqual([]);
      }
    }
  });
});
