import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusReadme, metadataCsv } from './sample-corpus/corpus-files.js';
import { renderDocument } from './sample-corpus/render-document.js';
import { SAMPLE_DOCUMENTS } from './sample-corpus/sample-documents.js';

/** What one run of the generator did. */
export interface SampleCorpusResult {
  /** Corpus-relative paths written, in order. */
  written: string[];
  /** Files left as they are because this machine cannot produce them (GB18030 without ICU or iconv). */
  skipped: string[];
}

/**
 * Writes the sample corpus (documents, metadata.csv, README.md) into `outDir`, creating folders as
 * needed. The same bytes on every run: no dates from the clock, fixed dates inside PDF and DOCX files.
 */
export async function makeSampleCorpus(outDir: string): Promise<SampleCorpusResult> {
  const written: string[] = [];
  const skipped: string[] = [];
  const put = async (path: string, bytes: Uint8Array | string): Promise<void> => {
    const abs = join(outDir, ...path.split('/'));
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, bytes);
    written.push(path);
  };
  for (const doc of SAMPLE_DOCUMENTS) {
    const bytes = await renderDocument(doc);
    if (bytes === null) skipped.push(doc.path);
    else await put(doc.path, bytes);
  }
  await put('metadata.csv', metadataCsv());
  await put('README.md', corpusReadme());
  return { written, skipped };
}

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? 'corpus');
  const result = await makeSampleCorpus(out);
  process.stdout.write(`Wrote ${result.written.length} files to ${out}\n`);
  for (const p of result.skipped) {
    process.stdout.write(`Kept ${p} as it is: this machine cannot encode GB18030 (no ICU, no iconv)\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
