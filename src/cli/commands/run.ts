import { resolve } from 'node:path';
import { type Command, Option, InvalidArgumentError } from 'commander';
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
  quiet: boolean;
  json: boolean;
}

/** `corpus-lens run` (every stage that exists) and `corpus-lens ingest` (reading only). */
export function registerRunCommands(program: Command, io: CliIo, setCode: (c: number) => void): void {
  for (const [name, what] of [
    ['run', 'run every stage on a corpus folder and write the output folder'],
    ['ingest', 'read the documents of a corpus folder: text, sentences, metadata'],
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

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}
