/**
 * `npm run bench`: every benchmark, one after the other, each in its own processes so that peak
 * memory is its own. Benchmarks measure speed; tests never do. Pass a name to run one:
 * `npm run bench -- pdf` (pdf, cache, themes, graphs, matching).
 *
 * `run` (the whole `corpus-lens run` on synthetic corpora of 1k, 3k and 10k documents, about
 * 15 minutes on 2 cores) runs only when named: `npm run bench -- run`.
 */
import { spawnSync } from 'node:child_process';

const node = process.execPath;
const steps: { name: string; cmd: string[]; onlyWhenNamed?: boolean }[] = [
  { name: 'pdf', cmd: [node, 'dist/scripts/bench-pdf.js', '--rounds', '3'] },
  { name: 'cache', cmd: [node, 'dist/scripts/bench-cache.js', '1000'] },
  { name: 'themes', cmd: [node, 'dist/scripts/bench-themes.js'] },
  { name: 'graphs', cmd: [node, 'dist/scripts/bench-graphs.js', '--sizes', '10000,100000', '--runs', '1'] },
  { name: 'matching', cmd: [node, 'dist/scripts/bench-matching.js'] },
  { name: 'text', cmd: [node, 'dist/scripts/bench-text-similarity.js', '--zipf', '--sizes', '1000,3000,10000'] },
  { name: 'run', cmd: [node, 'dist/scripts/bench-run.js', '--sizes', '1000,3000,10000'], onlyWhenNamed: true },
];
const only = process.argv[2];
for (const step of steps) {
  if (only ? step.name !== only : step.onlyWhenNamed) continue;
  console.log(`\n## ${step.name}\n\n$ node ${step.cmd.slice(1).join(' ')}\n`);
  const r = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit' });
  if (r.status !== 0) console.log(`(${step.name} exited with ${r.status ?? r.signal})`);
}
