import { relative } from 'node:path';
import type { Doc } from '../core/doc.js';
import { defaultGraphsOptions } from '../graphs/index.js';
import type { Message } from '../core/message.js';
import { TOOL_VERSION } from '../version.js';
import type { IngestResult } from './ingest-corpus.js';
import { readingParameters, type RunOptions } from './options.js';

export interface Manifest {
  tool: { name: 'corpus-lens'; version: string; node: string };
  command: string;
  parameters: Record<string, unknown>;
  counts: {
    files: number;
    documents: number;
    ok: number;
    failed: number;
    skipped: number;
    pages: number;
    words: number;
    sentences: number;
    errors: number;
    warnings: number;
  };
  inputs: IngestResult['files'];
  /** Seconds per stage, and cache use: the only place where a run's timing is kept. */
  timings: Record<string, number>;
  cache: { enabled: boolean; hits: number; misses: number };
  threads: number;
}

/** Describes a run: versions, parameters, each input's hash, counts and timings. */
export function buildManifest(args: {
  command: string;
  options: Readonly<RunOptions>;
  ingest: IngestResult;
  docs: readonly Doc[];
  problems: readonly Message[];
  timings: Record<string, number>;
}): Manifest {
  const { docs, problems, ingest, options } = args;
  const ok = docs.filter((d) => d.status === 'ok');
  return {
    tool: { name: 'corpus-lens', version: TOOL_VERSION, node: process.version },
    command: args.command,
    // the corpus folder relative to the working folder, so that the manifest (and the report that shows it)
    // do not change with where the project is checked out
    parameters: {
      input: relative(process.cwd(), options.input) || '.',
      ...readingParameters(options),
      taxonomy: options.taxonomy ? relative(process.cwd(), options.taxonomy) : 'default',
      graphs: { ...defaultGraphsOptions, ...(options.graphs ?? {}) },
    },
    counts: {
      files: ingest.files.length,
      documents: docs.length,
      ok: ok.length,
      failed: docs.filter((d) => d.status === 'failed').length,
      skipped: docs.filter((d) => d.status === 'skipped').length,
      pages: ok.reduce((n, d) => n + d.pageStarts.length, 0),
      words: ok.reduce((n, d) => n + d.words, 0),
      sentences: ok.reduce((n, d) => n + d.sentences.length, 0),
      errors: problems.filter((m) => m.severity === 'error').length,
      warnings: problems.filter((m) => m.severity === 'warning').length,
    },
    inputs: ingest.files,
    timings: args.timings,
    cache: { enabled: options.cache, hits: ingest.cache.hits, misses: ingest.cache.misses },
    threads: ingest.threads,
  };
}
