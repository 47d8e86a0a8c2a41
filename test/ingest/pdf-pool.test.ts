import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/core/errors.js';
import { defaultReadOptions } from '../../src/core/registry.js';
import { createPdfPool } from '../../src/ingest/pdf/pdf-pool.js';
import { layoutText } from '../../src/testing/pdf-writer.js';
import { ENGLISH, pdfFile } from './pdf-fixtures.js';

// Worker threads run compiled JavaScript: this test needs `npm run build` first.
const workerFile = fileURLToPath(new URL('../../dist/ingest/pdf/pdf-worker.js', import.meta.url));

describe.skipIf(!existsSync(workerFile))('PDF worker pool (needs dist/: npm run build)', () => {
  it('reads PDFs in two workers and passes DocumentErrors back', async () => {
    const pool = createPdfPool(2, { workerFile });
    try {
      const files = [0, 1, 2].map((n) => pdfFile(`pool-${n}.pdf`, { pages: [{ items: layoutText([`Document ${n}`, ...ENGLISH], { x: 72, yTop: 700 }) }] }));
      const results = await Promise.all(files.map((f) => pool.read(f.absPath, defaultReadOptions, f.path)));
      expect(results.map((r) => r[0]?.pages[0]?.[0])).toEqual(['Document 0', 'Document 1', 'Document 2']);
      const enc = pdfFile('pool-enc.pdf', { encryptedStub: true, pages: [{ items: [] }] });
      const err = await pool.read(enc.absPath, defaultReadOptions, enc.path).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DocumentError);
      expect((err as DocumentError).code).toBe('pdf-encrypted');
      expect((err as DocumentError).message).toMatch(/^papers\/pool-enc\.pdf is encrypted/);
      const memory = await pool.memory();
      expect(memory).toHaveLength(2);
      expect(memory.every((m) => m.peakHeapBytes > 0)).toBe(true);
    } finally {
      await pool.close();
    }
  });
});
