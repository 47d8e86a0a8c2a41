import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultReadOptions } from '../../src/core/registry.js';
import { createRegistry } from '../../src/ingest/index.js';
import { readDocument } from '../../src/ingest/read-document.js';

const options = { ...defaultReadOptions, maxFileBytes: 1024 * 1024, semicolonSentences: false };

function file(name: string, contents: string | Buffer): { id: string; path: string; absPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'corpus-lens-read-'));
  const absPath = join(dir, name);
  writeFileSync(absPath, contents);
  return { id: name.replace(/\..*$/, ''), path: name, absPath };
}

afterEach(() => {
  vi.doUnmock('node:fs/promises');
  vi.resetModules();
});

describe('readDocument(task, registry)', () => {
  it('refuses a file over the size limit without reading it, and says how to raise the limit', async () => {
    const [doc] = await readDocument({ ...file('big.txt', Buffer.alloc(2 * 1024 * 1024, 97)), options }, createRegistry());
    expect(doc).toMatchObject({ status: 'failed', bytes: 2 * 1024 * 1024 });
    expect(doc!.messages).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'file-too-large', reason: 'The file is 2.0 MB, larger than the limit of 1.0 MB', note: expect.stringContaining('--max-file-mb') }),
    ]);
  });

  it('reports a file it has no permission to read (EACCES), with what to do', async () => {
    vi.doMock('node:fs/promises', async (importOriginal) => {
      const real = await importOriginal<typeof import('node:fs/promises')>();
      return {
        ...real,
        open: async (p: string, flags?: string) => {
          if (String(p).endsWith('secret.txt')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
          return real.open(p, flags);
        },
      };
    });
    const { readDocument: read } = await import('../../src/ingest/read-document.js');
    const { createRegistry: registry } = await import('../../src/ingest/index.js');
    const [doc] = await read({ ...file('secret.txt', 'text'), options }, registry());
    expect(doc!.status).toBe('failed');
    expect(doc!.messages[0]).toMatchObject({ rule: 'file-unreadable', reason: 'The file cannot be opened: permission denied' });
    expect(doc!.messages[0]!.note).toMatch(/read permission/);
  });

  it('skips a file no reader claims, as a warning', async () => {
    const [doc] = await readDocument({ ...file('picture.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])), options }, createRegistry());
    expect(doc).toMatchObject({ status: 'skipped' });
    expect(doc!.messages[0]).toMatchObject({ severity: 'warning', rule: 'unsupported-format' });
  });
});
