import { parentPort } from 'node:worker_threads';
import { createRegistry } from './index.js';
import { readDocument, type ReadTask } from './read-document.js';

/** Worker thread body: reads documents sent by ReadPool, one task at a time. */
const registry = createRegistry();
parentPort?.on('message', (msg: { seq: number; task: ReadTask }) => {
  readDocument(msg.task, registry).then(
    (docs) => parentPort?.postMessage({ seq: msg.seq, docs }),
    (err: unknown) => parentPort?.postMessage({ seq: msg.seq, error: err instanceof Error ? err.message : String(err) }),
  );
});
