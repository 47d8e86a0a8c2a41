/**
 * A pool of worker threads that read PDFs in parallel (one document per worker at a time). Workers
 * load dist/ingest/pdf/pdf-worker.js, so the pool works from the compiled code only (or with an
 * explicit workerFile). A worker that dies is replaced; its document fails with pdf-worker-failed.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Extracted } from '../../core/doc.js';
import { DocumentError } from '../../core/errors.js';
import type { ReadOptions } from '../../core/registry.js';

/** Heap of one worker's isolate, in bytes. */
export interface WorkerMemory {
  heapBytes: number;
  peakHeapBytes: number;
  peakMallocedBytes: number;
}

export type PoolRequest =
  | { type: 'read'; id: number; absPath: string; path: string; options: ReadOptions }
  | { type: 'memory'; id: number };

export type PoolReply =
  | { id: number; ok: true; result: Extracted }
  | { id: number; ok: true; memory: WorkerMemory }
  | {
      id: number;
      ok: false;
      error: { kind: 'document' | 'other'; code: string; message: string; note?: string | undefined; page?: number | undefined };
    };

export interface PdfPool {
  /** Reads the PDF at absPath; `path` (corpus-relative) is used in messages, absPath when absent. */
  read(absPath: string, options: Readonly<ReadOptions>, path?: string): Promise<Extracted[]>;
  /** The heap of each worker, in pool order. */
  memory(): Promise<WorkerMemory[]>;
  /** Stops the workers; pending reads fail. */
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  busy: Task | undefined;
}

interface Task {
  request: PoolRequest;
  /** Only this worker may take the task (memory requests). */
  slot?: number;
  resolve(value: PoolReply): void;
  reject(err: Error): void;
}

/** Starts `size` PDF worker threads. */
export function createPdfPool(size: number, opts: { workerFile?: string } = {}): PdfPool {
  const workerFile = opts.workerFile ?? fileURLToPath(new URL('./pdf-worker.js', import.meta.url));
  if (!existsSync(workerFile)) {
    throw new Error(`PDF worker not found at ${workerFile}: the PDF pool runs from the compiled code (npm run build)`);
  }
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(workerFile), busy: undefined };
    slot.worker.on('message', (reply: PoolReply) => {
      const task = slot.busy;
      slot.busy = undefined;
      task?.resolve(reply);
      pump();
    });
    const fail = (err: Error): void => {
      const task = slot.busy;
      slot.busy = undefined;
      if (task) task.reject(err);
      const i = slots.indexOf(slot);
      if (i >= 0 && !closed) {
        slots[i] = spawn();
        pump();
      }
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!closed) fail(new Error(`PDF worker stopped (exit code ${code})`));
    });
    return slot;
  };

  const pump = (): void => {
    slots.forEach((slot, index) => {
      if (slot.busy) return;
      const at = queue.findIndex((t) => t.slot === undefined || t.slot === index);
      if (at < 0) return;
      const task = queue.splice(at, 1)[0] as Task;
      slot.busy = task;
      slot.worker.postMessage(task.request);
    });
  };

  const submit = (request: PoolRequest, slot?: number): Promise<PoolReply> =>
    new Promise((resolve, reject) => {
      if (closed) {
        reject(new Error('The PDF pool is closed'));
        return;
      }
      const task: Task = { request, resolve, reject };
      if (slot !== undefined) task.slot = slot;
      queue.push(task);
      pump();
    });

  for (let i = 0; i < Math.max(1, size); i++) slots.push(spawn());

  return {
    async read(absPath, options, path = absPath) {
      const id = nextId++;
      let reply: PoolReply;
      try {
        reply = await submit({ type: 'read', id, absPath, path, options: { ...options } });
      } catch (err) {
        const why = err instanceof Error ? err.message : String(err);
        throw new DocumentError('pdf-worker-failed', `Reading ${path} stopped the PDF worker (${why}); it may be too large`, {
          note: 'Try again with fewer parallel jobs, or with the poppler PDF engine.',
        });
      }
      if (!reply.ok) {
        const { error } = reply;
        if (error.kind === 'document') {
          const o: { note?: string; page?: number } = {};
          if (error.note !== undefined) o.note = error.note;
          if (error.page !== undefined) o.page = error.page;
          throw new DocumentError(error.code, error.message, o);
        }
        throw new Error(error.message);
      }
      if (!('result' in reply)) throw new Error('PDF worker answered a read with something else');
      return [reply.result];
    },
    async memory() {
      // Each worker answers once it is idle, so this waits for running reads.
      return Promise.all(
        slots.map(async (_, index) => {
          const reply = await submit({ type: 'memory', id: nextId++ }, index);
          return reply.ok && 'memory' in reply ? reply.memory : { heapBytes: 0, peakHeapBytes: 0, peakMallocedBytes: 0 };
        }),
      );
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) task.reject(new Error('The PDF pool was closed'));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
