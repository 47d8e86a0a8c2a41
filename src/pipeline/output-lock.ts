import { link, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';
import { outputWriteError, tempPath, writeFailureCause } from '../export/write-files.js';

const LOCK = '.corpus-lens.lock';

/**
 * Takes the output folder for this process, so that two runs never write into it at once. The lock
 * file appears whole or not at all: the process id is written to a temporary file which is then
 * hard-linked to the lock's name (a link fails when the name exists), so another run never reads an
 * empty lock and takes it for a dead one. A lock left by a process that no longer exists (killed with
 * -9) is taken over. Returns the release function.
 */
export async function lockOutput(outDir: string): Promise<() => Promise<void>> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (err) {
    throw unwritable(outDir, 'created', err);
  }
  const file = join(outDir, LOCK);
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await createLock(outDir, file)) {
      return async () => {
        await rm(file, { force: true });
      };
    }
    const seen = await readPid(file);
    if (seen === null) continue; // released meanwhile
    if (seen !== 0 && seen !== process.pid && isAlive(seen)) {
      throw new UsageError('output-locked', `Another corpus-lens run (process ${seen}) is writing to ${outDir}; wait for it to finish or choose another --out folder`);
    }
    await takeStale(file, seen);
  }
  throw new UsageError('output-locked', `Could not lock the output folder ${outDir}: other runs keep taking it; wait for them to finish or choose another --out folder`);
}

/** Creates the lock file holding this process's id; false when a lock file exists already. */
async function createLock(outDir: string, file: string): Promise<boolean> {
  const temp = tempPath(file);
  let handle;
  try {
    handle = await open(temp, 'w');
  } catch (err) {
    throw unwritable(outDir, 'written', err);
  }
  try {
    try {
      await handle.writeFile(String(process.pid));
    } finally {
      await handle.close();
    }
  } catch (err) {
    // a full disk can let the file be created and not written: leave nothing behind
    await rm(temp, { force: true }).catch(() => undefined);
    throw outputWriteError(err, outDir, LOCK);
  }
  try {
    await link(temp, file);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // the temporary file was swept away by the run holding the lock: look at the lock again
    if (code === 'ENOENT') return false;
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return createWithoutLink(outDir, file);
    throw outputWriteError(err, outDir, LOCK);
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/** On a file system without hard links: create the lock exclusively, then write the id. */
async function createWithoutLink(outDir: string, file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw unwritable(outDir, 'written', err);
  }
  try {
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(file, { force: true }).catch(() => undefined);
    throw outputWriteError(err, outDir, LOCK);
  }
}

/** The process id in a lock file: null when there is no file, 0 when it holds no number. */
async function readPid(file: string): Promise<number | null> {
  try {
    const pid = Number((await readFile(file, 'utf8')).trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return 0;
  }
}

/**
 * Removes a dead run's lock holding `seen`. It is first moved aside under a name of this process, so
 * that of two runs taking over at once only one moves it; if what was moved is not the dead lock (a
 * run took the folder meanwhile), it is put back.
 */
async function takeStale(file: string, seen: number): Promise<void> {
  const aside = `${file}.stale-${process.pid}`;
  try {
    await rename(file, aside);
  } catch {
    return; // another run moved it first
  }
  const moved = await readPid(aside);
  if (moved !== seen && moved !== null) await link(aside, file).catch(() => undefined);
  await rm(aside, { force: true }).catch(() => undefined);
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
