import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

/** Runs the CLI in-process and returns its exit code and what it printed. */
export async function runCli(argv: string[], opts: { cwd?: string; stdin?: string } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    isTTY: false,
    stdin: async () => opts.stdin ?? '',
    cwd: opts.cwd ?? process.cwd(),
  };
  const code = await main(argv, io);
  return { code, out, err };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'corpus-lens-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Reads a CSV the tool wrote into objects keyed by header. */
export function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8');
  return parse(text, { bom: true, columns: true }) as Record<string, string>[];
}
