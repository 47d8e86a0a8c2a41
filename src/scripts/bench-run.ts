/**
 * Benchmark of the whole `corpus-lens run` at scale: for each size, a seeded synthetic corpus
 * (src/scripts/make-synthetic-corpus.ts: English and Chinese papers with about 30 references each,
 * some policy documents, 30 % PDF, a metadata.csv) is generated, then `corpus-lens run` reads it in a
 * child process into a fresh output folder (so no document cache is shared between sizes; the run
 * writes its own cache, as a first run does). Printed per size: each stage's seconds (from the run's
 * output/manifest.json), the child's wall and CPU time, its peak memory, and the growth factors
 * between successive sizes (linear growth is the ratio of the sizes).
 *
 * Peak memory is the child's maximum resident set size as the kernel counts it (getrusage), which
 * covers the worker threads that read documents: they live in the same process. It is taken from
 * GNU time (`/usr/bin/time -v`) when present, else from process.resourceUsage() reported by the
 * child itself at exit (a preloaded module).
 *
 *   npm run bench -- run                       (the same as the defaults below)
 *   node dist/scripts/bench-run.js [--sizes 1000,3000,10000] [--seed 1] [--pdf-share 0.3] [--jobs 2]
 *       [--dir /tmp/corpus-lens-bench-run] [--cpu-prof 3000] [--keep]
 *
 * --cpu-prof N writes V8 CPU profiles of the run at size N (main thread and workers) into
 * <dir>/prof-N/ (open them in Chrome DevTools or summarise them with --summarise-profile FILE).
 * --keep leaves the corpora and output folders in <dir>; otherwise each is removed after its run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { makeSyntheticCorpus, type SyntheticCorpusSummary } from './make-synthetic-corpus.js';

/** What one size measured. */
export interface RunMeasure {
  docs: number;
  corpus: SyntheticCorpusSummary;
  /** Seconds to generate the corpus (not part of the run). */
  generate: number;
  /** Seconds per stage, from manifest.json's timings (total included). */
  stages: Record<string, number>;
  wall: number;
  cpu: number;
  /** Peak resident set size of the run's process, MB. */
  peakMb: number;
  memoryMethod: string;
  exitCode: number;
  counts: Record<string, number>;
  /** Load average (1 min) when the run started: how busy the machine was. */
  load: number;
}

const STAGE_ORDER = ['read', 'references', 'themes', 'taxonomy', 'graphs', 'report', 'total'];
const GNU_TIME = '/usr/bin/time';
const BIN = fileURLToPath(new URL('../cli/bin.js', import.meta.url));
/** Preloaded into the child when GNU time is missing: prints its own peak memory and CPU time at exit. */
const REPORT_USAGE =
  "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();" +
  "process.stderr.write('\\nBENCH-RUN-USAGE '+JSON.stringify({maxRSS:u.maxRSS,user:u.userCPUTime,system:u.systemCPUTime})+'\\n')})";

function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

/** Runs `corpus-lens run` on one corpus in a child process and measures it. */
function runChild(corpus: string, out: string, jobs: number, profDir: string | undefined): Omit<RunMeasure, 'docs' | 'corpus' | 'generate' | 'stages' | 'counts'> & { stderr: string } {
  const nodeArgs = profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : [];
  const runArgs = [BIN, 'run', corpus, '--out', out, '--quiet', '--jobs', String(jobs)];
  const useTime = existsSync(GNU_TIME);
  const load = os.loadavg()[0] ?? 0;
  const t0 = performance.now();
  const r = useTime
    ? spawnSync(GNU_TIME, ['-v', process.execPath, ...nodeArgs, ...runArgs], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, ['--import', REPORT_USAGE, ...nodeArgs, ...runArgs], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - t0) / 1000;
  const stderr = r.stderr ?? '';
  let peakMb = 0;
  let cpu = 0;
  if (useTime) {
    const field = (label: string): number => {
      const line = stderr.split('\n').find((l) => l.trim().startsWith(label));
      return line ? Number(line.slice(line.lastIndexOf(':') + 1).trim()) : 0;
    };
    peakMb = field('Maximum resident set size (kbytes)') / 1024;
    cpu = field('User time (seconds)') + field('System time (seconds)');
  } else {
    const line = stderr.split('\n').find((l) => l.startsWith('BENCH-RUN-USAGE '));
    if (line) {
      const u = JSON.parse(line.slice('BENCH-RUN-USAGE '.length)) as { maxRSS: number; user: number; system: number };
      peakMb = u.maxRSS / 1024;
      cpu = (u.user + u.system) / 1e6;
    }
  }
  return {
    wall,
    cpu,
    peakMb,
    memoryMethod: useTime ? 'GNU time -v (max RSS of the process, worker threads included)' : 'process.resourceUsage().maxRSS at exit (worker threads included)',
    exitCode: r.status ?? -1,
    load,
    stderr,
  };
}

