import { inflateRawSync } from 'node:zlib';
import { DocumentError } from '../core/errors.js';

/** One file inside a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; other methods are not read. */
  method: number;
  /** General-purpose flags; bit 0 = encrypted. */
  flags: number;
  compressedSize: number;
  /** Size the entry declares it unpacks to (may lie; see checkZip's verifyInflated). */
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Limits a zip must keep before anything reads it. */
export interface ZipLimits {
  /** Largest declared (and, with verifyInflated, real) total unpacked size in bytes. */
  maxUnpackedBytes: number;
  /** Most entries allowed. */
  maxEntries: number;
  /** Largest compression ratio allowed for an entry that unpacks to more than RATIO_MIN_BYTES. */
  maxRatio: number;
  /** File path used in error messages. */
  path?: string;
  /**
   * Also inflate every entry with an output cap, so that an entry that lies about its size is caught
   * without ever unpacking more than maxUnpackedBytes in total. Costs one pass of inflation.
   */
  verifyInflated?: boolean;
}

/** Entries that unpack to at most this many bytes are never judged by their compression ratio. */
export const RATIO_MIN_BYTES = 10 * 1024 * 1024;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Bytes that are not a readable zip (code 'zip-corrupt'); `detail` says what is wrong. */
export class ZipCorruptError extends DocumentError {
  readonly detail: string;
  constructor(path: string | undefined, detail: string) {
    super('zip-corrupt', `${path ?? 'The file'} is not a valid zip archive: ${detail}`);
    this.detail = detail;
  }
}

function corrupt(path: string | undefined, what: string): ZipCorruptError {
  return new ZipCorruptError(path, what);
}

