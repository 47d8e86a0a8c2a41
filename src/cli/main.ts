import { Command, CommanderError } from 'commander';
import { CorpusLensError, UsageError } from '../core/errors.js';
import { TOOL_VERSION } from '../version.js';
import { registerFormatsCommand } from './commands/formats.js';
import { registerKwicCommand } from './commands/kwic.js';
import { registerRefsCommands } from './commands/refs.js';
import { registerReportCommand } from './commands/report.js';
import { registerRunCommands } from './commands/run.js';
import { registerTaxonomyCommands } from './commands/taxonomy.js';
import { EXIT } from './exit-codes.js';
import type { CliIo } from './io.js';

/**
 * Runs the command line `argv` (without node and script) against `io` and returns the exit code.
 * Never calls process.exit, so tests run it in-process.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const setCode = (c: number): void => {
    code = c;
  };
  const program = new Command()
    .name('corpus-lens')
    .description('Analyse a corpus of policy documents and papers, in English and Chinese.')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      `
Exit codes: 0 done, 1 done but some documents failed (see problems.csv), 2 could not run
or could not finish writing (disk full, read-only: the message names the file).

Examples:
  corpus-lens run corpus --out output     read every document of corpus/ and write output/
  corpus-lens ingest corpus --no-cache    read again, ignoring the cache
  corpus-lens run --manifest output/manifest.json --out again
                                          repeat a run from its record (same folder, parameters, seed)
  corpus-lens formats                     list the file formats corpus-lens reads`,
    );
  registerRunCommands(program, io, setCode);
  registerRefsCommands(program, io, setCode);
  registerKwicCommand(program, io, setCode);
  registerTaxonomyCommands(program, io, setCode);
  registerReportCommand(program, io, setCode);
  registerFormatsCommand(program, io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.cannotRun;
    }
    if (err instanceof UsageError || err instanceof CorpusLensError) {
      io.stderr(`corpus-lens: ${err.message}\n`);
      return EXIT.cannotRun;
    }
    io.stderr(`corpus-lens: unexpected failure: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.cannotRun;
  }
}
