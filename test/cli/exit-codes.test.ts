import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, runCli, tempDir } from '../helpers/cli.js';

const GOOD = 'Industry-education integration needs enterprises. Schools lack training bases.\n';

function corpus(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), contents);
  }
  return dir;
}

describe('exit codes (docs/exit-codes.md)', () => {
  const cases: { name: string; files?: Record<string, string | Buffer>; argv: (dir: string, out: string) => string[]; code: number; says?: RegExp }[] = [
    { name: 'every document read: 0', files: { 'a.txt': GOOD, 'b.md': `# Title\n\n${GOOD}` }, argv: (d, o) => ['run', d, '--out', o, '--quiet'], code: 0 },
    { name: 'an empty file among good ones: 1', files: { 'a.txt': GOOD, 'empty.txt': '' }, argv: (d, o) => ['run', d, '--out', o, '--quiet'], code: 1, says: /empty/ },
    { name: 'a binary file named .txt: 1', files: { 'a.txt': GOOD, 'bin.txt': Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0, 9, 1, 0, 0]) }, argv: (d, o) => ['run', d, '--out', o, '--quiet'], code: 1, says: /binary/ },
    { name: 'a missing folder: 2', argv: (_d, o) => ['run', '/nonexistent/corpus-lens-folder', '--out', o], code: 2, says: /does not exist/ },
    { name: 'a folder without any readable document: 2', files: { 'empty.txt': '' }, argv: (d, o) => ['run', d, '--out', o], code: 2, says: /No readable document/ },
    { name: 'an empty folder: 2', files: {}, argv: (d, o) => ['run', d, '--out', o], code: 2, says: /No document found/ },
    { name: 'an unknown option: 2', files: { 'a.txt': GOOD }, argv: (d) => ['run', d, '--frobnicate'], code: 2, says: /unknown option/ },
    { name: 'a bad option value: 2', files: { 'a.txt': GOOD }, argv: (d) => ['run', d, '--jobs', 'zero'], code: 2, says: /whole number/ },
    { name: 'an output folder that cannot be created: 2', files: { 'a.txt': GOOD, 'file': 'x' }, argv: (d) => ['run', d, '--out', join(d, 'file', 'out')], code: 2, says: /cannot be created/ },
    { name: '--help: 0', argv: () => ['run', '--help'], code: 0 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const dir = corpus(c.files ?? {});
      const out = join(tempDir(), 'out');
      const r = await runCli(c.argv(dir, out));
      expect(r.code, r.err).toBe(c.code);
      if (c.says) expect(r.err).toMatch(c.says);
    });
  }
});

describe('corpus-lens run', () => {
  it('writes documents.csv, problems.csv, manifest.json and the text of each document', async () => {
    const dir = corpus({
      'papers/en.txt': 'A Study of Apprenticeship\n\nModern apprenticeship helps. Enterprises lack motivation, e.g. costs are high.\n',
      'policy/zh.txt': '关于深化产教融合的若干意见\n\n第一条 为了推动职业教育发展，制定本意见。第二条 各地应当加强校企合作。\n',
      'bad.txt': '',
    });
    const out = join(tempDir(), 'out');
    const r = await runCli(['run', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Read 2 of 3 documents/);
    const docs = readCsv(join(out, 'documents.csv'));
    expect(docs.map((d) => [d.id, d.path, d.kind, d.language, d.status])).toEqual([
      ['bad', 'bad.txt', 'paper', 'unknown', 'failed'],
      ['papers__en', 'papers/en.txt', 'paper', 'en', 'ok'],
      ['policy__zh', 'policy/zh.txt', 'policy', 'zh', 'ok'],
    ]);
    const problems = readCsv(join(out, 'problems.csv')).filter((p) => p.stage === 'ingest');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'bad.txt', severity: 'error', stage: 'ingest', rule: 'empty-file' });
    const manifest = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(out, 'manifest.json'), 'utf8')));
    expect(manifest.counts).toMatchObject({ files: 3, documents: 3, ok: 2, failed: 1 });
    expect(manifest.inputs.map((i: { path: string }) => i.path)).toEqual(['bad.txt', 'papers/en.txt', 'policy/zh.txt']);
    const text = await import('node:fs').then((fs) => fs.readFileSync(join(out, 'text', 'policy__zh.txt'), 'utf8'));
    expect(text).toContain('各地应当加强校企合作。');
  });

  it('gives the same tables on a second run (from the cache) and with --no-cache', async () => {
    const dir = corpus({ 'a.txt': GOOD, 'b.txt': '职业教育是国家教育事业的重要组成部分。\n' });
    const out = join(tempDir(), 'out');
    const fs = await import('node:fs');
    const first = await runCli(['run', dir, '--out', out, '--quiet']);
    expect(first.code).toBe(0);
    const docs1 = fs.readFileSync(join(out, 'documents.csv'), 'utf8');
    const second = await runCli(['run', dir, '--out', out, '--quiet']);
    expect(second.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(join(out, 'manifest.json'), 'utf8')).cache).toEqual({ enabled: true, hits: 2, misses: 0 });
    expect(fs.readFileSync(join(out, 'documents.csv'), 'utf8')).toBe(docs1);
    await runCli(['run', dir, '--out', out, '--quiet', '--no-cache']);
    expect(fs.readFileSync(join(out, 'documents.csv'), 'utf8')).toBe(docs1);
  });

  it('reports metadata.csv rows and lets them win over guesses', async () => {
    const dir = corpus({
      'a.txt': GOOD,
      'metadata.csv': '\uFEFFpath,title,authors,year,kind,doi\na.txt,Real Title,Li Hua; Wang Fang,2021,policy,10.1/x\nmissing.txt,X,,20x1,other,\n',
    });
    const out = join(tempDir(), 'out');
    const r = await runCli(['run', dir, '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    const [doc] = readCsv(join(out, 'documents.csv'));
    expect(doc).toMatchObject({ title: 'Real Title', authors: 'Li Hua; Wang Fang', year: '2021', kind: 'policy', kind_source: 'metadata' });
    const rules = readCsv(join(out, 'problems.csv'))
      .filter((p) => p.stage === 'ingest')
      .map((p) => `${p.rule}@${p.place}`);
    expect(rules).toEqual(['metadata-bad-kind@line 3', 'metadata-bad-year@line 3', 'metadata-unknown-path@line 3']);
  });

  it('refuses to write into an output folder another live run holds', async () => {
    const dir = corpus({ 'a.txt': GOOD });
    const out = join(tempDir(), 'out');
    mkdirSync(out, { recursive: true });
    // process 1 (init) is always alive: a lock it "holds" is not stale.
    writeFileSync(join(out, '.corpus-lens.lock'), '1');
    const r = await runCli(['run', dir, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Another corpus-lens run/);
    // a lock left by a dead process is taken over
    writeFileSync(join(out, '.corpus-lens.lock'), '999999999');
    expect((await runCli(['run', dir, '--out', out, '--quiet'])).code).toBe(0);
  });

  it('reports a file it cannot open, and goes on', async () => {
    const dir = corpus({ 'a.txt': GOOD });
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    const out = join(tempDir(), 'out');
    const r = await runCli(['run', dir, '--out', out, '--quiet']);
    expect(r.code).toBe(1);
    expect(readCsv(join(out, 'problems.csv')).filter((p) => p.stage === 'ingest').map((p) => p.rule)).toEqual(['file-missing']);
    void chmodSync;
  });
});
