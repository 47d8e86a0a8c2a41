/**
 * `npm run eval`: every evaluation against the real data in ../shared/data, one after the other, each
 * in its own process, with the command that reproduces it printed above its figures. Says plainly when
 * the shared data is absent and exits 0 (tests never need it).
 *
 *   npm run eval            all evaluations
 *   npm run eval -- pdfs    only those whose name contains "pdfs"
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const shared = resolve('..', 'shared');
const data = join(shared, 'data');
const node = process.execPath;
const scratch = mkdtempSync(join(tmpdir(), 'corpus-lens-eval-'));

interface Step {
  name: string;
  what: string;
  cmd: string[];
}

const steps: Step[] = [
  { name: 'ingest-pdfs', what: 'Ground-truth first authors found in the text extracted from the real PDFs, against pdftotext', cmd: [node, 'dist/scripts/eval-ingest.js', join(data, 'pdfs')] },
  { name: 'pdfs-run', what: 'The whole pipeline on the real PDFs (rvignettes)', cmd: [node, 'dist/cli/bin.js', 'run', join(data, 'pdfs', 'rvignettes'), '--out', join(scratch, 'rv'), '--quiet', '--no-cache'] },
  { name: 'pdfs-references', what: 'Reference lists extracted from the real PDFs (shared scorer)', cmd: ['python3', join(shared, 'tools', 'score-pdf-references.py'), join(scratch, 'rv', 'references.csv'), join(data, 'pdfs', 'rvignettes', 'ground_truth_references.json')] },
  { name: 'references-parse', what: 'Reference parsing, per-field F1 (shared scorer, through `corpus-lens refs parse`)', cmd: ['python3', join(shared, 'tools', 'score-references.py')] },
  { name: 'references-sets', what: 'Reference parsing and splitting on every set, with held-out halves', cmd: [node, 'dist/scripts/eval-references.js', '--set', 'core,gbt,gbt-ay,good,refseg'] },
  { name: 'exports', what: 'Bibliographic exports: records and cited references read, against the manifests', cmd: [node, 'dist/scripts/eval-exports.js', join(data, 'exports')] },
  { name: 'themes-zh', what: 'Chinese terms on the zh-policy laws', cmd: [node, 'dist/scripts/eval-themes.js'] },
  { name: 'taxonomy', what: 'Taxonomy coding on the project\'s labelled passages', cmd: [node, 'dist/scripts/eval-taxonomy.js'] },
  { name: 'whole-run', what: 'One run over the sample corpus and every real document of ../shared/data at once', cmd: [node, 'dist/scripts/eval-whole.js', '--data', data] },
  { name: 'graphs-wos', what: 'Coupling graph of metaknowledge testFile.isi (32 nodes, 304 edges upstream)', cmd: [node, 'dist/scripts/eval-graphs.js', join(data, 'exports', 'metaknowledge-wos', 'testFile.isi')] },
];

if (!existsSync(data)) {
  console.log(`The shared evaluation data (${data}) is not here: nothing to evaluate. Tests do not need it.`);
  process.exit(0);
}
const only = process.argv[2];
let failed = 0;
for (const step of steps) {
  if (only && !step.name.includes(only)) continue;
  const script = step.cmd[1] ?? '';
  if (step.cmd[0] === node && script.startsWith('dist/') && !existsSync(script)) {
    console.log(`\n## ${step.name}: ${script} is not built; skipped`);
    continue;
  }
  console.log(`\n## ${step.name}: ${step.what}\n\n$ ${step.cmd.map((c) => c.replace(scratch, '$TMP')).join(' ')}\n`);
  const r = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit' });
  if (r.status !== 0) {
    console.log(`(${step.name} exited with ${r.status ?? r.signal})`);
    if (step.name !== 'pdfs-run') failed++;
  }
}
console.log(`\n${failed} evaluation(s) below their goals or failed.`);
