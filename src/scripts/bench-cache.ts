/**
 * The document cache: a corpus of N generated PDFs (default 1,000, three pages each) read once
 * through `corpus-lens ingest`, then again unchanged. The second run must skip every PDF (goal: under
 * 5 seconds for 1,000 PDFs). Also reports the first run's pages per second through the whole reading
 * path (pdf.js, layout, cleaning, sentences), on two worker threads.
 *
 *   npm run build && node dist/scripts/bench-cache.js [count]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRng as rng } from '../graphs/rng.js';
import { layoutText, writePdf } from '../testing/pdf-writer.js';

const WORDS = 'school enterprise cooperation training base curriculum teacher apprenticeship policy industry education integration quality funding platform mechanism evaluation'.split(' ');


/** Writes `count` three-page PDFs into `dir`. */
export function makePdfCorpus(dir: string, count: number): void {
  const r = rng(7);
  for (let i = 0; i < count; i++) {
    const pages = [0, 1, 2].map((p) => {
      const lines: string[] = [];
      for (let l = 0; l < 40; l++) {
        const words = Array.from({ length: 12 }, () => WORDS[Math.floor(r() * WORDS.length)]!);
        lines.push(`${words.join(' ')}.`);
      }
      return { items: [{ x: 72, y: 760, text: `Journal of Synthetic Studies ${p + 1}`, size: 8 }, ...layoutText(lines, { x: 72, yTop: 730, leading: 14, size: 10 })] };
    });
    writeFileSync(join(dir, `doc-${String(i).padStart(5, '0')}.pdf`), writePdf({ pages, info: { title: `Synthetic paper ${i}` } }));
  }
}

function timeRun(bin: string, corpus: string, out: string): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, [bin, 'ingest', corpus, '--out', out, '--quiet', '--jobs', '2'], { stdio: 'inherit' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`ingest exited with ${r.status}`);
  return (performance.now() - t) / 1000;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 1000);
  const dir = mkdtempSync(join(tmpdir(), 'corpus-lens-cache-'));
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  makePdfCorpus(corpus, count);
  const bin = resolve('dist', 'cli', 'bin.js');
  const out = join(dir, 'out');
  const first = timeRun(bin, corpus, out);
  const manifest1 = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { counts: { pages: number } };
  const second = timeRun(bin, corpus, out);
  const manifest2 = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { cache: { hits: number; misses: number } };
  console.log(`| PDFs | pages | first run | pages/s (2 threads, whole reading path) | cached re-run | cache hits |`);
  console.log(`|---:|---:|---:|---:|---:|---:|`);
  console.log(`| ${count} | ${manifest1.counts.pages} | ${first.toFixed(1)} s | ${(manifest1.counts.pages / first).toFixed(0)} | ${second.toFixed(2)} s | ${manifest2.cache.hits}/${count} |`);
  rmSync(dir, { recursive: true, force: true });
}
