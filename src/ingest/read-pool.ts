import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Doc } from '../core/doc.js';
import type { Registry } from '../core/registry.js';
import { readDocument, type ReadTask } from './read-document.js';

interface Pending {
  resolve: (docs: Doc[]) => void;
  reject: (err: Error) => void;
}

/**
 * Reads documents on `size` worker threads, or in this thread when size is 1 or when the compiled
 * worker is not available (running from TypeScript sources, as the tests do).
 */
export class ReadPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { seq: number; task: ReadTask }[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, number>();
  private seq = 0;

  constructor(
    size: number,
    private readonly registry: Registry,
  ) {
    const workerFile = fileURLToPath(new URL('./read-worker.js', import.meta.url));
    if (size <= 1 || !import.meta.url.endsWith('.js') || !existsSync(workerFile)) return;
    for (let i = 0; i < size; i++) {
      const worker = new Worker(workerFile);
      worker.on('message', (msg: { seq: number; docs?: Doc[]; error?: string }) => this.done(worker, msg));
      worker.on('error', (err) => this.crashed(worker, err));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Number of threads reading at once. */
  get threads(): number {
    return Math.max(1, this.workers.length);
  }

  read(task: ReadTask): Promise<Doc[]> {
    if (this.workers.length === 0) return readDocument(task, this.registry);
    const seq = ++this.seq;
    return new Promise<Doc[]>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.queue.push({ seq, task });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job.seq);
      worker.postMessage(job);
    }
  }

  private done(worker: Worker, msg: { seq: number; docs?: Doc[]; error?: string }): void {
    this.busy.delete(worker);
    this.idle.push(worker);
    const p = this.pending.get(msg.seq);
    this.pending.delete(msg.seq);
    if (p) {
      if (msg.docs) p.resolve(msg.docs);
      else p.reject(new Error(msg.error ?? 'worker failed'));
    }
    this.pump();
  }

  private crashed(worker: Worker, err: Error): void {
    const seq = this.busy.get(worker);
    this.busy.delete(worker);
    if (seq !== undefined) {
      this.pending.get(seq)?.reject(err);
      this.pending.delete(seq);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
