import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { outputWriteError, writeFailureCause } from '../export/write-files.js';

const LOCK = '.corpus-lens.lock';

/**
 * Takes the output folder for this process, so that two runs never write into it at once. A lock left
 * by a process that no longer exists (killed with -9) is taken over. Returns the release function.
 */
export async function lockOutput(outDir: string): Promise<() => Promise<void>> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (err) {
    throw unwritable(outDir, 'created', err);
  }
  const file = join(outDir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    let handle;
    try {
      handle = await open(file, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw unwritable(outDir, 'written', err);
      }
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new UsageError('output-locked', `Another corpus-lens run (process ${pid}) is writing to ${outDir}; wait for it to finish or choose another --out folder`);
      }
      await rm(file, { force: true });
      continue;
    }
    try {
      await handle.writeFile(String(process.pid));
      await handle.close();
    } catch (err) {
      // a full disk can let the lock file be created and not written: leave no empty lock behind
      await handle.close().catch(() => undefined);
      await rm(file, { force: true }).catch(() => undefined);
      throw outputWriteError(err, outDir, LOCK);
    }
    return async () => {
      await rm(file, { force: true });
    };
  }
  throw new UsageError('output-locked', `Could not lock the output folder ${outDir}`);
}

function unwritable(outDir: string, what: 'created' | 'written', err: unknown): UsageError {
  const cause = writeFailureCause(err);
  const why = cause ? `${cause.why} (${cause.errno}). ${cause.todo}.` : (err as Error).message;
  return new UsageError('output-unwritable', `The output folder ${outDir} cannot be ${what}: ${why}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
