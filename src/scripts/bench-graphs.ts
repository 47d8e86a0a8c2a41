/**
 * Benchmark of the similarity graphs (not a test): `node dist/scripts/bench-graphs.js`.
 *
 * For each corpus size it generates a seeded synthetic citation corpus (synthetic-citations.ts),
 * writes it as binary CSR to a temporary folder, then runs each step in a fresh process, so peak
 * memory is the step's own, interleaving the runs of both sides:
 *   kernel    corpus-lens: countSharedPairs on the typed arrays alone
 *   coupling  corpus-lens: prepareCitations + buildCoupling     vs  scipy B·Bᵀ (float64 and int32 data)
 *             (coupling1: the same on one thread)
 *   cluster   references -> coupling -> adjacency -> Louvain    vs  scipy B·Bᵀ -> igraph Graph -> multilevel
 *   pipeline  references -> coupling and co-citation graphs, clusters, layout, all files written
 * and prints a Markdown table of medians, wall and CPU seconds (CPU: all threads of the process).
 * Options: --sizes 10000,100000  --runs 3  --python PATH  --seed 42  --json FILE
 * --steps kernel,coupling,coupling1,scipy,cluster,igraph,pipeline (default all)  --threads N (kernel
 * and coupling; default the library's, 2).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareCitations, type CitationInput } from '../graphs/citation-input.js';
import { buildCoupling } from '../graphs/coupling.js';
import { symmetricAdjacency } from '../graphs/adjacency.js';
import { louvain } from '../graphs/louvain.js';
import { countSharedPairs } from '../graphs/pair-counts.js';
import { buildSimilarityGraphs } from '../graphs/similarity-graphs.js';
import { syntheticCitations } from './synthetic-citations.js';

type Result = Record<string, number | string>;

const SCRIPT = fileURLToPath(import.meta.url);
const PYTHON_SCRIPT = fileURLToPath(new URL('../../src/scripts/bench-graphs.py', import.meta.url));

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}

function peakMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** CPU seconds of the process since `from` (every thread). */
function cpuSince(from: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
}

/** Reads the binary corpus written by `writeCorpus`, with plain labels. */
function readCorpus(folder: string): CitationInput {
  const meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')) as { nDocs: number; nWorks: number };
  const view = (file: string): Uint32Array => {
    const b = readFileSync(join(folder, file));
    return new Uint32Array(b.buffer, b.byteOffset, b.byteLength / 4);
  };
  return {
    docs: Array.from({ length: meta.nDocs }, (_, i) => ({ id: `d${i + 1}`, label: `Document ${i + 1}`, year: 1990 + (i % 35) })),
    works: Array.from({ length: meta.nWorks }, (_, k) => ({ id: `w${k + 1}`, label: `Work ${k + 1}` })),
    docPtr: view('docPtr.bin'),
    workIdx: view('workIdx.bin'),
  };
}

function writeCorpus(folder: string, docs: number, seed: number): void {
  const c = syntheticCitations({ docs, seed });
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'docPtr.bin'), new Uint8Array(c.docPtr.buffer, c.docPtr.byteOffset, c.docPtr.byteLength));
  writeFileSync(join(folder, 'workIdx.bin'), new Uint8Array(c.workIdx.buffer, c.workIdx.byteOffset, c.workIdx.byteLength));
  writeFileSync(join(folder, 'meta.json'), JSON.stringify({ nDocs: c.docs.length, nWorks: c.works.length }));
}

