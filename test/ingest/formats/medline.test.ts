import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../../src/core/registry.js';
import { EXPORT_FORMATS } from '../../../src/ingest/exports/export-formats.js';
import { medlineFormat, sniffMedline } from '../../../src/ingest/formats/medline.js';
import { createRegistry } from '../../../src/ingest/index.js';
import { RIS, rawFile } from '../exports/fixtures.js';

/**
 * A PubMed export made up for the tests: record 1 a full journal article (an affiliation, which is not
 * read, wrapped over two lines), record 2 a translated title
 * with a collective author and an RF count, record 3 lost its PMID line after a blank line and has a
 * stray unindented line; record 4 is cut short (no SO line).
 */
const MEDLINE = [
  '',
  'PMID- 31000001',
  'OWN - NLM',
  'STAT- MEDLINE',
  'IS  - 0268-0939 (Print)',
  'VI  - 36',
  'IP  - 4',
  'DP  - 2021 Jul',
  'TI  - Vocational education reform and the labour market: evidence from twelve',
  '      provinces.',
  'PG  - 501-20',
  'LID - 10.1080/02680939.2020.0000001 [doi]',
  'AB  - We study how the 2019 reform changed enrolment in',
  '      secondary vocational schools.',
  'FAU - Wang, Li',
  'AU  - Wang L',
  'AD  - Beijing Normal University,',
  '      Beijing, China.',
  'FAU - Smith, John A',
  'AU  - Smith JA',
  'LA  - eng',
  'PT  - Journal Article',
  'TA  - J Educ Policy',
  'JT  - Journal of education policy',
  'MH  - Education/*legislation & jurisprudence',
  'MH  - Humans',
  'OT  - vocational education',
  'OT  - labour market',
  'AID - S0268-0939(20)00001-X [pii]',
  'AID - 10.1080/02680939.2020.0000001 [doi]',
  'SO  - J Educ Policy. 2021 Jul;36(4):501-20. doi: 10.1080/02680939.2020.0000001.',
  '',
  'PMID- 31000002',
  'DP  - 2019 Dec 5',
  'TI  - [Opinions on deepening vocational education reform].',
  'FAU - Li, Min',
  'AU  - Li M',
  'CN  - Vocational Education Study Group',
  'AU  - Kim Y',
  'LA  - chi',
  'PT  - English Abstract',
  'PT  - Legislation',
  'TT  - 关于深化职业教育改革的意见',
  'TA  - Zhonghua Yi Xue Za Zhi',
  'RF  - 24',
  'CON - Comment on: J Educ Policy. 2021 Jul;36(4):501-20. PMID: 31000001',
  'SO  - Zhonghua Yi Xue Za Zhi. 2019 Dec 5;99(45):3521-3.',
  '',
  'TI  - School choice in Shanghai.',
  'this line lost its indentation',
  'AU  - Zhou Q',
  'DP  - 2022',
  'SO  - Comp Educ. 2022;58(1):1-9.',
  '',
  'PMID- 31000004',
  'DP  - 2023 Jan',
  'TI  - Teachers and the state: a study',
  '',
].join('\n');

const read = (content: string, name = 'pubmed.nbib') => medlineFormat.read(rawFile(name, content), defaultReadOptions);

