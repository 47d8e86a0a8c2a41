// The fuzz loops every export reader runs (not a test file itself): mutated exports, random input in
// the format's own tokens, and one broken record among good ones.
import { it } from 'vitest';
import { DocumentError } from '../../src/core/errors.js';
import type { InputFormat } from '../../src/core/registry.js';
import { decodeText } from '../../src/ingest/decode-text.js';
import { between, encodeText, FUZZ_ENCODINGS, fuzzSettings, mutate, pick, randomBytes, randomText, runFuzz, type Mutated } from '../../src/testing/fuzz.js';
import { readChecked, readThroughPipeline } from './check-reader.js';
import { seedRecords, type SeedExport, type SeedRecord } from './export-seeds.js';
import { expectCases } from './fuzz-log.js';

/** An export reader under test. */
export interface ExportFamily {
  format: InputFormat;
  /** File name the pipeline sees (its extension picks the format when the sniff no longer does). */
  name: string;
  write: (records: SeedRecord[]) => SeedExport;
  /** DocumentError codes the reader may throw. */
  codes: readonly string[];
  /** Tokens of the format for random input. */
  tokens: readonly string[];
  /** Fixed seed of the family's loops. */
  seed: number;
  /** Keep the first line of the broken record (the line that starts a record: PT, TY, @article{...). */
  keepHead: boolean;
}

/** Most milliseconds one input may take. */
export const MAX_MS = 2000;
const settings = fuzzSettings();
const describeMutated = (m: Mutated): string => `${m.applied.join(' + ')}; ${m.bytes.length} bytes`;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The documented binary check (src/ingest/FORMATS-TEXT.md): > 10 % control bytes, > 1 % with an early NUL. */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  let nul = false;
  bytes.forEach((b, i) => {
    if (b === 0x7f || (b < 0x20 && ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a, 0x1b].includes(b))) controls++;
    if (b === 0 && i < 8000) nul = true;
  });
  return controls > (nul ? 0.01 : 0.1) * bytes.length;
}

/** Registers the fuzz loops of an export reader (the neighbours loop unless turned off); `ci` scales their CI case counts. */
export function exportFuzzTests(f: ExportFamily, ci = 1, only: { neighbours?: boolean } = {}): void {
  const id = f.format.id;
  it(`${id}: mutated exports raise no error but a DocumentError, finish in time, and every problem has a place`, async () => {
    const report = await runFuzz({
      name: `${id} mutated`,
      seed: f.seed,
      cases: settings.cases(Math.round(250 * ci)),
      maxMs: MAX_MS,
      make: (rng) => {
        const text = f.write(seedRecords(rng, between(rng, 1, 6))).text;
        const encoded = rng() < 0.25 ? encodeText(text, pick(rng, FUZZ_ENCODINGS)) : text;
        return mutate(encoded, rng, { maxRounds: 4, maxHuge: 60_000 });
      },
      check: async (m) => {
        await readChecked(f.format, f.name, m.bytes, f.codes);
        await readThroughPipeline(m.bytes, f.name);
      },
      describe: describeMutated,
    });
    expectCases(report);
  });

  it(`${id}: random input in the format's tokens, and random bytes`, async () => {
    const report = await runFuzz({
      name: `${id} random`,
      seed: f.seed + 1,
      cases: settings.cases(Math.round(100 * ci)),
      maxMs: MAX_MS,
      make: (rng) => (rng() < 0.8 ? new TextEncoder().encode(randomText(rng, between(rng, 0, 4000), f.tokens)) : randomBytes(rng, between(rng, 0, 4000))),
      check: async (bytes) => {
        await readChecked(f.format, f.name, bytes, f.codes);
        if (bytes.length > 0) await readThroughPipeline(bytes, f.name);
      },
      describe: (b) => `${b.length} bytes`,
    });
    expectCases(report);
  });

  if (only.neighbours === false) return;
  it(`${id}: records before and after a broken one are still read`, async () => {
    const report = await runFuzz({
      name: `${id} neighbours`,
      seed: f.seed + 2,
      cases: settings.cases(Math.round(150 * ci)),
      maxMs: MAX_MS,
      make: (rng) => {
        const records = seedRecords(rng, between(rng, 3, 7));
        const { text, ranges } = f.write(records);
        const victim = between(rng, 0, records.length - 1);
        const [start, end] = ranges[victim] as [number, number];
        const lines = text.split('\n');
        const keep = f.keepHead ? 1 : 0;
        const enc = (ls: string[]): Uint8Array => new TextEncoder().encode(ls.length > 0 ? `${ls.join('\n')}\n` : '');
        // The broken record stays a small part of the file (a swollen field at most a tenth of it).
        const broken = mutate(lines.slice(start + keep, end).join('\n'), rng, { maxRounds: 3, maxHuge: Math.max(256, Math.floor(text.length / 10)) });
        const bytes = concat([enc(lines.slice(0, start + keep)), broken.bytes, new TextEncoder().encode('\n'), enc(lines.slice(end))]);
        return { bytes, victim, titles: records.map((r) => r.title), applied: broken.applied };
      },
      check: async ({ bytes, victim, titles }) => {
        const out = await readChecked(f.format, f.name, bytes, f.codes);
        if (out instanceof DocumentError) {
          if (out.code === 'binary-file' && looksBinary(bytes)) return; // the damage made the file binary
          if (decodeText(bytes, f.name).encoding !== 'utf-8') return; // ... or changed its encoding (a NUL pattern read as UTF-16)
          throw new Error(`the whole file failed (${out.code}: ${out.message})`);
        }
        if (out[0]?.hints.extra?.encoding !== 'utf-8') {
          // The damage changed the encoding guess of the whole file (reported as encoding-guessed):
          // titles are garbled, but no record may be lost.
          const titled = out.filter((ex) => ex.hints.title !== undefined).length;
          if (titled < titles.length - 1) throw new Error(`read as ${out[0]?.hints.extra?.encoding}: only ${titled} of ${titles.length} records have a title`);
          return;
        }
        const read = new Set(out.map((ex) => ex.hints.title));
        const lost = titles.filter((t, i) => i !== victim && !read.has(t));
        if (lost.length > 0) throw new Error(`record ${victim + 1} was broken and these good records were lost: ${lost.join(' | ')}`);
      },
      describe: (c) => `record ${c.victim + 1} broken by ${c.applied.join(' + ')}; ${c.bytes.length} bytes`,
    });
    expectCases(report);
  });
}
