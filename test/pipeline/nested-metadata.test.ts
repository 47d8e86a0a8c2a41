import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/pipeline/ingest-corpus.js';
import { resolveOptions } from '../../src/pipeline/options.js';

// A corpus that gathers two sub-corpora, each with its own metadata.csv and README.md.
describe('metadata.csv and README.md in sub-folders', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cl-nested-'));
    await mkdir(join(root, 'a', 'deep'), { recursive: true });
    await mkdir(join(root, 'b'));
    const text = 'Schools and firms work together on training. It is a plan.\n';
    await writeFile(join(root, 'top.txt'), text);
    await writeFile(join(root, 'a', 'one.txt'), text);
    await writeFile(join(root, 'a', 'deep', 'two.txt'), text);
    await writeFile(join(root, 'b', 'three.txt'), text);
    await writeFile(join(root, 'a', 'README.md'), '# About this folder\n\nNot a document.\n');
    await writeFile(join(root, 'metadata.csv'), 'path,title,year\ntop.txt,Top title,2001\na/one.txt,Set at the top,2002\n');
    await writeFile(join(root, 'a', 'metadata.csv'), 'path,title,year\none.txt,Set in a,2010\ndeep/two.txt,Two,2011\nmissing.txt,Nobody,2012\n');
    await writeFile(join(root, 'b', 'metadata.csv'), 'path,kind\nthree.txt,policy\n');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('reads every metadata.csv with paths relative to its folder; the nearer one wins; side files are not documents', async () => {
    const res = await ingestCorpus(resolveOptions({ input: root, out: join(root, 'out'), cache: false, jobs: 1 }));
    const byPath = new Map(res.docs.map((d) => [d.path, d]));
    expect([...byPath.keys()]).toEqual(['a/deep/two.txt', 'a/one.txt', 'b/three.txt', 'top.txt']);
    expect(byPath.get('top.txt')).toMatchObject({ title: 'Top title', year: 2001 });
    expect(byPath.get('a/one.txt')).toMatchObject({ title: 'Set in a', year: 2010 });
    expect(byPath.get('a/deep/two.txt')).toMatchObject({ title: 'Two', year: 2011 });
    expect(byPath.get('b/three.txt')).toMatchObject({ kind: 'policy', kindSource: 'metadata' });
    const unknown = res.messages.filter((m) => m.rule === 'metadata-unknown-path');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ path: 'a/metadata.csv', place: { line: 4 } });
    expect(unknown[0]!.reason).toContain('"missing.txt"');
  });
});
