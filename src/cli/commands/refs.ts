import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { UsageError } from '../../core/errors.js';
import { toCsv } from '../../export/csv.js';
import { createRegistry } from '../../ingest/index.js';
import { readDocument } from '../../ingest/read-document.js';
import { scanFolder, toPosix } from '../../ingest/scan-folder.js';
import { resolveOptions } from '../../pipeline/options.js';
import { parseReference } from '../../references/parse-reference.js';
import { extractReferences } from '../../references/stage/extract-references.js';
import { docId } from '../../text/doc-id.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { reportMessages } from '../report-messages.js';

/** `corpus-lens refs parse` and `corpus-lens refs extract FILE`. */
export function registerRefsCommands(program: Command, io: CliIo, setCode: (c: number) => void): void {
  const refs = program.command('refs').description('reference lists: parse reference strings, extract a document\'s list');
  refs
    .command('parse')
    .description('parse reference strings from stdin, one per line, into CSL-JSON lines on stdout ({} when nothing could be read)')
    .addHelpText(
      'after',
      `
One line out for every line in, in order, so the output lines up with the input.

Example:
  echo '[1] 张三, 李四. 题名[J]. 刊名, 2019, 39(12): 72-74.' | corpus-lens refs parse`,
    )
    .action(async () => {
      const text = await io.stdin();
      const lines = text.split(/\r?\n/);
      if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      let out = '';
      for (const line of lines) {
        const item = line.trim() ? parseReference(line) : null;
        out += `${JSON.stringify(item ?? {})}\n`;
        if (out.length > 1 << 16) {
          io.stdout(out);
          out = '';
        }
      }
      io.stdout(out);
      setCode(EXIT.ok);
    });
  refs
    .command('extract')
    .description('the reference list found in one document, as JSON lines (default) or a CSV table')
    .argument('<file>', 'a document (PDF, DOCX, HTML, TXT, Markdown) or an export file')
    .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
    .addOption(new Option('--pdf-engine <engine>', 'PDF text engine').choices(['pdfjs', 'poppler', 'pdf-parse', 'auto']).default('pdfjs'))
    .addOption(new Option('--corpus <folder>', 'the corpus folder the file belongs to, for its document id (default: the folder that holds the file)'))
    .addHelpText(
      'after',
      `
The document is named as \`run\` names it: by its path inside the corpus folder (papers/guo 2023.pdf
-> papers__guo-2023; the records of an export file get -r1, -r2 ...). Give the corpus folder with
--corpus to get the ids of \`corpus-lens run <folder>\` (references.csv); without it the folder that
holds the file is taken as the corpus, as in a run on that folder.

Example:
  corpus-lens refs extract corpus/papers/2018-chen-hollis-enterprises-stay-cold.pdf --corpus corpus --format csv
  (document papers__2018-chen-hollis-enterprises-stay-cold, as in corpus-lens run corpus)`,
    )
    .action(async (file: string, flags: { format: 'jsonl' | 'csv'; pdfEngine: 'pdfjs' | 'poppler' | 'pdf-parse' | 'auto'; corpus?: string }) => {
      const abs = resolve(io.cwd, file);
      await access(abs, constants.R_OK).catch((err: Error) => {
        throw new UsageError('file-unreadable', `Cannot read ${file}: ${err.message}`);
      });
      const root = flags.corpus !== undefined ? resolve(io.cwd, flags.corpus) : dirname(abs);
      const { id, path } = await corpusIdOf(abs, root, flags.corpus ?? '');
      const options = resolveOptions({ input: abs, pdfEngine: flags.pdfEngine });
      const docs = await readDocument(
        { id, path, absPath: abs, options: { ...options, maxFileBytes: options.maxFileBytes, semicolonSentences: false } },
        createRegistry(),
      );
      reportMessages(io, docs.flatMap((d) => d.messages), { json: false, quiet: true });
      const entries = docs.flatMap((d) => extractReferences(d));
      if (flags.format === 'csv') {
        io.stdout(
          toCsv({
            header: ['document', 'position', 'page', 'raw', 'csl'],
            rows: entries.map((e) => [e.docId, e.position, e.page ?? '', e.raw, JSON.stringify(e.csl ?? {})]),
          }),
        );
      } else {
        for (const e of entries) io.stdout(`${JSON.stringify({ document: e.docId, position: e.position, page: e.page ?? null, raw: e.raw, csl: e.csl ?? {} })}\n`);
      }
      setCode(docs.some((d) => d.status === 'failed') ? EXIT.someFailed : EXIT.ok);
    });
}

/**
 * The document id and corpus-relative path `run` gives the file `abs` in a run on `root`: docId of
 * the path inside `root`, computed over the files of the file's own folder in the run's order, so
 * that a name shared by two files (a.pdf, a.txt → a, a-txt) resolves the same way. Files of other
 * folders cannot take the same id (their ids hold the folder names). Throws UsageError when the
 * file is not inside `root`.
 */
async function corpusIdOf(abs: string, root: string, given: string): Promise<{ id: string; path: string }> {
  const st = await stat(root).catch(() => undefined);
  if (!st?.isDirectory()) throw new UsageError('input-not-folder', `${given} is not a folder; give the corpus folder that holds the file`);
  const rel = relative(root, abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new UsageError('file-outside-corpus', `${abs} is not inside the corpus folder ${given}; give the folder that holds the file, or leave out --corpus`);
  }
  const path = toPosix(rel);
  const dir = dirname(abs);
  const prefix = toPosix(relative(root, dir));
  const siblings = (await scanFolder(dir)).files.filter((f) => !f.path.includes('/')).map((f) => (prefix ? `${prefix}/${f.path}` : f.path));
  const taken = new Set<string>();
  for (const p of siblings) {
    const id = docId(p, taken);
    if (p === path) return { id, path };
  }
  return { id: docId(path, new Set()), path };
}