/** A size for messages: '60 MB', '6.0 MB', '21 KB'. */
function size(bytes: number): string {
  const v = bytes / (1024 * 1024);
  if (v >= 10) return `${Math.round(v)} MB`;
  if (v >= 1) return `${v.toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

function bomb(path: string | undefined, reason: string): DocumentError {
  return new DocumentError('zip-bomb', `${path ?? 'The file'} ${reason}; it was not unpacked`, {
    note: 'A Word file this large or this compressible is almost always damaged or malicious. If it is genuine, raise the limit (maxUnpackedBytes) or save the text in a smaller file.',
  });
}

/** Reads a little-endian 64-bit size as a number; throws when it cannot be exact. */
function u64(view: DataView, at: number, path: string | undefined): number {
  const lo = view.getUint32(at, true);
  const hi = view.getUint32(at + 4, true);
  if (hi >= 0x200000) throw corrupt(path, 'a ZIP64 size is out of range');
  return hi * 0x1_0000_0000 + lo;
}

/** Finds the end-of-central-directory record, searching back over a possible archive comment. */
function findEocd(bytes: Uint8Array, view: DataView, path: string | undefined): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (bytes[at] === 0x50 && view.getUint32(at, true) === SIG_EOCD) return at;
  }
  throw corrupt(path, 'no central directory found (the file is cut short or is not a zip)');
}

/** Lists the entries of a zip from its central directory, without unpacking anything. */
export function listZipEntries(bytes: Uint8Array, path?: string): ZipEntry[] {
  if (bytes.length < EOCD_SIZE) throw corrupt(path, 'the file is too short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(bytes, view, path);
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);

  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator >= 0 && view.getUint32(locator, true) === SIG_ZIP64_LOCATOR) {
      const z = u64(view, locator + 8, path);
      if (z + 56 > bytes.length || view.getUint32(z, true) !== SIG_ZIP64_EOCD) {
        throw corrupt(path, 'the ZIP64 directory record is missing');
      }
      count = u64(view, z + 32, path);
      cdSize = u64(view, z + 40, path);
      cdOffset = u64(view, z + 48, path);
    }
  }
  if (cdOffset + cdSize > bytes.length) throw corrupt(path, 'the central directory points past the end of the file');

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== SIG_CENTRAL) {
      throw corrupt(path, `central directory entry ${i + 1} is damaged`);
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    let compressedSize = view.getUint32(at + 20, true);
    let uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    const nameStart = at + 46;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > bytes.length) throw corrupt(path, `central directory entry ${i + 1} runs past the end of the file`);
    const name = decoder.decode(bytes.subarray(nameStart, extraStart));

    // ZIP64 extended information: the 64-bit values appear in this order, only for fields set to 0xFFFFFFFF.
    let e = extraStart;
    while (e + 4 <= extraStart + extraLength) {
      const id = view.getUint16(e, true);
      const size = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let f = e + 4;
        const end = f + size;
        if (uncompressedSize === 0xffffffff && f + 8 <= end) {
          uncompressedSize = u64(view, f, path);
          f += 8;
        }
        if (compressedSize === 0xffffffff && f + 8 <= end) {
          compressedSize = u64(view, f, path);
          f += 8;
        }
        if (localHeaderOffset === 0xffffffff && f + 8 <= end) localHeaderOffset = u64(view, f, path);
      }
      e += 4 + size;
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
    at = next;
  }
  return entries;
}

/** Where an entry's compressed data begins and ends, from its local header. */
function dataRange(bytes: Uint8Array, entry: ZipEntry, path: string | undefined): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== SIG_LOCAL) {
    throw corrupt(path, `the data of ${entry.name} is missing`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt(path, `the data of ${entry.name} runs past the end of the file`);
  return [start, end];
}

/**
 * Unpacks one entry, never producing more than maxBytes: throws 'zip-bomb' when the entry holds more
 * than it declares or than maxBytes, 'zip-corrupt' when its data is damaged or uses another method.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, path?: string): Uint8Array {
  if ((entry.flags & 1) !== 0) throw corrupt(path, `${entry.name} is encrypted`);
  const [start, end] = dataRange(bytes, entry, path);
  const data = bytes.subarray(start, end);
  const cap = Math.min(entry.uncompressedSize, maxBytes);
  if (entry.method === 0) {
    if (data.length > cap) throw bomb(path, `holds ${entry.name} of ${size(data.length)}, more than it declares or is allowed`);
    return data;
  }
  if (entry.method !== 8) throw corrupt(path, `${entry.name} uses compression method ${entry.method}, which is not supported`);
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: cap + 1 });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw bomb(
        path,
        cap < entry.uncompressedSize
          ? `holds ${entry.name}, which would unpack to more than the ${size(cap)} left under the limit`
          : `holds ${entry.name}, which unpacks to more than the ${size(entry.uncompressedSize)} it declares`,
      );
    }
    throw corrupt(path, `the data of ${entry.name} is damaged`);
  }
  if (out.length > cap) throw bomb(path, `holds ${entry.name}, which unpacks to more than it declares`);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

/**
 * Checks a zip before any library unpacks it: entry count, declared total size and per-entry ratio,
 * and (with verifyInflated) the real unpacked sizes. Throws DocumentError 'zip-bomb' or 'zip-corrupt';
 * returns the entries when the zip is safe to open.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const { path } = limits;
  const entries = listZipEntries(bytes, path);
  if (entries.length > limits.maxEntries) {
    throw bomb(path, `has ${entries.length} entries (limit ${limits.maxEntries})`);
  }
  let total = 0;
  for (const entry of entries) total += entry.uncompressedSize;
  if (total > limits.maxUnpackedBytes) {
    throw bomb(path, `would unpack to ${size(total)} (limit ${size(limits.maxUnpackedBytes)})`);
  }
  for (const entry of entries) {
    if (
      entry.uncompressedSize > RATIO_MIN_BYTES &&
      entry.uncompressedSize > limits.maxRatio * Math.max(1, entry.compressedSize)
    ) {
      const ratio = Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize));
      throw bomb(
        path,
        `holds ${entry.name}, which would unpack from ${size(entry.compressedSize)} to ${size(entry.uncompressedSize)} (ratio ${ratio}:1, limit ${limits.maxRatio}:1)`,
      );
    }
  }
  if (limits.verifyInflated) {
    let left = limits.maxUnpackedBytes;
    for (const entry of entries) {
      if (entry.name.endsWith('/') && entry.uncompressedSize === 0) continue;
      if ((entry.flags & 1) !== 0 || (entry.method !== 0 && entry.method !== 8)) continue;
      left -= readZipEntry(bytes, entry, left, path).length;
    }
  }
  return entries;
}
