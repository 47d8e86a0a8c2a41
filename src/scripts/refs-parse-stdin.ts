/**
 * Reads reference strings from standard input, one per line, and writes one line of CSL-JSON per
 * line read (`{}` when the line is not a reference). The same contract as `corpus-lens refs parse`;
 * kept as a script so that the parser can be scored before the command exists.
 *
 * Usage: node dist/scripts/refs-parse-stdin.js < references.txt > parsed.jsonl
 */
import { createInterface } from 'node:readline';
import { parseReference } from '../references/parse-reference.js';

async function main(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  for await (const line of rl) {
    out.push(JSON.stringify(parseReference(line) ?? {}));
    if (out.length >= 1000) {
      process.stdout.write(`${out.join('\n')}\n`);
      out.length = 0;
    }
  }
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`refs-parse-stdin: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
