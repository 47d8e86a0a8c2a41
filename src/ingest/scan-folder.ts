import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { message, type Message } from '../core/message.js';

export interface ScannedFile {
  /** Corpus-relative path, POSIX separators. */
  path: string;
  absPath: string;
  size: number;
}

export interface ScanResult {
  files: ScannedFile[];
  /** Corpus-relative paths of the metadata.csv files found, in any folder (each describes its folder's files). */
  metadataFiles: string[];
  messages: Message[];
}

/** Names the scan never treats as documents: side files of the tool and of operating systems. */
const IGNORED = new Set(['metadata.csv', 'aliases.csv', 'readme.md', '.ds_store', 'thumbs.db', 'desktop.ini']);

/**
 * Lists the files below `root` in a stable order (by path, code-unit order), skipping hidden files,
 * the tool's side files (metadata.csv, aliases.csv, README.md … in any folder) and `exclude` (the
 * output folder when it lies inside the corpus). The metadata.csv files found are listed apart.
 * Unreadable folders become messages; the scan goes on.
 */
export async function scanFolder(root: string, exclude: readonly string[] = []): Promise<ScanResult> {
  const files: ScannedFile[] = [];
  const messages: Message[] = [];
  const metadataFiles: string[] = [];
  const excluded = new Set(exclude);
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      const rel = toPosix(relative(root, dir));
      messages.push(
        message('error', 'ingest', 'folder-unreadable', rel, `The folder could not be read: ${errText(err)}`, {
          note: 'Check the folder permissions.',
        }),
      );
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const abs = join(dir, entry.name);
      if (excluded.has(abs)) continue;
      if (entry.isDirectory()) {
        await walk(abs);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        // side files are never documents, in whatever folder they lie (a corpus may gather sub-corpora,
        // each with its own metadata.csv and README)
        const lower = entry.name.toLowerCase();
        if (lower === 'metadata.csv') metadataFiles.push(toPosix(relative(root, abs)));
        if (IGNORED.has(lower)) continue;
        let size = 0;
        try {
          const st = await stat(abs);
          if (!st.isFile()) continue;
          size = st.size;
        } catch {
          // a dangling link: let the reader report it with the file's name
        }
        files.push({ path: toPosix(relative(root, abs)), absPath: abs, size });
      }
    }
  }
  await walk(root);
  return { files, metadataFiles, messages };
}

/** Turns a platform path into a POSIX one. */
export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
