import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(import.meta.dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Folders of src/ that each file imports (relative imports only). */
function importedFolders(folder: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files(join(src, folder))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)) {
      const target = relative(src, resolve(file, '..', m[1]!)).split('/')[0]!;
      if (target !== folder) out.set(target, [...(out.get(target) ?? []), relative(src, file)]);
    }
  }
  return out;
}

/** Which folders each folder may import (docs/architecture.md). Arrows point down, never back up. */
const ALLOWED: Record<string, string[]> = {
  core: [],
  text: ['core'],
  export: ['core', 'graphs'],
  ingest: ['core', 'text'],
  references: ['core', 'export'],
  themes: ['core', 'export'],
  taxonomy: ['core', 'export', 'themes'],
  graphs: ['core', 'export'],
  report: ['core', 'export'],
};

describe('dependency rules', () => {
  for (const [folder, allowed] of Object.entries(ALLOWED)) {
    it(`${folder}/ imports only ${allowed.join(', ') || 'nothing of the other folders'}`, () => {
      const bad = [...importedFolders(folder)].filter(([target]) => !allowed.includes(target) && target !== 'version.js');
      expect(bad).toEqual([]);
    });
  }
});
