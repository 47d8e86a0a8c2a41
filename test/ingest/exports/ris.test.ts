import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../../src/core/registry.js';
import { risFormat, sniffRis } from '../../../src/ingest/formats/ris.js';
import { RIS, rawFile } from './fixtures.js';

const read = (content: string) => risFormat.read(rawFile('refs.ris', content), defaultReadOptions);

describe('RIS', () => {
  it('reads each record; a Scopus "References:" note becomes the reference list', async () => {
    const docs = await read(RIS);
    expect(docs).toHaveLength(3);
    expect(docs[0]).toEqual({
      pages: [['Vocational education reform', '', 'We study the reform.', '', 'vocational education; labour market; policy']],
      paged: false,
      hints: {
        kind: 'paper',
        title: 'Vocational education reform',
        authors: ['Wang, Li', 'Smith, John A.'],
        year: 2021,
        doi: '10.1080/02680939.2020.0000001',
        container: 'Journal of Education Policy',
        keywords: ['vocational education', 'labour market', 'policy'],
        extra: { encoding: 'utf-8', issue: '4', pages: '501-520', source: 'ris', type: 'JOUR', volume: '36' },
      },
      messages: [],
      record: 1,
      references: ['Becker, G.S., (1964) Human Capital', 'Chen, X., (2018) Comp Educ Rev, 62, p. 1'],
    });
  });

  it('joins wrapped lines, takes CR lines as references, makes GOVDOC a policy, and reports a missing ER', async () => {
    const docs = await read(RIS);
    const gov = docs[1];
    expect(gov?.hints).toMatchObject({ kind: 'policy', title: 'Opinions on deepening vocational education reform', authors: ['Ministry of Education'], year: 2017 });
    expect(gov?.pages).toEqual([['Opinions on deepening vocational education reform', '', 'The opinions set out goals for 2025.']]);
    expect(gov?.references).toEqual(['State Council, 2014, Decision on vocational education', 'MOE, 2015, Action plan']);
    expect(gov?.messages.map((m) => [m.severity, m.rule, m.place])).toEqual([['warning', 'ris-malformed-record', { record: 2, line: 18 }]]);
    expect(docs[2]?.hints).toMatchObject({ title: 'Teachers and the state', container: 'Handbook of Chinese Education', year: 2019 });
    expect(docs[2]?.references).toBeUndefined();
  });

  it('reports a file cut inside a record, and stray lines before the first record', async () => {
    const docs = await read(`stray text\n${RIS.slice(0, RIS.indexOf('PY  - 2019'))}`);
    expect(docs).toHaveLength(3);
    expect(docs[0]?.messages.map((m) => [m.rule, m.place])).toEqual([['ris-malformed-line', { line: 1 }]]);
    expect(docs[2]?.messages.map((m) => [m.severity, m.rule])).toEqual([['error', 'ris-truncated-file']]);
  });

  it('throws ris-no-records when no record is there', async () => {
    await expect(read('\n\n')).rejects.toMatchObject({ code: 'ris-no-records' });
  });

  it('sniffs TY as the first tag, also after a short database header', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffRis(enc(RIS))).toBe(true);
    expect(sniffRis(enc(`Provider: Example\nContent: text/plain\n\n${RIS}`))).toBe(true);
    expect(sniffRis(enc('AU  - Li\nTY  - JOUR\n'))).toBe(false);
    expect(sniffRis(enc('TY is short for thank you\n'))).toBe(false);
  });
});
