import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isCacheTempFile, isTempFile, OutputWriteError, outputWriteError, removeStale, removeTempFiles, writeFiles } from '../../src/export/write-files.js';
import { tempDir } from '../helpers/cli.js';

// Every write of this file can be made to fail like a full disk: the handle writes half of the data,
// then throws the error, as the kernel does when the disk fills during a write.
const fault = vi.hoisted(() => ({ at: 0, count: 0, errno: 'ENOSPC', name: '' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const { halfWriteThenFail, systemError } = await import('./failing-handle.js');
  const open = (async (path: string, flags?: string, mode?: number) => {
    const handle = await real.open(path, flags, mode);
    if (flags !== 'w') return handle;
    // by name (files are written several at once, so the order of opens is not fixed), or the Nth open
    const hit = fault.name !== '' ? String(path).includes(`.${fault.name}.corpus-lens-tmp`) : ++fault.count === fault.at;
    if (!hit) return handle;
    return halfWriteThenFail(handle, () => systemError(fault.errno, 'write'));
  }) as typeof real.open;
  return { ...real, open, default: { ...real, open } };
});

afterEach(() => {
  fault.at = 0;
  fault.count = 0;
  fault.errno = 'ENOSPC';
  fault.name = '';
});

function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('writeFiles', () => {
  it('writes every file, creating folders, and leaves no temporary file', async () => {
    const out = tempDir();
    await writeFiles(out, [
      { path: 'a.csv', contents: 'x,y\n' },
      { path: 'sub/deeper/b.bin', contents: new Uint8Array([0, 1, 2]) },
    ]);
    expect(listAll(out)).toEqual(['a.csv', 'sub/deeper/b.bin']);
    expect(readFileSync(join(out, 'a.csv'), 'utf8')).toBe('x,y\n');
    expect([...readFileSync(join(out, 'sub/deeper/b.bin'))]).toEqual([0, 1, 2]);
  });

  it('on a full disk names the file, keeps the earlier version whole and removes the half-written temporary file', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'b.csv'), 'old b\n');
    fault.name = 'b.csv';
    const err = await writeFiles(out, [
      { path: 'a.csv', contents: 'new a\n' },
      { path: 'b.csv', contents: 'new b, long enough to be cut in half\n' },
      { path: 'c.csv', contents: 'new c\n' },
    ]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputWriteError);
    expect((err as OutputWriteError).code).toBe('output-disk-full');
    expect((err as OutputWriteError).path).toBe('b.csv');
    expect((err as Error).message).toBe(
      `Could not write b.csv in the output folder ${out}: the disk is full (ENOSPC). Free some space on that disk (or give --out a folder on a disk with room), then run again. ` +
        'The files written before are complete, and no half-written file was left in place.',
    );
    // files are written a few at once: c.csv may be written, whole, or not at all
    expect(listAll(out).filter((f) => f !== 'c.csv')).toEqual(['a.csv', 'b.csv']);
    if (listAll(out).includes('c.csv')) expect(readFileSync(join(out, 'c.csv'), 'utf8')).toBe('new c\n');
    expect(readFileSync(join(out, 'b.csv'), 'utf8')).toBe('old b\n');
  });

  const causes: [string, string, RegExp][] = [
    ['EDQUOT', 'output-disk-full', /disk quota is used up \(EDQUOT\)/],
    ['EROFS', 'output-read-only', /the disk is read-only \(EROFS\)\. Give --out a folder on a disk that can be written/],
    ['EACCES', 'output-no-permission', /no permission to write there \(EACCES\)/],
    ['EIO', 'output-write-failed', /EIO: no space left on device, write/],
  ];
  for (const [errno, code, says] of causes) {
    it(`turns ${errno} into ${code}`, async () => {
      const out = tempDir();
      fault.at = 1;
      fault.errno = errno;
      const err = (await writeFiles(out, [{ path: 'x/a.csv', contents: 'a\n' }]).catch((e: unknown) => e)) as OutputWriteError;
      expect([err.code, err.path, err.errno]).toEqual([code, 'x/a.csv', errno]);
      expect(err.message).toMatch(says);
      expect(listAll(out)).toEqual([]);
    });
  }

  it('names the folder when a folder cannot be created', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'sub'), 'a file where a folder should be');
    const err = (await writeFiles(out, [{ path: 'sub/a.csv', contents: 'a\n' }]).catch((e: unknown) => e)) as OutputWriteError;
    expect(err.code).toBe('output-write-failed');
    expect(err.path).toBe('sub');
    expect(err.message).toMatch(/^Could not write sub in the output folder /);
  });
});

describe('temporary files', () => {
  it('recognises the temporary files of this writer and of the cache, and nothing else', () => {
    expect(isTempFile('.documents.csv.corpus-lens-tmp-123-0-4')).toBe(true);
    expect(isTempFile('documents.csv')).toBe(false);
    expect(isTempFile('.corpus-lens.lock')).toBe(false);
    expect(isCacheTempFile(`${'ab'.repeat(32)}.json.3312456`)).toBe(true);
    expect(isCacheTempFile(`${'ab'.repeat(32)}.json`)).toBe(false);
  });

  it('removes those a killed run left, in every folder, the cache included', async () => {
    const out = tempDir();
    mkdirSync(join(out, 'graphs'));
    mkdirSync(join(out, '.cache', 'ab'), { recursive: true });
    const entry = `${'ab'.repeat(32)}.json`;
    mkdirSync(join(out, 'other', 'deeper'), { recursive: true });
    const files = [
      'a.csv', '.a.csv.corpus-lens-tmp-99-0-1', 'graphs/.x.gexf.corpus-lens-tmp-99-0-2', `.cache/ab/${entry}`, `.cache/ab/${entry}.12345`,
      // not ours to remove: a cache-like name outside the cache, a file deeper than outputs lie
      `graphs/${entry}.12345`, 'other/deeper/.y.corpus-lens-tmp-1-0-1',
    ];
    for (const f of files) writeFileSync(join(out, f), 'x');
    expect(await removeTempFiles(out)).toBe(3);
    expect(listAll(out)).toEqual([`.cache/ab/${entry}`, 'a.csv', `graphs/${entry}.12345`, 'other/deeper/.y.corpus-lens-tmp-1-0-1']);
  });

  it('removeStale leaves hidden files alone', async () => {
    const out = tempDir();
    mkdirSync(join(out, 'text'));
    for (const f of ['text/a.txt', 'text/b.txt', 'text/.keep.txt']) writeFileSync(join(out, f), 'x');
    expect(await removeStale(out, 'text', '.txt', new Set(['text/a.txt']))).toBe(1);
    expect(listAll(out)).toEqual(['text/.keep.txt', 'text/a.txt']);
  });

  it('outputWriteError passes typed errors through', () => {
    const typed = new OutputWriteError('output-disk-full', 'x', 'a', 'ENOSPC');
    expect(outputWriteError(typed, '/o', 'b')).toBe(typed);
  });
});
