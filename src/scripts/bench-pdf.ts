/**
 * Benchmark of PDF reading: pages per second and peak memory of the pdfjs engine (one thread, and a
 * pool of two worker threads), raw pdf.js text extraction, the poppler engine, and pdftotext alone
 * (one and two processes at a time). Each measurement runs in a fresh child process, so its peak
 * memory is its own. Usage: node dist/scripts/bench-pdf.js [folder] [--rounds n]
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultReadOptions, type ReadOptions } from '../core/registry.js';
import { createPdfPool } from '../ingest/pdf/pdf-pool.js';
import { readPdf } from '../ingest/pdf/read-pdf.js';
import { documentParams, loadPdfjs } from '../ingest/pdf/pdfjs-loader.js';
import { hasPdftotext } from '../ingest/pdf/poppler-engine.js';

type Mode = 'pdfjs' | 'pdfjs-raw' | 'pdfjs-2-workers' | 'poppler' | 'pdftotext' | 'pdftotext-2';

interface Measurement {
  mode: Mode;
  files: number;
  failed: number;
  pages: number;
  seconds: number;
  /** CPU time of the measuring process over the timed part (all its threads), seconds; 0 when not measured. */
  cpuSeconds: number;
  /** Load average (1 min) of the machine when the measurement ended. */
  load: number;
  /** Peak resident memory of the measuring process, MB (process.resourceUsage().maxRSS). */
  maxRssMb: number;
  /** Per worker: peak isolate heap (incl. external memory), MB; or for pdftotext the sampled peak RSS of one process. */
  perWorkerMb?: number[];
}

const LABELS: Record<Mode, string> = {
  pdfjs: 'pdfjs engine (ours: pdf.js + reading order), 1 thread',
  'pdfjs-raw': 'pdf.js getTextContent only (reference), 1 thread',
  'pdfjs-2-workers': 'pdfjs engine, 2 worker threads',
  poppler: 'poppler engine (pdftotext + pdfinfo per file)',
  pdftotext: 'pdftotext alone, 1 process at a time',
  'pdftotext-2': 'pdftotext alone, 2 processes at a time',
};

/** Runs the benchmark on a folder of PDFs (default ../shared/data/pdfs) and prints a markdown table. */
export async function benchPdf(args: string[]): Promise<void> {
  const modeAt = args.indexOf('--mode');
  if (modeAt >= 0) {
    const mode = args[modeAt + 1] as Mode;
    const files = listPdfs(args[modeAt + 2] ?? '.');
    process.stdout.write(`${JSON.stringify(await measure(mode, files))}\n`);
    return;
  }
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Math.max(1, Number(args[roundsAt + 1]) || 1) : 3;
  const positional = args.filter((a, i) => !a.startsWith('--') && (roundsAt < 0 || i !== roundsAt + 1));
  const folder = resolve(positional[0] ?? '../shared/data/pdfs');
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    process.stdout.write(`No PDF folder at ${folder}: nothing to measure.\n`);
    return;
  }
  const files = listPdfs(folder);
  if (files.length === 0) {
    process.stdout.write(`No PDF files under ${folder}: nothing to measure.\n`);
    return;
  }
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const poppler = await hasPdftotext();
  const modes: Mode[] = ['pdfjs', 'pdfjs-raw', 'pdfjs-2-workers'];
  if (poppler) modes.push('poppler', 'pdftotext', 'pdftotext-2');
  process.stdout.write(
    `PDF benchmark: ${files.length} PDFs, ${(bytes / 1e6).toFixed(1)} MB, in ${folder}\n` +
      `Node ${process.version}; fastest of ${rounds} round(s), each measurement in a fresh process.\n\n`,
  );
  const results: Measurement[] = [];
  for (const mode of modes) {
    const runs: Measurement[] = [];
    for (let r = 0; r < rounds; r++) runs.push(await runChild(mode, folder));
    // The fastest round: other work on the machine only ever slows a round down.
    runs.sort((a, b) => a.pages / a.seconds - b.pages / b.seconds);
    results.push(runs[runs.length - 1] as Measurement);
  }
  process.stdout.write(table(results));
  if (!poppler) process.stdout.write('\npdftotext is not installed (apt-get install poppler-utils): poppler rows skipped.\n');
}

