import type { Command } from 'commander';
import { createRegistry } from '../../ingest/index.js';
import type { CliIo } from '../io.js';

/** `corpus-lens formats`: the input formats and their extensions. */
export function registerFormatsCommand(program: Command, io: CliIo): void {
  program
    .command('formats')
    .description('list the file formats corpus-lens reads')
    .action(() => {
      for (const f of createRegistry().list()) {
        io.stdout(`${f.id.padEnd(18)} ${f.extensions.join(' ').padEnd(24)} ${f.label}\n`);
      }
    });
}
