// Fuzz tests of the BibTeX and CSL-JSON readers; CSL-JSON's broken record is a broken item, since a
// JSON syntax error rightly stops the whole file.
import { describe, it } from 'vitest';
import { DocumentError } from '../../src/core/errors.js';
import { bibtexFormat } from '../../src/ingest/formats/bibtex.js';
import { cslJsonFormat } from '../../src/ingest/formats/csl-json.js';
import { between, fuzzSettings, pick, randomText, runFuzz } from '../../src/testing/fuzz.js';
import { readChecked, readThroughPipeline } from './check-reader.js';
import { exportFuzzTests, MAX_MS } from './export-fuzz.js';
import { bibtex, cslItems, cslJson, seedRecords } from './export-seeds.js';
import { expectCases } from './fuzz-log.js';

const CSL_CODES = ['csl-json-syntax', 'csl-json-not-items', 'binary-file'];

describe('fuzz: BibTeX', () => {
  exportFuzzTests({
    format: bibtexFormat,
    name: 'refs.bib',
    write: bibtex,
    codes: ['bibtex-no-entries', 'binary-file'],
    tokens: ['\n@article{k,\n', '\n@string{j = "J"}\n', '\n@comment{', '\n@preamble{', '{', '}', '"', ' # ', ' = ', ',\n', '\\"o', "{\\'e}", ' and ', '%'],
    seed: 7001,
    keepHead: true,
  }, 0.8);
});

/** Values a broken CSL item or field may take. */
function junk(rng: () => number): unknown {
  return pick(rng, [
    null,
    7,
    'a string',
    [],
    [1, [2, [3]]],
    {},
    { type: 'book' },
    { type: 42, title: ['x'] },
    { type: 'book', title: { nested: true }, author: 'Smith', issued: { 'date-parts': 'soon' } },
    { type: 'article', title: 'x'.repeat(between(rng, 1, 200_000)) },
    { type: 'article', id: 'x', author: [null, 3, { family: {} }, { literal: [] }], issued: { 'date-parts': [[null, 'May']] }, DOI: 5, keyword: ['a'] },
    { type: 'legislation', title: '\u0000\ud800', issued: { raw: '\u0000' }, 'container-title': [], language: {} },
  ]);
}

describe('fuzz: CSL-JSON', () => {
  exportFuzzTests({
    format: cslJsonFormat,
    name: 'items.json',
    write: cslJson,
    codes: CSL_CODES,
    tokens: ['[', ']', '{', '}', '"type": "book"', '"title": ', '"author": [{"family": "W"}]', '"issued": {"date-parts": [[2020]]}', ',', ':', '"', 'null', '1e999', '\\u0000'],
    seed: 8001,
    keepHead: false,
  }, 0.6, { neighbours: false });

  const settings = fuzzSettings();
  it('@csl/json: items before and after a broken item are still read', async () => {
    const report = await runFuzz({
      name: '@csl/json neighbours',
      seed: 8003,
      cases: settings.cases(200),
      maxMs: MAX_MS,
      make: (rng) => {
        const records = seedRecords(rng, between(rng, 3, 7));
        const items: unknown[] = cslItems(records);
        const victim = between(rng, 0, items.length - 1);
        const item = items[victim] as Record<string, unknown>;
        if (rng() < 0.4) items[victim] = junk(rng);
        else for (let k = between(rng, 1, 3); k > 0; k--) item[pick(rng, ['type', 'title', 'author', 'issued', 'DOI', 'abstract', 'keyword', 'container-title', 'language', randomText(rng, 5)])] = junk(rng);
        return { text: JSON.stringify(items), victim, titles: records.map((r) => r.title) };
      },
      check: async ({ text, victim, titles }) => {
        const bytes = new TextEncoder().encode(text);
        const out = await readChecked(cslJsonFormat, 'items.json', bytes, CSL_CODES);
        if (out instanceof DocumentError) throw new Error(`the whole file failed (${out.code}: ${out.message})`);
        const read = new Set(out.map((ex) => ex.hints.title));
        const lost = titles.filter((t, i) => i !== victim && !read.has(t));
        if (lost.length > 0) throw new Error(`item ${victim + 1} was broken and these good items were lost: ${lost.join(' | ')}`);
        await readThroughPipeline(bytes, 'items.json');
      },
      describe: (c) => `item ${c.victim + 1} broken; ${c.text.length} characters`,
    });
    expectCases(report);
  });
});
