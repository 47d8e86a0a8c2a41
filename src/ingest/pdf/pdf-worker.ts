/**
 * Worker-thread entry of the PDF pool (pdf-pool.ts): reads the PDF at a path with readPdf and posts
 * back the Extracted result, or the DocumentError as plain data. Runs from dist/ only.
 */
import { readFile } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { CorpusLensError, DocumentError } from '../../core/errors.js';
import { readPdf } from './read-pdf.js';
import type { PoolReply, PoolRequest, WorkerMemory } from './pdf-pool.js';

let peakHeap = 0;

/** Heap of this worker's isolate, in bytes: now and the largest seen after a document. */
function memory(): WorkerMemory {
  const h = getHeapStatistics();
  const now = h.total_heap_size + h.external_memory;
  peakHeap = Math.max(peakHeap, now);
  return { heapBytes: now, peakHeapBytes: peakHeap, peakMallocedBytes: h.peak_malloced_memory };
}

/** Handles one request from the pool. */
async function handle(req: PoolRequest): Promise<PoolReply> {
  if (req.type === 'memory') return { id: req.id, ok: true, memory: memory() };
  try {
    const bytes = new Uint8Array(await readFile(req.absPath));
    const result = await readPdf({ path: req.path, absPath: req.absPath, bytes }, req.options);
    memory();
    return { id: req.id, ok: true, result };
  } catch (err) {
    memory();
    if (err instanceof DocumentError) {
      return { id: req.id, ok: false, error: { kind: 'document', code: err.code, message: err.message, note: err.note, page: err.page } };
    }
    const code = err instanceof CorpusLensError ? err.code : 'pdf-read-failed';
    const message = err instanceof Error ? err.message : String(err);
    const errno = (err as NodeJS.ErrnoException | undefined)?.code;
    if (typeof errno === 'string') {
      return { id: req.id, ok: false, error: { kind: 'document', code: 'file-unreadable', message: `Cannot read ${req.path}: ${message}` } };
    }
    return { id: req.id, ok: false, error: { kind: 'other', code, message } };
  }
}

parentPort?.on('message', (req: PoolRequest) => {
  void handle(req).then((reply) => parentPort?.postMessage(reply));
});
