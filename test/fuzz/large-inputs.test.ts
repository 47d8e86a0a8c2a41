// Big inputs of the shapes that make a reader slow when it does more work per line than it should:
// one field continued over 20,000 lines, thousands of records, a line of 100,000 brackets, elements
// nested thousands deep. Each must be read (or refused with a DocumentError) within MAX_MS; a reader
// that is quadratic in them takes tens of seconds.
import { describe, expect, it } from 'vitest';
import type { InputFormat } from '../../src/core/registry.js';
import { createRegistry } from '../../src/ingest/index.js';
import { FUZZ_OPTIONS, readChecked } from './check-reader.js';
import { MAX_MS } from './export-fuzz.js';

const N = 20_000;
const lines = (line: string, n = N): string => Array.from({ length: n }, () => line).join('\n');
const registry = createRegistry();

/** [format id, file name, content, DocumentError codes allowed, records expected (undefined: any)]. */
const SHAPES: Array<[string, string, string, string[], number | undefined]> = [
  ['@wos/plain', 'cont.isi', `FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI x\n${lines('   more words here')}\nER\nEF\n`, [], 1],
  ['@wos/plain', 'records.isi', `FN Clarivate Analytics Web of Science\nVR 1.0\n${lines('PT J\nTI x\nER', 3000)}\nEF\n`, [], 3000],
  ['@ris/file', 'cont.ris', `TY  - JOUR\nTI  - x\n${lines('more words here')}\nER  - \n`, [], 1],
  ['@endnote/text', 'cont.enw', `%0 Journal Article\n%T x\n${lines('more words here')}\n`, [], 1],
  ['@endnote/text', 'cont-zh.enw', `%0 Journal Article\n%T x\n${lines('更多的字')}\n`, [], 1],
  ['@refworks/text', 'cont-refworks.txt', `RT Journal Article\nT1 x\n${lines('more words here')}\n`, [], 1],
  ['@bibtex/file', 'cont.bib', `@article{k,\n title = {${lines('more words here')}},\n}\n`, [], 1],
  ['@bibtex/file', 'braces.bib', `@article{k,\n title = {${'{a}'.repeat(N)}},\n}\n`, [], 1],
  ['@bibtex/file', 'open.bib', `@article{k,\n title = {${'{'.repeat(N * 5)}},\n}\n`, [], undefined],
  ['@scopus/csv', 'cell.csv', `Authors,Title,Year,Source title,EID\n"A","${lines('more words here')}","2020","J","2-s2.0-1"\n`, [], 1],
  ['@scopus/csv', 'broken.csv', `Authors,Title,Year,Source title,EID\n${lines('"A","T"x,"2020","J","2-s2.0-1"', 1500)}\n"A","T","2020","J","2-s2.0-2"\n`, [], undefined],
  ['@wos/tab', 'short.txt', `PT\tAU\tTI\tPY\tUT\t\n${lines('PT')}\n`, [], N],
  ['@wos/tab', 'cell.txt', `PT\tAU\tTI\tPY\tUT\t\nJ\tA\tT${lines('more')}\t2020\tWOS:1\t\n`, [], undefined],
  ['@csl/json', 'deep.json', `${'['.repeat(N * 5)}${']'.repeat(N * 5)}`, ['csl-json-not-items'], undefined],
  ['@csl/json', 'open.json', '['.repeat(N * 5), ['csl-json-syntax'], undefined],
  ['@txt/file', 'long.txt', 'word '.repeat(N * 10), [], 1],
  ['@markdown/file', 'brackets.md', '['.repeat(N * 5), [], 1],
  ['@markdown/file', 'tags.md', '<a'.repeat(N * 5), [], 1],
  ['@markdown/file', 'notes.md', '[^a'.repeat(N * 5), [], 1],
  ['@markdown/file', 'quotes.md', `${'> '.repeat(N)}x\n${'* '.repeat(N)}y\n`, [], 1],
  ['@html/file', 'deep.html', `<html><body>${'<div>'.repeat(N)}x</body></html>`, ['html-too-deep'], undefined],
  ['@html/file', 'tables.html', `<html><body>${'<table><tr><td>'.repeat(2000)}x</body></html>`, ['html-too-deep'], undefined],
];

describe('large inputs', () => {
  for (const [id, name, text, codes, records] of SHAPES) {
    it(`${id} ${name}: ${(text.length / 1e6).toFixed(2)} MB read in under ${MAX_MS} ms`, async () => {
      const format = registry.byId(id as `@${string}/${string}`) as InputFormat;
      const bytes = new TextEncoder().encode(text);
      const t0 = performance.now();
      const out = await readChecked(format, name, bytes, codes);
      const ms = performance.now() - t0;
      expect(ms).toBeLessThan(MAX_MS);
      if (records !== undefined) expect(Array.isArray(out) ? out.length : out.code).toBe(records);
    });
  }
});
