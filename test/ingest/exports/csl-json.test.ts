import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../../src/core/registry.js';
import { cslJsonFormat, sniffCslJson } from '../../../src/ingest/formats/csl-json.js';
import { CSL_JSON, rawFile } from './fixtures.js';

const read = (content: string) => cslJsonFormat.read(rawFile('items.json', content), defaultReadOptions);

describe('CSL-JSON', () => {
  it('reads an array of items; an item that is not an object becomes an unreadable record', async () => {
    const docs = await read(CSL_JSON);
    expect(docs).toHaveLength(3);
    expect(docs[0]).toEqual({
      pages: [['Vocational education reform', '', 'We study the reform.', '', 'vocational education; labour market']],
      paged: false,
      hints: {
        kind: 'paper',
        title: 'Vocational education reform',
        authors: ['Wang, Li', '教育部', 'de Vries, Jan'],
        year: 2021,
        doi: '10.1080/02680939.2020.0000001',
        language: 'en',
        container: 'Journal of Education Policy',
        keywords: ['vocational education', 'labour market'],
        extra: { encoding: 'utf-8', id: 'wang2021', language: 'en', source: 'csl', type: 'article-journal' },
      },
      messages: [],
      record: 1,
    });
    expect(docs[1]).toEqual({
      pages: [],
      paged: false,
      hints: { extra: { encoding: 'utf-8', source: 'csl', unreadable: 'true' } },
      messages: [
        {
          severity: 'error',
          reason: 'Item 2 is a number, not a CSL item (an object with fields)',
          path: 'items.json',
          stage: 'ingest',
          rule: 'csl-malformed-record',
          place: { record: 2 },
          note: 'Export the items again as CSL JSON.',
        },
      ],
      record: 2,
    });
    expect(docs[2]?.hints).toMatchObject({ kind: 'policy', title: '中华人民共和国职业教育法', year: 2022 });
  });

  it('reads a single item', async () => {
    const docs = await read('{"id": "x", "type": "book", "title": "One book", "issued": {"date-parts": [[1999]]}}');
    expect(docs.map((d) => [d.record, d.hints.title, d.hints.year])).toEqual([[1, 'One book', 1999]]);
  });

  it('throws csl-json-syntax with the place of a JSON error', async () => {
    await expect(read('[\n  {"type": "book", "title": "A"}\n  {"type": "book"}\n]')).rejects.toMatchObject({
      code: 'csl-json-syntax',
      message: expect.stringMatching(/^items\.json is not valid JSON \(line 3, column 3\), so none of its items could be read$/),
    });
  });

  it('throws csl-json-not-items for JSON that holds no CSL item', async () => {
    await expect(read('{"name": "corpus-lens", "type": "module"}')).rejects.toMatchObject({ code: 'csl-json-not-items' });
  });

  it('sniffs CSL item types only', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffCslJson(enc(CSL_JSON))).toBe(true);
    expect(sniffCslJson(enc('{"name": "x", "type": "module", "title": "y"}'))).toBe(false);
    expect(sniffCslJson(enc('Prose with "type": "book" and "title": inside'))).toBe(false);
  });
});
