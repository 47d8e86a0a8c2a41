import { dirname, resolve } from 'node:path';
import { type Command, Option, InvalidArgumentError } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { Message } from '../../core/message.js';
import { LINK_MEASURES, type GraphKind, type GraphsOptions, type LinkMeasure } from '../../graphs/index.js';
import { runPipeline } from '../../pipeline/run-pipeline.js';
import { resolveOptions, type RunOptions } from '../../pipeline/options.js';
import { compareWithManifest, readManifest } from '../../pipeline/repeat-run.js';
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
  keepDuplicates: boolean;
  taxonomy?: string;
  kinds: string;
  counting: 'full' | 'fractional';
  measure: LinkMeasure;
  minShared: number;
  minCitations: number;
  topWorks: number;
  resolution: number;
  seed: number;
  maxNodes: number;
  quiet: boolean;
  json: boolean;
  manifest?: string;
  strict: boolean;
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
      .argument('[folder]', 'the corpus folder (documents in any sub-folders; metadata.csv beside them is read); with --manifest: the manifest\'s folder unless given')
      .option('-o, --out <folder>', 'output folder', 'output')
      .option('--no-cache', 'read every document again, ignoring the cache in <out>/.cache')
      .option('-j, --jobs <n>', 'reading threads', positiveInt, 2)
      .addOption(new Option('--pdf-engine <engine>', 'PDF text engine').choices(['pdfjs', 'poppler', 'pdf-parse', 'auto']).default('pdfjs'))
      .option('--max-file-mb <n>', 'skip (and report) files larger than this', positiveInt, 512)
      .option('--max-pages <n>', 'read at most this many pages of a PDF', positiveInt, 2000)
      .option('--semicolon', 'end Chinese sentences at ； too', false)
      .option('--keep-duplicates', 'keep export records of a publication another record already describes (same UT/EID/PMID, DOI, or title, year and first author)', false)
      .option('--taxonomy <file>', 'codebook (YAML or JSON) for coding problems and strategies (default: the built-in industry-education integration taxonomy)')
      .option('--kinds <list>', 'graphs to build, comma-separated: coupling,cocitation,citation,text', 'coupling,cocitation,citation,text')
      .addOption(new Option('--counting <mode>', 'coupling and co-citation counting').choices(['full', 'fractional']).default('full'))
      .addOption(
        new Option('--measure <name>', 'coupling and co-citation: link weight for clustering, PageRank and layout (shared = the counted weight; association = VOSviewer\'s association strength)')
          .choices([...LINK_MEASURES])
          .default('shared'),
      )
      .option('--min-shared <n>', 'coupling: least shared works for a link', positiveInt, 1)
      .option('--min-citations <n>', 'coupling: works cited by fewer corpus documents do not count', positiveInt, 1)
      .option('--top-works <n>', 'co-citation: the N most cited works are nodes', positiveInt, 1000)
      .option('--resolution <x>', 'Louvain resolution (higher: more, smaller clusters)', positiveNumber, 1)
      .option('--seed <n>', 'seed of clustering and layout', wholeNumber, 42)
      .option('--max-nodes <n>', 'nodes in the exported and drawn graphs (top by link strength)', positiveInt, 2000)
      .option('-q, --quiet', 'print errors only', false)
      .option('--json', 'print problems and the summary as JSON lines', false)
      .option('--manifest <file>', 'repeat the run a manifest.json records: same corpus folder, parameters, codebook and seed')
      .option('--strict', 'with --manifest: stop (exit 2) when a document or side file was added, removed or changed since', false)
      .addHelpText(
        'after',
        `
Writes <out>/documents.csv, problems.csv, manifest.json and text/<id>.txt.

Repeating a run: --manifest OLD/manifest.json takes the corpus folder, the reading parameters, the
codebook and the graph settings (seed included) from the manifest, checks each file's sha256 against
it and warns of files added, removed or changed (--strict: stops instead). Options given on the
command line, and a folder, override the manifest's values. --out must name another folder.

Examples:
  corpus-lens ${name} corpus
  corpus-lens ${name} ~/papers --out results --jobs 2
  corpus-lens ${name} corpus --pdf-engine poppler   (use pdftotext, when installed)
  corpus-lens ${name} --manifest output/manifest.json --out output-again
  corpus-lens ${name} --manifest output/manifest.json --out seed7 --seed 7   (same run, another seed)`,
      )
      .action(async (folder: string | undefined, flags: RunFlags, cmd: Command) => {
        const explicit = (key: keyof RunFlags): boolean => cmd.getOptionValueSource(key) === 'cli';
        setCode(await runCommand(name, folder, flags, explicit, io));
      });
  }
}