/** PDF files under a folder, recursively, in a stable order. */
function listPdfs(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (name.toLowerCase().endsWith('.pdf')) out.push(path);
    }
  };
  walk(folder);
  return out;
}

function runChild(mode: Mode, folder: string): Promise<Measurement> {
  const script = fileURLToPath(import.meta.url);
  return new Promise((res, rej) => {
    execFile(process.execPath, [script, '--mode', mode, folder], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) rej(new Error(`${mode} failed: ${stderr || err.message}`));
      else res(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Measurement);
    });
  });
}

/** One measurement, inside the child process. */
async function measure(mode: Mode, files: string[]): Promise<Measurement> {
  const options: ReadOptions = { ...defaultReadOptions, pdfEngine: mode === 'poppler' ? 'poppler' : 'pdfjs' };
  const first = files[0] as string;
  let pages = 0;
  let failed = 0;
  let perWorkerMb: number[] | undefined;
  let seconds = 0;
  let cpu0 = process.cpuUsage();
  const startCpu = (): void => {
    cpu0 = process.cpuUsage();
  };
  if (mode === 'pdfjs' || mode === 'poppler') {
    await readOne(first, options).catch(() => undefined); // warm-up: load pdf.js, compile
    startCpu();
    const t0 = performance.now();
    for (const f of files) {
      const n = await readOne(f, options).catch(() => -1);
      if (n < 0) failed++;
      else pages += n;
    }
    seconds = (performance.now() - t0) / 1000;
  } else if (mode === 'pdfjs-raw') {
    const pdfjs = await loadPdfjs();
    const raw = async (f: string): Promise<number> => {
      const task = pdfjs.getDocument(documentParams(readFileSync(f)));
      try {
        const doc = await task.promise;
        for (let i = 1; i <= doc.numPages; i++) {
          const page = await doc.getPage(i);
          await page.getTextContent();
          page.cleanup();
        }
        return doc.numPages;
      } finally {
        await task.destroy();
      }
    };
    await raw(first).catch(() => undefined);
    startCpu();
    const t0 = performance.now();
    for (const f of files) {
      const n = await raw(f).catch(() => -1);
      if (n < 0) failed++;
      else pages += n;
    }
    seconds = (performance.now() - t0) / 1000;
  } else if (mode === 'pdfjs-2-workers') {
    const pool = createPdfPool(2);
    try {
      await Promise.all([pool.read(first, options), pool.read(first, options)]).catch(() => undefined);
      startCpu();
      const t0 = performance.now();
      const counts = await Promise.all(
        files.map((f) => pool.read(f, options).then((r) => r[0]?.pages.length ?? 0, () => -1)),
      );
      seconds = (performance.now() - t0) / 1000;
      for (const n of counts) {
        if (n < 0) failed++;
        else pages += n;
      }
      perWorkerMb = (await pool.memory()).map((m) => m.peakHeapBytes / 1e6);
    } finally {
      await pool.close();
    }
  } else {
    // pdftotext alone; pages counted by form feeds.
    const parallel = mode === 'pdftotext-2' ? 2 : 1;
    const peaks: number[] = [];
    const queue = files.slice();
    const t0 = performance.now();
    const lane = async (): Promise<void> => {
      for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
        const r = await pdftotext(f);
        if (r.pages < 0) failed++;
        else pages += r.pages;
        peaks.push(r.peakRssMb);
      }
    };
    await Promise.all(Array.from({ length: parallel }, lane));
    seconds = (performance.now() - t0) / 1000;
    const peak = Math.max(0, ...peaks);
    perWorkerMb = peak > 0 ? [peak] : undefined;
  }
  const cpu = process.cpuUsage(cpu0);
  // The poppler modes spend their time in child processes, which process.cpuUsage() does not count.
  const childOnly = mode === 'poppler' || mode === 'pdftotext' || mode === 'pdftotext-2';
  const m: Measurement = {
    mode,
    files: files.length,
    failed,
    pages,
    seconds,
    cpuSeconds: childOnly ? 0 : (cpu.user + cpu.system) / 1e6,
    load: loadavg()[0] ?? 0,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  if (perWorkerMb) m.perWorkerMb = perWorkerMb;
  return m;
}