/** One step, run inside a child process; prints one JSON line. */
function runStep(step: string, folder: string, seed: number, threads: number | undefined): Result {
  if (step === 'kernel') {
    // Only the typed arrays: what scipy's product gets.
    const meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')) as { nDocs: number; nWorks: number };
    const ptr = readFileSync(join(folder, 'docPtr.bin'));
    const idx = readFileSync(join(folder, 'workIdx.bin'));
    const docPtr = new Uint32Array(ptr.buffer, ptr.byteOffset, ptr.byteLength / 4);
    const workIdx = new Uint32Array(idx.buffer, idx.byteOffset, idx.byteLength / 4);
    const base = peakMB();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const pairs = countSharedPairs(meta.nDocs, docPtr, workIdx, meta.nWorks, threads !== undefined ? { threads } : {});
    const seconds = (performance.now() - t0) / 1000;
    return { step, seconds, cpuSeconds: cpuSince(c0), threads: pairs.threads, pairs: pairs.edges, peakMB: peakMB(), baseMB: base };
  }
  const input = readCorpus(folder);
  const base = peakMB();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  if (step === 'coupling' || step === 'coupling1') {
    const coupling = buildCoupling(prepareCitations(input), step === 'coupling1' ? { threads: 1 } : threads !== undefined ? { threads } : {});
    const seconds = (performance.now() - t0) / 1000;
    return { step, seconds, cpuSeconds: cpuSince(c0), threads: coupling.pairs.threads, pairs: coupling.graph.edges, peakMB: peakMB(), baseMB: base };
  }
  if (step === 'cluster') {
    const coupling = buildCoupling(prepareCitations(input));
    const t1 = performance.now();
    const adj = symmetricAdjacency(coupling.graph);
    const t2 = performance.now();
    const r = louvain(adj, { seed });
    const t3 = performance.now();
    return {
      step,
      seconds: (t3 - t0) / 1000,
      couplingSeconds: (t1 - t0) / 1000,
      adjacencySeconds: (t2 - t1) / 1000,
      louvainSeconds: (t3 - t2) / 1000,
      edges: coupling.graph.edges,
      clusters: r.count,
      modularity: r.modularity,
      peakMB: peakMB(),
      baseMB: base,
    };
  }
  if (step === 'pipeline') {
    const result = buildSimilarityGraphs({ citations: input }, { kinds: ['coupling', 'cocitation'], seed });
    const t1 = performance.now();
    const out = join(folder, 'files');
    mkdirSync(out, { recursive: true });
    let bytes = 0;
    for (const f of result.files) {
      writeFileSync(join(out, f.name), f.content);
      bytes += Buffer.byteLength(f.content);
    }
    const t2 = performance.now();
    const coupling = result.summary.find((s) => s.kind === 'coupling');
    return {
      step,
      seconds: (t2 - t0) / 1000,
      buildSeconds: (t1 - t0) / 1000,
      writeSeconds: (t2 - t1) / 1000,
      files: result.files.length,
      fileMB: bytes / 1e6,
      edges: coupling?.edges ?? 0,
      clusters: coupling?.clusters ?? 0,
      modularity: coupling?.modularity ?? 0,
      peakMB: peakMB(),
      baseMB: base,
    };
  }
  throw new Error(`unknown step ${step}`);
}

function child(command: string, args: string[]): Result | { error: string } {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(line) as Result;
  } catch {
    return { error: `${command} ${args.join(' ')} failed: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}` };
  }
}

/** Finds a Python that imports scipy (and igraph); Debian's /usr/bin/python3 gets both from apt. */
function findPython(): { path: string; igraph: boolean } | null {
  const candidates = [arg('python', ''), process.env['PYTHON'] ?? '', '/usr/bin/python3', 'python3'].filter((p) => p !== '');
  let scipyOnly: string | null = null;
  for (const p of candidates) {
    const r = spawnSync(p, ['-c', 'import scipy, numpy\ntry:\n import igraph\n print("igraph")\nexcept ImportError:\n print("scipy")'], { encoding: 'utf8' });
    const out = r.stdout?.trim();
    if (out === 'igraph') return { path: p, igraph: true };
    if (out === 'scipy' && scipyOnly === null) scipyOnly = p;
  }
  return scipyOnly ? { path: scipyOnly, igraph: false } : null;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const f0 = (x: number): string => (Number.isFinite(x) ? x.toFixed(0) : 'n/a');
const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(4) : 'n/a');

