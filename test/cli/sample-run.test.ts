import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';

const root = resolve(import.meta.dirname, '..', '..');
const bin = join(root, 'dist', 'cli', 'bin.js');
const corpus = join(root, 'corpus');

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out;
}

function run(args: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

describe.skipIf(!existsSync(bin))('the whole pipeline on the sample corpus (built CLI, worker threads)', () => {
  const outA = join(tempDir(), 'a');
  const outB = join(tempDir(), 'b');

  it('writes every stage\'s outputs', () => {
    const r = run(['run', corpus, '--out', outA, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const got = new Set(files(outA));
    for (const f of [
      'documents.csv', 'problems.csv', 'manifest.json', 'references.csv', 'works.csv', 'matches.csv', 'citations.csv',
      'themes/terms.csv', 'themes/keyness.csv', 'themes/bursts.csv', 'themes/themes.xlsx', 'themes/cooccurrence.gexf', 'work-bursts.csv',
      'taxonomy/findings.csv', 'taxonomy/frequency.csv', 'taxonomy/dimensions.csv', 'taxonomy/corpus-lens.qdpx',
      'graphs/summary.csv', 'graphs/coupling-edges.csv', 'graphs/coupling-evidence.csv', 'graphs/coupling.gexf', 'graphs/text.net',
      'report/index.html', 'figures/terms.svg', 'figures/terms.png',
    ]) {
      expect(got.has(f), f).toBe(true);
    }
    const docs = readFileSync(join(outA, 'documents.csv'), 'utf8').trim().split('\n');
    expect(docs).toHaveLength(11);
    const refs = readFileSync(join(outA, 'references.csv'), 'utf8').trim().split('\n');
    expect(refs.length - 1).toBeGreaterThanOrEqual(60);
  });

  it('gives byte-identical files on a second run without the cache', () => {
    const r = run(['run', corpus, '--out', outB, '--quiet', '--no-cache', '--jobs', '1']);
    expect(r.status, r.stderr).toBe(0);
    const a = files(outA).filter((f) => f !== 'manifest.json');
    expect(files(outB).filter((f) => f !== 'manifest.json')).toEqual(a);
    for (const f of a) expect(readFileSync(join(outB, f)).equals(readFileSync(join(outA, f))), f).toBe(true);
  });

  it('survives kill -9 half way: the next run equals a clean run', async () => {
    const out = join(tempDir(), 'killed');
    for (const delay of [150, 400, 900]) {
      const child = spawn(process.execPath, [bin, 'run', corpus, '--out', out, '--quiet'], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
    }
    const r = run(['run', corpus, '--out', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const a = files(outA).filter((f) => f !== 'manifest.json');
    expect(files(out).filter((f) => f !== 'manifest.json')).toEqual(a);
    for (const f of a) expect(readFileSync(join(out, f)).equals(readFileSync(join(outA, f))), f).toBe(true);
  });
});
