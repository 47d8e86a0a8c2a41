import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

const root = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'corpus-lens-measure-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function io(): CliIo & { err: string[] } {
  const err: string[] = [];
  return { stdout: () => undefined, stderr: (t) => void err.push(t), isTTY: false, stdin: async () => '', cwd: root, err };
}

describe('corpus-lens graph --measure', () => {
  it('weighs the coupling links by the measure and records it in the manifest', async () => {
    const out = join(work, 'assoc');
    const cli = io();
    const code = await main(['graph', 'corpus', '--out', out, '--kinds', 'coupling', '--measure', 'association', '--quiet'], cli);
    expect(cli.err.join('')).toBe('');
    expect(code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { parameters: { graphs: Record<string, unknown> } };
    expect(manifest.parameters.graphs.measure).toBe('association');
    const summary = readFileSync(join(out, 'graphs', 'summary.csv'), 'utf8');
    expect(summary).toContain('counting=full; measure=association; minShared=1');
    const [head, ...rows] = readFileSync(join(out, 'graphs', 'coupling-edges.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
    expect(head).toBe('source,target,weight,shared,association,salton,jaccard,inclusion');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cells = row.split(',');
      expect(cells[2]).toBe(cells[4]);
    }
  });

  it('refuses an unknown measure', async () => {
    const cli = io();
    const code = await main(['graph', 'corpus', '--out', join(work, 'bad'), '--measure', 'cosine'], cli);
    expect(code).toBe(2);
    expect(cli.err.join('')).toContain("option '--measure <name>' argument 'cosine' is invalid");
  });
});
