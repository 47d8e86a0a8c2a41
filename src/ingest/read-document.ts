import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import type { Doc, FormatId } from '../core/doc.js';
import { DocumentError } from '../core/errors.js';
import { message, type Message } from '../core/message.js';
import type { Place } from '../core/place.js';
import type { ReadOptions, Registry } from '../core/registry.js';
import { buildDoc } from '../text/build-doc.js';
import { isUnreadableRecord } from './exports/export-record.js';
import { failedDoc } from '../core/failed-doc.js';

/** One file to read, with the id the run gave it. */
export interface ReadTask {
  id: string;
  path: string;
  absPath: string;
  options: ReadOptions & { maxFileBytes: number; semicolonSentences: boolean };
}

const UNKNOWN: FormatId = '@unknown/file';

/**
 * Reads one file into its documents: checks size and permissions, hashes the bytes, detects the
 * format, runs the reader and the text stage. Never throws for bad input: a file that cannot be read
 * becomes one failed document whose messages say why.
 */
export async function readDocument(task: ReadTask, registry: Registry): Promise<Doc[]> {
  const { id, path } = task;
  const fail = (rule: string, reason: string, note: string, sha256 = '', bytes = 0, format = UNKNOWN): Doc[] => [
    failedDoc({ id, path, format, sha256, bytes, messages: [message('error', 'ingest', rule, path, reason, { note })] }),
  ];

  let bytes: Uint8Array;
  try {
    bytes = await readBounded(task.absPath, task.options.maxFileBytes);
  } catch (err) {
    if (err instanceof TooLarge) {
      return fail(
        'file-too-large',
        `The file is ${mb(err.size)} MB, larger than the limit of ${mb(task.options.maxFileBytes)} MB`,
        'Split the file, or raise the limit with --max-file-mb.',
        '',
        err.size,
      );
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') {
      return fail('file-unreadable', 'The file cannot be opened: permission denied', 'Give your user read permission on the file (chmod +r), then run again.');
    }
    if (code === 'ENOENT') {
      return fail('file-missing', 'The file disappeared or is a broken link', 'Check that the file still exists.');
    }
    return fail('file-unreadable', `The file cannot be read: ${errText(err)}`, 'Check that the file is readable.');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) {
    return fail('empty-file', 'The file is empty (0 bytes)', 'Remove it, or replace it with a complete copy.', sha256, 0);
  }
  const format = registry.detect(path, bytes.subarray(0, 4096));
  if (!format) {
    const note = 'Supported: see `corpus-lens formats`. Convert the file, or move it out of the corpus folder.';
    const doc = failedDoc({
      id,
      path,
      format: UNKNOWN,
      sha256,
      bytes: bytes.length,
      messages: [message('warning', 'ingest', 'unsupported-format', path, 'Not a kind of file corpus-lens reads; skipped', { note })],
    });
    doc.status = 'skipped';
    return [doc];
  }
  let extracted;
  try {
    extracted = await format.read({ path, absPath: task.absPath, bytes }, task.options);
  } catch (err) {
    const messages: Message[] = [];
    if (err instanceof DocumentError) {
      const place: Place = {};
      if (err.page !== undefined) place.page = err.page;
      if (err.line !== undefined) place.line = err.line;
      if (err.column !== undefined) place.column = err.column;
      messages.push(
        message('error', 'ingest', err.code, path, err.message, {
          ...(Object.keys(place).length > 0 ? { place } : {}),
          ...(err.note ? { note: err.note } : {}),
        }),
      );
    } else {
      messages.push(
        message('error', 'ingest', 'reader-crashed', path, `The ${format.label} reader failed: ${errText(err)}`, {
          note: 'The file may be damaged. Open and re-save it, or report the file to the corpus-lens developers.',
        }),
      );
    }
    return [failedDoc({ id, path, format: format.id, sha256, bytes: bytes.length, messages })];
  }
  if (extracted.length === 0) {
    return fail('no-documents', 'The file holds no document or record', 'Check that the file is complete.', sha256, bytes.length, format.id);
  }
  return extracted.map((ex) => {
    const docIdOf = extracted.length > 1 || ex.record !== undefined ? `${id}-r${ex.record ?? 1}` : id;
    if (isUnreadableRecord(ex)) {
      const doc = failedDoc({ id: docIdOf, path, format: format.id, sha256, bytes: bytes.length, messages: ex.messages });
      if (ex.record !== undefined) doc.record = ex.record;
      return doc;
    }
    const doc = buildDoc({
      path,
      id: docIdOf,
      format: format.id,
      sha256,
      bytes: bytes.length,
      extracted: ex,
      semicolonSentences: task.options.semicolonSentences,
    });
    if (ex.record !== undefined) doc.record = ex.record;
    if (ex.hints.container) doc.container = ex.hints.container;
    if (ex.hints.keywords?.length) doc.keywords = ex.hints.keywords;
    if (ex.references) doc.sourceReferences = ex.references;
    return doc;
  });
}

class TooLarge extends Error {
  constructor(readonly size: number) {
    super('too large');
  }
}

/** Reads a whole file, refusing one larger than `max` bytes without reading it. */
async function readBounded(absPath: string, max: number): Promise<Uint8Array> {
  const handle = await open(absPath, 'r');
  try {
    const { size } = await handle.stat();
    if (size > max) throw new TooLarge(size);
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const { bytesRead } = await handle.read(buf, off, size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, off);
  } finally {
    await handle.close();
  }
}

function mb(n: number): string {
  return (n / (1024 * 1024)).toFixed(1);
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