describe('MEDLINE', () => {
  it('reads a journal article: wrapped fields, full author names, DOI, journal, keywords', async () => {
    const docs = await read(MEDLINE);
    expect(docs).toHaveLength(4);
    expect(docs[0]).toEqual({
      pages: [
        [
          'Vocational education reform and the labour market: evidence from twelve provinces',
          '',
          'We study how the 2019 reform changed enrolment in secondary vocational schools.',
          '',
          'vocational education; labour market',
        ],
      ],
      paged: false,
      hints: {
        kind: 'paper',
        title: 'Vocational education reform and the labour market: evidence from twelve provinces',
        authors: ['Wang, Li', 'Smith, John A'],
        year: 2021,
        doi: '10.1080/02680939.2020.0000001',
        language: 'en',
        container: 'Journal of education policy',
        keywords: ['vocational education', 'labour market'],
        extra: {
          citation: 'J Educ Policy. 2021 Jul;36(4):501-20. doi: 10.1080/02680939.2020.0000001.',
          encoding: 'utf-8',
          issn: '0268-0939 (Print)',
          issue: '4',
          journalAbbreviation: 'J Educ Policy',
          language: 'eng',
          mesh: 'Education/*legislation & jurisprudence; Humans',
          pages: '501-20',
          pmid: '31000001',
          source: 'medline',
          type: 'Journal Article',
          volume: '36',
        },
      },
      messages: [],
      record: 1,
    });
    expect(docs[0]?.references).toBeUndefined();
  });

  it('unbrackets a translated title, keeps CN in author order, short names when FAU and AU differ, PT Legislation as policy', async () => {
    const docs = await read(MEDLINE);
    expect(docs[1]?.hints).toMatchObject({
      kind: 'policy',
      title: 'Opinions on deepening vocational education reform',
      authors: ['Li M', 'Vocational Education Study Group', 'Kim Y'],
      year: 2019,
      language: 'zh',
      container: 'Zhonghua Yi Xue Za Zhi',
    });
    expect(docs[1]?.hints.extra).toMatchObject({
      originalTitle: '关于深化职业教育改革的意见',
      citedReferenceCount: '24',
      commentOn: 'Comment on: J Educ Policy. 2021 Jul;36(4):501-20. PMID: 31000001',
      type: 'English Abstract; Legislation',
    });
    expect(docs[1]?.references).toBeUndefined();
    expect(docs[1]?.messages.map((m) => [m.severity, m.rule, m.place])).toEqual([['info', 'medline-no-cited-references', { record: 2, line: 33 }]]);
  });

  it('reports a record without PMID, a stray line and a file cut short, and keeps every record', async () => {
    const docs = await read(MEDLINE);
    expect(docs.map((d) => d.record)).toEqual([1, 2, 3, 4]);
    expect(docs[2]?.hints).toMatchObject({ title: 'School choice in Shanghai', authors: ['Zhou Q'], year: 2022 });
    expect(docs[2]?.messages.map((m) => [m.severity, m.rule, m.place])).toEqual([
      ['warning', 'medline-malformed-record', { record: 3, line: 49 }],
      ['warning', 'medline-malformed-line', { record: 3, line: 50 }],
    ]);
    expect(docs[3]?.hints.title).toBe('Teachers and the state: a study');
    expect(docs[3]?.messages.map((m) => [m.severity, m.rule, m.place])).toEqual([['error', 'medline-truncated-file', { record: 4, line: 55 }]]);
  });

  it('reads a tag with odd padding and reports it; an orphan continuation line before any record is reported', async () => {
    const docs = await read('      orphan continuation\nPMID- 1\nTI - Short padding.\nSO  - X. 2020.\n');
    expect(docs).toHaveLength(1);
    expect(docs[0]?.hints.title).toBe('Short padding');
    expect(docs[0]?.messages.map((m) => [m.rule, m.place])).toEqual([
      ['medline-malformed-line', { line: 1 }],
      ['medline-malformed-line', { record: 1, line: 3 }],
    ]);
  });

  it('throws medline-no-records when no record is there', async () => {
    await expect(read('\n\nnot medline at all\n')).rejects.toMatchObject({ code: 'medline-no-records' });
  });

  it('bounded on a 10,000-character line and a long bracketed title', async () => {
    const long = `PMID- 2\nTI  - [${'a'.repeat(10_000)}\nAB  - ${'-'.repeat(10_000)}\n${'X'.repeat(10_000)} - y\n`;
    const t0 = performance.now();
    const docs = await read(long);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(docs[0]?.hints.title).toBe(`[${'a'.repeat(10_000)}`);
  });

  it('sniffs PMID as the first non-blank line; no other export reader claims it; the registry finds it in .txt', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffMedline(enc(MEDLINE))).toBe(true);
    expect(sniffMedline(enc('PMID is the PubMed identifier\n'))).toBe(false);
    expect(sniffMedline(enc(RIS))).toBe(false);
    expect(EXPORT_FORMATS.filter((f) => f.sniff?.(enc(MEDLINE))).map((f) => f.id)).toEqual([]);
    const registry = createRegistry();
    expect(registry.detect('pubmed-result.txt', enc(MEDLINE))?.id).toBe('@medline/text');
    expect(registry.detect('citations.nbib', enc('TI  - no PMID first'))?.id).toBe('@medline/text');
  });
});
