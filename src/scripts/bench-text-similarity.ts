/**
 * Benchmark of the text-similarity graph's neighbour search (src/graphs/text-similarity.ts) on the
 * TF-IDF matrices the pipeline builds. For each size a seeded synthetic corpus is generated
 * (src/scripts/make-synthetic-corpus.ts), read and analysed as `corpus-lens run` does (ingest, themes
 * with the default codebook's vocabulary, the graphs stage's term matrix), and the matrix is saved;
 * then buildTextSimilarity runs on it in a fresh child process, so that its peak memory is its own.
 * Printed per size: documents, terms, non-zeros, seconds, peak RSS (and net of the loaded matrix),
 * partner visits, links kept, a hash of the graph (ptr, dst, weights), and growth between sizes.
 *
 *   node dist/scripts/bench-text-similarity.js [--sizes 1000,3000,10000] [--seed 1] [--pdf-share 0]
 *       [--dir /tmp/corpus-lens-bench-text] [--runs 1] [--impl PATH] [--corpus DIR] [--zipf]
 *
 * --zipf measures seeded Zipf term matrices of a realistic vocabulary instead (see zipfMatrix).
 * --corpus DIR measures the matrix of an existing corpus folder (e.g. corpus/) instead of generated ones.
 * --impl PATH times another build of text-similarity.js (e.g. an older dist/) on the same matrices
 * and reports how many of its links the current build keeps and whether the graphs are identical.
 * Matrices are kept in <dir> (matrix-N.*) and reused when present.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TermMatrix } from '../graphs/citation-input.js';
import type { TextSimilarity } from '../graphs/text-similarity.js';
import { ingestCorpus } from '../pipeline/ingest-corpus.js';
import { resolveOptions } from '../pipeline/options.js';
import { termMatrix } from '../pipeline/stage-graphs.js';
import { codebookVocabulary, loadRunCodebook } from '../pipeline/stage-taxonomy.js';
import { themesStage } from '../pipeline/stage-themes.js';
import { createRng, randomIndex } from '../graphs/rng.js';
import { computeTfIdf } from '../themes/tfidf.js';
import { makeSyntheticCorpus } from './make-synthetic-corpus.js';

const SELF = fileURLToPath(import.meta.url);
const CURRENT = fileURLToPath(new URL('../graphs/text-similarity.js', import.meta.url));

function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Reads a corpus folder as the pipeline does and returns its TF-IDF term matrix. */
async function corpusMatrix(dir: string): Promise<TermMatrix> {
  const options = resolveOptions({ input: dir, out: join(dir, '..', 'unused-output'), cache: false, jobs: 2 });
  const { docs } = await ingestCorpus(options);
  const { codebook } = await loadRunCodebook(undefined);
  const { analysis } = await themesStage(docs, { vocabulary: codebookVocabulary(codebook) });
  return termMatrix(docs, analysis);
}