function main(): void {
  const step = arg('step', '');
  const seed = Number(arg('seed', '42'));
  const threadsArg = arg('threads', '');
  const threads = threadsArg === '' ? undefined : Number(threadsArg);
  if (step) {
    process.stdout.write(`${JSON.stringify(runStep(step, arg('data', ''), seed, threads))}\n`);
    return;
  }
  const steps = new Set(arg('steps', 'kernel,coupling,coupling1,scipy,cluster,igraph,pipeline').split(','));
  const threadArgs = threads === undefined ? [] : ['--threads', String(threads)];
  const sizes = arg('sizes', '10000,100000').split(',').map(Number);
  const runs = Number(arg('runs', '3'));
  const python = findPython();
  const all: Record<string, Result[]> = {};
  const lines: string[] = [];
  lines.push(`Node ${process.version}; Python ${python ? python.path : 'not found'}${python && !python.igraph ? ' (no igraph)' : ''}; ${runs} runs, medians; peak = max RSS of the step's process (interpreter included), net = peak minus RSS after loading the data.`);
  lines.push('');
  for (const n of sizes) {
    const folder = join(tmpdir(), `corpus-lens-bench-${n}-${seed}`);
    writeCorpus(folder, n, seed);
    const rec = (key: string, r: Result | { error: string }): void => {
      if ('error' in r) {
        process.stderr.write(`${r.error}\n`);
        return;
      }
      (all[`${n}:${key}`] ??= []).push(r as Result);
    };
    for (let run = 0; run < runs; run++) {
      if (steps.has('kernel')) rec('kernel', child(process.execPath, [SCRIPT, '--step', 'kernel', '--data', folder, ...threadArgs]));
      if (steps.has('coupling')) rec('coupling', child(process.execPath, [SCRIPT, '--step', 'coupling', '--data', folder, ...threadArgs]));
      if (steps.has('coupling1')) rec('coupling1', child(process.execPath, [SCRIPT, '--step', 'coupling1', '--data', folder]));
      if (python && steps.has('scipy')) {
        rec('scipy64', child(python.path, [PYTHON_SCRIPT, 'coupling', folder, 'float64']));
        rec('scipy32', child(python.path, [PYTHON_SCRIPT, 'coupling', folder, 'int32']));
      }
      if (steps.has('cluster')) rec('cluster', child(process.execPath, [SCRIPT, '--step', 'cluster', '--data', folder, '--seed', String(seed)]));
      if (python?.igraph && steps.has('igraph')) rec('igraph', child(python.path, [PYTHON_SCRIPT, 'louvain', folder, String(seed), '1']));
      if (steps.has('pipeline')) rec('pipeline', child(process.execPath, [SCRIPT, '--step', 'pipeline', '--data', folder, '--seed', String(seed)]));
      process.stderr.write(`size ${n}: run ${run + 1} of ${runs} done\n`);
    }
    rmSync(folder, { recursive: true, force: true });
    const m = (key: string, field: string): number => median((all[`${n}:${key}`] ?? []).map((r) => Number(r[field])));
    const net = (key: string): number => m(key, 'peakMB') - m(key, 'baseMB');
    lines.push(`### ${n.toLocaleString('en')} documents, ${f0(m('coupling', 'pairs'))} coupled pairs`);
    lines.push('');
    lines.push('| step | seconds | peak MB | net MB | notes |');
    lines.push('|---|---|---|---|---|');
    const ran = (key: string): boolean => (all[`${n}:${key}`] ?? []).length > 0;
    const row = (key: string, text: string): void => {
      if (ran(key)) lines.push(text);
    };
    const cpu = (key: string): string => `CPU ${f2(m(key, 'cpuSeconds'))} s`;
    row('kernel', `| corpus-lens kernel (countSharedPairs) | ${f2(m('kernel', 'seconds'))} | ${f0(m('kernel', 'peakMB'))} | ${f0(net('kernel'))} | typed arrays only; threads ${f0(m('kernel', 'threads'))}, ${cpu('kernel')} |`);
    row('coupling', `| corpus-lens coupling (prepare + buildCoupling) | ${f2(m('coupling', 'seconds'))} | ${f0(m('coupling', 'peakMB'))} | ${f0(net('coupling'))} | with labels in memory; threads ${f0(m('coupling', 'threads'))}, ${cpu('coupling')} |`);
    row('coupling1', `| corpus-lens coupling on one thread | ${f2(m('coupling1', 'seconds'))} | ${f0(m('coupling1', 'peakMB'))} | ${f0(net('coupling1'))} | ${cpu('coupling1')} |`);
    row('scipy64', `| scipy B·Bᵀ, float64 data (default) | ${f2(m('scipy64', 'seconds'))} | ${f0(m('scipy64', 'peakMB'))} | ${f0(net('scipy64'))} | ${cpu('scipy64')} |`);
    row('scipy32', `| scipy B·Bᵀ, int32 data | ${f2(m('scipy32', 'seconds'))} | ${f0(m('scipy32', 'peakMB'))} | ${f0(net('scipy32'))} | ${cpu('scipy32')} |`);
    row(
      'cluster',
      `| corpus-lens refs → Louvain | ${f2(m('cluster', 'seconds'))} | ${f0(m('cluster', 'peakMB'))} | ${f0(net('cluster'))} | coupling ${f2(m('cluster', 'couplingSeconds'))} s, adjacency ${f2(m('cluster', 'adjacencySeconds'))} s, Louvain ${f2(m('cluster', 'louvainSeconds'))} s; Q ${f3(m('cluster', 'modularity'))}, ${f0(m('cluster', 'clusters'))} clusters |`,
    );
    row(
      'igraph',
      `| scipy + igraph refs → multilevel | ${f2(m('igraph', 'seconds'))} | ${f0(m('igraph', 'peakMB'))} | ${f0(net('igraph'))} | product ${f2(m('igraph', 'productSeconds'))} s, Graph ${f2(m('igraph', 'buildSeconds'))} s, multilevel ${f2(m('igraph', 'louvainSeconds'))} s; Q ${f3(m('igraph', 'modularity'))}, ${f0(m('igraph', 'clusters'))} clusters |`,
    );
    row(
      'pipeline',
      `| corpus-lens refs → coupling + co-citation files | ${f2(m('pipeline', 'seconds'))} | ${f0(m('pipeline', 'peakMB'))} | ${f0(net('pipeline'))} | build ${f2(m('pipeline', 'buildSeconds'))} s, write ${f2(m('pipeline', 'writeSeconds'))} s, ${f0(m('pipeline', 'files'))} files, ${f0(m('pipeline', 'fileMB'))} MB |`,
    );
    lines.push('');
    lines.push(
      `Ratios: coupling time ${f2(m('coupling', 'seconds') / m('scipy64', 'seconds'))}x scipy float64 (${f2(m('coupling', 'seconds') / m('scipy32', 'seconds'))}x int32; one thread ${f2(m('coupling1', 'seconds') / m('scipy64', 'seconds'))}x); ` +
        `kernel ${f2(m('kernel', 'seconds') / m('scipy64', 'seconds'))}x / ${f2(m('kernel', 'seconds') / m('scipy32', 'seconds'))}x; ` +
        `coupling peak memory ${f2(m('coupling', 'peakMB') / m('scipy64', 'peakMB'))}x float64 (net ${f2(net('coupling') / net('scipy64'))}x), ${f2(m('coupling', 'peakMB') / m('scipy32', 'peakMB'))}x int32 (net ${f2(net('coupling') / net('scipy32'))}x); ` +
        `clustering end to end ${f2(m('cluster', 'seconds') / m('igraph', 'seconds'))}x igraph, modularity difference ${f3(m('cluster', 'modularity') - m('igraph', 'modularity'))}.`,
    );
    // Runs interleave the two sides, so a run's ratio compares them under the same load.
    const perRun = (key: string, field: (r: Result) => number): string => {
      const ours = all[`${n}:${key}`] ?? [];
      const theirs = all[`${n}:scipy64`] ?? [];
      return ours.map((r, t) => (theirs[t] ? f2(field(r) / field(theirs[t]!)) : 'n/a')).join(', ');
    };
    if (ran('scipy64') && (ran('coupling') || ran('coupling1'))) {
      lines.push('');
      lines.push(
        `Per run, against scipy float64: coupling time ${perRun('coupling', (r) => Number(r['seconds']))}; one thread ${perRun('coupling1', (r) => Number(r['seconds']))}; ` +
          `net memory ${perRun('coupling', (r) => Number(r['peakMB']) - Number(r['baseMB']))}; one thread ${perRun('coupling1', (r) => Number(r['peakMB']) - Number(r['baseMB']))}.`,
      );
    }
    lines.push('');
  }
  const report = lines.join('\n');
  process.stdout.write(`${report}\n`);
  const jsonOut = arg('json', '');
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(all, null, 1));
}

main();
