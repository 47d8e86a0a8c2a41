import { describe, expect, it } from 'vitest';
import { defaultReadOptions } from '../../../src/core/registry.js';
import { emptyRecord, isUnreadableRecord, squash, toExtracted, unreadableRecord } from '../../../src/ingest/exports/export-record.js';
import { EXPORT_FORMATS } from '../../../src/ingest/exports/export-formats.js';
import { cleanDoi, kindOfType, languageOf, pageRange, parseYear, splitKeywords, splitNameList } from '../../../src/ingest/exports/field-values.js';
import { splitScopusReferences } from '../../../src/ingest/exports/scopus-references.js';
import { rawFile } from './fixtures.js';

describe('field values', () => {
  it('finds years, DOIs, languages and kinds', () => {
    expect([parseYear('2020///'), parseYear('JAN 2024'), parseYear('12345 1999'), parseYear('no year'), parseYear('0999')]).toEqual([2020, 2024, 1999, undefined, undefined]);
    expect([cleanDoi('https://doi.org/10.1000/x.1'), cleanDoi('doi: 10.1000/ABC def'), cleanDoi('none'), cleanDoi('10.1000')]).toEqual([
      '10.1000/x.1',
      '10.1000/ABC',
      undefined,
      undefined,
    ]);
    expect(['English', 'chi', '中文;', 'zh-CN', 'German', ''].map(languageOf)).toEqual(['en', 'zh', 'zh', 'zh', undefined, undefined]);
    expect(['GOVDOC', 'legislation', 'Statute', 'JOUR', undefined].map(kindOfType)).toEqual(['policy', 'policy', 'policy', 'paper', 'paper']);
    expect(pageRange('12', '20')).toBe('12-20');
    expect(pageRange('', '7')).toBe('7');
  });

  it('splits keyword and name lists', () => {
    expect(splitKeywords('a; b；c')).toEqual(['a', 'b', 'c']);
    expect(splitKeywords('职业教育，改革')).toEqual(['职业教育', '改革']);
    expect(splitKeywords('one, two')).toEqual(['one', 'two']);
    expect(splitNameList('张三,李四、王五')).toEqual(['张三', '李四', '王五']);
    expect(splitNameList('Smith, John; 张三')).toEqual(['Smith, John', '张三']);
  });
});

describe('toExtracted', () => {
  it('leaves empty parts out, collapses white space, and warns about a record without text', () => {
    const rec = emptyRecord(4, 9, 'ris');
    rec.keywords = ['a', ' b '];
    rec.extra.volume = '  ';
    const ex = toExtracted(rec, 'x.ris');
    expect(ex.pages).toEqual([['a; b']]);
    expect(ex.hints).toEqual({ kind: 'paper', keywords: ['a', 'b'], extra: { source: 'ris' } });
    expect(ex.messages.map((m) => [m.rule, m.place])).toEqual([['export-record-no-text', { record: 4, line: 9 }]]);
    expect(ex.references).toBeUndefined();
    expect(isUnreadableRecord(ex)).toBe(false);
    expect(isUnreadableRecord(unreadableRecord(5, 'ris', []))).toBe(true);
    expect(squash(' a \n\t b\u3000c ')).toBe('a b c');
  });
});

describe('hostile input', () => {
  it('reads 10,000-character lines of blanks and separators quickly', async () => {
    const blanks = ' '.repeat(10_000);
    const semis = ';'.repeat(10_000);
    const t0 = performance.now();
    expect(splitScopusReferences(`${semis}; ${'; '.repeat(5_000)}x`)).toEqual([semis, 'x']);
    expect(languageOf(`${semis}x${semis}`)).toBeUndefined();
    const inputs: Array<[string, string]> = [
      ['a.isi', `FN Web of Science\nVR 1.0\nPT J\nTI ${blanks}x${blanks}\n${blanks}\nER\nEF\n`],
      ['a.ris', `TY  - JOUR\nTI  - ${blanks}(${blanks}\nER  - \n`],
      ['a.bib', `@article{k, title = {${'{'.repeat(5_000)}}}\n@misc{m, title = {ok}}\n`],
      ['a.csv', `Authors,Author full names,Title,Source title\n"A","Li, M (${blanks}","T","S"\n`],
    ];
    for (const [path, text] of inputs) {
      const format = EXPORT_FORMATS.find((f) => f.extensions.includes(path.slice(path.lastIndexOf('.'))));
      const docs = await format?.read(rawFile(path, text), defaultReadOptions);
      expect(docs?.length, path).toBeGreaterThan(0);
    }
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
