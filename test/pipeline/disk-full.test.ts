import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isCacheTempFile, isTempFile } from '../../src/export/write-files.js';
import { runCli, tempDir } from '../helpers/cli.js';

/*
 * A full disk at every write of a run of the sample corpus: the Nth write that creates something
 * (a file opened for writing, a folder made) fails with ENOSPC after writing half of its data, for
 * N = 1, 2, … until a run no longer reaches N. After each failure: exit 2, a message naming the file
 * and the full disk, no temporary file, no manifest.json, and every file in the output folder either
 * the previous run's or the clean run's, byte for byte. Then a run with room again gives the clean
 * run's files exactly.
 *
 * The stages, which write nothing (references, themes, taxonomy coding, graphs, the report's drawing),
 * are computed once per input and reused, so that a hundred runs take a minute; the writes are all real.
 */

const fault = vi.hoisted(() => ({ at: 0, count: 0, errno: 'ENOSPC', what: '' }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const fs = await import('node:fs');
  const { halfWriteThenFail, systemError } = await import('../export/failing-handle.js');
  const fail = (what: string, syscall: string): Error => {
    fault.what = what;
    return systemError(fault.errno, syscall);
  };
  const open = (async (path: string, flags?: string, mode?: number) => {
    const handle = await real.open(path, flags, mode);
    if ((flags !== 'w' && flags !== 'wx') || ++fault.count !== fault.at) return handle;
    return halfWriteThenFail(handle, () => fail(String(path), 'write'));
  }) as typeof real.open;
  const mkdir = (async (path: string, options?: { recursive?: boolean }) => {
    if (!fs.existsSync(path) && ++fault.count === fault.at) throw fail(String(path), 'mkdir');
    return real.mkdir(path, options);
  }) as typeof real.mkdir;
  return { ...real, open, mkdir, default: { ...real, open, mkdir } };
});

/** Memoises a stage on a key of its arguments (for an async stage, the promise is kept). */
async function memoise<F extends (...args: never[]) => unknown>(f: F, key: (...args: Parameters<F>) => string): Promise<F> {
  const { createHash } = await import('node:crypto');
  const seen = new Map<string, unknown>();
  return ((...args: Parameters<F>) => {
    const k = createHash('sha256').update(key(...args)).digest('hex');
    if (!seen.has(k)) seen.set(k, f(...args));
    return seen.get(k);
  }) as F;
}

vi.mock('../../src/pipeline/stage-themes.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/pipeline/stage-themes.js')>();
  return { ...real, themesStage: await memoise(real.themesStage, (docs) => JSON.stringify(docs)) };
});
vi.mock('../../src/pipeline/stage-references.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/pipeline/stage-references.js')>();
  return { ...real, referencesStage: await memoise(real.referencesStage, (docs, root) => `${root}\0${JSON.stringify(docs)}`) };
});
vi.mock('../../src/pipeline/stage-graphs.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/pipeline/stage-graphs.js')>();
  return { ...real, graphsStage: await memoise(real.graphsStage, (docs, _refs, _themes, options) => `${JSON.stringify(options)}\0${JSON.stringify(docs)}`) };
});
vi.mock('../../src/pipeline/stage-taxonomy.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/pipeline/stage-taxonomy.js')>();
  return { ...real, taxonomyStage: await memoise(real.taxonomyStage, (docs) => JSON.stringify(docs)) };
});
vi.mock('../../src/report/build-report.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/report/build-report.js')>();
  const { readFileSync: read } = await import('node:fs');
  const tables = (out: string): string => ['documents.csv', 'problems.csv', 'references.csv'].map((f) => read(`${out}/${f}`, 'utf8')).join('\0');
  return { ...real, buildReport: await memoise(real.buildReport, (out) => tables(out)) };
});

const sample = resolve(import.meta.dirname, '..', '..', 'corpus');

/** Every file below `dir` (hidden ones too), relative, sorted; the cache apart. */
function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(walk(dir).filter((f) => !f.startsWith('.cache/')).map((f) => [f, readFileSync(join(dir, f))]));
}

