import { describe, expect, it } from 'vitest';
import type { Doc, DocHints } from '../../src/core/doc.js';
import { markDuplicateRecords } from '../../src/ingest/find-duplicate-records.js';
import { buildDoc } from '../../src/text/build-doc.js';

function record(id: string, path: string, n: number, hints: DocHints, references: string[] = []): Doc {
  const doc = buildDoc({
    path,
    id,
    format: 'wos/plain' as Doc['format'],
    sha256: 'x',
    bytes: 1,
    extracted: { pages: [[hints.title ?? 'Untitled']], paged: false, hints: { kind: 'paper', ...hints }, messages: [], record: n },
  });
  doc.sourceReferences = references;
  if (hints.container) doc.container = hints.container;
  return doc;
}

const title = 'Goos-Hanchen and Imbert-Fedorov shifts for leaky guided modes';

describe('markDuplicateRecords', () => {
  it('drops a record that repeats an accession number, a DOI, or a title with year and first author', () => {
    const docs = [
      record('a-r1', 'a.txt', 1, { title: 'Simple technique for measuring the shift', authors: ['Gilles, H'], year: 2002, doi: '10.1364/OL.27.001421', extra: { ut: 'WOS:1' } }, ['R1', 'R2']),
      record('a-r2', 'a.txt', 2, { title: 'Simple technique for measuring the shift', authors: ['Gilles, H'], year: 2002, doi: '10.1364/ol.27.001421', extra: { ut: 'WOS:garbled' } }, ['R1', 'R2']),
      record('a-r3', 'a.txt', 3, { title, authors: ['Pillon, F'], year: 2005, extra: { ut: 'WOS:3' } }, ['R3']),
      record('a-r4', 'a.txt', 4, { title: title.toUpperCase(), authors: ['PILLON F'], year: 2005, extra: { ut: 'WOS:Missing' } }, ['R3']),
      record('b-r1', 'b.csv', 1, { title: 'A different paper altogether, on other things', authors: ['Pillon, F'], year: 2005, extra: { eid: '2-s2.0-9' } }),
      // a Scopus copy of a-r3 with more references: it is kept, a-r3 and a-r4 go
      record('b-r2', 'b.csv', 2, { title, authors: ['Pillon F.'], year: 2005, extra: { eid: '2-s2.0-7' } }, ['R3', 'R4']),
      // a meeting abstract and the article: same title, year and author, other journal and volume
      record('c-r1', 'c.txt', 1, { title: 'Spin angular momentum of a field at an interface', authors: ['Huard, S'], year: 1979, container: 'Optics Communications', extra: { volume: '30' } }),
      record('c-r2', 'c.txt', 2, { title: 'SPIN ANGULAR MOMENTUM OF A FIELD AT AN INTERFACE', authors: ['HUARD, S'], year: 1979, container: 'Journal of the Optical Society of America' }),
      // too short a title to prove anything alone
      record('b-r3', 'b.csv', 3, { title: 'Editorial', authors: ['Smith, J'], year: 2005 }),
      record('b-r4', 'b.csv', 4, { title: 'Editorial', authors: ['Smith, J'], year: 2005 }),
    ];
    const { duplicates, messages } = markDuplicateRecords(docs);
    expect(duplicates).toEqual([
      { dropped: 'a-r2', kept: 'a-r1', rule: 'doi', evidence: 'DOI 10.1364/ol.27.001421' },
      { dropped: 'a-r3', kept: 'b-r2', rule: 'title-year-author', evidence: 'title, year 2005 and first author' },
      { dropped: 'a-r4', kept: 'b-r2', rule: 'title-year-author', evidence: 'title, year 2005 and first author' },
    ]);
    expect(docs.filter((d) => d.status === 'skipped').map((d) => d.id)).toEqual(['a-r2', 'a-r3', 'a-r4']);
    expect(docs.find((d) => d.id === 'a-r2')!.extra.duplicate_of).toBe('a-r1');
    expect(messages[0]).toMatchObject({ severity: 'info', rule: 'duplicate-record', path: 'a.txt', place: { record: 2 } });
    expect(messages[0]!.reason).toBe(
      'Record 2 is the publication that a-r1 already describes (same DOI 10.1364/ol.27.001421); it is left out so that it does not count twice',
    );
  });

  it('never drops full-text documents and leaves distinct records alone', () => {
    const pdf = record('p', 'p.pdf', 1, { title, authors: ['Pillon, F'], year: 2005 });
    delete pdf.record;
    const docs = [pdf, record('a-r1', 'a.txt', 1, { title, authors: ['Pillon, F'], year: 2005 })];
    expect(markDuplicateRecords(docs).duplicates).toEqual([]);
    expect(docs.every((d) => d.status === 'ok')).toBe(true);
  });
});
