import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSampleCorpus, type SampleCorpusResult } from '../../src/scripts/make-sample-corpus.js';
import { encodeGb18030 } from '../../src/scripts/sample-corpus/gb18030.js';
import { GB18030_PATH } from '../../src/scripts/sample-corpus/render-document.js';
import { renderTxt } from '../../src/scripts/sample-corpus/render-text.js';
import { SAMPLE_DOCUMENTS, citingDocuments } from '../../src/scripts/sample-corpus/sample-documents.js';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));

const EXPECTED_FILES = [
  '2023-nanzhou-industrial-college-notice.html',
  'README.md',
  'metadata.csv',
  'papers/2018-chen-hollis-enterprises-stay-cold.pdf',
  'papers/2019-wang-chen-local-colleges-integration.pdf',
  'papers/2020-okafor-ma-modern-apprenticeship.docx',
  'papers/2022-liu-he-industrial-college-community.txt',
  'papers/2023-sun-xu-gao-training-bases.html',
  'papers/2024-brennan-zhou-digital-platforms-review.md',
  'policy/2017-opinions-deepening-integration.txt',
  'policy/2019-work-based-learning-guidelines.docx',
  'policy/2021-jiangchuan-implementation-plan.pdf',
];

/** Every file below `root`, corpus-relative with POSIX separators, sorted. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

function iconvAvailable(): boolean {
  const run = spawnSync('iconv', ['--version']);
  return !run.error && run.status === 0;
}

describe('the sample corpus', () => {
  it('holds the expected files', async () => {
    expect(await listFiles(CORPUS)).toEqual(EXPECTED_FILES);
  });

  it('has every format the tool reads', () => {
    const byExt = new Map<string, number>();
    for (const f of EXPECTED_FILES) {
      if (f === 'README.md' || f === 'metadata.csv') continue;
      const ext = f.slice(f.lastIndexOf('.') + 1);
      byExt.set(ext, (byExt.get(ext) ?? 0) + 1);
    }
    expect(Object.fromEntries(byExt)).toEqual({ html: 2, pdf: 3, docx: 2, txt: 2, md: 1 });
  });

  it('writes files whose bytes match their format', async () => {
    const head = async (p: string, n: number): Promise<string> => (await readFile(join(CORPUS, p))).subarray(0, n).toString('latin1');
    expect(await head('papers/2018-chen-hollis-enterprises-stay-cold.pdf', 5)).toBe('%PDF-');
    expect(await head('policy/2019-work-based-learning-guidelines.docx', 2)).toBe('PK');
    const gb = await readFile(join(CORPUS, GB18030_PATH));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb)).toThrow();
    const text = new TextDecoder('gb18030').decode(gb);
    expect(text.startsWith('关于深化产教融合推进校企协同育人的若干意见\r\n')).toBe(true);
    expect(text.split('\r\n').length).toBe(text.split('\n').length);
  });

  it('puts running headers and a hyphenated word into the two-column PDF', async () => {
    const pdf = (await readFile(join(CORPUS, 'papers/2018-chen-hollis-enterprises-stay-cold.pdf'))).toString('latin1');
    expect(pdf.split('(Journal of Technical and Vocational Studies, Vol. 6, No. 2, 2018)').length - 1).toBe(2);
    expect(pdf).toContain('(and the 2017 national opinions on industry-education inte-)');
    expect(pdf).toContain('(gration promised enterprises new incentives for doing so [6].)');
  });

  it('has a metadata.csv with a byte-order mark that parses', async () => {
    const bytes = await readFile(join(CORPUS, 'metadata.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(bytes.toString('utf8'), { bom: true }) as string[][];
    expect(rows[0]).toEqual(['path', 'title', 'authors', 'year', 'kind', 'doi']);
    expect(rows.length).toBe(6);
    for (const row of rows.slice(1)) {
      expect(EXPECTED_FILES).toContain(row[0]);
      expect(row[3]).toMatch(/^20(1[7-9]|2[0-4])$/);
      expect(['paper', 'policy']).toContain(row[4]);
    }
    const review = rows.find((r) => r[0] === 'papers/2024-brennan-zhou-digital-platforms-review.md');
    expect(review?.[1]).toBe('Digital Platforms and Industrial Colleges: A Review of Industry–Education Integration Strategies, 2015–2023');
    expect(review?.[2]).toBe('Lucas Brennan; Yiting Zhou');
    expect(rows.find((r) => r[0] === 'papers/2018-chen-hollis-enterprises-stay-cold.pdf')?.[5]).toBe('10.5555/jtvs.2018.0602');
  });
});

describe('the sample documents', () => {
  it('span 2017-2024, both kinds and both languages, with one document at the top level', () => {
    expect(SAMPLE_DOCUMENTS.map((d) => d.year).sort()).toEqual([2017, 2018, 2019, 2019, 2020, 2021, 2022, 2023, 2023, 2024]);
    expect(SAMPLE_DOCUMENTS.filter((d) => d.kind === 'policy').length).toBe(4);
    expect(SAMPLE_DOCUMENTS.filter((d) => d.language === 'zh').length).toBe(6);
    expect(SAMPLE_DOCUMENTS.filter((d) => !d.path.includes('/')).map((d) => d.path)).toEqual([
      '2023-nanzhou-industrial-college-notice.html',
    ]);
  });

  it('give papers 8-15 references and policies none', () => {
    for (const d of SAMPLE_DOCUMENTS) {
      const refs = d.blocks.filter((b) => b.type === 'ref');
      if (d.kind === 'policy') expect(refs.length).toBe(0);
      else {
        expect(refs.length).toBeGreaterThanOrEqual(8);
        expect(refs.length).toBeLessThanOrEqual(15);
      }
      for (const r of refs) expect(r.key).toBeDefined();
    }
  });

  it('share references within two groups and cite corpus documents', () => {
    const citing = citingDocuments();
    const short = (k: string): string[] => (citing.get(k) ?? []).map((p) => p.replace(/^.*\//, '').slice(0, 9));
    expect(short('hartley2016')).toEqual(['2018-chen', '2019-wang', '2020-okaf', '2024-bren']);
    expect(short('P1')).toEqual(['2019-wang', '2022-liu-', '2023-sun-']);
    expect(short('P2')).toEqual(['2022-liu-', '2023-sun-']);
    expect(short('P3')).toEqual(['2020-okaf']);
    expect(short('A1')).toEqual(['2024-bren']);
    expect(short('A2')).toEqual(['2024-bren']);
    expect(short('C1')).toEqual(['2022-liu-']);
    // coupling strength: shared keys between two papers
    const keysOf = (path: string): Set<string> =>
      new Set([...citing.entries()].filter(([, paths]) => paths.includes(path)).map(([k]) => k));
    const shared = (a: string, b: string): number => {
      const kb = keysOf(SAMPLE_DOCUMENTS.find((d) => d.path.includes(b))?.path ?? '');
      return [...keysOf(SAMPLE_DOCUMENTS.find((d) => d.path.includes(a))?.path ?? '')].filter((k) => kb.has(k)).length;
    };
    expect([shared('chen-hollis', 'okafor'), shared('chen-hollis', 'brennan'), shared('okafor', 'brennan')]).toEqual([8, 4, 6]);
    expect([shared('wang-chen', 'liu-he'), shared('wang-chen', 'sun-xu'), shared('liu-he', 'sun-xu')]).toEqual([6, 4, 6]);
    expect([shared('chen-hollis', 'wang-chen'), shared('okafor', 'liu-he'), shared('sun-xu', 'brennan')]).toEqual([2, 0, 1]);
  });
});

describe('makeSampleCorpus', () => {
  let out = '';
  let result: SampleCorpusResult;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'corpus-lens-sample-'));
    result = await makeSampleCorpus(out);
  });

  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('writes the same files as the committed corpus, byte for byte', async () => {
    const written = [...result.written, ...result.skipped].sort();
    expect(written).toEqual(EXPECTED_FILES);
    for (const path of result.written) {
      const fresh = await readFile(join(out, ...path.split('/')));
      const committed = await readFile(join(CORPUS, ...path.split('/')));
      expect(fresh.equals(committed), path).toBe(true);
    }
  });

  it('encodes GB18030 as iconv does', () => {
    const doc = SAMPLE_DOCUMENTS.find((d) => d.path === GB18030_PATH);
    if (!doc) throw new Error('GB18030 document missing');
    const text = renderTxt(doc, '\r\n');
    const ours = encodeGb18030(text);
    if (ours === null) return; // neither ICU nor iconv: the committed bytes stand
    expect(new TextDecoder('gb18030').decode(ours)).toBe(text);
    if (!iconvAvailable()) return;
    const run = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: Buffer.from(text, 'utf8') });
    expect(Buffer.from(ours).equals(run.stdout)).toBe(true);
  });
});
