import { describe, expect, it } from 'vitest';
import { Registry } from '../../../src/core/registry.js';
import { EXPORT_FORMATS } from '../../../src/ingest/exports/export-formats.js';
import { txtFormat } from '../../../src/ingest/formats/txt.js';
import { BIBTEX, CSL_JSON, ENDNOTE, PROSE, REFWORKS, RIS, utf16le, WOS_PLAIN, WOS_TAB } from './fixtures.js';

const enc = (s: string) => new TextEncoder().encode(s);

const SCOPUS_HEAD = '\ufeffAuthors,Author full names,Title,Year,Source title,DOI,References,EID\n"Li M.","Li, Min","T","2020","S","","",""\n';

const SAMPLES: Array<[string, Uint8Array]> = [
  ['@wos/plain', enc(WOS_PLAIN)],
  ['@wos/tab', utf16le(WOS_TAB)],
  ['@scopus/csv', enc(SCOPUS_HEAD)],
  ['@ris/file', enc(RIS)],
  ['@bibtex/file', enc(BIBTEX)],
  ['@csl/json', enc(CSL_JSON)],
  ['@endnote/text', enc(ENDNOTE)],
  ['@refworks/text', enc(REFWORKS)],
];

/** The registry order the lead uses: exports before plain text. */
function registry(): Registry {
  const r = new Registry();
  for (const f of EXPORT_FORMATS) r.addInput(f);
  r.addInput(txtFormat);
  return r;
}

describe('export sniffs', () => {
  it('each sample is claimed by its own sniff and by no other', () => {
    for (const [id, bytes] of SAMPLES) {
      const claimed = EXPORT_FORMATS.filter((f) => f.sniff?.(bytes.subarray(0, 4096))).map((f) => f.id);
      expect(claimed, id).toEqual([id]);
    }
  });

  it('detects exports named .txt by content, and leaves prose to the text reader', () => {
    const r = registry();
    expect(r.detect('savedrecs.txt', enc(WOS_PLAIN))?.id).toBe('@wos/plain');
    expect(r.detect('savedrecs.txt', utf16le(WOS_TAB))?.id).toBe('@wos/tab');
    expect(r.detect('export.txt', enc(RIS))?.id).toBe('@ris/file');
    expect(r.detect('CNKI-1.txt', enc(ENDNOTE))?.id).toBe('@endnote/text');
    expect(r.detect('CNKI-2.txt', enc(REFWORKS))?.id).toBe('@refworks/text');
    expect(r.detect('notes.txt', enc(PROSE))?.id).toBe('@txt/file');
    expect(EXPORT_FORMATS.filter((f) => f.sniff?.(enc(PROSE)))).toEqual([]);
  });

  it('falls back on extensions: .isi, .ris, .bib, .json, .csv, .enw', () => {
    const r = registry();
    const empty = new Uint8Array(0);
    expect(['a.isi', 'a.ciw', 'a.ris', 'a.bib', 'a.json', 'a.csv', 'a.enw'].map((p) => r.detect(p, empty)?.id)).toEqual([
      '@wos/plain',
      '@wos/plain',
      '@ris/file',
      '@bibtex/file',
      '@csl/json',
      '@scopus/csv',
      '@endnote/text',
    ]);
  });

  it('claims nothing for empty, binary or Markdown heads', () => {
    const heads = [new Uint8Array(0), Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), enc('# Title\n\nSome *markdown* with @mentions.\n')];
    for (const head of heads) expect(EXPORT_FORMATS.filter((f) => f.sniff?.(head)).map((f) => f.id)).toEqual([]);
  });
});
