import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { Message } from '../../core/message.js';
import { writeFiles } from '../../export/write-files.js';
import { lockOutput } from '../../pipeline/output-lock.js';
import { buildReport } from '../../report/build-report.js';
import { EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { reportMessages } from '../report-messages.js';

interface ReportFlags {
  out: string;
  font?: string;
  png: boolean;
  quiet: boolean;
  json: boolean;
}

/** `corpus-lens report [--out output]`: rebuilds the report page and the figures from an output folder. */
export function registerReportCommand(program: Command, io: CliIo, setCode: (c: number) => void): void {
  program
    .command('report')
    .description('rebuild the report (report/index.html) and the figures (figures/*.svg, *.png) from an output folder, without reading the corpus again')
    .option('-o, --out <folder>', 'the output folder a run wrote', 'output')
    .option('--font <file>', 'a font file with Chinese characters for the PNG figures (default: one of the system, e.g. WenQuanYi Zen Hei or Noto Sans CJK)')
    .option('--no-png', 'write the SVG figures only')
    .option('-q, --quiet', 'print errors only', false)
    .option('--json', 'print problems and the summary as JSON lines', false)
    .addHelpText(
      'after',
      `
Reads <out>/documents.csv, problems.csv, manifest.json, references, themes/, graphs/ and taxonomy/;
sections whose tables are absent are left out of the report, with a note.
Writes <out>/report/index.html (open it in a browser; it works offline) and <out>/figures/.

Examples:
  corpus-lens report
  corpus-lens report --out results --font /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc`,
    )
    .action(async (flags: ReportFlags) => {
      const out = resolve(io.cwd, flags.out);
      if (!existsSync(out)) {
        throw new UsageError('report-not-output', `The output folder ${out} does not exist. Run corpus-lens run <corpus> --out ${flags.out} first, or give the folder a run wrote with --out.`);
      }
      const release = await lockOutput(out);
      let written: string[];
      let messages: Message[];
      try {
        const report = await buildReport(out, { png: flags.png, ...(flags.font ? { fontPath: resolve(io.cwd, flags.font) } : {}) });
        await writeFiles(out, report.files);
        written = report.files.map((f) => f.path);
        messages = report.messages;
      } finally {
        await release();
      }
      reportMessages(io, messages, { json: flags.json, quiet: flags.quiet });
      const figures = written.filter((p) => p.startsWith('figures/')).length;
      if (flags.json) io.stdout(`${JSON.stringify({ type: 'summary', out: flags.out, files: written })}\n`);
      else if (!flags.quiet) io.stderr(`Wrote ${flags.out}/report/index.html and ${figures} figure files in ${flags.out}/figures/.\n`);
      setCode(EXIT.ok);
    });
}
