import { link, mkdir, open, readFile, rm } from 'node:fs/promises';
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
  for (let attempt = 0; attempt < 40; attempt++) {
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
    if (!(await removeStale(outDir, file, seen))) await sleep(5 + 5 * Math.min(attempt, 10));
  }
  throw new UsageError('output-locked', `Could not lock the output folder ${outDir}: other runs keep taking it; wait for them to finish or choose another --out folder`);
}

/**
 * Removes a dead run's lock that holds `seen`, under a second lock (the takeover lock, made the same
 * way), so that of several runs finding the same dead lock only one removes it, and never a lock a
 * live run has taken meanwhile: the lock is read again while the takeover lock is held. False when
 * another run is taking over now (try again shortly).
 */
async function removeStale(outDir: string, file: string, seen: number): Promise<boolean> {
  const takeover = `${file}.takeover`;
  if (!(await createLock(outDir, takeover))) {
    // a takeover lock left by a run that died while holding it (a moment's window) is removed
    const holder = await readPid(takeover);
    if (holder !== null && (holder === 0 || !isAlive(holder))) await rm(takeover, { force: true });
    return false;
  }
  try {
    if ((await readPid(file)) === seen) await rm(file, { force: true });
  } finally {
    await rm(takeover, { force: true });
  }
  return true;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Creates the lock file holding this process's id; false when a lock file exists already. */
async function createLock(outDir: string, file: string): Promise<boolean> {
  const temp = tempPath(file);
  await writePidFile(outDir, temp, 'w');
  try {
    await link(temp, file);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // the temporary file was swept away by the run holding the lock: look at the lock again
    if (code === 'ENOENT') return false;
    // a file system without hard links: create the lock exclusively, then write the id
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return writePidFile(outDir, file, 'wx');
    throw outputWriteError(err, outDir, LOCK);
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}

/**
 * Writes this process's id to `path`, opened with `flags` ('wx': false when the file exists). A file
 * created but not written (a full disk) is removed before the error is thrown.
 */
async function writePidFile(outDir: string, path: string, flags: 'w' | 'wx'): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, flags);
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
    await rm(path, { force: true }).catch(() => undefined);
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
