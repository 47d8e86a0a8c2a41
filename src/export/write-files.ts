import { mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { threadId } from 'node:worker_threads';
import { CorpusLensError } from '../core/errors.js';

/** A file an exporter produced: a path relative to the output folder and its contents. */
export interface OutputFile {
  path: string;
  contents: string | Uint8Array;
}

/**
 * An output file (or folder) that could not be written: the disk is full, the folder is read-only or
 * not ours. `path` is the file being written, relative to the output folder. The CLI exits with 2.
 */
export class OutputWriteError extends CorpusLensError {
  readonly path: string;
  /** The system's error code (ENOSPC, EDQUOT, EROFS, EACCES, …), or '' when there was none. */
  readonly errno: string;
  constructor(code: string, message: string, path: string, errno: string) {
    super(code, message);
    this.path = path;
    this.errno = errno;
  }
}

/** Marks the temporary files of an atomic write: `.<name>.<TEMP_MARK><pid>-<thread>-<n>`. */
const TEMP_MARK = 'corpus-lens-tmp-';
let tempCount = 0;

/**
 * Writes files under `outDir`, each atomically (a temporary file, flushed to disk, renamed into place),
 * so that a run killed or stopped by a full disk never leaves a half-written file looking complete.
 * Throws OutputWriteError naming the file and the cause (disk full, read-only, no permission).
 */
export async function writeFiles(outDir: string, files: readonly OutputFile[]): Promise<void> {
  const dirs = [...new Set(files.map((f) => dirname(join(outDir, f.path))))];
  for (const d of dirs) {
    try {
      await mkdir(d, { recursive: true });
    } catch (err) {
      throw outputWriteError(err, outDir, relative(outDir, d) || '.');
    }
  }
  // a few files at once, so that the disk flushes of one overlap the writing of others
  let next = 0;
  const failures: { index: number; err: unknown }[] = [];
  const lane = async (): Promise<void> => {
    while (failures.length === 0 && next < files.length) {
      const index = next++;
      const f = files[index]!;
      try {
        await writeAtomic(join(outDir, f.path), f.contents);
      } catch (err) {
        failures.push({ index, err });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITE_LANES, files.length) }, lane));
  // the first file in the list that failed is the one reported, whatever order the lanes ran in
  const first = failures.sort((a, b) => a.index - b.index)[0];
  if (first) throw outputWriteError(first.err, outDir, files[first.index]!.path);
}

/** Files written at once by writeFiles. */
const WRITE_LANES = 8;

/**
 * Writes one file atomically: the contents go to a hidden temporary file beside the target, which is
 * flushed and then renamed over the target. On any failure the temporary file is removed and the
 * target keeps its earlier contents (or stays absent).
 */
export async function writeAtomic(target: string, contents: string | Uint8Array): Promise<void> {
  const temp = tempPath(target);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'w');
    // FileHandle.writeFile goes on after a short write, so a nearly full disk fails with ENOSPC
    // instead of leaving a shorter file.
    await handle.writeFile(contents);
    await handle.sync();
    const h = handle;
    handle = undefined;
    await h.close();
    await rename(temp, target);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/**
 * A new hidden temporary name beside `target` (`.<name>.corpus-lens-tmp-<pid>-<thread>-<n>`), which
 * removeTempFiles sweeps away if the process dies before renaming it. The name is cut so that it stays
 * within the 255 bytes file systems allow.
 */