/** Generates the corpus of one size, runs it, and returns what was measured. */
export async function benchSize(docs: number, opts: { dir: string; seed: number; pdfShare: number; jobs: number; profile: boolean; keep: boolean }): Promise<RunMeasure> {
  const corpus = join(opts.dir, `syn${docs}`);
  const out = join(opts.dir, `out${docs}`);
  await rm(out, { recursive: true, force: true });
  const g0 = performance.now();
  const summary = await makeSyntheticCorpus(corpus, { docs, seed: opts.seed, pdfShare: opts.pdfShare });
  const generate = (performance.now() - g0) / 1000;
  const profDir = opts.profile ? join(opts.dir, `prof-${docs}`) : undefined;
  if (profDir) {
    await rm(profDir, { recursive: true, force: true });
    await mkdir(profDir, { recursive: true });
  }
  const child = runChild(corpus, out, opts.jobs, profDir);
  let stages: Record<string, number> = {};
  let counts: Record<string, number> = {};
  try {
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { timings: Record<string, number>; counts: Record<string, number> };
    stages = manifest.timings;
    counts = manifest.counts;
  } catch {
    process.stderr.write(`The run at ${docs} documents wrote no manifest.\n`);
  }
  if (child.exitCode !== 0) process.stderr.write(`The run at ${docs} documents exited with ${child.exitCode}:\n${child.stderr.slice(-4000)}\n`);
  if (!opts.keep) {
    await rm(corpus, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
  }
  const { stderr: _stderr, ...measured } = child;
  void _stderr;
  return { docs, corpus: summary, generate, stages, counts, ...measured };
}

const fmt = (x: number | undefined, digits = 1): string => (x === undefined ? '–' : x.toFixed(digits));

/** The stages measured, in pipeline order, then any others the manifest names. */
function stageNames(results: readonly RunMeasure[]): string[] {
  const seen = new Set(results.flatMap((r) => Object.keys(r.stages)));
  const known = STAGE_ORDER.filter((s) => seen.has(s));
  const other = [...seen].filter((s) => !STAGE_ORDER.includes(s)).sort();
  return [...known.filter((s) => s !== 'total'), ...other, ...known.filter((s) => s === 'total')];
}

/** The measurements as markdown tables: figures per size, then growth between sizes. */
export function formatTables(results: readonly RunMeasure[]): string {
  const stages = stageNames(results);
  const head = ['documents', 'references', 'MB', ...stages.map((s) => `${s} s`), 'wall s', 'CPU s', 'peak RSS MB', 'load'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---:').join('|')}|`];
  for (const r of results) {
    const cells = [
      String(r.docs),
      String(r.corpus.references),
      fmt(r.corpus.bytes / 1e6),
      ...stages.map((s) => fmt(r.stages[s])),
      fmt(r.wall),
      fmt(r.cpu),
      fmt(r.peakMb, 0),
      fmt(r.load),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (results.length > 1) {
    const gHead = ['growth', 'size', ...stages, 'wall', 'CPU', 'peak RSS'];
    lines.push('', `| ${gHead.join(' | ')} |`, `|${gHead.map(() => '---:').join('|')}|`);
    for (let i = 1; i < results.length; i++) {
      const a = results[i - 1]!;
      const b = results[i]!;
      const ratio = (x: number | undefined, y: number | undefined): string => (x && y !== undefined ? `${(y / x).toFixed(2)}x` : '–');
      const cells = [
        `${a.docs} → ${b.docs}`,
        `${(b.docs / a.docs).toFixed(2)}x`,
        ...stages.map((s) => ratio(a.stages[s], b.stages[s])),
        ratio(a.wall, b.wall),
        ratio(a.cpu, b.cpu),
        ratio(a.peakMb, b.peakMb),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/**
 * The functions of a V8 CPU profile (.cpuprofile) that take the most time: by self time (samples in
 * the function itself) and by total time (samples with the function anywhere on the stack, each
 * sample counted once per function however deep the recursion). Each line: seconds, share, function
 * and place.
 */
export async function summariseProfile(file: string, top = 25): Promise<string> {
  const prof = JSON.parse(await readFile(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const keyOf = new Map<number, string>();
  const parent = new Map<number, number>();
  for (const node of prof.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.replace(/^file:\/\//, '').replace(/^.*\/(dist|node_modules)\//, '$1/')}:${lineNumber + 1}` : '';
    keyOf.set(node.id, `${functionName || '(anonymous)'} ${where}`.trim());
    for (const c of node.children ?? []) parent.set(c, node.id);
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  prof.samples.forEach((id, i) => {
    const ms = (prof.timeDeltas[i] ?? 0) / 1000;
    all += ms;
    const own = keyOf.get(id) ?? '?';
    self.set(own, (self.get(own) ?? 0) + ms);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const k = keyOf.get(n) ?? '?';
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  const list = (m: Map<string, number>): string[] =>
    [...m.entries()]
      .filter(([k]) => k !== '(root)')
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, top)
      .map(([k, ms]) => `${(ms / 1000).toFixed(2).padStart(8)} s ${((100 * ms) / all).toFixed(1).padStart(5)} %  ${k}`);
  return [`${file}: ${(all / 1000).toFixed(1)} s sampled`, 'self time:', ...list(self), 'total time (on the stack):', ...list(total)].join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const summarise = flag(args, '--summarise-profile');
  if (summarise) {
    process.stdout.write(`${await summariseProfile(summarise, Number(flag(args, '--top') ?? 25))}\n`);
    return;
  }
  const sizes = (flag(args, '--sizes') ?? '1000,3000,10000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--sizes needs whole numbers, e.g. 1000,3000,10000');
  const dir = resolve(flag(args, '--dir') ?? join(os.tmpdir(), 'corpus-lens-bench-run'));
  const profileAt = Number(flag(args, '--cpu-prof') ?? 0);
  const opts = {
    dir,
    seed: Number(flag(args, '--seed') ?? 1),
    pdfShare: Number(flag(args, '--pdf-share') ?? 0.3),
    jobs: Number(flag(args, '--jobs') ?? 2),
    keep: args.includes('--keep'),
  };
  await mkdir(dir, { recursive: true });
  process.stdout.write(`Whole run on synthetic corpora (seed ${opts.seed}, ${opts.pdfShare * 100} % PDF, --jobs ${opts.jobs}), ${os.cpus().length} cores, Node ${process.version}; folder ${dir}\n`);
  const results: RunMeasure[] = [];
  for (const docs of sizes) {
    const r = await benchSize(docs, { ...opts, profile: docs === profileAt });
    results.push(r);
    process.stdout.write(
      `${docs} documents: generated in ${fmt(r.generate)} s (${r.corpus.pdf} PDF, ${r.corpus.txt} text, ${r.corpus.references} references, ${r.corpus.works} works); ` +
        `run exit ${r.exitCode}, ${fmt(r.wall)} s wall, ${fmt(r.cpu)} s CPU, peak ${fmt(r.peakMb, 0)} MB; counts ${JSON.stringify(r.counts)}\n`,
    );
  }
  process.stdout.write(`\n${formatTables(results)}\n\nPeak memory: ${results[0]?.memoryMethod ?? ''}.\n`);
  if (profileAt > 0) {
    const profDir = join(dir, `prof-${profileAt}`);
    const files = existsSync(profDir) ? (await readdir(profDir)).filter((f) => f.endsWith('.cpuprofile')).sort() : [];
    for (const f of files) process.stdout.write(`\n${await summariseProfile(join(profDir, f), 15)}\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
