import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import { failJob, pairWorkspace, runChunks, type ChunkJob } from './pair-kernel.js';

/**
 * Worker thread body for countSharedPairs (pair-counts.ts): started while the matrix is being
 * prepared, it waits for the job on its port, counts chunks of rows until none are left, and ends.
 */
const port = (workerData as { port: MessagePort }).port;
port.once('message', (job: ChunkJob) => {
  try {
    runChunks(job, pairWorkspace(job.matrix.n, job.sharedBytes, job.frac !== null, null), job.workerChunks, false);
  } catch (err) {
    port.postMessage(err instanceof Error ? err.message : String(err));
    failJob(job.ctl, err);
  } finally {
    port.close();
  }
});
