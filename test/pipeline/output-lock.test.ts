import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lockOutput } from '../../src/pipeline/output-lock.js';
import { tempDir } from '../helpers/cli.js';

// The compiled module (npm test builds dist/ first): each contender is its own process, as two runs are.
const built = fileURLToPath(new URL('../../dist/pipeline/output-lock.js', import.meta.url));

/**
 * A contender: waits for the start time, takes the lock, appends "take <pid>" to a shared log, holds
 * it for a while, appends "free <pid>" and releases it; a refusal prints the error's code.
 */
const CONTENDER = `
const { lockOutput } = await import(process.env.LOCK_MODULE);
const { appendFileSync } = await import('node:fs');
const log = process.env.LOCK_LOG;
while (Date.now() < Number(process.env.LOCK_START)) {}
try {
  const release = await lockOutput(process.env.LOCK_DIR);
  appendFileSync(log, 'take ' + process.pid + '\\n');
  const until = Date.now() + 150;
  while (Date.now() < until) {}
  appendFileSync(log, 'free ' + process.pid + '\\n');
  await release();
  console.log('took');
} catch (err) {
  console.log(err.code);
}
`;

function contender(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CONTENDER], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(out.trim()));
  });
}

describe('the output folder lock', () => {
  it('is written whole: the lock file holds the process id from the moment it exists', async () => {
    const out = join(tempDir(), 'out');
    const release = await lockOutput(out);
    expect(readFileSync(join(out, '.corpus-lens.lock'), 'utf8')).toBe(String(process.pid));
    // nothing but the lock is left beside it (the temporary file it was linked from is gone)
    expect(readdirSync(out)).toEqual(['.corpus-lens.lock']);
    await release();
    expect(readdirSync(out)).toEqual([]);
  });

  it('takes over an empty lock file or one of a dead process, and nothing else is left', async () => {
    for (const content of ['', '999999999', 'not a number']) {
      const out = join(tempDir(), 'out');
      mkdirSync(out);
      writeFileSync(join(out, '.corpus-lens.lock'), content);
      const release = await lockOutput(out);
      expect(readFileSync(join(out, '.corpus-lens.lock'), 'utf8')).toBe(String(process.pid));
      await release();
      expect(readdirSync(out)).toEqual([]);
    }
  });

  it('refuses a folder a live process holds, naming it', async () => {
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    writeFileSync(join(out, '.corpus-lens.lock'), '1');
    await expect(lockOutput(out)).rejects.toThrow(`Another corpus-lens run (process 1) is writing to ${out}`);
    expect(readFileSync(join(out, '.corpus-lens.lock'), 'utf8')).toBe('1');
  });

  it.skipIf(!existsSync(built))('lets one of six processes started at the same moment in, and refuses the others', async () => {
    for (const stale of [false, true]) {
      const dir = tempDir();
      const out = join(dir, 'out');
      mkdirSync(out);
      // the second round races over a dead run's lock as well
      if (stale) writeFileSync(join(out, '.corpus-lens.lock'), '999999999');
      const log = join(dir, 'log');
      writeFileSync(log, '');
      const env = { LOCK_MODULE: built, LOCK_DIR: out, LOCK_LOG: log, LOCK_START: String(Date.now() + 1500) };
      const results = await Promise.all(Array.from({ length: 6 }, () => contender(env)));
      const took = results.filter((r) => r === 'took').length;
      expect(took + results.filter((r) => r === 'output-locked').length, results.join(', ')).toBe(6);
      expect(took).toBeGreaterThanOrEqual(1);
      // whoever took it held it alone: every "take" is followed by its own "free"
      const lines = readFileSync(log, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(2 * took);
      for (let i = 0; i < lines.length; i += 2) {
        expect(lines[i]!.startsWith('take ')).toBe(true);
        expect(lines[i + 1]).toBe(lines[i]!.replace('take', 'free'));
      }
      expect(readdirSync(out)).toEqual([]);
    }
  }, 60_000);
});
