import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv, runCli, tempDir } from '../helpers/cli.js';

const root = resolve(import.meta.dirname, '..', '..');

function corpus(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), contents);
  }
  return dir;
}

const manifestOf = (out: string): Record<string, any> => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));

describe('corpus-lens run --manifest', () => {
  let dir: string;
  let first: string;
  let taxonomy: string;

  beforeAll(async () => {
    dir = corpus({
      'papers/a.txt': 'Modern Apprenticeship\n\nEnterprises lack motivation to join schools. Training bases are few.\n\nReferences\nLi, H. (2019). Schools and firms. Journal of Vocational Education, 3(2), 1-10.\n',
      'policy/b.txt': '关于深化产教融合的若干意见\n\n第一条 各地应当加强校企合作。\n',
      'metadata.csv': 'path,year\npapers/a.txt,2020\npolicy/b.txt,2017\n',
    });
    taxonomy = join(tempDir(), 'codebook.yaml');
    copyFileSync(join(root, 'src', 'taxonomy', 'default-taxonomy.yaml'), taxonomy);
    first = join(tempDir(), 'first');
    const r = await runCli(['run', dir, '--out', first, '--quiet', '--taxonomy', taxonomy, '--seed', '3', '--kinds', 'coupling,text']);
    expect(r.code, r.err).toBe(0);
  }, 120_000);

  it('records what the run depends on: parameters, seed, codebook and side files with their sha256', () => {
    const m = manifestOf(first);
    expect(m.parameters.taxonomy).toBe(relative(process.cwd(), taxonomy));
    expect(m.parameters.graphs).toMatchObject({ seed: 3, kinds: ['coupling', 'text'] });
    expect(m.sideFiles.map((s: { role: string; path: string }) => `${s.role}:${s.path}`)).toEqual(['metadata:metadata.csv', `taxonomy:${relative(process.cwd(), taxonomy)}`]);
    expect(m.inputs.map((i: { path: string }) => i.path)).toEqual(['papers/a.txt', 'policy/b.txt']);
  });

  it('repeats the run with the manifest\'s parameters, and a flag given overrides its value', async () => {
    const out = join(tempDir(), 'again');
    const r = await runCli(['run', '--manifest', join(first, 'manifest.json'), '--out', out, '--quiet', '--resolution', '2']);
    expect(r.code, r.err).toBe(0);
    const [a, b] = [manifestOf(first), manifestOf(out)];
    expect(b.parameters).toEqual({ ...a.parameters, graphs: { ...a.parameters.graphs, resolution: 2 } });
    expect(b.sideFiles).toEqual(a.sideFiles);
    for (const f of ['documents.csv', 'references.csv', 'taxonomy/findings.csv', 'themes/terms.csv']) {
      expect(readFileSync(join(out, f)).equals(readFileSync(join(first, f))), f).toBe(true);
    }
  }, 60_000);

  it('keeps a parameter no flag sets (maxUnpackedBytes)', async () => {
    const m = manifestOf(first);
    m.parameters.maxUnpackedBytes = 1234567;
    const edited = join(tempDir(), 'manifest.json');
    writeFileSync(edited, JSON.stringify(m));
    const out = join(tempDir(), 'edited');
    const r = await runCli(['run', '--manifest', edited, '--out', out, '--quiet']);
    expect(r.code, r.err).toBe(0);
    expect(manifestOf(out).parameters.maxUnpackedBytes).toBe(1234567);
  }, 60_000);

  it('warns of each file added, removed or changed, codebook included, and notes them in problems.csv', async () => {
    const moved = corpus({
      'papers/a.txt': readFileSync(join(dir, 'papers/a.txt'), 'utf8'),
      'papers/c.txt': 'A new paper about training bases.\n',
      'metadata.csv': readFileSync(join(dir, 'metadata.csv'), 'utf8'),
    });
    writeFileSync(taxonomy, `${readFileSync(taxonomy, 'utf8')}\n# edited\n`);
    const out = join(tempDir(), 'moved');
    const r = await runCli(['run', moved, '--manifest', join(first, 'manifest.json'), '--out', out]);
    expect(r.code, r.err).toBe(0);
    const rel = relative(process.cwd(), taxonomy);
    const rows = readCsv(join(out, 'problems.csv'))
      .filter((p) => p.stage === 'rerun')
      .map((p) => `${p.path} ${p.rule}`);
    expect(rows).toEqual([`${rel} rerun-file-changed`, 'papers/c.txt rerun-file-added', 'policy/b.txt rerun-file-removed'].sort());
    expect(r.err).toContain(`${rel}  warning  The codebook has changed since the manifest's run (its sha256 differs)  rerun:rerun-file-changed`);
    expect(r.err).toContain('policy/b.txt  warning  The file is gone: the manifest\'s run had it  rerun:rerun-file-removed');
    copyFileSync(join(root, 'src', 'taxonomy', 'default-taxonomy.yaml'), taxonomy);
  }, 60_000);

  const refusals: { name: string; argv: (m: string, first: string) => string[]; says: string | RegExp }[] = [
    {
      name: 'an output folder that holds the manifest',
      argv: (m) => ['run', '--manifest', m, '--out', join(m, '..')],
      says: /^corpus-lens: The repeated run would write over the folder that holds .*manifest\.json; give it another folder with --out/,
    },
    { name: 'no folder and no manifest', argv: () => ['run'], says: 'corpus-lens: Give the corpus folder (corpus-lens run FOLDER), or a manifest to repeat' },
    { name: 'a manifest that is not JSON', argv: (m) => ['run', '--manifest', join(m, '..', 'documents.csv'), '--out', join(tempDir(), 'x')], says: /^corpus-lens: The manifest .*documents\.csv cannot be read: .*Give the manifest\.json a finished run wrote/ },
  ];
  for (const c of refusals) {
    it(`refuses ${c.name}: exit 2`, async () => {
      const r = await runCli(c.argv(join(first, 'manifest.json'), first));
      expect(r.code).toBe(2);
      if (typeof c.says === 'string') expect(r.err).toContain(c.says);
      else expect(r.err).toMatch(c.says);
    });
  }

  it('refuses a manifest with a wrong parameter, naming it', async () => {
    const m = manifestOf(first);
    m.parameters.pdfEngine = 'word';
    m.parameters.graphs.seed = 'x';
    const edited = join(tempDir(), 'manifest.json');
    writeFileSync(edited, JSON.stringify(m));
    const r = await runCli(['run', '--manifest', edited, '--out', join(tempDir(), 'x')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`corpus-lens: The manifest ${edited} has no usable "pdfEngine" (expected pdfjs, poppler, pdf-parse, auto). Give the manifest.json a run wrote, unedited.\n`);
    rmSync(edited);
  });
});
