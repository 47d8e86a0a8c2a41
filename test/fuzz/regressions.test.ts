// The smallest inputs of the bugs the fuzz tests found, one test each, so that they stay fixed.
import { describe, expect, it } from 'vitest';
import type { Extracted } from '../../src/core/doc.js';
import { DocumentError } from '../../src/core/errors.js';
import { jsonErrorOffset } from '../../src/ingest/exports/json-error-offset.js';
import { cslJsonFormat } from '../../src/ingest/formats/csl-json.js';
import { endnoteFormat } from '../../src/ingest/formats/endnote.js';
import { htmlFormat } from '../../src/ingest/formats/html.js';
import { markdownFormat } from '../../src/ingest/formats/markdown.js';
import { refworksFormat } from '../../src/ingest/formats/refworks.js';
import { risFormat } from '../../src/ingest/formats/ris.js';
import { scopusCsvFormat } from '../../src/ingest/formats/scopus-csv.js';
import { wosTabFormat } from '../../src/ingest/formats/wos-tab.js';
import { parseReference } from '../../src/references/parse-reference.js';
import { loadCodebook } from '../../src/taxonomy/load-codebook.js';
import { checkPattern } from '../../src/taxonomy/safe-pattern.js';
import { FUZZ_OPTIONS, readChecked, readThroughPipeline } from './check-reader.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));
const titles = (out: Extracted[]): Array<string | undefined> => out.map((ex) => ex.hints.title);

