import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../../src/core/registry.js';
import { parseWosPlain } from '../../../src/ingest/exports/wos-plain.js';
import { sniffWosPlain, wosPlainFormat } from '../../../src/ingest/formats/wos.js';
import { syntheticWos } from '../../../src/scripts/eval-exports.js';
import { rawFile, utf8bom, WOS_PLAIN } from './fixtures.js';

const read = (path: string, content: string | Uint8Array) => wosPlainFormat.read(rawFile(path, content), defaultReadOptions);

describe('Web of Science plain text', () => {
  it('reads every record with its fields, references and line-structured lists', async () => {
    const docs = await read('savedrecs.txt', WOS_PLAIN);
    expect(docs.map((d) => d.record)).toEqual([1, 2, 3]);
    expect(docs[0]).toEqual({
      pages: [
        [
          'Vocational education reform and the labour market: evidence from twelve provinces',
          '',
          'We study how the 2019 reform changed enrolment.',
          '',
          'vocational education; labour market; policy reform',
        ],
      ],
      paged: false,
      hints: {
        kind: 'paper',
        title: 'Vocational education reform and the labour market: evidence from twelve provinces',
        authors: ['Wang, Li', 'Smith, John A.'],
        year: 2021,
        doi: '10.1080/02680939.2020.0000001',
        language: 'en',
        container: 'JOURNAL OF EDUCATION POLICY',
        keywords: ['vocational education', 'labour market', 'policy reform'],
        extra: {
          citedReferenceCount: '3',
          documentType: 'Article',
          encoding: 'utf-8',
          issn: '0268-0939',
          issue: '4',
          journalAbbreviation: 'J EDUC POLICY',
          keywordsPlus: 'SKILLS; TRANSITION',
          language: 'English',
          pages: '501-520',
          publicationType: 'J',
          publisher: 'ROUTLEDGE',
          source: 'wos',
          timesCited: '5',
          ut: 'WOS:000600000000001',
          volume: '36',
        },
      },
      messages: [],
      record: 1,
      references: ['Becker GS, 1964, HUMAN CAPITAL', 'Chen X, 2018, COMP EDUC REV, V62, P1, DOI 10.1086/695000', 'OECD, 2020, EDUCATION GLANCE'],
    });
  });

  it('reads around a glued tag and a missing ER, reporting both with record and line', async () => {
    const docs = await read('savedrecs.txt', WOS_PLAIN);
    const second = docs[1];
    expect(second?.hints.authors).toEqual(['Li, M', 'Kim, Y']);
    expect(second?.hints.year).toBe(2023); // from the early-access date EA
    expect(second?.hints.language).toBe('zh');
    expect(second?.references).toEqual(['Hirschman AO, 1970, EXIT VOICE LOYALTY']);
    expect(second?.messages.map((m) => [m.severity, m.rule, m.place])).toEqual([
      ['warning', 'wos-malformed-line', { record: 2, line: 38 }],
      ['warning', 'wos-malformed-record', { record: 2, line: 36 }],
      ['warning', 'wos-reference-count', { record: 2, line: 36 }],
    ]);
    expect(second?.messages[1]?.reason).toBe('Record 2 has no ER line; it was taken to end where the next record begins (line 48)');
    // Record 3 is intact: NR 0 without CR means an empty reference list, not an unknown one.
    expect(docs[2]?.hints.title).toBe('Teachers and the state');
    expect(docs[2]?.references).toEqual([]);
    expect(docs[2]?.messages).toEqual([]);
  });

  it('reports a file without EF as possibly cut short, and keeps every record', async () => {
    const cut = WOS_PLAIN.replace('\nEF\n', '\n');
    const docs = await read('cut.txt', cut);
    expect(docs).toHaveLength(3);
    const last = docs[2]?.messages ?? [];
    expect(last.map((m) => [m.severity, m.rule, m.place])).toEqual([['error', 'wos-truncated-file', { record: 3, line: 54 }]]);
    expect(last[0]?.reason).toBe(
      'The file ends without the EF line that closes every Web of Science export: it may have been cut short after record 3, so later records may be missing',
    );
  });

  it('reports a file that ends inside a record as an error on that record', async () => {
    const cut = WOS_PLAIN.slice(0, WOS_PLAIN.indexOf('TI Teachers'));
    const docs = await read('cut.txt', cut);
    expect(docs).toHaveLength(3);
    expect(docs[2]?.hints.authors).toEqual(['Zhou, Q']);
    expect(docs[2]?.messages.map((m) => [m.severity, m.rule])).toEqual([
      ['error', 'wos-truncated-file'],
      ['warning', 'export-record-no-text'],
    ]);
  });

  it('reads a file with a byte order mark and CRLF line ends the same way', async () => {
    const plain = await read('a.txt', WOS_PLAIN);
    const bom = await read('a.txt', utf8bom(WOS_PLAIN.replace(/\n/g, '\r\n')));
    expect(bom).toEqual(plain);
  });

  it('reads exports pasted one after another (FN ... EF FN ... EF)', async () => {
    const docs = await read('two.txt', WOS_PLAIN + WOS_PLAIN);
    expect(docs.map((d) => d.record)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(docs[3]?.hints.title).toBe(docs[0]?.hints.title);
    expect(docs.flatMap((d) => d.messages.map((m) => m.rule)).filter((r) => r === 'wos-truncated-file')).toEqual([]);
  });

  it('says when the export was made without cited references', async () => {
    const text = ['FN Clarivate Analytics Web of Science', 'VR 1.0', 'PT J', 'TI A', 'NR 12', 'ER', 'EF', ''].join('\n');
    const [doc] = await read('x.txt', text);
    expect(doc?.references).toBeUndefined();
    expect(doc?.messages.map((m) => [m.severity, m.rule])).toEqual([['info', 'wos-no-cited-references']]);
  });

  it('keeps a record that lacks PT and reports stray lines', () => {
    const lines = ['FN Web of Science', 'VR 1.0', 'junk between records', 'TI Lost its PT', 'AU Li, M', 'ER', 'EF'];
    const { records, leftover } = parseWosPlain(lines, 'x.txt');
    expect(leftover).toEqual([]);
    expect(records.map((r) => [r.record, r.line, r.title, r.authors])).toEqual([[1, 4, 'Lost its PT', ['Li, M']]]);
    expect(records[0]?.messages.map((m) => [m.rule, m.place])).toEqual([
      ['wos-malformed-line', { line: 3 }],
      ['wos-malformed-record', { record: 1, line: 4 }],
    ]);
  });

  it('throws wos-no-records for a header without records', async () => {
    await expect(read('empty.txt', 'FN Clarivate Analytics Web of Science\nVR 1.0\nEF\n')).rejects.toMatchObject({ code: 'wos-no-records' });
  });

  it('sniffs its header, with or without FN', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffWosPlain(enc(WOS_PLAIN))).toBe(true);
    expect(sniffWosPlain(utf8bom(WOS_PLAIN))).toBe(true);
    expect(sniffWosPlain(enc('FN Thomson Reuters Web of Science™\nVR 1.0\n'))).toBe(true);
    expect(sniffWosPlain(enc('PT J\nAU John, D\nTI Example\n'))).toBe(true);
    expect(sniffWosPlain(enc('PT J is a journal\nand more\n'))).toBe(false);
    expect(sniffWosPlain(enc('RT Journal Article\nA1 Li\n'))).toBe(false);
  });

  it('reads 50,000 records in linear time', async () => {
    const bytes = syntheticWos(50_000);
    const t0 = performance.now();
    const docs = await wosPlainFormat.read({ path: 'big.txt', absPath: '', bytes }, defaultReadOptions);
    const seconds = (performance.now() - t0) / 1000;
    expect(docs).toHaveLength(50_000);
    expect(docs[49_999]?.hints.title).toBe('Synthetic record 50000 on vocational education policy and its implementation');
    expect(docs.reduce((s, d) => s + (d.references?.length ?? 0), 0)).toBe(2_000_000);
    expect(docs.every((d) => d.messages.length === 0)).toBe(true);
    // Measured 2.5 s on the development machine; a quadratic parser would take minutes.
    expect(seconds).toBeLessThan(30);
  });
});
