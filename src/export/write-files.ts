import { mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** A file an exporter produced: a path relative to the output folder and its contents. */
export interface OutputFile {
  path: string;
  contents: string | Uint8Array;
}

/**
 * Writes files under `outDir`, each atomically (a temporary file renamed into place), so that a run
 * killed half way never leaves a half-written file looking complete.
 */
export async function writeFiles(outDir: string, files: readonly OutputFile[]): Promise<void> {
  const dirs = new Set(files.map((f) => dirname(join(outDir, f.path))));
  for (const d of dirs) await mkdir(d, { recursive: true });
  for (const f of files) {
    await writeFileAtomic(join(outDir, f.path), typeof f.contents === 'string' ? f.contents : Buffer.from(f.contents));
  }
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
    if (name.endsWith(ext) && !keep.has(rel)) {
      await rm(join(outDir, rel), { force: true });
      removed++;
    }
  }
  return removed;
}
