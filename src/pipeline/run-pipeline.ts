import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Doc } from '../core/doc.js';
import { UsageError } from '../core/errors.js';
import type { Message } from '../core/message.js';
import { toCsv } from '../export/csv.js';
import { documentsTable } from '../export/documents-table.js';
import { problemsTable } from '../export/problems-table.js';
import { textFiles } from '../export/text-files.js';
import { OutputWriteError, outputWriteError, removeStale, removeTempFiles, writeFiles, type OutputFile } from '../export/write-files.js';
import { ingestCorpus } from './ingest-corpus.js';
import { buildManifest, sideFiles, type Manifest } from './manifest.js';
import { buildReport } from '../report/build-report.js';
import { graphsStage } from './stage-graphs.js';
import { referencesStage } from './stage-references.js';
import { clusterGroups } from './cluster-groups.js';
import { themesStage, themesTableFiles } from './stage-themes.js';
import { workBurstsStage } from './stage-work-bursts.js';
import { codebookVocabulary, loadRunCodebook, taxonomyStage } from './stage-taxonomy.js';
import type { Codebook } from '../taxonomy/index.js';
import { lockOutput } from './output-lock.js';
import type { ProgressFn, RunOptions } from './options.js';

export interface RunResult {
  docs: Doc[];
  problems: Message[];
  manifest: Manifest;
  /** Files written, relative to the output folder. */
  written: string[];
}

/**
 * Runs every stage that exists on the corpus folder and writes the output folder. Returns what was
 * done; throws UsageError when nothing could be read at all, OutputWriteError when an output cannot be
 * written (disk full, read-only): the caller exits with 2. `notes` are added to problems.csv (a rerun's
 * differences from its manifest).
 */
export async function runPipeline(command: string, options: Readonly<RunOptions>, progress?: ProgressFn, notes: readonly Message[] = []): Promise<RunResult> {
  const t0 = performance.now();
  // Take the output folder first: a folder that cannot be written fails now, not after an hour of reading.
  const release = await lockOutput(options.out);
  try {
    // temporary files of a run killed half way (the cache's too) go before anything is written
    await removeTempFiles(options.out);
    // A broken taxonomy file fails now too, before any document is read.
    const codebook = command === 'ingest' ? undefined : await loadRunCodebook(options.taxonomy);
    return await runLocked(command, options, t0, progress, codebook, notes);
  } finally {
    await release();
  }
}

async function runLocked(
  command: string,
  options: Readonly<RunOptions>,
  t0: number,
  progress: ProgressFn | undefined,
  codebook: { codebook: Codebook; messages: Message[] } | undefined,
  notes: readonly Message[],
): Promise<RunResult> {
  const ingest = await ingestCorpus(options, progress);
  const t1 = performance.now();
  const { docs } = ingest;
  const problems = [...notes, ...ingest.messages, ...docs.flatMap((d) => d.messages)];
  if (!docs.some((d) => d.status === 'ok')) {
    const why = problems
      .filter((m) => m.severity === 'error')
      .slice(0, 10)
      .map((m) => `  ${m.path}: ${m.reason}`)
      .join('\n');
    throw new UsageError(
      'no-readable-documents',
      docs.length === 0
        ? `No document found in ${options.input}: it holds no file corpus-lens reads (PDF, TXT, Markdown, HTML, DOCX)`
        : `No readable document in ${options.input}: all ${docs.length} failed\n${why}`,
    );
  }
  const timings: Record<string, number> = { read: secs(t1 - t0) };
  const stage = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    progress?.(name, 0, 1);
    const out = await work();
    progress?.(name, 1, 1);
    timings[name] = secs(performance.now() - start);
    return out;
  };
  // Each stage's files are written as soon as the stage ends, so that a large corpus's tables are not
  // all held in memory until the end. manifest.json is the sign of a finished run: it is removed before
  // the first file is written and written again last, so a run stopped half way (disk full, kill -9)
  // never leaves a folder that looks finished.
  const written: string[] = [];
  let writeMs = 0;
  const write = async (files: readonly OutputFile[]): Promise<void> => {
    const start = performance.now();
    await writeFiles(options.out, files);
    for (const f of files) written.push(f.path);
    writeMs += performance.now() - start;
  };
  // runs a stage, writes its files and keeps the rest of its result: the files' contents are not held
  // (the stage's own result object is left as it is)
  const stageThenWrite = async <T extends { files: OutputFile[] }>(name: string, work: () => Promise<T>): Promise<Omit<T, 'files'>> => {
    const { files, ...rest } = await stage(name, work);
    await write(files);
    return rest;
  };
  let manifest: Manifest;
  const sides = await sideFiles(options);
  const writeManifest = async (): Promise<Manifest> => {
    timings.write = secs(writeMs);
    timings.total = secs(performance.now() - t0);
    const m = buildManifest({ command, options, ingest, docs, problems, timings, sideFiles: sides });
    await writeFiles(options.out, [{ path: 'manifest.json', contents: `${JSON.stringify(m, null, 2)}\n` }]);
    return m;
  };
  try {
    await rm(join(options.out, 'manifest.json'), { force: true }).catch((err: unknown) => {
      throw outputWriteError(err, options.out, 'manifest.json');
    });
    await write(textFiles(docs));
    if (codebook) {
      problems.push(...codebook.messages);
      const refs = await stageThenWrite('references', () => referencesStage(docs, options.input));
      problems.push(...refs.messages);
      const themes = await stageThenWrite('themes', () => themesStage(docs, { vocabulary: codebookVocabulary(codebook.codebook) }));
      await write(workBurstsStage(refs.result.match, themes.analysis));
      await stageThenWrite('taxonomy', () => taxonomyStage(docs, codebook.codebook));
      const graphs = await stageThenWrite('graphs', async () => graphsStage(docs, refs.result, themes.analysis, options.graphs));
      await write(await themesTableFiles(themes.analysis, clusterGroups(themes.analysis, graphs.result)));
      problems.push(...graphs.messages);
    }
    await write([
      { path: 'documents.csv', contents: toCsv(documentsTable(docs)) },
      { path: 'problems.csv', contents: toCsv(problemsTable(problems)) },
    ]);
    const keep = new Set(written);
    await removeStale(options.out, 'text', '.txt', keep);
    if (codebook) await removeStale(options.out, 'graphs', '', keep);
    manifest = await writeManifest();
    if (codebook) {
      // The report reads the tables just written (it is also rebuilt alone by `corpus-lens report`).
      const report = await stage('report', () => buildReport(options.out));
      await write(report.files);
      await removeStale(options.out, 'figures', '', new Set(report.files.map((f) => f.path)));
      if (report.messages.length > 0) {
        problems.push(...report.messages);
        await writeFiles(options.out, [{ path: 'problems.csv', contents: toCsv(problemsTable(problems)) }]);
      }
      manifest = await writeManifest();
    }
  } catch (err) {
    if (err instanceof OutputWriteError) {
      // a manifest written before the report failed would announce a finished run
      await rm(join(options.out, 'manifest.json'), { force: true }).catch(() => undefined);
      throw new OutputWriteError(err.code, `${err.message} This run did not finish: ${options.out} holds no manifest.json until a run does.`, err.path, err.errno);
    }
    // any other error is a stage's (every write failure is an OutputWriteError): it goes up as it is
    throw err;
  }
  return { docs, problems, manifest, written: [...written, 'manifest.json'] };
}

function secs(ms: number): number {
  return Math.round(ms) / 1000;
}