async function readOne(file: string, options: ReadOptions): Promise<number> {
  const doc = await readPdf({ path: file, absPath: file, bytes: readFileSync(file) }, options);
  return doc.pages.length;
}

/** Runs pdftotext on one file; samples its peak RSS from /proc (Linux) while it runs. */
function pdftotext(file: string): Promise<{ pages: number; peakRssMb: number }> {
  return new Promise((res) => {
    const child = spawn('pdftotext', ['-enc', 'UTF-8', '-eol', 'unix', file, '-'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let feeds = 0;
    let peakKb = 0;
    const sample = (): void => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const m = /VmHWM:\s+(\d+)/.exec(status);
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        // not Linux, or already gone
      }
    };
    const timer = setInterval(sample, 2);
    child.stdout.on('data', (chunk: Buffer) => {
      sample();
      for (const b of chunk) if (b === 12) feeds++;
    });
    child.on('close', (code) => {
      clearInterval(timer);
      res({ pages: code === 0 ? feeds : -1, peakRssMb: peakKb / 1024 });
    });
  });
}

function table(results: Measurement[]): string {
  const rate = (m: Measurement | undefined): number => (m && m.seconds > 0 ? m.pages / m.seconds : 0);
  const lines = [
    '| method | files (failed) | pages | seconds | pages/s | pages per CPU-second | peak RSS of process, MB | per worker / per process, MB | load avg |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const m of results) {
    const per = m.perWorkerMb ? m.perWorkerMb.map((v) => v.toFixed(0)).join(' / ') : '';
    lines.push(
      `| ${LABELS[m.mode]} | ${m.files} (${m.failed}) | ${m.pages} | ${m.seconds.toFixed(2)} | ${rate(m).toFixed(1)} | ` +
        `${m.cpuSeconds > 0 ? (m.pages / m.cpuSeconds).toFixed(1) : '-'} | ${m.maxRssMb.toFixed(0)} | ${per} | ${m.load.toFixed(1)} |`,
    );
  }
  const by = (mode: Mode): Measurement | undefined => results.find((m) => m.mode === mode);
  const ratio = (a: Mode, b: Mode, what: string): string => {
    const ra = rate(by(a));
    const rb = rate(by(b));
    return ra > 0 && rb > 0 ? `- ${what}: ${(ra / rb).toFixed(2)}x\n` : '';
  };
  return (
    `${lines.join('\n')}\n\n` +
    'Per worker: peak V8 heap of the worker isolate (with external memory), after each document. ' +
    'For pdftotext: peak RSS of one pdftotext process, sampled from /proc. Pages per CPU-second counts ' +
    'every thread of the process (pdf.js also keeps the garbage collector busy), not child processes. A load average ' +
    'above the number of cores means other work competed for the CPU.\n\nRatios (wall-clock pages/s):\n' +
    ratio('pdfjs', 'pdfjs-raw', 'our pdfjs engine / raw pdf.js (cost of reading order)') +
    ratio('pdfjs-2-workers', 'pdfjs', 'pdfjs, 2 workers / 1 thread') +
    ratio('poppler', 'pdfjs', 'poppler engine / pdfjs engine') +
    ratio('pdftotext', 'pdfjs', 'pdftotext alone / pdfjs engine') +
    ratio('pdftotext-2', 'pdftotext', 'pdftotext, 2 at a time / 1 at a time') +
    ratio('pdftotext-2', 'pdfjs-2-workers', 'pdftotext 2 at a time / pdfjs 2 workers')
  );
}

const invoked = process.argv[1];
if (invoked !== undefined && import.meta.url === pathToFileURL(resolve(invoked)).href) {
  benchPdf(process.argv.slice(2)).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
