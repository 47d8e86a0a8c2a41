import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { isCacheTempFile, isTempFile } from '../../src/export/write-files.js';

/** The repository, the built CLI (dist/, `npm run build`) and the sample corpus. */
export const root = resolve(import.meta.dirname, '..', '..');
export const bin = join(root, 'dist', 'cli', 'bin.js');
export const sampleCorpus = join(root, 'corpus');

/**
 * Runs the built CLI in a child process and waits for it without blocking this thread (a blocked
 * test worker loses its link to vitest on a long run).
 */
export function runBuilt(args: readonly string[]): Promise<{ status: number | null; stderr: string; ms: number }> {
  const start = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stderr, ms: performance.now() - start }));
  });
}

/** Every file below `dir`, hidden ones too, relative with / between folders, sorted. */
export function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** The files a run's outputs are compared by: not hidden (no cache, no lock, no temporary file), not manifest.json. */
export function outputFiles(dir: string): string[] {
  return allFiles(dir).filter((f) => f !== 'manifest.json' && !f.split('/').some((part) => part.startsWith('.')));
}

/** The temporary files of atomic writes below `dir`, the cache's included: a run that ended leaves none. */
export function tempFiles(dir: string): string[] {
  return allFiles(dir).filter((f) => isTempFile(basename(f)) || isCacheTempFile(basename(f)));
}
