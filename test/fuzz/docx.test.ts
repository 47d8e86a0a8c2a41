// Fuzz tests of the Word (.docx) reader: damaged zip bytes, damaged XML parts re-zipped, parts lost
// or added, and random bytes after a zip signature.
import JSZip from 'jszip';
import { describe, it } from 'vitest';
import type { Rng } from '../../src/graphs/rng.js';
import { docxFormat } from '../../src/ingest/formats/docx.js';
import { writeDocx, type DocxParagraphStyle } from '../../src/testing/docx-writer.js';
import { between, fuzzSettings, mutate, pick, randomBytes, randomText, runFuzz } from '../../src/testing/fuzz.js';
import { FUZZ_OPTIONS, readChecked, readThroughPipeline } from './check-reader.js';
import { MAX_MS } from './export-fuzz.js';
import { expectCases } from './fuzz-log.js';

const settings = fuzzSettings();
const CODES = ['docx-corrupt', 'zip-bomb'];
const NAME = 'report.docx';

const PARAGRAPHS = [
  'Opinions on deepening the reform of vocational education',
  '关于深化职业教育改革的意见',
  'Schools and enterprises shall cooperate in training.\nA second line.',
  '（一）加强实训基地建设，解决“重理论、轻实践”的问题。',
  'Footnote-like text ↑ with odd characters: \u00a0\u3000\ufffd & < > "',
];
const STYLES: DocxParagraphStyle[] = ['Title', 'Heading1', 'Heading2', 'Normal'];
const PARTS = ['word/document.xml', 'word/document.xml', 'word/document.xml', 'docProps/core.xml', '_rels/.rels', 'word/styles.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels'];

async function seedDocx(rng: Rng): Promise<Uint8Array> {
  return writeDocx({
    paragraphs: Array.from({ length: between(rng, 1, 10) }, () => ({ text: pick(rng, PARAGRAPHS), style: pick(rng, STYLES) })),
    ...(rng() < 0.7 ? { title: pick(rng, ['Vocational reform', 'Microsoft Word - x.doc', '标题', '']) } : {}),
    ...(rng() < 0.7 ? { author: pick(rng, ['Wang Li; 张三', 'Administrator', '']) } : {}),
    ...(rng() < 0.5 ? { created: pick(rng, ['2021-04-29T00:00:00Z', 'yesterday', '']) } : {}),
  });
}

/** Damages one XML part (or the set of parts) and zips the package again. */
async function damageParts(bytes: Uint8Array, rng: Rng, applied: string[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const r = rng();
  if (r < 0.15) {
    const part = pick(rng, PARTS);
    zip.remove(part);
    applied.push(`remove ${part}`);
  } else if (r < 0.25) {
    zip.file(pick(rng, ['word/media/image1.png', 'customXml/item1.xml', 'word/footnotes.xml', 'mimetype']), randomBytes(rng, between(rng, 0, 2000)));
    applied.push('add part');
  } else {
    const part = pick(rng, PARTS);
    const text = (await zip.file(part)?.async('string')) ?? '';
    const m = mutate(text, rng, { maxRounds: 3, maxHuge: 50_000, lineShare: 0.3 });
    zip.file(part, m.bytes);
    applied.push(`${part}: ${m.applied.join(' + ')}`);
  }
  return zip.generateAsync({ type: 'uint8array', compression: rng() < 0.8 ? 'DEFLATE' : 'STORE' });
}

describe('fuzz: Word (.docx)', () => {
  it('@docx/file: damaged Word files raise no error but docx-corrupt or zip-bomb, finish in time, and every problem has a place', async () => {
    const report = await runFuzz({
      name: '@docx/file damaged',
      seed: 10_001,
      cases: settings.cases(160, 5),
      maxMs: MAX_MS,
      warmUp: async () => {
        await docxFormat.read({ path: NAME, absPath: NAME, bytes: await writeDocx({ paragraphs: [{ text: 'warm up' }] }) }, FUZZ_OPTIONS);
      },
      make: async (rng) => {
        const applied: string[] = [];
        let bytes = await seedDocx(rng);
        if (rng() < 0.55) bytes = await damageParts(bytes, rng, applied);
        if (applied.length === 0 || rng() < 0.2) {
          const m = mutate(bytes, rng, { maxRounds: 2, maxHuge: 50_000, lineShare: 0 });
          bytes = m.bytes;
          applied.push(...m.applied);
        }
        return { bytes, applied };
      },
      check: async ({ bytes }) => {
        const out = await readChecked(docxFormat, NAME, bytes, CODES);
        if (Array.isArray(out) && out.length !== 1) throw new Error(`${out.length} documents from one Word file`);
        if (bytes.length > 0) await readThroughPipeline(bytes, NAME);
      },
      describe: (c) => `${c.applied.join('; ')}; ${c.bytes.length} bytes`,
    });
    expectCases(report);
  });

  it('@docx/file: random bytes and text behind a zip signature', async () => {
    const report = await runFuzz({
      name: '@docx/file random',
      seed: 10_002,
      cases: settings.cases(150),
      maxMs: MAX_MS,
      make: (rng) => {
        const body = rng() < 0.5 ? randomBytes(rng, between(rng, 0, 3000)) : new TextEncoder().encode(randomText(rng, between(rng, 0, 3000), ['PK\u0003\u0004', 'PK\u0001\u0002', 'PK\u0005\u0006', 'word/document.xml']));
        const out = new Uint8Array(4 + body.length);
        out.set([0x50, 0x4b, 0x03, 0x04]);
        out.set(body, 4);
        return out;
      },
      check: async (bytes) => {
        await readChecked(docxFormat, NAME, bytes, CODES);
        await readThroughPipeline(bytes, NAME);
      },
      describe: (b) => `${b.length} bytes`,
    });
    expectCases(report);
  });
});
