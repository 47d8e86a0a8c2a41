import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { allFiles, bin, outputFiles, runBuilt as run, sampleCorpus as corpus, tempFiles } from './built-cli.js';

/*
 * A real full disk: the built CLI writes the sample corpus's outputs onto a small tmpfs, of a few sizes
 * below what a run needs. Needs Linux, root and the right to mount (CI runs as root); skipped otherwise.
 * Each mount is removed at the end, whatever happened.
 */

function sh(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

/** True when this process can mount a tmpfs (tried on a throw-away folder). */
function canMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !existsSync(bin)) return false;
  const probe = mkdtempSync(join(tmpdir(), 'corpus-lens-mount-probe-'));
  const ok = sh('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]);
  if (ok) sh('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
}

const mounts: string[] = [];

/** Mounts a tmpfs of `kb` kilobytes on a new folder; afterAll unmounts it. */
function mountTmpfs(kb: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-lens-tmpfs-'));
  if (!sh('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir])) throw new Error(`cannot mount a tmpfs on ${dir}`);
  mounts.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of mounts) {
    if (!sh('umount', [dir])) sh('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Kilobytes a folder takes on a tmpfs: its files in 4 KB pages. */
function kilobytes(dir: string): number {
  return allFiles(dir).reduce((n, f) => n + Math.ceil(statSync(join(dir, f)).size / 4096) * 4, 0);
}

describe.skipIf(!canMount())('a real full disk (tmpfs; Linux, root)', () => {
  const clean = join(tempDir(), 'clean');

  it('stops with exit 2 and a clear message, leaves only whole files, and a run with room gives the clean outputs', async () => {
    expect((await run(['run', corpus, '--out', clean, '--quiet'])).status).toBe(0);
    const cleanFiles = outputFiles(clean);
    const need = kilobytes(clean);
    for (const share of [0.15, 0.5, 0.85]) {
      const disk = mountTmpfs(Math.floor((need * share) / 4) * 4);
      const out = join(disk, 'out');
      const r = await run(['run', corpus, '--out', out, '--quiet']);
      expect(r.status, `${share}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/^corpus-lens: Could not write \S+ in the output folder .*: the disk is full \(ENOSPC\)\. Free some space on that disk/m);
      const got = allFiles(out);
      expect(tempFiles(out), `temporary files at ${share}`).toEqual([]);
      expect(got).not.toContain('manifest.json');
      expect(got).not.toContain('.corpus-lens.lock');
      // every file there is whole: the clean run's bytes (cache entries too: same input, same entry)
      for (const f of got) expect(readFileSync(join(out, f)).equals(readFileSync(join(clean, f))), `${f} at ${share}`).toBe(true);
      // room again
      expect(sh('mount', ['-o', 'remount,size=256m', disk])).toBe(true);
      const again = await run(['run', corpus, '--out', out, '--quiet']);
      expect(again.status, again.stderr).toBe(0);
      const after = outputFiles(out);
      expect(after).toEqual(cleanFiles);
      expect(tempFiles(out)).toEqual([]);
      for (const f of after) expect(readFileSync(join(out, f)).equals(readFileSync(join(clean, f))), `${f} after room at ${share}`).toBe(true);
    }
  }, 180_000);

  it('a read-only disk: exit 2, says so, changes nothing', async () => {
    const disk = mountTmpfs(256 * 1024);
    const out = join(disk, 'out');
    expect((await run(['run', corpus, '--out', out, '--quiet'])).status).toBe(0);
    const before = allFiles(out).map((f) => [f, readFileSync(join(out, f))] as const);
    expect(sh('mount', ['-o', 'remount,ro', disk])).toBe(true);
    const r = await run(['run', corpus, '--out', out, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`corpus-lens: The output folder ${out} cannot be written: the disk is read-only (EROFS). Give --out a folder on a disk that can be written, then run again.`);
    for (const [f, bytes] of before) expect(readFileSync(join(out, f)).equals(bytes), f).toBe(true);
  }, 60_000);
});
