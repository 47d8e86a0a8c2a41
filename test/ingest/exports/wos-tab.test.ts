import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../../src/core/registry.js';
import { sniffWosTab, wosTabFormat } from '../../../src/ingest/formats/wos-tab.js';
import { rawFile, utf16le, WOS_TAB } from './fixtures.js';

const read = (content: string | Uint8Array) => wosTabFormat.read(rawFile('savedrecs.txt', content), defaultReadOptions);

describe('Web of Science tab-delimited', () => {
  it('reads UTF-16LE rows, splitting list fields on "; "', async () => {
    const docs = await read(utf16le(WOS_TAB));
    expect(docs).toHaveLength(3);
    expect(docs[0]?.hints).toEqual({
      kind: 'paper',
      title: 'Vocational education reform',
      authors: ['Wang, Li', 'Smith, John A.'],
      year: 2021,
      doi: '10.1080/02680939.2020.0000001',
      language: 'en',
      container: 'JOURNAL OF EDUCATION POLICY',
      keywords: ['vocational education', 'labour market'],
      extra: {
        citedReferenceCount: '2',
        documentType: 'Article',
        encoding: 'utf-16le',
        language: 'English',
        publicationType: 'J',
        source: 'wos',
        timesCited: '5',
        ut: 'WOS:000600000000001',
      },
    });
    expect(docs[0]?.references).toEqual(['Becker GS, 1964, HUMAN CAPITAL', 'Chen X, 2018, COMP EDUC REV, V62, P1']);
    expect(docs[0]?.messages).toEqual([]);
  });

  it('joins a record broken by a line break inside a field, and says so', async () => {
    const docs = await read(utf16le(WOS_TAB));
    expect(docs[1]?.pages).toEqual([['School choice in Shanghai', '', 'Parents choose schools.']]);
    expect(docs[1]?.references).toEqual(['Hirschman AO, 1970, EXIT VOICE LOYALTY']);
    expect(docs[1]?.hints.extra?.ut).toBe('WOS:000600000000002');
    expect(docs[1]?.messages.map((m) => [m.severity, m.rule, m.place])).toEqual([['warning', 'wos-malformed-record', { record: 2, line: 3 }]]);
    expect(docs[2]?.record).toBe(3);
    expect(docs[2]?.hints.extra?.documentType).toBe('Book');
    expect(docs[2]?.references).toEqual([]);
  });

  it('reads UTF-8 the same, and reports a short row read by position', async () => {
    const utf8 = await read(WOS_TAB);
    const utf16 = await read(utf16le(WOS_TAB));
    expect(utf8.map((d) => d.hints.title)).toEqual(utf16.map((d) => d.hints.title));
    const short = `${WOS_TAB.split('\r\n')[0]}\nJ\tLi, M\tLi, Min\tCut short\n`;
    const [doc] = await read(short);
    expect(doc?.hints.title).toBe('Cut short');
    expect(doc?.messages.map((m) => [m.rule, m.place])).toEqual([['wos-malformed-record', { record: 1, line: 2 }]]);
    expect(doc?.messages[0]?.reason).toBe('Record 1 (line 2) has 4 fields where the header names 15; the fields present were read by position');
  });

  it('throws when the header is missing', async () => {
    await expect(read('J\tLi, M\tTitle\n')).rejects.toMatchObject({ code: 'wos-tab-no-header' });
  });

  it('sniffs the PT\\tAU header in UTF-16 and UTF-8 only', () => {
    expect(sniffWosTab(utf16le(WOS_TAB))).toBe(true);
    expect(sniffWosTab(new TextEncoder().encode(WOS_TAB))).toBe(true);
    expect(sniffWosTab(new TextEncoder().encode('PT J\nAU Li, M\n'))).toBe(false);
    expect(sniffWosTab(new TextEncoder().encode('PT\tXX\n'))).toBe(false);
  });
});