export function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target).slice(0, 80)}.${TEMP_MARK}${process.pid}-${threadId}-${++tempCount}`);
}

/** True when `name` is a temporary file of writeAtomic. */
export function isTempFile(name: string): boolean {
  return name.includes(`.${TEMP_MARK}`);
}

/** True when `name` is a temporary file write-file-atomic left in the document cache (`<key>.json.<n>`). */
export function isCacheTempFile(name: string): boolean {
  return /^[0-9a-f]{64}\.json\.\d+$/.test(name);
}

/**
 * Removes the temporary files that runs killed half way (kill -9, power cut) left in the output folder
 * and its sub-folders, and in its document cache (`.cache/xx/`). Looks no deeper: outputs lie at most
 * one folder down, so an output folder that holds other things is not searched through. Call it only
 * while holding the output folder's lock. Returns how many were removed.
 */
export async function removeTempFiles(outDir: string): Promise<number> {
  let removed = 0;
  const walk = async (dir: string, depth: number, inCache: boolean): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        const cache = inCache || (depth === 0 && e.name === '.cache');
        if (depth < (cache ? 2 : 1)) await walk(p, depth + 1, cache);
      } else if (isTempFile(e.name) || (inCache && isCacheTempFile(e.name))) {
        await rm(p, { force: true }).catch(() => undefined);
        removed++;
      }
    }
  };
  await walk(outDir, 0, false);
  return removed;
}

/** Removes the files of `dir` (relative to outDir) that end with `ext` and are not in `keep`. */
export async function removeStale(outDir: string, dir: string, ext: string, keep: ReadonlySet<string>): Promise<number> {
  let names: string[];
  try {
    names = await readdir(join(outDir, dir));
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const rel = `${dir}/${name}`;
    if (name.endsWith(ext) && !keep.has(rel) && !name.startsWith('.')) {
      try {
        await rm(join(outDir, rel), { force: true });
      } catch (err) {
        throw outputWriteError(err, outDir, rel);
      }
      removed++;
    }
  }
  return removed;
}

/** What a scholar is told for each system error code when an output cannot be written. */
const CAUSES: Readonly<Record<string, { code: string; why: string; todo: string }>> = {
  ENOSPC: {
    code: 'output-disk-full',
    why: 'the disk is full',
    todo: 'Free some space on that disk (or give --out a folder on a disk with room), then run again',
  },
  EDQUOT: {
    code: 'output-disk-full',
    why: 'the disk is full for you: your disk quota is used up',
    todo: 'Free some of your space (or give --out a folder on another disk), then run again',
  },
  EROFS: {
    code: 'output-read-only',
    why: 'the disk is read-only',
    todo: 'Give --out a folder on a disk that can be written, then run again',
  },
  EACCES: {
    code: 'output-no-permission',
    why: 'you have no permission to write there',
    todo: 'Give --out a folder of your own, or ask for write permission on this one, then run again',
  },
  EPERM: {
    code: 'output-no-permission',
    why: 'the system does not permit writing there',
    todo: 'Give --out a folder of your own, then run again',
  },
};

/** Why a write failed and what to do, in words, for the system errors a scholar can fix; undefined for others. */
export function writeFailureCause(err: unknown): { code: string; errno: string; why: string; todo: string } | undefined {
  const errno = (err as NodeJS.ErrnoException | undefined)?.code ?? '';
  const cause = CAUSES[errno];
  return cause ? { ...cause, errno } : undefined;
}

/**
 * Turns a failed write of `rel` (relative to outDir) into an OutputWriteError with a message a scholar
 * understands: which file, why (disk full, read-only, no permission), what to do.
 */
export function outputWriteError(err: unknown, outDir: string, rel: string): CorpusLensError {
  if (err instanceof CorpusLensError) return err;
  const cause = writeFailureCause(err);
  const where = `${rel.split(sep).join('/')} in the output folder ${outDir}`;
  const after = 'The files written before are complete, and no half-written file was left in place';
  if (cause) {
    return new OutputWriteError(cause.code, `Could not write ${where}: ${cause.why} (${cause.errno}). ${cause.todo}. ${after}.`, rel, cause.errno);
  }
  const detail = err instanceof Error ? err.message : String(err);
  const errno = (err as NodeJS.ErrnoException | undefined)?.code ?? '';
  return new OutputWriteError('output-write-failed', `Could not write ${where}: ${detail}. ${after}.`, rel, errno);
}
