/**
 * One run over everything real at once (issue #8): the sample corpus together with every document of
 * ../shared/data that a scholar would put in a corpus folder — the real PDFs, the Web of Science,
 * Scopus, Lens, OpenAlex, IEEE, Springer, RIS and MEDLINE exports (the deliberately broken one too)
 * and the Chinese laws. The evaluation sets of reference strings are not documents and stay out, as do
 * the data's own MANIFEST, LICENSE and ground-truth files.
 *
 * The corpus folder is made of symbolic links in a scratch folder (nothing is copied), the whole
 * `corpus-lens run` runs on it in a child process, and the outputs are summarised: documents by
 * source and status, references, works, works cited from more than one source, graphs, findings,
 * problems by rule, seconds per stage and the child's peak memory.
 *
 * Usage: node dist/scripts/eval-whole.js [--data ../shared/data] [--out DIR] [--jobs 2]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

function opt(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const data = resolve(opt('--data', join('..', 'shared', 'data')));
const scratch = mkdtempSync(join(tmpdir(), 'corpus-lens-whole-'));
const out = resolve(opt('--out', join(scratch, 'out')));
const jobs = opt('--jobs', '2');

/** Files of the shared data that are documents of a corpus: by folder, the extensions taken. */
const SOURCES: ReadonlyArray<{ from: string; to: string; take: RegExp }> = [
  { from: 'pdfs/rvignettes/pdf', to: 'pdfs/rvignettes', take: /\.pdf$/i },
  { from: 'pdfs/grobid', to: 'pdfs/grobid', take: /\.pdf$/i },
  { from: 'exports/bibliometrix/fixtures', to: 'exports/bibliometrix', take: /\.(csv|txt)$/i },
  { from: 'exports/litstudy', to: 'exports/litstudy', take: /\.(csv|ris)$/i },
  { from: 'exports/metaknowledge-wos', to: 'exports/metaknowledge', take: /\.(isi|txt|medline|scopus)$/i },
  { from: 'zh-policy', to: 'zh-policy', take: /\)\.md$/ },
];

function link(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  symlinkSync(from, to);
}

function linkTree(fromDir: string, toDir: string): number {
  let n = 0;
  for (const e of readdirSync(fromDir, { withFileTypes: true })) {
    const f = join(fromDir, e.name);
    if (e.isDirectory()) n += linkTree(f, join(toDir, e.name));
    else if (e.isFile()) {
      link(f, join(toDir, e.name));
      n++;
    }
  }
  return n;
}

type Row = Record<string, string>;
function readCsv(file: string): Row[] {
  if (!existsSync(file)) return [];
  return parse(readFileSync(file), { bom: true, columns: true, relax_column_count: true }) as Row[];
}

function count<T>(items: Iterable<T>, key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return new Map([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

/** The source of a document as the scholar sees it: sample, pdfs/…, exports/<set>, zh-policy. */
function sourceOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'exports' || parts[0] === 'pdfs') return `${parts[0]}/${parts[1]}`;
  return parts[0] ?? '';
}

function main(): void {
  if (!existsSync(data)) {
    console.log(`The shared evaluation data (${data}) is not here: nothing to evaluate.`);
    return;
  }
  const corpus = join(scratch, 'corpus');
  let files = linkTree(resolve('corpus'), join(corpus, 'sample'));
  for (const s of SOURCES) {
    const dir = join(data, s.from);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!s.take.test(name)) continue;
      link(join(dir, name), join(corpus, s.to, name));
      files++;
    }
  }
  console.log(`Corpus: ${files} files linked under ${relative(process.cwd(), corpus) || corpus}`);

  const args = ['dist/cli/bin.js', 'run', corpus, '--out', out, '--quiet', '--no-cache', '--jobs', jobs];
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const r = timeBin
    ? spawnSync(timeBin, ['-f', 'PEAK_RSS_KB %M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const peak = /PEAK_RSS_KB (\d+)/.exec(r.stderr ?? '');
  console.log(`$ corpus-lens ${args.slice(1).join(' ').replaceAll(scratch, '$TMP')}\nexit code ${r.status} (1 = done, with problems reported)`);
  if (r.status !== 0 && r.status !== 1) {
    console.log(r.stderr);
    process.exitCode = 1;
    return;
  }

  const docs = readCsv(join(out, 'documents.csv'));
  const byId = new Map(docs.map((d) => [d.id!, d]));
  console.log('\n| source | documents | ok | failed | skipped | formats |\n|---|---|---|---|---|---|');
  const sources = [...new Set(docs.map((d) => sourceOf(d.path!)))].sort();
  for (const s of sources) {
    const ds = docs.filter((d) => sourceOf(d.path!) === s);
    const st = (x: string): number => ds.filter((d) => d.status === x).length;
    const formats = [...count(ds, (d) => d.format || '?')].map(([f, n]) => `${f} ${n}`).join(', ');
    console.log(`| ${s} | ${ds.length} | ${st('ok')} | ${st('failed')} | ${st('skipped')} | ${formats} |`);
  }

  const refs = readCsv(join(out, 'references.csv'));
  const works = readCsv(join(out, 'works.csv'));
  const citations = readCsv(join(out, 'citations.csv'));
  const sourcesOfWork = new Map<string, Set<string>>();
  for (const ref of refs) {
    const d = byId.get(ref.document!);
    if (!d || !ref.work_id) continue;
    const set = sourcesOfWork.get(ref.work_id) ?? new Set<string>();
    set.add(sourceOf(d.path!).split('/')[0]!);
    sourcesOfWork.set(ref.work_id, set);
  }
  const multi = count(
    [...sourcesOfWork.values()].filter((s) => s.size > 1),
    (s) => [...s].sort().join(' + '),
  );
  console.log(`\nReferences ${refs.length}; works ${works.length}; direct citations between corpus documents ${citations.length}.`);
  console.log('Works cited from more than one kind of source (each is one work):');
  for (const [k, n] of multi) console.log(`- ${k}: ${n}`);
  if (multi.size === 0) console.log('- none');

  console.log('\n| graph | nodes | edges | clusters | modularity |\n|---|---|---|---|---|');
  for (const g of readCsv(join(out, 'graphs', 'summary.csv'))) {
    console.log(`| ${g.kind} | ${g.nodes} | ${g.edges} | ${g.clusters} | ${Number(g.modularity).toFixed(3)} |`);
  }
  const findings = readCsv(join(out, 'taxonomy', 'findings.csv'));
  const terms = readCsv(join(out, 'themes', 'terms.csv'));
  console.log(`\nTerms ${terms.length}; taxonomy findings ${findings.length} in ${new Set(findings.map((f) => f.document)).size} documents.`);

  const problems = readCsv(join(out, 'problems.csv'));
  console.log(`\nProblems: ${problems.length} (${[...count(problems, (p) => p.severity!)].map(([s, n]) => `${n} ${s}`).join(', ')})`);
  for (const [k, n] of count(problems, (p) => `${p.severity} ${p.stage}:${p.rule}`)) console.log(`- ${k}: ${n}`);

  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { timings: Record<string, number> };
  console.log(`\nSeconds per stage: ${Object.entries(manifest.timings).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (peak) console.log(`Peak memory of the run (maximum resident set, GNU time): ${Math.round(Number(peak[1]) / 1024)} MB`);
}

main();
