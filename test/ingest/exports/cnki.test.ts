import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../../src/core/registry.js';
import { endnoteFormat, sniffEndnote } from '../../../src/ingest/formats/endnote.js';
import { refworksFormat, sniffRefworks } from '../../../src/ingest/formats/refworks.js';
import { ENDNOTE, rawFile, REFWORKS } from './fixtures.js';

describe('EndNote tagged text (CNKI)', () => {
  const read = (content: string | Uint8Array) => endnoteFormat.read(rawFile('CNKI-export.txt', content), defaultReadOptions);

  it('reads Chinese records: whole names, keywords split on ; and ；, no references', async () => {
    const docs = await read(ENDNOTE);
    expect(docs).toHaveLength(3);
    expect(docs[0]).toEqual({
      pages: [['职业教育改革与劳动力市场', '', '本文研究了2019年改革对招生的影响。', '', '职业教育; 劳动力市场; 政策改革']],
      paged: false,
      hints: {
        kind: 'paper',
        title: '职业教育改革与劳动力市场',
        authors: ['王立', '李敏'],
        year: 2021,
        container: '教育研究',
        keywords: ['职业教育', '劳动力市场', '政策改革'],
        extra: {
          database: 'CNKI',
          encoding: 'utf-8',
          issn: '1002-5731',
          issue: '4',
          pages: '12-20',
          source: 'cnki',
          type: 'Journal Article',
          volume: '42',
        },
      },
      messages: [],
      record: 1,
    });
  });

  it('splits a ;-joined author line, joins wrapped Chinese lines without a space', async () => {
    const docs = await read(ENDNOTE);
    expect(docs[1]?.hints.authors).toEqual(['周青', '张华']);
    expect(docs[1]?.pages).toEqual([['教师与国家', '', '本研究考察了教师政策的演变。']]);
    expect(docs[1]?.hints.extra?.type).toBe('Thesis');
  });

  it('reads a record without %0 and reports it', async () => {
    const docs = await read(ENDNOTE);
    expect(docs[2]?.hints).toMatchObject({ title: 'School choice in Shanghai', authors: ['Kim, Yuna'], year: 2022 });
    expect(docs[2]?.hints.extra?.source).toBe('endnote');
    expect(docs[2]?.messages.map((m) => [m.severity, m.rule, m.place])).toEqual([['warning', 'endnote-malformed-record', { record: 3, line: 24 }]]);
  });

  it('reads a GB18030 file', async () => {
    // printf '%%0 Journal Article\n%%A 王立\n%%T 职业教育法\n%%K 职业教育；改革\n%%W CNKI\n' | iconv -f utf-8 -t gb18030 | xxd -p
    const hex =
      '2530204a6f75726e616c2041727469636c650a254120cdf5c1a20a255420d6b0d2b5bdccd3fdb7a80a254b20d6b0d2b5bdccd3fda3bbb8c4b8ef0a255720434e4b490a';
    const bytes = Uint8Array.from(Buffer.from(hex, 'hex'));
    expect(sniffEndnote(bytes)).toBe(true);
    const [doc] = await read(bytes);
    expect(doc?.hints).toMatchObject({ title: '职业教育法', authors: ['王立'], keywords: ['职业教育', '改革'] });
    expect(doc?.hints.extra?.encoding).toBe('gb18030');
    expect(doc?.messages.map((m) => m.rule)).toEqual(['encoding-detected']);
  });

  it('sniffs %0 followed by another field', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffEndnote(enc(ENDNOTE))).toBe(true);
    expect(sniffEndnote(enc('%0 of the budget went to schools\nand more\n'))).toBe(false);
  });
});

describe('RefWorks tagged text (CNKI)', () => {
  const read = (content: string) => refworksFormat.read(rawFile('CNKI-refworks.txt', content), defaultReadOptions);

  it('reads Chinese records and a record without RT', async () => {
    const docs = await read(REFWORKS);
    expect(docs).toHaveLength(2);
    expect(docs[0]?.hints).toEqual({
      kind: 'paper',
      title: '职业教育改革与劳动力市场',
      authors: ['王立', '李敏'],
      year: 2021,
      language: 'zh',
      container: '教育研究',
      keywords: ['职业教育', '劳动力市场', '政策改革'],
      extra: {
        callNumber: '11-1281/G4',
        database: 'CNKI',
        encoding: 'utf-8',
        issn: '1002-5731',
        issue: '04',
        language: '中文;',
        pages: '12-20',
        source: 'cnki',
        type: 'Journal Article',
      },
    });
    expect(docs[0]?.references).toBeUndefined();
    expect(docs[1]?.hints).toMatchObject({ title: '教师与国家', authors: ['周青'], year: 2019 });
    expect(docs[1]?.messages.map((m) => [m.severity, m.rule, m.place])).toEqual([['warning', 'refworks-malformed-record', { record: 2, line: 17 }]]);
  });

  it('recovers a tag glued to Chinese text', async () => {
    const [doc] = await read('RT Journal Article\nT1职业教育\nYR 2020\n');
    expect(doc?.hints.title).toBe('职业教育');
    expect(doc?.messages.map((m) => [m.rule, m.place])).toEqual([['refworks-malformed-line', { record: 1, line: 2 }]]);
  });

  it('sniffs RT followed by another field', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffRefworks(enc(REFWORKS))).toBe(true);
    expect(sniffRefworks(enc('RT is a retweet\nthat is all\n'))).toBe(false);
  });
});
