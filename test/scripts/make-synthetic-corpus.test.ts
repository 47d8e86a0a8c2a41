import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRegistry } from '../../src/ingest/index.js';
import { readDocument } from '../../src/ingest/read-document.js';
import { defaultReadOptions } from '../../src/core/registry.js';
import { makeSyntheticCorpus, syntheticCorpusFiles, type SyntheticCorpusSummary, type SyntheticFile } from '../../src/scripts/make-synthetic-corpus.js';

const OPTIONS = { docs: 40, seed: 7 };

function generate(options: Parameters<typeof syntheticCorpusFiles>[0]): { files: SyntheticFile[]; summary: SyntheticCorpusSummary } {
  const summary = { documents: 0, papers: 0, policies: 0, pdf: 0, txt: 0, zh: 0, en: 0, references: 0, works: 0, bytes: 0 };
  return { files: [...syntheticCorpusFiles(options, summary)], summary };
}

function digest(files: readonly SyntheticFile[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(f.path).update('\0').update(f.bytes);
  return h.digest('hex');
}

const text = (f: SyntheticFile): string => Buffer.from(f.bytes).toString('utf8');

/** The entries below the reference heading of a plain-text paper. */
function referenceLines(body: string): string[] {
  const lines = body.split('\n');
  const head = lines.findIndex((l) => l === 'References' || l === '参考文献');
  return head < 0 ? [] : lines.slice(head + 1).filter((l) => l.trim() !== '');
}

describe('make-synthetic-corpus', () => {
  it('gives the same bytes for the same seed, and other bytes for another seed', () => {
    const a = generate(OPTIONS);
    const b = generate(OPTIONS);
    expect(digest(b.files)).toBe(digest(a.files));
    expect(b.summary).toEqual(a.summary);
    expect(digest(generate({ ...OPTIONS, seed: 8 }).files)).not.toBe(digest(a.files));
  });

  it('writes every document once, a metadata row for each, and about 30 references per paper', () => {
    const { files, summary } = generate({ ...OPTIONS, pdfShare: 0 });
    expect(files).toHaveLength(41);
    expect(files[40]?.path).toBe('metadata.csv');
    expect(summary.documents).toBe(40);
    expect(summary.papers + summary.policies).toBe(40);
    expect(summary.en + summary.zh).toBe(40);
    expect(summary.txt).toBe(40);
    expect(summary.pdf).toBe(0);
    const rows = parse(text(files[40]!), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.path)).toEqual(files.slice(0, 40).map((f) => f.path));
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['paper', 'policy']));
    let printed = 0;
    for (const f of files.slice(0, 40)) {
      const refs = referenceLines(text(f));
      if (f.path.endsWith('-policy.txt')) expect(refs).toEqual([]);
      else {
        expect(refs.length).toBeGreaterThanOrEqual(20);
        expect(refs.length).toBeLessThanOrEqual(40);
        // numbered lists run [1]..[n]; APA lists are in author order and unnumbered
        if (refs[0]!.startsWith('[')) expect(refs[refs.length - 1]!.startsWith(`[${refs.length}] `)).toBe(true);
      }
      printed += refs.length;
    }
    expect(printed).toBe(summary.references);
    expect(summary.references / summary.papers).toBeGreaterThan(25);
    expect(summary.references / summary.papers).toBeLessThan(35);
  });

  describe('PDF documents', () => {
    let dir = '';
    let txt: SyntheticFile[] = [];
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'syn-corpus-'));
      // the same seed with every document as PDF: the same text, laid out on pages
      await makeSyntheticCorpus(dir, { ...OPTIONS, pdfShare: 1 });
      txt = generate({ ...OPTIONS, pdfShare: 0 }).files;
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    for (const lang of ['en', 'zh'] as const) {
      it(`are read back by the pipeline's reader with the text of the plain-text version (${lang})`, async () => {
        const plain = txt.find((f) => f.path.endsWith(`-${lang}-paper.txt`))!;
        const path = plain.path.replace(/\.txt$/, '.pdf');
        const task = { id: 'd1', path, absPath: join(dir, path), options: { ...defaultReadOptions, maxFileBytes: 1e8, semicolonSentences: false } };
        const [doc] = await readDocument(task, createRegistry());
        expect(doc?.status).toBe('ok');
        expect(doc?.format).toBe('@pdf/file');
        expect(doc?.language).toBe(lang);
        const squeeze = (s: string): string => s.replace(/\s+/g, '');
        // page furniture (first-page footnote, running header with page number) is read where it stands,
        // between the lines of two pages: take it out before comparing
        const got = squeeze(doc!.text)
          .replace(/收稿日期[:：][\d-]+DOI[:：]10\.5555\/syncorpus\.\d+\.\d+/g, '')
          .replace(/Received4January\d{4}\.DOI:10\.5555\/syncorpus\.\d+\.\d+/g, '')
          .replace(/Journalof[A-Za-z-]+,Vol\.\d+,\d{4}\d*/g, '');
        const lines = text(plain).split('\n').filter((l) => l.trim() !== '');
        const missing = lines.filter((l) => !got.includes(squeeze(l)));
        expect(missing).toEqual([]);
        expect(await readFile(join(dir, 'metadata.csv'), 'utf8')).toContain(path);
      });
    }
  });
});
