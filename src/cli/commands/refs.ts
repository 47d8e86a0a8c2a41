import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { UsageError } from '../../core/errors.js';
import { basename, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { toCsv } from '../../export/csv.js';
import { createRegistry } from '../../ingest/index.js';
import { readDocument } from '../../ingest/read-document.js';
import { resolveOptions } from '../../pipeline/options.js';
import { parseReference } from '../../references/parse-reference.js';
import { extractReferences } from '../../references/stage/extract-references.js';
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
    .addHelpText(
      'after',
      `
Example:
  corpus-lens refs extract corpus/papers/2018-chen-hollis-enterprises-stay-cold.pdf --format csv`,
    )
    .action(async (file: string, flags: { format: 'jsonl' | 'csv'; pdfEngine: 'pdfjs' | 'poppler' | 'pdf-parse' | 'auto' }) => {
      const abs = resolve(io.cwd, file);
      await access(abs, constants.R_OK).catch((err: Error) => {
        throw new UsageError('file-unreadable', `Cannot read ${file}: ${err.message}`);
      });
      const options = resolveOptions({ input: abs, pdfEngine: flags.pdfEngine });
      const docs = await readDocument(
        { id: basename(abs).replace(/\.[^.]+$/, ''), path: basename(abs), absPath: abs, options: { ...options, maxFileBytes: options.maxFileBytes, semicolonSentences: false } },
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
