import { resolve } from 'node:path';
import { type Command, Option, InvalidArgumentError } from 'commander';
import { toCsv } from '../../export/csv.js';
import { ingestCorpus } from '../../pipeline/ingest-corpus.js';
import { resolveOptions } from '../../pipeline/options.js';
import { indexCorpus } from '../../themes/corpus-index.js';
import { kwic } from '../../themes/kwic.js';
import { kwicTable } from '../../themes/themes-tables.js';
import { toThemeDoc } from '../../themes/theme-doc.js';
import { createTokenizer } from '../../themes/tokenize.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';

/** `corpus-lens kwic TERM FOLDER`: a concordance, in English and Chinese. */
export function registerKwicCommand(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command('kwic')
    .description('a concordance: every place a word, term or phrase occurs, with its left and right context')
    .argument('<term>', 'a word, a term or a phrase, in English or Chinese (English words match their inflections)')
    .argument('[folder]', 'the corpus folder', 'corpus')
    .option('-o, --out <folder>', 'output folder whose cache is used', 'output')
    .option('--width <n>', 'characters of context on each side', toInt, 40)
    .option('--limit <n>', 'at most this many lines', toInt)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'csv', 'jsonl']).default('text'))
    .addHelpText(
      'after',
      `
Reference lists are left out. Reads the corpus through the cache of a previous run when there is one.

Examples:
  corpus-lens kwic 产教融合 corpus --width 20
  corpus-lens kwic "dual-qualified teacher" corpus --format csv > kwic.csv`,
    )
    .action(async (term: string, folder: string, flags: { out: string; width: number; limit?: number; format: 'text' | 'csv' | 'jsonl' }) => {
      const out = resolve(io.cwd, flags.out);
      const options = resolveOptions({ input: resolve(io.cwd, folder), out, cacheDir: `${out}/.cache` });
      const { docs } = await ingestCorpus(options);
      const tokenizer = createTokenizer();
      const index = indexCorpus(
        docs.filter((d) => d.status === 'ok').map((d) => toThemeDoc(d)),
        tokenizer,
      );
      const lines = kwic(index, tokenizer, term, { width: flags.width, ...(flags.limit ? { limit: flags.limit } : {}) });
      if (flags.format === 'csv') io.stdout(toCsv(kwicTable(lines)));
      else if (flags.format === 'jsonl') for (const l of lines) io.stdout(`${JSON.stringify(l)}\n`);
      else {
        for (const l of lines) io.stdout(`${l.doc}${l.page ? ` p${l.page}` : ''}\t${l.left.padStart(flags.width)} [${l.match}] ${l.right}\n`);
        io.stderr(`${lines.length} lines\n`);
      }
      setCode(EXIT.ok);
    });
}

function toInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}
