import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { ConfigError, UsageError } from '../../core/errors.js';
import { toCsv } from '../../export/csv.js';
import { writeFiles } from '../../export/write-files.js';
import { loadRunCodebook } from '../../pipeline/stage-taxonomy.js';
import { detectLanguage } from '../../text/detect-language.js';
import {
  agree,
  agreementCategoriesTable,
  agreementSummaryTable,
  createCoder,
  describeCodebook,
  disagreementsTable,
  labelKey,
  loadCodebook,
  readCoding,
  type CodeLanguage,
  type Label,
} from '../../taxonomy/index.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { reportMessages } from '../report-messages.js';

function languageOf(text: string): CodeLanguage {
  const l = detectLanguage(text);
  return l === 'zh' || l === 'mixed' ? l : 'en';
}

/** `classify`, `taxonomy check|show`, `agree`: the taxonomy coding from the command line. */
export function registerTaxonomyCommands(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command('classify')
    .description('code passages from stdin (one per line) to the taxonomy: JSON lines on stdout, one per passage')
    .option('--taxonomy <file>', 'codebook (default: the built-in industry-education integration taxonomy)')
    .option('--multi', 'allow several categories per passage', false)
    .addHelpText(
      'after',
      `
Each output line: {"text", "category" (an id, or null), "facet", "dimension", "score", "cues"}.

Example:
  echo '企业参与校企合作的积极性不高，动力不足。' | corpus-lens classify`,
    )
    .action(async (flags: { taxonomy?: string; multi: boolean }) => {
      const { codebook } = await loadRunCodebook(flags.taxonomy ? resolve(io.cwd, flags.taxonomy) : undefined);
      const coder = createCoder(codebook, { multi: flags.multi });
      const lines = (await io.stdin()).split(/\r?\n/);
      if (lines[lines.length - 1] === '') lines.pop();
      for (const text of lines) {
        const codes = coder.code(text, languageOf(text)).filter((c) => c.category !== null);
        const first = codes[0];
        const row = {
          text,
          category: first?.category ?? null,
          facet: first?.facet ?? null,
          dimension: first?.dimension ?? null,
          score: first?.score ?? 0,
          cues: first?.cues ?? [],
          ...(flags.multi ? { categories: codes.map((c) => ({ category: c.category, facet: c.facet, dimension: c.dimension, score: c.score, cues: c.cues })) } : {}),
        };
        io.stdout(`${JSON.stringify(row)}\n`);
      }
      setCode(EXIT.ok);
    });

  const taxonomy = program.command('taxonomy').description('check or show a codebook (taxonomy of problems and strategies)');
  taxonomy
    .command('check')
    .description('validate a codebook file: every error and warning with its line and column')
    .argument('<file>', 'a codebook, YAML or JSON')
    .action(async (file: string) => {
      const path = resolve(io.cwd, file);
      const text = await readFile(path, 'utf8').catch((err: Error) => {
        throw new UsageError('file-unreadable', `Cannot read ${file}: ${err.message}`);
      });
      const loaded = loadCodebook(text, file);
      for (const m of loaded.messages) {
        const at = m.place?.line ? `:${m.place.line}${m.place.column ? `:${m.place.column}` : ''}` : '';
        io.stderr(`${file}${at}  ${m.severity}  ${m.reason}${m.note ? `  (${m.note})` : ''}  ${m.stage}:${m.rule}\n`);
      }
      const errors = loaded.messages.filter((m) => m.severity === 'error').length;
      if (loaded.codebook && errors === 0) io.stdout(`${file}: ${loaded.codebook.categories.length} categories, ${loaded.messages.length} warnings\n`);
      setCode(errors > 0 || !loaded.codebook ? EXIT.cannotRun : EXIT.ok);
    });
  taxonomy
    .command('show')
    .description('print a codebook: categories, facets, dimensions, terms (default: the built-in taxonomy)')
    .argument('[file]', 'a codebook, YAML or JSON')
    .action(async (file?: string) => {
      const { codebook } = await loadRunCodebook(file ? resolve(io.cwd, file) : undefined);
      io.stdout(describeCodebook(codebook));
      setCode(EXIT.ok);
    });

  program
    .command('agree')
    .description("compare the tool's coding with a scholar's hand coding of the same passages")
    .requiredOption('--human <file>', 'CSV with columns text, category (and optionally id); empty category = fits none')
    .option('--taxonomy <file>', 'codebook (default: the built-in taxonomy)')
    .option('-o, --out <folder>', 'where to write agreement.csv, categories.csv and disagreements.csv', 'output/agreement')
    .addHelpText(
      'after',
      `
Prints percent agreement, Cohen's kappa, Krippendorff's alpha and per-category precision, recall and F1.

Example:
  corpus-lens agree --human my-coding.csv`,
    )
    .action(async (flags: { human: string; taxonomy?: string; out: string }) => {
      const path = resolve(io.cwd, flags.human);
      const text = await readFile(path, 'utf8').catch((err: Error) => {
        throw new UsageError('file-unreadable', `Cannot read ${flags.human}: ${err.message}`);
      });
      const { codebook } = await loadRunCodebook(flags.taxonomy ? resolve(io.cwd, flags.taxonomy) : undefined);
      const human = readCoding(text, flags.human, { categories: new Set(codebook.categories.map((c) => c.id)) });
      reportMessages(io, human.messages, { json: false, quiet: false });
      if (human.messages.some((m) => m.severity === 'error')) throw new ConfigError('coding-invalid', `The coding file ${flags.human} cannot be used`);
      const rows = parse(text, { bom: true, columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), relax_column_count: true, skip_empty_lines: true }) as Record<string, string>[];
      if (!rows.some((r) => r.text)) throw new ConfigError('coding-no-text', `The coding file ${flags.human} needs a "text" column with the passages, so that the tool can code them`);
      const coder = createCoder(codebook);
      const tool: Label[] = [];
      for (const r of rows) {
        const t = r.text ?? '';
        if (!t.trim()) continue;
        const id = human.key === 'id' ? (r.id ?? '').trim() : labelKey(t);
        const code = coder.code(t, languageOf(t)).find((c) => c.category !== null);
        tool.push({ id, category: code?.category ?? null });
      }
      const a = agree(tool, human.labels);
      const out = resolve(io.cwd, flags.out);
      await writeFiles(out, [
        { path: 'agreement.csv', contents: toCsv(agreementSummaryTable(a)) },
        { path: 'categories.csv', contents: toCsv(agreementCategoriesTable(a)) },
        { path: 'disagreements.csv', contents: toCsv(disagreementsTable(a)) },
      ]);
      io.stdout(
        `${a.items} passages: agreement ${(100 * a.percentAgreement).toFixed(1)} %, kappa ${a.kappa.toFixed(3)}, alpha ${a.alpha.toFixed(3)}, macro-F1 ${a.macroF1.toFixed(3)}, precision ${a.precision.toFixed(3)}, recall ${a.recall.toFixed(3)}\nTables in ${flags.out}/\n`,
      );
      setCode(EXIT.ok);
    });
}
