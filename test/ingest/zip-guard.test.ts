import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/core/errors.js';
import { checkZip, listZipEntries, readZipEntry } from '../../src/ingest/zip-guard.js';

const MB = 1024 * 1024;
const limits = { maxUnpackedBytes: 10 * MB, maxEntries: 100, maxRatio: 200, path: 'bomb.docx' };

async function zipOf(files: Record<string, Uint8Array | string>): Promise<Uint8Array> {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2020, 0, 1));
  for (const [name, data] of Object.entries(files)) zip.file(name, data, { date, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Overwrites the declared uncompressed size of the first central directory entry. */
function patchDeclaredSize(bytes: Uint8Array, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let at = copy.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error('no central directory entry');
}

function thrown(f: () => unknown): DocumentError {
  try {
    f();
  } catch (err) {
    if (err instanceof DocumentError) return err;
    throw err;
  }
  throw new Error('expected a DocumentError');
}

describe('zip guard', () => {
  it('lists entries from the central directory', async () => {
    const bytes = await zipOf({ 'word/document.xml': '<w:document/>', 'docProps/core.xml': 'x'.repeat(1000) });
    const entries = listZipEntries(bytes);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['word/document.xml', 8, 13],
      ['docProps/core.xml', 8, 1000],
    ]);
    expect(new TextDecoder().decode(readZipEntry(bytes, entries[0]!, 1000))).toBe('<w:document/>');
    expect(checkZip(bytes, { ...limits, verifyInflated: true })).toEqual(entries);
  });

  it('refuses 60 MB of zeros against a 10 MB limit from the directory alone, quickly', async () => {
    const bytes = await zipOf({ 'word/document.xml': new Uint8Array(60 * MB) });
    expect(bytes.length).toBeLessThan(200 * 1024);
    const start = performance.now();
    const err = thrown(() => checkZip(bytes, { ...limits, verifyInflated: true }));
    const ms = performance.now() - start;
    expect(err.code).toBe('zip-bomb');
    expect(err.message).toBe('bomb.docx would unpack to 60 MB (limit 10 MB); it was not unpacked');
    expect(ms).toBeLessThan(100);
  });

  it('refuses an entry above 10 MB compressed more than 200:1', async () => {
    const bytes = await zipOf({ 'word/document.xml': new Uint8Array(20 * MB) });
    const err = thrown(() => checkZip(bytes, { ...limits, maxUnpackedBytes: 1000 * MB }));
    expect(err.code).toBe('zip-bomb');
    expect(err.message).toMatch(/^bomb\.docx holds word\/document\.xml, which would unpack from \d+ KB to 20 MB \(ratio \d+:1, limit 200:1\); it was not unpacked$/);
  });

  it('catches an entry that lies about its size, without inflating past the declared size', async () => {
    const honest = await zipOf({ 'word/document.xml': new Uint8Array(5 * MB).fill(0x41) });
    const lying = patchDeclaredSize(honest, 1000);
    expect(() => checkZip(lying, limits)).not.toThrow();
    const err = thrown(() => checkZip(lying, { ...limits, verifyInflated: true }));
    expect(err.code).toBe('zip-bomb');
    expect(err.message).toBe('bomb.docx holds word/document.xml, which unpacks to more than the 1 KB it declares; it was not unpacked');
  });

  it('counts real sizes against the total limit', async () => {
    const bytes = await zipOf({ a: new Uint8Array(3 * MB), b: new Uint8Array(3 * MB) });
    expect(() => checkZip(bytes, { ...limits, maxUnpackedBytes: 6 * MB, verifyInflated: true })).not.toThrow();
    const err = thrown(() => checkZip(bytes, { ...limits, maxUnpackedBytes: 5 * MB, verifyInflated: true }));
    expect(err.message).toBe('bomb.docx would unpack to 6.0 MB (limit 5.0 MB); it was not unpacked');
  });

  it('limits the number of entries', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) files[`f${i}`] = 'x';
    const err = thrown(() => checkZip(new Uint8Array(0), limits));
    expect(err.code).toBe('zip-corrupt');
    const bytes = await zipOf(files);
    expect(thrown(() => checkZip(bytes, { ...limits, maxEntries: 4 })).message).toBe(
      'bomb.docx has 5 entries (limit 4); it was not unpacked',
    );
  });

  it('reports bytes that are not a zip, or a cut-short zip, as zip-corrupt', async () => {
    const bytes = await zipOf({ 'word/document.xml': 'text' });
    expect(thrown(() => listZipEntries(new TextEncoder().encode('just some text, no zip at all'), 'x.docx')).message).toBe(
      'x.docx is not a valid zip archive: no central directory found (the file is cut short or is not a zip)',
    );
    expect(thrown(() => listZipEntries(bytes.subarray(0, bytes.length - 30), 'x.docx')).code).toBe('zip-corrupt');
  });
});
