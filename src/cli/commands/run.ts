import { resolve } from 'node:path';
import { type Command, Option, InvalidArgumentError } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { GraphKind } from '../../graphs/index.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { resolveOptions, type RunOptions } from '../../pipeline/options.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { progressBar } from '../progress-bar.js';
import { reportMessages } from '../report-messages.js';

interface RunFlags {
  out: string;
  cache: boolean;
  jobs: number;
  pdfEngine: RunOptions['pdfEngine'];
  maxFileMb: number;
  maxPages: number;
  semicolon: boolean;
  taxonomy?: string;
  kinds: string;
  counting: 'full' | 'fractional';
  minShared: number;
  minCitations: number;
  topWorks: number;
  resolution: number;
  seed: number;
  maxNodes: number;
  quiet: boolean;
  json: boolean;
}

/** `corpus-lens run` (every stage that exists) and `corpus-lens ingest` (reading only). */
export function registerRunCommands(program: Command, io: CliIo, setCode: (c: number) => void): void {
  for (const [name, what] of [
    ['run', 'run every stage on a corpus folder and write the output folder'],
    ['ingest', 'read the documents of a corpus folder: text, sentences, metadata'],
    ['graph', 'build the similarity graphs (and the stages they stand on) with chosen settings'],
  ] as const) {
    program
      .command(name)
      .description(what)
      .argument('<folder>', 'the corpus folder (documents in any sub-folders; metadata.csv beside them is read)')
      .option('-o, --out <folder>', 'output folder', 'output')
      .option('--no-cache', 'read every document again, ignoring the cache in <out>/.cache')
      .option('-j, --jobs <n>', 'reading threads', positiveInt, 2)
      .addOption(new Option('--pdf-engine <engine>', 'PDF text engine').choices(['pdfjs', 'poppler', 'pdf-parse', 'auto']).default('pdfjs'))
      .option('--max-file-mb <n>', 'skip (and report) files larger than this', positiveInt, 512)
      .option('--max-pages <n>', 'read at most this many pages of a PDF', positiveInt, 2000)
      .option('--semicolon', 'end Chinese sentences at ； too', false)
      .option('--taxonomy <file>', 'codebook (YAML or JSON) for coding problems and strategies (default: the built-in industry-education integration taxonomy)')
      .option('--kinds <list>', 'graphs to build, comma-separated: coupling,cocitation,citation,text', 'coupling,cocitation,citation,text')
      .addOption(new Option('--counting <mode>', 'coupling and co-citation counting').choices(['full', 'fractional']).default('full'))
      .option('--min-shared <n>', 'coupling: least shared works for a link', positiveInt, 1)
      .option('--min-citations <n>', 'coupling: works cited by fewer corpus documents do not count', positiveInt, 1)
      .option('--top-works <n>', 'co-citation: the N most cited works are nodes', positiveInt, 1000)
      .option('--resolution <x>', 'Louvain resolution (higher: more, smaller clusters)', positiveNumber, 1)
      .option('--seed <n>', 'seed of clustering and layout', wholeNumber, 42)
      .option('--max-nodes <n>', 'nodes in the exported and drawn graphs (top by link strength)', positiveInt, 2000)
      .option('-q, --quiet', 'print errors only', false)
      .option('--json', 'print problems and the summary as JSON lines', false)
      .addHelpText(
        'after',
        `
Writes <out>/documents.csv, problems.csv, manifest.json and text/<id>.txt.

Examples:
  corpus-lens ${name} corpus
  corpus-lens ${name} ~/papers --out results --jobs 2
  corpus-lens ${name} corpus --pdf-engine poppler   (use pdftotext, when installed)`,
      )
      .action(async (folder: string, flags: RunFlags) => {
        setCode(await runCommand(name, folder, flags, io));
      });
  }
}

async function runCommand(name: string, folder: string, flags: RunFlags, io: CliIo): Promise<number> {
  const out = resolve(io.cwd, flags.out);
  const options = resolveOptions({
    input: resolve(io.cwd, folder),
    out,
    cache: flags.cache,
    cacheDir: `${out}/.cache`,
    jobs: flags.jobs,
    pdfEngine: flags.pdfEngine,
    maxFileBytes: flags.maxFileMb * 1024 * 1024,
    maxPages: flags.maxPages,
    semicolonSentences: flags.semicolon,
    ...(flags.taxonomy ? { taxonomy: resolve(io.cwd, flags.taxonomy) } : {}),
    graphs: {
      kinds: graphKinds(flags.kinds),
      counting: flags.counting,
      minShared: flags.minShared,
      minCitations: flags.minCitations,
      topWorks: flags.topWorks,
      resolution: flags.resolution,
      seed: flags.seed,
      maxNodes: flags.maxNodes,
    },
  });
  const bar = progressBar(io, !flags.quiet && !flags.json);
  let result;
  try {
    result = await runPipeline(name, options, bar.update);
  } finally {
    bar.end();
  }
  reportMessages(io, result.problems, { json: flags.json, quiet: flags.quiet });
  const c = result.manifest.counts;
  if (flags.json) {
    io.stdout(`${JSON.stringify({ type: 'summary', out: flags.out, counts: c, timings: result.manifest.timings })}\n`);
  } else if (!flags.quiet) {
    io.stdout(
      `Read ${c.ok} of ${c.documents} documents (${c.pages} pages, ${c.words} words, ${c.sentences} sentences); ` +
        `${c.failed} failed, ${c.skipped} skipped, ${c.errors} errors, ${c.warnings} warnings. Output in ${flags.out}/\n`,
    );
  }
  return c.failed > 0 || c.errors > 0 ? EXIT.someFailed : EXIT.ok;
}

const KINDS: readonly GraphKind[] = ['coupling', 'cocitation', 'citation', 'text'];

function graphKinds(list: string): GraphKind[] {
  const kinds = list.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !(KINDS as readonly string[]).includes(k));
  if (bad.length > 0) throw new UsageError('bad-option', `Unknown graph kind ${bad.join(', ')}; expected some of ${KINDS.join(', ')}`);
  return kinds as GraphKind[];
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a number above 0');
  return n;
}

function wholeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}