/** The output file a write of `path` (a temporary file, a folder or the lock) is about, relative to out. */
function target(out: string, path: string): string {
  const rel = relative(out, path);
  const name = basename(rel);
  const m = /^\.(.*)\.corpus-lens-tmp-[0-9-]+$/.exec(name);
  return m ? join(dirname(rel), m[1]!).replace(/^\.\//, '') : rel;
}

describe('a full disk at any write of a run', () => {
  it('stops with exit 2 naming the file, and leaves only whole files of this or the previous run', async () => {
    const base = tempDir();
    // the previous run: the sample corpus with one document less and a title changed
    const prevCorpus = join(base, 'prev-corpus');
    cpSync(sample, prevCorpus, { recursive: true });
    rmSync(join(prevCorpus, 'papers', '2023-sun-xu-gao-training-bases.html'));
    writeFileSync(join(prevCorpus, 'metadata.csv'), readFileSync(join(prevCorpus, 'metadata.csv'), 'utf8').replace('Why Enterprises Stay Cold', 'Why Firms Stay Cold'));
    const prevOut = join(base, 'prev');
    expect((await runCli(['run', prevCorpus, '--out', prevOut, '--quiet'])).code).toBe(0);
    const clean = join(base, 'clean');
    expect((await runCli(['run', sample, '--out', clean, '--quiet'])).code).toBe(0);
    const prevFiles = snapshot(prevOut);
    const cleanFiles = snapshot(clean);
    cleanFiles.delete('manifest.json');

    let failures = 0;
    let recovered = 0;
    for (let n = 1; n < 500; n++) {
      const out = join(base, `n${n}`);
      rmSync(join(base, `n${n - 1}`), { recursive: true, force: true });
      cpSync(prevOut, out, { recursive: true });
      fault.at = n;
      fault.count = 0;
      const r = await runCli(['run', sample, '--out', out, '--quiet']);
      fault.at = 0;
      if (fault.count < n) {
        expect(r.code, r.err).toBe(0);
        break;
      }
      const what = target(out, fault.what);
      const got = snapshot(out);
      for (const f of walk(out)) expect(isTempFile(basename(f)) || isCacheTempFile(basename(f)), `temporary file ${f} left at write ${n}`).toBe(false);
      if (what.startsWith('.cache/')) {
        // the document cache is a help, not an output: a failed entry is a warning and the run goes on
        expect(r.code, `write ${n} (${what}): ${r.err}`).toBe(0);
        expect(readFileSync(join(out, 'problems.csv'), 'utf8')).toContain('cache-unwritable');
      } else {
        failures++;
        expect(r.code, `write ${n} (${what})`).toBe(2);
        const named = what === '' || what === '.' ? out : what;
        expect(r.err, `write ${n}`).toContain('the disk is full (ENOSPC)');
        expect(r.err, `write ${n}`).toContain(named);
        if (got.has('manifest.json')) {
          // only when the run failed before writing anything: the folder is the previous run's, untouched
          expect([...got.keys()], `manifest.json after a failure at write ${n} (${what})`).toEqual([...prevFiles.keys()]);
          for (const [f, bytes] of got) expect(bytes.equals(prevFiles.get(f)!), `${f} changed, yet manifest.json is left (write ${n})`).toBe(true);
        }
        expect(got.has('.corpus-lens.lock'), `lock left at write ${n}`).toBe(false);
        for (const [f, bytes] of got) {
          const whole = cleanFiles.get(f)?.equals(bytes) === true || prevFiles.get(f)?.equals(bytes) === true;
          expect(whole, `${f} after a failure at write ${n} (${what}) is neither the clean run's nor the previous run's`).toBe(true);
        }
      }
      // room again: the clean run's files exactly (the cache was not poisoned); checked after every
      // failed cache write and every 4th other write, which keeps the test near a minute
      if (n % 4 !== 0 && !what.startsWith('.cache/')) continue;
      const again = await runCli(['run', sample, '--out', out, '--quiet']);
      expect(again.code, again.err).toBe(0);
      const after = snapshot(out);
      after.delete('manifest.json');
      expect([...after.keys()]).toEqual([...cleanFiles.keys()]);
      for (const [f, bytes] of after) expect(bytes.equals(cleanFiles.get(f)!), `${f} after recovering from write ${n}`).toBe(true);
      recovered++;
    }
    rmSync(base, { recursive: true, force: true });
    // the sample run writes about a hundred files (text, tables, graphs, report, figures)
    expect(failures).toBeGreaterThan(90);
    expect(recovered).toBeGreaterThan(20);
  }, 600_000);
});
