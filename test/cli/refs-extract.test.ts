import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, runCli, tempDir } from '../helpers/cli.js';

const PAPER = [
  'Modern Apprenticeship in Transition',
  '',
  'Enterprises lack motivation to train apprentices, and schools lack training bases.',
  '',
  'References',
  '',
  'Hartley, S., & Moreno, L. (2016). Employer engagement in vocational education. Journal of Vocational Education Policy, 12(3), 211–229.',
  '',
  'Lindqvist, P. (2015). Work-based learning and the dual system. Fenwick Press.',
  '',
].join('\n');

/** A corpus with two files sharing a name (a.txt, a.md) and a paper in a sub-folder. */
function corpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'papers'), { recursive: true });
  writeFileSync(join(dir, 'papers', 'a.md'), `# Other\n\n${PAPER}`);
  writeFileSync(join(dir, 'papers', 'a.txt'), PAPER);
  writeFileSync(join(dir, 'papers', 'Guo 2023.txt'), PAPER);
  return dir;
}

const documentsOf = (out: string): string[] => [...new Set(out.trim().split('\n').map((l) => (JSON.parse(l) as { document: string }).document))];

describe('corpus-lens refs extract', () => {
  it('names the document as run does: by its path inside --corpus, with the same suffix for a shared name', async () => {
    const dir = corpus();
    const out = join(tempDir(), 'out');
    expect((await runCli(['run', dir, '--out', out, '--quiet'])).code).toBe(0);
    const runIds = [...new Set(readCsv(join(out, 'references.csv')).map((r) => r.document))].sort();
    expect(runIds).toEqual(['papers__Guo-2023', 'papers__a', 'papers__a-txt']);

    const a = await runCli(['refs', 'extract', join(dir, 'papers', 'a.txt'), '--corpus', dir]);
    expect(a.code, a.err).toBe(0);
    expect(documentsOf(a.out)).toEqual(['papers__a-txt']);
    const guo = await runCli(['refs', 'extract', 'papers/Guo 2023.txt', '--corpus', '.', '--format', 'csv'], { cwd: dir });
    expect(guo.out.split('\n')[1]?.startsWith('papers__Guo-2023,1,')).toBe(true);
  });

  it('takes the folder that holds the file as the corpus when --corpus is not given', async () => {
    const dir = corpus();
    const r = await runCli(['refs', 'extract', join(dir, 'papers', 'a.txt')]);
    expect(documentsOf(r.out)).toEqual(['a-txt']);
  });

  it('refuses a --corpus folder that does not hold the file', async () => {
    const dir = corpus();
    const r = await runCli(['refs', 'extract', join(dir, 'papers', 'a.txt'), '--corpus', tempDir()]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not inside the corpus folder/);
  });
});
