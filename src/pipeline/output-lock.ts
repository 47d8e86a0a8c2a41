import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../core/errors.js';

const LOCK = '.corpus-lens.lock';

/**
 * Takes the output folder for this process, so that two runs never write into it at once. A lock left
 * by a process that no longer exists (killed with -9) is taken over. Returns the release function.
 */
export async function lockOutput(outDir: string): Promise<() => Promise<void>> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (err) {
    throw new UsageError('output-unwritable', `The output folder ${outDir} cannot be created: ${(err as Error).message}`);
  }
  const file = join(outDir, LOCK);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        await rm(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new UsageError('output-unwritable', `The output folder ${outDir} cannot be written: ${(err as Error).message}`);
      }
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new UsageError('output-locked', `Another corpus-lens run (process ${pid}) is writing to ${outDir}; wait for it to finish or choose another --out folder`);
      }
      await rm(file, { force: true });
    }
  }
  throw new UsageError('output-locked', `Could not lock the output folder ${outDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
