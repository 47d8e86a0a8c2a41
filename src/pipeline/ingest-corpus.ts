import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Doc } from '../core/doc.js';
import { UsageError } from '../core/errors.js';
import { message, type Message } from '../core/message.js';
import { DocCache, hashFile } from '../ingest/doc-cache.js';
import { createRegistry } from '../ingest/index.js';
import { ReadPool } from '../ingest/read-pool.js';
import { readDocument, type ReadTask } from '../ingest/read-document.js';
import { markDuplicateRecords } from '../ingest/find-duplicate-records.js';
import { applyMetadata, readMetadata } from '../ingest/read-metadata.js';
import { scanFolder } from '../ingest/scan-folder.js';
import { docId } from '../text/doc-id.js';
import { TOOL_VERSION } from '../version.js';
import { readingParameters, type ProgressFn, type RunOptions } from './options.js';

export interface IngestResult {
  docs: Doc[];
  /** Messages not attached to one document: the scan, metadata.csv. */
  messages: Message[];
  /** One entry per file found. */
  files: { path: string; sha256: string; bytes: number; format: string; documents: number; status: string; cached: boolean }[];
  cache: { hits: number; misses: number };
  threads: number;
}

/**
 * Reads every file of the corpus folder into documents: scan, cache look-up, read (on worker threads),
 * text stage, metadata.csv. Bad files become failed documents with messages; the run goes on.
 * Throws UsageError when the folder does not exist.
 */
export async function ingestCorpus(options: Readonly<RunOptions>, progress?: ProgressFn): Promise<IngestResult> {
  const root = resolve(options.input);
  const st = await stat(root).catch(() => undefined);
  if (!st) throw new UsageError('input-missing', `The corpus folder ${options.input} does not exist`);
  if (!st.isDirectory()) throw new UsageError('input-not-folder', `${options.input} is not a folder; give the folder that holds the documents`);

  const scan = await scanFolder(root, [resolve(options.out)]);
  const taken = new Set<string>();
  const tasks: ReadTask[] = scan.files.map((f) => ({
    id: docId(f.path, taken),
    path: f.path,
    absPath: f.absPath,
    options: {
      pdfEngine: options.pdfEngine,
      maxPages: options.maxPages,
      maxUnpackedBytes: options.maxUnpackedBytes,
      maxFileBytes: options.maxFileBytes,
      semicolonSentences: options.semicolonSentences,
    },
  }));

  const registry = createRegistry();
  const cache = options.cache ? new DocCache(resolve(options.cacheDir), `${TOOL_VERSION}\0${JSON.stringify(readingParameters(options))}`) : undefined;
  const pool = new ReadPool(Math.max(1, options.jobs), registry);
  const results: Doc[][] = new Array(tasks.length);
  const cached: boolean[] = new Array(tasks.length).fill(false);
  let hits = 0;
  let cacheFailures = 0;
  let done = 0;
  progress?.('read', 0, tasks.length);

  async function one(i: number): Promise<void> {
    const task = tasks[i]!;
    let docs: Doc[] | undefined;
    let key: string | undefined;
    if (cache) {
      const hash = await hashFile(task.absPath);
      if (hash) {
        key = cache.key(task.path, hash);
        docs = await cache.get(key);
        if (docs) {
          hits++;
          cached[i] = true;
        }
      }
    }
    if (!docs) {
      docs = await pool.read(task).catch((err: unknown) => readDocumentInThread(task, err));
      // A failed read caused by the file system (permissions) is not cached: it may be fixed without changing the bytes.
      if (cache && key && docs.every((d) => d.sha256)) await cache.set(key, docs).catch(() => (cacheFailures += 1));
    }
    results[i] = docs;
    done++;
    progress?.('read', done, tasks.length, task.path);
  }

  async function readDocumentInThread(task: ReadTask, err: unknown): Promise<Doc[]> {
    // The worker died (out of memory, a crash in a native module): try once more in this thread.
    void err;
    return readDocument(task, registry);
  }

  try {
    let next = 0;
    const lanes = Math.max(1, pool.threads * 2);
    await Promise.all(
      Array.from({ length: Math.min(lanes, tasks.length) }, async () => {
        while (next < tasks.length) await one(next++);
      }),
    );
  } finally {
    await pool.close();
  }

  const docs = results.flat();
  const messages = [...scan.messages];
  // metadata.csv at the top, then those of sub-folders (a sub-folder's file names paths relative to it;
  // applied after the top one, so the nearer description wins)
  const metaPaths = [...scan.metadataFiles].sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0));
  for (const rel of metaPaths) {
    const folder = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
    const meta = await readMetadata(join(root, rel), rel);
    const rows = meta.rows.map((r) => ({ ...r, path: folder + r.path }));
    messages.push(...meta.messages, ...applyMetadata(docs, rows, rel, folder));
  }
  // the same publication exported twice (or from two databases) counts once
  if (!options.keepDuplicates) messages.push(...markDuplicateRecords(docs).messages);
  if (cacheFailures > 0) {
    messages.push(
      message('warning', 'ingest', 'cache-unwritable', '', `${cacheFailures} documents could not be stored in the cache ${options.cacheDir}; the next run will read them again`, {
        note: 'Check the free disk space and the permissions of the cache folder.',
      }),
    );
  }
  const files = tasks.map((t, i) => {
    const ds = results[i] ?? [];
    const first = ds[0];
    return {
      path: t.path,
      sha256: first?.sha256 ?? '',
      bytes: first?.bytes ?? 0,
      format: first?.format ?? '',
      documents: ds.length,
      status: ds.every((d) => d.status === 'ok') ? 'ok' : ds.some((d) => d.status === 'ok') ? 'partial' : (ds[0]?.status ?? 'failed'),
      cached: cached[i] ?? false,
    };
  });
  return { docs, messages, files, cache: { hits, misses: tasks.length - hits }, threads: pool.threads };
}
