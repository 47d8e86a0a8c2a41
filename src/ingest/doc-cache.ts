import { createHash } from 'node:crypto';
import { mkdir, open, readFile, stat } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { dirname, join } from 'node:path';
import type { Doc } from '../core/doc.js';

/** Bump when the cached document shape or the text stage changes, so old entries are ignored. */
export const CACHE_VERSION = 1;

/**
 * A content-addressed store of read documents. The key covers the file's bytes (sha256), its path
 * (ids and folder-derived kinds depend on it), the reading options and the tool version, so a
 * changed file, option or tool never returns a stale document. Entries are written atomically
 * (temporary file + rename): a run killed half way leaves complete entries or none.
 */
export class DocCache {
  constructor(
    readonly dir: string,
    private readonly salt: string,
  ) {}

  /** The key of a file: what its documents depend on. */
  key(path: string, contentHash: string): string {
    return createHash('sha256').update(`${CACHE_VERSION}\0${this.salt}\0${path}\0${contentHash}`).digest('hex');
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The cached documents, or undefined on a miss or an unreadable entry. */
  async get(key: string): Promise<Doc[] | undefined> {
    try {
      const json = await readFile(this.file(key), 'utf8');
      const docs = JSON.parse(json) as unknown;
      return Array.isArray(docs) ? (docs as Doc[]) : undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, docs: readonly Doc[]): Promise<void> {
    const target = this.file(key);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, JSON.stringify(docs));
  }
}

/**
 * Hashes a file's content by streaming it, without holding it whole: used to look up the cache
 * before reading. Returns undefined when the file cannot be read (the reader then reports why).
 */
export async function hashFile(absPath: string): Promise<string | undefined> {
  try {
    const st = await stat(absPath);
    if (!st.isFile()) return undefined;
    const handle = await open(absPath, 'r');
    try {
      const hash = createHash('sha256');
      const buf = Buffer.alloc(1 << 20);
      for (;;) {
        const { bytesRead } = await handle.read(buf, 0, buf.length, null);
        if (bytesRead === 0) break;
        hash.update(buf.subarray(0, bytesRead));
      }
      return hash.digest('hex');
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}
