import { join, relative, resolve } from 'node:path';
import type { Doc } from '../core/doc.js';
import { defaultGraphsOptions } from '../graphs/index.js';
import type { Message } from '../core/message.js';
import { hashFile } from '../ingest/doc-cache.js';
import { scanFolder } from '../ingest/scan-folder.js';
import { TOOL_VERSION } from '../version.js';
import type { IngestResult } from './ingest-corpus.js';
import { readingParameters, type RunOptions } from './options.js';
import { ALIAS_FILE } from './stage-references.js';

/** A file besides the documents that the outputs depend on, with its sha256. */
export interface SideFile {
  /** metadata: a metadata.csv (path relative to the corpus); aliases: aliases.csv (idem); taxonomy: the codebook (path as in parameters.taxonomy). */
  role: 'metadata' | 'aliases' | 'taxonomy';
  path: string;
  sha256: string;
}

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
  /** metadata.csv files, aliases.csv and the codebook file, when there are: what the outputs depend on besides the documents. */
  sideFiles: SideFile[];
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
  sideFiles: SideFile[];
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
      taxonomy: taxonomyRecord(options),
      keepDuplicates: options.keepDuplicates ?? false,
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
    sideFiles: args.sideFiles,
    timings: args.timings,
    cache: { enabled: options.cache, hits: ingest.cache.hits, misses: ingest.cache.misses },
    threads: ingest.threads,
  };
}

/** The codebook as the manifest records it: its path relative to the working folder, or 'default'. */
function taxonomyRecord(options: Readonly<RunOptions>): string {
  return options.taxonomy ? relative(process.cwd(), options.taxonomy) : 'default';
}

/**
 * The side files a run depends on, with their sha256: every metadata.csv of the corpus, its aliases.csv,
 * the codebook file. Files that do not exist are left out.
 */
export async function sideFiles(options: Readonly<RunOptions>): Promise<SideFile[]> {
  const root = resolve(options.input);
  const scan = await scanFolder(root, [resolve(options.out)]);
  const wanted: { role: SideFile['role']; path: string; abs: string }[] = [
    ...[...scan.metadataFiles].sort().map((path) => ({ role: 'metadata' as const, path, abs: join(root, path) })),
    { role: 'aliases', path: ALIAS_FILE, abs: join(root, ALIAS_FILE) },
  ];
  if (options.taxonomy) wanted.push({ role: 'taxonomy', path: taxonomyRecord(options), abs: resolve(options.taxonomy) });
  const out: SideFile[] = [];
  for (const w of wanted) {
    const sha256 = await hashFile(w.abs);
    if (sha256) out.push({ role: w.role, path: w.path, sha256 });
  }
  return out;
}