describe('bugs the fuzz tests found', () => {
  it('a NUL byte in one record of an export no longer makes the whole file "binary": the other records are read', async () => {
    const record = (title: string): string => `TY  - JOUR\nTI  - ${title}\nAB  - We study how the 2019 reform changed enrolment in twelve provinces.\nER  - \n`;
    const bytes = utf8(record('One') + record('T\u0000wo') + record('Three'));
    const out = await risFormat.read({ path: 'a.ris', absPath: 'a.ris', bytes }, FUZZ_OPTIONS);
    expect(titles(out)).toEqual(['One', 'T\u0000wo', 'Three']);
  });

  it('junk bytes in one record of a UTF-8 export no longer switch the whole file to another encoding', async () => {
    const junk = new Uint8Array(40).fill(0xff);
    const bytes = concat(
      utf8('RT Journal Article\nT1 职业教育一\nAB '),
      junk,
      utf8('\n\nRT Journal Article\nT1 职业教育二\n\nRT Journal Article\nT1 职业教育三\n\nRT Journal Article\nT1 职业教育四\n'),
    );
    const out = await refworksFormat.read({ path: 'a.txt', absPath: 'a.txt', bytes }, FUZZ_OPTIONS);
    expect(titles(out)).toEqual(['职业教育一', '职业教育二', '职业教育三', '职业教育四']);
    expect(out[0]?.hints.extra?.encoding).toBe('utf-8');
    expect(out[0]?.messages.map((m) => [m.rule, m.place])).toEqual([['encoding-replaced', { line: 3 }]]);
  });

  it('junk bytes over two lines of a mostly English BibTeX file no longer make it GB18030, which swallowed the braces after them', async () => {
    const bytes = concat(
      utf8('@article{a,\n  author = {M\u00fcller, J\u00fcrgen},\n  title = {One},\n}\n@article{b,\n  author = {Wang, Min and '),
      Uint8Array.of(0x86, 0xae, 0xd8, 0x0a, 0xcc, 0xc0, 0xac),
      utf8('},\n  title = {Two},\n}\n@article{c,\n  title = {\u804c\u4e1a\u6559\u80b2},\n}\n'),
    );
    const { bibtexFormat } = await import('../../src/ingest/formats/bibtex.js');
    const out = await bibtexFormat.read({ path: 'a.bib', absPath: 'a.bib', bytes }, FUZZ_OPTIONS);
    expect(titles(out)).toEqual(['One', 'Two', '职业教育']);
    expect(out[0]?.hints.extra?.encoding).toBe('utf-8');
  });

  it('a CSL-JSON syntax error reaches problems.csv with its line and column (also where V8 names no position)', async () => {
    const docs = await readThroughPipeline(utf8('[\n  {"type": "book", "title": "A"},\n]'), 'items.json');
    expect(docs[0]?.messages.map((m) => [m.rule, m.place])).toEqual([['csl-json-syntax', { line: 3, column: 1 }]]);
    expect(jsonErrorOffset('[1,]')).toBe(3);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('"a\u0001"')).toBe(2);
    expect(jsonErrorOffset('[1')).toBe(2);
    expect(jsonErrorOffset('[1] x')).toBe(4);
    expect(jsonErrorOffset(' {"a": [1, {"b": null}], "c": "\\u00e9"} ')).toBe(-1);
    const err = await cslJsonFormat.read({ path: 'x.json', absPath: 'x.json', bytes: utf8('abc') }, FUZZ_OPTIONS).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'csl-json-syntax', line: 1, column: 1 });
  });

  it('a field continued over 20,000 lines is read in linear time (RIS trimmed, EndNote and RefWorks re-read the whole value at each line)', async () => {
    const cont = Array.from({ length: 20_000 }, () => 'more words here').join('\n');
    for (const [format, text] of [
      [risFormat, `TY  - JOUR\nTI  - x\n${cont}\nER  - \n`],
      [endnoteFormat, `%0 Journal Article\n%T x\n${cont}\n`],
      [refworksFormat, `RT Journal Article\nT1 x\n${cont}\n`],
    ] as const) {
      const t0 = performance.now();
      const [record] = await format.read({ path: 'a', absPath: 'a', bytes: utf8(text) }, FUZZ_OPTIONS);
      expect(performance.now() - t0).toBeLessThan(1000);
      expect(record?.hints.title?.length).toBe(1 + 16 * 20_000);
    }
  });

  it('20,000 short rows of a Web of Science tab-delimited file are read in n log n time (each looked ahead line by line for the rest of a broken record)', async () => {
    const short = Array.from({ length: 20_000 }, () => 'PT').join('\n');
    for (const tail of ['', '\nx\ty\tz\tw\tv\tu\tt']) {
      const text = `PT\tAU\tTI\tPY\tUT\t\n${short}${tail}\n`;
      const t0 = performance.now();
      const out = await wosTabFormat.read({ path: 'savedrecs.txt', absPath: 'savedrecs.txt', bytes: utf8(text) }, FUZZ_OPTIONS);
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(out).toHaveLength(tail === '' ? 20_000 : 20_001);
    }
  });

  it('a CSV file with more than 1,000 broken rows says where reading stopped instead of dropping the rest silently', async () => {
    const broken = Array.from({ length: 1002 }, (_, i) => `"A","T"x,"2020","J","2-s2.0-${i}"`);
    const text = ['Authors,Title,Year,Source title,EID', ...broken, '"A","Good","2020","J","2-s2.0-x"', ''].join('\n');
    const out = await scopusCsvFormat.read({ path: 's.csv', absPath: 's.csv', bytes: utf8(text) }, FUZZ_OPTIONS);
    const last = out[out.length - 1] as Extracted;
    expect(out).toHaveLength(1002);
    expect(last.messages.map((m) => [m.rule, m.place, m.reason])).toEqual([
      ['csv-malformed-record', { record: 1002, line: 1003 }, 'Record 1002 (line 1003) and the rows after it could not be read: more than 1000 rows of the file are broken, so reading stopped here'],
    ]);
  });

  it('a Scopus CSV with 40,000 blank lines is read in linear time (each blank line cost csv-parse a CsvError for its field count; campaign seed 20261123, case 2728)', async () => {
    const row = (i: number): string => `"Li J.","Title ${i}","2020","Journal","2-s2.0-${i}"`;
    const text = ['Authors,Title,Year,Source title,EID', row(1), '\n'.repeat(40_000), row(2), ''].join('\n');
    const t0 = performance.now();
    const out = await scopusCsvFormat.read({ path: 's.csv', absPath: 's.csv', bytes: utf8(text) }, FUZZ_OPTIONS);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(out.map((r) => [r.hints.title, r.messages.filter((m) => m.severity !== 'info').length])).toEqual([
      ['Title 1', 0],
      ['Title 2', 0],
    ]);
  });

  it('a GB/T reference with an empty page field gives no "page": "" in its CSL-JSON', () => {
    expect(parseReference('na[J]i(2)::')).toEqual({ type: 'article-journal', genre: '[J]', title: 'na', 'container-title': 'i', issue: '2' });
  });

  it('a Markdown line of 100,000 unclosed brackets or tags is read in linear time', async () => {
    for (const line of ['['.repeat(100_000), '<a'.repeat(100_000), '[^a'.repeat(100_000)]) {
      const t0 = performance.now();
      const [doc] = await markdownFormat.read({ path: 'a.md', absPath: 'a.md', bytes: utf8(line) }, FUZZ_OPTIONS);
      expect(performance.now() - t0).toBeLessThan(1000);
      expect(doc?.pages[0]?.[0]?.length).toBe(line.length);
    }
  });

  it('an HTML page nested thousands of levels deep is refused with html-too-deep instead of crashing the reader', async () => {
    const bytes = utf8(`<html><body>${'<div>'.repeat(5000)}x</body></html>`);
    const err = await readChecked(htmlFormat, 'deep.html', bytes, ['html-too-deep']);
    expect(err).toBeInstanceOf(DocumentError);
    const [doc] = await readThroughPipeline(bytes, 'deep.html');
    expect(doc?.messages.map((m) => m.rule)).toEqual(['html-too-deep']);
  });

  it('a codebook nested thousands of levels deep gives a taxonomy-syntax error at its line instead of a stack overflow', () => {
    const loaded = loadCodebook(`name: deep\ncategories:\n  - ${'['.repeat(5000)}\n`, 'deep.yaml');
    expect(loaded.codebook).toBeUndefined();
    expect(loaded.messages.map((m) => [m.rule, m.place?.line])).toEqual([['taxonomy-syntax', 3]]);
  });

  it('a codebook with thousands of YAML errors gives the first 20 and one count of the rest', () => {
    const loaded = loadCodebook(`name: x\n${'}'.repeat(3000)}\n`, 'braces.yaml');
    expect(loaded.messages).toHaveLength(21);
    expect(loaded.messages[20]?.reason).toMatch(/^The codebook has \d+ more YAML errors from here on\.$/);
  });

  it('codebook patterns that backtrack exponentially or in cubic time are refused', () => {
    for (const p of ['(?:a|a)+b', '(a|ab)*c', '((?:a+))+', '(a+){0,20}', '\\p{L}+\\p{L}+x', '[a-z]+[a-z]+x', '.*.*x', '.*a?.*x']) {
      expect(checkPattern(p), p).not.toBeNull();
    }
    for (const p of ['a.*b.*c', '(?:lack|shortage) of (?:\\w+ ){0,3}funds', '政策[^，。；]{0,8}(?:难以|未能|无法)[^，。；]{0,4}落', '(?:a|b)?c', '.*a|.*b']) {
      expect(checkPattern(p), p).toBeNull();
    }
  });

  it('a CSV file of an unknown layout names the header line in problems.csv', async () => {
    const [doc] = await readThroughPipeline(utf8('Name,Phone\nAda,123\n'), 'contacts.csv');
    expect(doc?.messages.map((m) => [m.rule, m.place])).toEqual([['csv-unknown-layout', { line: 1 }]]);
  });
});