/** Inverse-CDF sampler of ranks 0..size-1 with P(r) proportional to 1 / (r + 1 + offset)^s. */
function zipfSampler(size: number, s: number, offset: number): (u: number) => number {
  const cdf = new Float64Array(size);
  let sum = 0;
  for (let r = 0; r < size; r++) cdf[r] = sum += 1 / (r + 1 + offset) ** s;
  return (u) => {
    const x = u * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/**
 * A seeded TF-IDF matrix with a realistic vocabulary: 5,000 + 30 n^0.75 terms (Heaps' law), documents
 * of 500 to 3,000 counted tokens, three quarters drawn from one Zipf law (s = 1) over all terms with
 * the 50 most frequent left out (stop words), one quarter from the document's topic (n / 250 topics of
 * 200 terms each, drawn from the less frequent terms, Zipf inside the topic). Weighted by computeTfIdf.
 */
function zipfMatrix(docs: number, seed: number): TermMatrix {
  const rng = createRng(seed);
  const vocabulary = Math.round(5000 + 30 * docs ** 0.75);
  const background = zipfSampler(vocabulary, 1, 50);
  const inTopic = zipfSampler(200, 1, 0);
  const topics = Array.from({ length: Math.max(4, Math.round(docs / 250)) }, () => Array.from({ length: 200 }, () => 200 + randomIndex(rng, vocabulary - 200)));
  const streams: Int32Array[] = [];
  for (let d = 0; d < docs; d++) {
    const topic = topics[randomIndex(rng, topics.length)]!;
    const ids = new Int32Array(500 + randomIndex(rng, 2501));
    for (let k = 0; k < ids.length; k++) ids[k] = rng() < 0.75 ? background(rng()) : topic[inTopic(rng())]!;
    streams.push(ids);
  }
  const tf = computeTfIdf(streams, vocabulary);
  return {
    docs: streams.map((_, d) => ({ id: `z${d}`, label: `Zipf document ${d}` })),
    terms: Array.from({ length: vocabulary }, (_, t) => `t${t}`),
    docPtr: Uint32Array.from(tf.docPtr),
    termIdx: Uint32Array.from(tf.termIds),
    values: Float32Array.from(tf.weights),
  };
}

/** Saves a term matrix as base.json (documents, terms) and three binary arrays. */
async function saveMatrix(base: string, m: TermMatrix): Promise<void> {
  await writeFile(`${base}.json`, JSON.stringify({ docs: m.docs, terms: m.terms }));
  await writeFile(`${base}.ptr`, new Uint8Array(m.docPtr.buffer, m.docPtr.byteOffset, m.docPtr.byteLength));
  await writeFile(`${base}.idx`, new Uint8Array(m.termIdx.buffer, m.termIdx.byteOffset, m.termIdx.byteLength));
  await writeFile(`${base}.val`, new Uint8Array(m.values.buffer, m.values.byteOffset, m.values.byteLength));
}

/** Loads a matrix written by saveMatrix. */
async function loadMatrix(base: string): Promise<TermMatrix> {
  const head = JSON.parse(await readFile(`${base}.json`, 'utf8')) as Pick<TermMatrix, 'docs' | 'terms'>;
  const bytes = async (ext: string): Promise<ArrayBuffer> => {
    const b = await readFile(`${base}.${ext}`);
    const copy = new Uint8Array(b.byteLength);
    copy.set(b);
    return copy.buffer;
  };
  return { ...head, docPtr: new Uint32Array(await bytes('ptr')), termIdx: new Uint32Array(await bytes('idx')), values: new Float32Array(await bytes('val')) };
}

/** What one timed build measured (printed by the child as JSON). */
interface Timed {
  docs: number;
  terms: number;
  nnz: number;
  seconds: number;
  peakMb: number;
  loadedMb: number;
  scored: number;
  full: number;
  edges: number;
  hash: string;
}

function graphHash(ts: TextSimilarity): string {
  const h = createHash('sha256');
  const g = ts.graph;
  h.update(new Uint8Array(g.ptr.buffer, g.ptr.byteOffset, g.ptr.byteLength));
  h.update(new Uint8Array(g.dst.buffer, g.dst.byteOffset, g.dst.byteLength));
  h.update(new Uint8Array(g.weight.buffer, g.weight.byteOffset, g.weight.byteLength));
  return h.digest('hex').slice(0, 16);
}

/** Child: builds the graph once per run with the given implementation; prints the fastest run and writes the edges. */
async function timeChild(base: string, impl: string, runs: number, edgesOut: string | undefined): Promise<void> {
  const m = await loadMatrix(base);
  const loadedMb = process.memoryUsage().rss / 2 ** 20;
  const mod = (await import(pathToFileURL(impl).href)) as typeof import('../graphs/text-similarity.js');
  let best = Infinity;
  let ts: TextSimilarity | undefined;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    ts = mod.buildTextSimilarity(m);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  const g = ts!.graph;
  if (edgesOut) {
    const lines: string[] = [];
    for (let i = 0; i < g.n; i++) for (let e = g.ptr[i]!; e < g.ptr[i + 1]!; e++) lines.push(`${i} ${g.dst[e]} ${g.weight[e]}`);
    await writeFile(edgesOut, `${lines.join('\n')}\n`);
  }
  const out: Timed = {
    docs: m.docs.length,
    terms: m.terms.length,
    nnz: m.termIdx.length,
    seconds: best,
    peakMb: process.resourceUsage().maxRSS / 1024,
    loadedMb,
    scored: (ts as { partnerVisits?: number }).partnerVisits ?? -1,
    full: (ts as { pairsScored?: number }).pairsScored ?? -1,
    edges: g.edges,
    hash: graphHash(ts!),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

function runChild(base: string, impl: string, runs: number, edgesOut: string): Timed {
  const r = spawnSync(process.execPath, [SELF, '--child', base, '--impl', impl, '--runs', String(runs), '--edges', edgesOut], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Timed;
}

/** Links of `want` (edge files "i j w") that `got` holds: the recall of links. */
async function recall(wantFile: string, gotFile: string): Promise<{ kept: number; of: number }> {
  const key = (l: string): string => l.split(' ').slice(0, 2).join(' ');
  const got = new Set((await readFile(gotFile, 'utf8')).split('\n').filter(Boolean).map(key));
  const want = (await readFile(wantFile, 'utf8')).split('\n').filter(Boolean);
  return { kept: want.filter((l) => got.has(key(l))).length, of: want.length };
}

const fmt = (x: number, d = 2): string => x.toFixed(d);

async function main(args: string[]): Promise<void> {
  const child = flag(args, '--child');
  const runs = Number(flag(args, '--runs') ?? 1);
  if (child) return timeChild(child, flag(args, '--impl') ?? CURRENT, runs, flag(args, '--edges'));
  const dir = resolve(flag(args, '--dir') ?? '/tmp/corpus-lens-bench-text');
  const seed = Number(flag(args, '--seed') ?? 1);
  const pdfShare = Number(flag(args, '--pdf-share') ?? 0);
  const other = flag(args, '--impl');
  const corpus = flag(args, '--corpus');
  const zipf = args.includes('--zipf');
  await mkdir(dir, { recursive: true });
  const cases: { name: string; base: string; make: () => Promise<TermMatrix> }[] = corpus
    ? [{ name: corpus, base: join(dir, 'matrix-corpus'), make: () => corpusMatrix(resolve(corpus)) }]
    : (flag(args, '--sizes') ?? '1000,3000,10000').split(',').map((s) => {
        const docs = Number(s);
        if (zipf) return { name: `zipf-${docs}`, base: join(dir, `zipf-${docs}-s${seed}`), make: async () => zipfMatrix(docs, seed) };
        const base = join(dir, `matrix-${docs}-s${seed}-p${pdfShare}`);
        return {
          name: String(docs),
          base,
          make: async () => {
            const folder = join(dir, `corpus-${docs}`);
            await rm(folder, { recursive: true, force: true });
            await makeSyntheticCorpus(folder, { docs, seed, pdfShare });
            const m = await corpusMatrix(folder);
            await rm(folder, { recursive: true, force: true });
            return m;
          },
        };
      });
  const head = ['corpus', 'documents', 'terms', 'non-zeros', 'seconds', 'peak MB', 'net MB', 'partner visits', 'pairs scored', 'links', 'hash'];
  if (other) head.push('other s', 'other peak MB', 'other visits', 'other links', 'links of other kept', 'identical');
  process.stdout.write(`${head.join('\t')}\n`);
  const rows: Timed[] = [];
  for (const c of cases) {
    if (!existsSync(`${c.base}.json`)) await saveMatrix(c.base, await c.make());
    const mine = runChild(c.base, CURRENT, runs, `${c.base}.edges`);
    rows.push(mine);
    const cells = [c.name, mine.docs, mine.terms, mine.nnz, fmt(mine.seconds, 3), fmt(mine.peakMb, 0), fmt(mine.peakMb - mine.loadedMb, 0), mine.scored, mine.full, mine.edges, mine.hash].map(String);
    if (other) {
      const theirs = runChild(c.base, resolve(other), runs, `${c.base}.other-edges`);
      const r = await recall(`${c.base}.other-edges`, `${c.base}.edges`);
      cells.push(fmt(theirs.seconds, 3), fmt(theirs.peakMb, 0), String(theirs.scored), String(theirs.edges), `${r.kept}/${r.of}`, theirs.hash === mine.hash ? 'yes' : 'no');
    }
    process.stdout.write(`${cells.join('\t')}\n`);
  }
  for (let k = 1; k < rows.length; k++) {
    const a = rows[k - 1]!;
    const b = rows[k]!;
    process.stdout.write(`growth ${a.docs} -> ${b.docs} (x${fmt(b.docs / a.docs)}): seconds x${fmt(b.seconds / a.seconds)}, partner visits x${fmt(b.scored / a.scored)}, net MB x${fmt((b.peakMb - b.loadedMb) / (a.peakMb - a.loadedMb))}\n`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
