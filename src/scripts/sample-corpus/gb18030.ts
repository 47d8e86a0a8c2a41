import { spawnSync } from 'node:child_process';
import { TextDecoder } from 'node:util';

let table: Map<string, number> | null | undefined;

/**
 * Builds the two-byte part of the GB18030 table from Node's own decoder (ICU): every lead byte 0x81-0xFE
 * with every trail byte 0x40-0x7E, 0x80-0xFE. Returns null when this Node has no GB18030 decoder.
 */
function twoByteTable(): Map<string, number> | null {
  if (table !== undefined) return table;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder('gb18030', { fatal: true });
  } catch {
    table = null;
    return table;
  }
  const map = new Map<string, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let ch: string;
      try {
        ch = decoder.decode(pair);
      } catch {
        continue;
      }
      // keep the first code for a character, as encoders do
      if (ch.length === 1 && !map.has(ch)) map.set(ch, (lead << 8) | trail);
    }
  }
  table = map;
  return table;
}

/**
 * Encodes text as GB18030: ASCII as single bytes, everything else from the two-byte table built from
 * Node's decoder, or with `iconv` when this Node has no GB18030 support. Returns null when neither is
 * available. Throws when a character has no two-byte code (the sample texts use none).
 */
export function encodeGb18030(text: string): Uint8Array | null {
  const map = twoByteTable();
  if (map === null) return encodeWithIconv(text);
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const code = map.get(ch);
    if (code === undefined) throw new Error(`No two-byte GB18030 code for U+${cp.toString(16).toUpperCase()}`);
    out.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(out);
}

/** Encodes with the system's iconv; null when iconv is missing or fails. */
export function encodeWithIconv(text: string): Uint8Array | null {
  const run = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: Buffer.from(text, 'utf8') });
  if (run.error || run.status !== 0) return null;
  return new Uint8Array(run.stdout);
}
