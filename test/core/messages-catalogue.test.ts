import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('docs/messages.md', () => {
  it('lists every rule id the code emits with message() or throws with a typed error', () => {
    const catalogue = readFileSync(join(root, 'docs', 'messages.md'), 'utf8');
    const pattern = /(?:message\(\s*'(?:info|warning|error)',\s*(?:'[a-z]+'|[A-Z_]+),\s*|(?:DocumentError|UsageError|ConfigError|CorpusLensError)\(\s*)'([a-z0-9]+(?:-[a-z0-9]+)+)'/g;
    const rules = new Set<string>();
    for (const file of sources(join(root, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(pattern)) rules.add(m[1]!);
    }
    expect(rules.size).toBeGreaterThan(50);
    const missing = [...rules].filter((r) => !catalogue.includes(`\`${r}\``)).sort();
    expect(missing).toEqual([]);
  });
});