type Draft = Partial<RunOptions> & { graphs: Partial<GraphsOptions> };

/** Each option that changes the outputs, and how its flag sets it: all of them for a run, the explicit ones over a manifest. */
const OUTPUT_FLAGS: readonly { flag: keyof RunFlags; set: (o: Draft, f: RunFlags, cwd: string) => void }[] = [
  { flag: 'pdfEngine', set: (o, f) => void (o.pdfEngine = f.pdfEngine) },
  { flag: 'maxFileMb', set: (o, f) => void (o.maxFileBytes = f.maxFileMb * 1024 * 1024) },
  { flag: 'maxPages', set: (o, f) => void (o.maxPages = f.maxPages) },
  { flag: 'semicolon', set: (o, f) => void (o.semicolonSentences = f.semicolon) },
  { flag: 'keepDuplicates', set: (o, f) => void (o.keepDuplicates = f.keepDuplicates) },
  { flag: 'taxonomy', set: (o, f, cwd) => void (o.taxonomy = f.taxonomy ? resolve(cwd, f.taxonomy) : undefined) },
  { flag: 'kinds', set: (o, f) => void (o.graphs.kinds = graphKinds(f.kinds)) },
  { flag: 'counting', set: (o, f) => void (o.graphs.counting = f.counting) },
  { flag: 'measure', set: (o, f) => void (o.graphs.measure = f.measure) },
  { flag: 'minShared', set: (o, f) => void (o.graphs.minShared = f.minShared) },
  { flag: 'minCitations', set: (o, f) => void (o.graphs.minCitations = f.minCitations) },
  { flag: 'topWorks', set: (o, f) => void (o.graphs.topWorks = f.topWorks) },
  { flag: 'resolution', set: (o, f) => void (o.graphs.resolution = f.resolution) },
  { flag: 'seed', set: (o, f) => void (o.graphs.seed = f.seed) },
  { flag: 'maxNodes', set: (o, f) => void (o.graphs.maxNodes = f.maxNodes) },
];

async function runCommand(name: string, folder: string | undefined, flags: RunFlags, explicit: (k: keyof RunFlags) => boolean, io: CliIo): Promise<number> {
  const out = resolve(io.cwd, flags.out);
  let draft: Draft = { graphs: {} };
  let notes: Message[] = [];
  if (flags.manifest) {
    const manifestPath = resolve(io.cwd, flags.manifest);
    if (dirname(manifestPath) === out) {
      throw new UsageError(
        'rerun-same-folder',
        `The repeated run would write over the folder that holds ${flags.manifest}; give it another folder with --out (e.g. --out ${flags.out}-again)`,
      );
    }
    const recorded = await readManifest(manifestPath, io.cwd);
    draft = { ...recorded.options, graphs: { ...recorded.options.graphs } };
    if (draft.taxonomy === undefined) delete draft.taxonomy;
    for (const f of OUTPUT_FLAGS) if (explicit(f.flag)) f.set(draft, flags, io.cwd);
    if (folder !== undefined) draft.input = resolve(io.cwd, folder);
    notes = await compareWithManifest(recorded.manifest, resolveOptions({ ...draft, input: draft.input ?? '', out }));
    if (flags.strict && notes.some((m) => m.rule !== 'rerun-other-version')) {
      const list = notes.map((m) => `  ${m.path || '(corpus)'}: ${m.reason}`).join('\n');
      throw new UsageError('rerun-inputs-changed', `The corpus is not the one ${flags.manifest} describes (--strict):\n${list}\nRun without --strict to repeat the run anyway, with a warning for each file.`);
    }
  } else {
    if (folder === undefined) {
      throw new UsageError('bad-option', 'Give the corpus folder (corpus-lens run FOLDER), or a manifest to repeat (corpus-lens run --manifest output/manifest.json --out output-again)');
    }
    draft.input = resolve(io.cwd, folder);
    for (const f of OUTPUT_FLAGS) f.set(draft, flags, io.cwd);
  }
  const options = resolveOptions({ ...draft, input: draft.input ?? '', out, cache: flags.cache, cacheDir: `${out}/.cache`, jobs: flags.jobs });
  const bar = progressBar(io, !flags.quiet && !flags.json);
  let result;
  try {
    result = await runPipeline(name, options, bar.update, notes);
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
