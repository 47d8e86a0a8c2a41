/**
 * The coupling graph of a Web of Science export, against the figure upstream tools assert: on
 * metaknowledge's testFile.isi, 32 nodes and 304 edges. Runs the whole pipeline on a folder that holds
 * only the file and prints the graphs' summary.
 *
 *   npm run build && node dist/scripts/eval-graphs.js ../shared/data/exports/metaknowledge-wos/testFile.isi
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const file = resolve(process.argv[2] ?? '../shared/data/exports/metaknowledge-wos/testFile.isi');
if (!existsSync(file)) {
  console.log(`eval-graphs: ${file} not found; skipped (the shared evaluation data is not present)`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'corpus-lens-graphs-'));
const corpus = join(dir, 'corpus');
spawnSync('mkdir', [corpus]);
symlinkSync(file, join(corpus, basename(file)));
const out = join(dir, 'out');
const cli = resolve('dist', 'cli', 'bin.js');
const r = spawnSync(process.execPath, [cli, 'graph', corpus, '--out', out, '--quiet', '--kinds', 'coupling,cocitation'], { stdio: 'inherit' });
if (!existsSync(join(out, 'graphs', 'summary.csv'))) {
  console.log(`eval-graphs: the run failed (exit ${r.status})`);
  process.exit(1);
}
const summary = readFileSync(join(out, 'graphs', 'summary.csv'), 'utf8').replace(/^\uFEFF/, '');
console.log(summary);
const coupling = summary.split('\n').find((l) => l.startsWith('coupling,'))?.split(',') ?? [];
const [nodes, edges] = [Number(coupling[1]), Number(coupling[2])];
console.log(`coupling: ${nodes} nodes, ${edges} edges (upstream: 32 nodes, 304 edges)${nodes === 32 && edges === 304 ? ': equal' : ''}`);
