// Fuzz tests of the PDF reader (pdf.js engine, the default): damaged PDFs made by the test PDF
// writer, and random bytes behind a PDF signature.
import { describe, it } from 'vitest';
import type { Rng } from '../../src/graphs/rng.js';
import { pdfFormat } from '../../src/ingest/formats/pdf.js';
import { layoutText, writePdf, type PdfFont } from '../../src/testing/pdf-writer.js';
import { between, fuzzSettings, mutate, pick, randomBytes, randomText, runFuzz, type Mutated } from '../../src/testing/fuzz.js';
import { FUZZ_OPTIONS, readChecked, readThroughPipeline } from './check-reader.js';
import { MAX_MS } from './export-fuzz.js';
import { expectCases } from './fuzz-log.js';

const settings = fuzzSettings();
const CODES = ['pdf-corrupt', 'pdf-encrypted', 'pdf-no-text'];
const NAME = 'paper.pdf';
/** Loads pdf.js (seconds, once) before the timed cases. */
const warmUp = async (): Promise<void> => {
  await pdfFormat.read({ path: NAME, absPath: NAME, bytes: writePdf({ pages: [{ items: layoutText(['warm up'], { x: 72, yTop: 700 }) }] }) }, FUZZ_OPTIONS);
};

const LINES: Array<[string, PdfFont]> = [
  ['Rural Teachers and the Reform Agenda', 'sans-bold'],
  ['Education policy research often compares national reforms', 'sans'],
  ['across several decades of change (see Table 1).', 'sans'],
  ['References', 'sans-bold'],
  ['[1] Becker, G. S. (1964). Human capital. Chicago.', 'sans'],
  ['关于深化现代职业教育体系建设改革的意见', 'cjk'],
  ['第一条　为了推动职业教育高质量发展，制定本办法。', 'cjk'],
];

function seedPdf(rng: Rng): Uint8Array {
  const pages = Array.from({ length: between(rng, 1, 3) }, () => {
    const [text, font] = pick(rng, LINES);
    const lines = Array.from({ length: between(rng, 0, 8) }, () => pick(rng, LINES));
    return {
      items: [
        ...layoutText([text], { x: 72, yTop: 740, size: 16, font }),
        ...lines.flatMap(([t, f], k) => layoutText([t], { x: rng() < 0.8 ? 72 : 320, yTop: 700 - 14 * k, size: 11, font: f })),
      ],
    };
  });
  return writePdf({
    pages,
    ...(rng() < 0.5 ? { info: { title: pick(rng, ['Rural teachers', 'Microsoft Word - x.doc', '职业教育', '']), author: pick(rng, ['Wang Li; Smith J', 'Administrator', '']) } } : {}),
    ...(rng() < 0.05 ? { encryptedStub: true } : {}),
  });
}

describe('fuzz: PDF', () => {
  it('@pdf/file: damaged PDFs raise no error but pdf-corrupt, pdf-encrypted or pdf-no-text, finish in time, and every problem has a place', async () => {
    const report = await runFuzz<Mutated>({
      name: '@pdf/file damaged',
      seed: 11_001,
      cases: settings.cases(60, 10),
      maxMs: MAX_MS,
      warmUp,
      make: (rng) => mutate(seedPdf(rng), rng, { maxRounds: 3, maxHuge: 50_000, lineShare: 0.3 }),
      check: async (m) => {
        const out = await readChecked(pdfFormat, NAME, m.bytes, CODES);
        if (Array.isArray(out) && out.length !== 1) throw new Error(`${out.length} documents from one PDF`);
        if (m.bytes.length > 0) await readThroughPipeline(m.bytes, NAME);
      },
      describe: (m) => `${m.applied.join(' + ')}; ${m.bytes.length} bytes`,
    });
    expectCases(report);
  });

  it('@pdf/file: random bytes and PDF tokens behind a PDF signature', async () => {
    const tokens = ['obj', 'endobj', 'stream\n', '\nendstream', '<<', '>>', '/Type /Page', '/Length 99999', 'xref\n0 3\n', 'trailer', 'startxref\n', '%%EOF', ' 0 R', '[', ']', '(', ')', 'BT', 'Tj', 'ET', '/FlateDecode'];
    const report = await runFuzz({
      name: '@pdf/file random',
      seed: 11_002,
      cases: settings.cases(60, 10),
      maxMs: MAX_MS,
      warmUp,
      make: (rng) => {
        const body = rng() < 0.5 ? randomBytes(rng, between(rng, 0, 4000)) : new TextEncoder().encode(randomText(rng, between(rng, 0, 4000), tokens));
        const out = new Uint8Array(9 + body.length);
        out.set(new TextEncoder().encode('%PDF-1.7\n'));
        out.set(body, 9);
        return out;
      },
      check: async (bytes) => {
        await readChecked(pdfFormat, NAME, bytes, CODES);
        await readThroughPipeline(bytes, NAME);
      },
      describe: (b) => `${b.length} bytes`,
    });
    expectCases(report);
  });
});
