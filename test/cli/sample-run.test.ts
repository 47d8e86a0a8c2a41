import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/graphs/rng.js';
import { tempDir } from '../helpers/cli.js';
import { allFiles, bin, outputFiles, runBuilt as run, sampleCorpus as corpus, tempFiles } from './built-cli.js';

/** Expects the outputs of `dir` to be those of `ref`, byte for byte (manifest.json aside: it holds timings). */
function expectSameOutputs(dir: string, ref: string): void {
  const want = outputFiles(ref);
  expect(outputFiles(dir)).toEqual(want);
  for (const f of want) expect(readFileSync(join(dir, f)).equals(readFileSync(join(ref, f))), f).toBe(true);
}

describe.skipIf(!existsSync(bin))('the whole pipeline on the sample corpus (built CLI, worker threads)', () => {
  const outA = join(tempDir(), 'a');
  const outB = join(tempDir(), 'b');
  // durations of an uninterrupted run, without and with the cache: the kill test spreads its moments over them
  let coldMs = 0;
  let warmMs = 0;

  it('writes every stage\'s outputs', async () => {
    const r = await run(['run', corpus, '--out', outA, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    coldMs = r.ms;
    const got = new Set(outputFiles(outA));
    for (const f of [
      'documents.csv', 'problems.csv', 'references.csv', 'works.csv', 'matches.csv', 'citations.csv',
      'themes/terms.csv', 'themes/keyness.csv', 'themes/bursts.csv', 'themes/themes.xlsx', 'themes/cooccurrence.gexf', 'work-bursts.csv',
      'taxonomy/findings.csv', 'taxonomy/frequency.csv', 'taxonomy/dimensions.csv', 'taxonomy/corpus-lens.qdpx',
      'graphs/summary.csv', 'graphs/coupling-edges.csv', 'graphs/coupling-evidence.csv', 'graphs/coupling.gexf', 'graphs/text.net',
      'report/index.html', 'figures/terms.svg', 'figures/terms.png',
    ]) {
      expect(got.has(f), f).toBe(true);
    }
    expect(existsSync(join(outA, 'manifest.json'))).toBe(true);
    const docs = readFileSync(join(outA, 'documents.csv'), 'utf8').trim().split('\n');
    expect(docs).toHaveLength(11);
    const refs = readFileSync(join(outA, 'references.csv'), 'utf8').trim().split('\n');
    expect(refs.length - 1).toBeGreaterThanOrEqual(60);
  });

  it('gives byte-identical files on a second run without the cache', async () => {
    const r = await run(['run', corpus, '--out', outB, '--quiet', '--no-cache', '--jobs', '1']);
    expect(r.status, r.stderr).toBe(0);
    expectSameOutputs(outB, outA);
  });

  it('gives byte-identical files again from the cache', async () => {
    const r = await run(['run', corpus, '--out', outA, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    warmMs = r.ms;
    expectSameOutputs(outA, outB);
    expect(JSON.parse(readFileSync(join(outA, 'manifest.json'), 'utf8')).cache).toEqual({ enabled: true, hits: 10, misses: 0 });
  });

  it('repeats the run from its manifest: the same tables and graph files', async () => {
    const manifest = JSON.parse(readFileSync(join(outA, 'manifest.json'), 'utf8'));
    expect(manifest.parameters.graphs.seed).toBe(42);
    expect(manifest.sideFiles).toEqual([{ role: 'metadata', path: 'metadata.csv', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    const outC = join(tempDir(), 'c');
    const r = await run(['run', '--manifest', join(outA, 'manifest.json'), '--out', outC, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expectSameOutputs(outC, outA);
    const again = JSON.parse(readFileSync(join(outC, 'manifest.json'), 'utf8'));
    expect(again.parameters).toEqual(manifest.parameters);
    expect(again.inputs.map((i: { sha256: string }) => i.sha256)).toEqual(manifest.inputs.map((i: { sha256: string }) => i.sha256));
  });

  it('reports a changed input when repeating from the manifest, and stops with --strict', async () => {
    const copy = join(tempDir(), 'corpus');
    cpSync(corpus, copy, { recursive: true });
    const changed = 'papers/2022-liu-he-industrial-college-community.txt';
    writeFileSync(join(copy, changed), `${readFileSync(join(copy, changed), 'utf8')}\n补充一句。\n`);
    const r = await run(['run', copy, '--manifest', join(outA, 'manifest.json'), '--out', join(tempDir(), 'd'), '--strict']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `corpus-lens: The corpus is not the one ${join(outA, 'manifest.json')} describes (--strict):\n` +
        `  ${changed}: The file has changed since the manifest's run (its sha256 differs)\n` +
        'Run without --strict to repeat the run anyway, with a warning for each file.\n',
    );
  });

  it('survives kill -9 at seeded random moments of a run, and during the writing of tables and figures: the next run equals a clean one', async () => {
    const out = join(tempDir(), 'killed');
    const start = (): { child: ReturnType<typeof spawn>; exited: Promise<NodeJS.Signals | null> } => {
      const child = spawn(process.execPath, [bin, 'run', corpus, '--out', out, '--quiet'], { stdio: 'ignore' });
      return { child, exited: new Promise((r) => child.on('exit', (_code, signal) => r(signal))) };
    };
    let killed = 0;
    // five moments drawn with the project's seeded generator, one in each fifth of an uninterrupted run
    // (with or without the cache, as this run will find it)
    const rng = createRng(20251123);
    const kills = 5;
    for (let k = 0; k < kills; k++) {
      const share = ((k + rng()) / kills) * 0.97;
      const cacheEntries = existsSync(join(out, '.cache'))
        ? readdirSync(join(out, '.cache'), { recursive: true }).filter((f) => String(f).endsWith('.json')).length
        : 0;
      const delay = Math.round(share * (cacheEntries >= 10 ? warmMs : coldMs));
      const { child, exited } = start();
      await Promise.race([new Promise((r) => setTimeout(r, delay)), exited]);
      child.kill('SIGKILL');
      if ((await exited) === 'SIGKILL') killed++;
    }
    expect(killed).toBeGreaterThanOrEqual(3);
    // writing takes a few hundredths of a run: two more kills, the moment a table of graphs/ and then a
    // figure starts being written (the first temporary file appears)
    for (const folder of ['graphs', 'figures']) {
      mkdirSync(join(out, folder), { recursive: true });
      const { child, exited } = start();
      const watcher = watch(join(out, folder), () => child.kill('SIGKILL'));
      const signal = await exited;
      watcher.close();
      expect(signal, `killed while writing ${folder}/`).toBe('SIGKILL');
    }
    const r = await run(['run', corpus, '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    expectSameOutputs(out, outA);
    expect(tempFiles(out)).toEqual([]);
    expect(allFiles(out)).not.toContain('.corpus-lens.lock');
    // about five uninterrupted runs (30 s on a quiet 2-core machine); the margin is for a busy one
  }, 240_000);
});
