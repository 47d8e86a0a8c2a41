import { analyse } from 'chardet';
import { DocumentError } from '../core/errors.js';
import { message, type Message } from '../core/message.js';

/** Text decoded from the bytes of a file, the encoding used, and what was noticed on the way. */
export interface DecodedText {
  /** The text with line ends normalised to LF and without a byte order mark. */
  text: string;
  /** WHATWG name of the encoding used: 'utf-8', 'utf-16le', 'gb18030', 'windows-1252', ... */
  encoding: string;
  messages: Message[];
}

/** Bytes looked at for the UTF-16 NUL pattern and for chardet. */
const SAMPLE_BYTES = 256 * 1024;
/** NUL bytes within this many leading bytes make a file binary (unless the NUL pattern says UTF-16)... */
const NUL_WINDOW = 8000;
/** ...when control bytes are more than this share of the file: a few stray NULs in a text are damage, not a binary format. */
const MAX_CONTROL_SHARE_WITH_NUL = 0.01;
/** Share of control bytes above which a file is binary. */
const MAX_CONTROL_SHARE = 0.1;
/** chardet confidence (0-100) from which its answer for an East Asian encoding is trusted over GB18030. */
const TRUST_CHARDET = 50;

const EAST_ASIAN = new Set(['Big5', 'Shift_JIS', 'EUC-JP', 'EUC-KR', 'ISO-2022-JP']);

/** Human names for the encodings a guess may end on. */
const ENCODING_LABELS: Record<string, string> = {
  big5: 'Big5 (traditional Chinese)',
  shift_jis: 'Shift_JIS (Japanese)',
  'euc-jp': 'EUC-JP (Japanese)',
  'euc-kr': 'EUC-KR (Korean)',
  'iso-2022-jp': 'ISO-2022-JP (Japanese)',
  'windows-1252': 'Windows-1252 (Western European)',
};

/**
 * Decodes the bytes of a text file: byte order mark, then strict UTF-8, then UTF-16 by its NUL
 * pattern, then GB18030 / Big5 / Shift_JIS / Windows-1252 as chardet and the bytes suggest. Throws
 * DocumentError 'binary-file' when the bytes are not text.
 */
export function decodeText(bytes: Uint8Array, path: string): DecodedText {
  const messages: Message[] = [];
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', messages };

  const bom = detectBom(bytes);
  let decoded: { text: string; encoding: string };
  if (bom) {
    decoded = { text: decodeWith(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding };
    if (bom.encoding !== 'utf-8') assertTextChars(decoded.text, path);
  } else {
    const utf16 = utf16ByNulPattern(bytes);
    if (utf16) {
      decoded = { text: decodeWith(utf16, bytes), encoding: utf16 };
      assertTextChars(decoded.text, path);
    } else {
      assertTextBytes(bytes, path);
      decoded = decodeWithoutBom(bytes, path, messages);
    }
  }

  const text = normaliseLineEnds(decoded.text);
  reportReplacements(text, path, messages);
  return { text, encoding: decoded.encoding, messages };
}

/**
 * Decodes with a declared encoding (an HTML meta charset), normalising line ends and warning about
 * replacement characters. Returns undefined when TextDecoder does not know the label.
 */
export function decodeWithLabel(bytes: Uint8Array, label: string, path: string): DecodedText | undefined {
  let encoding: string;
  try {
    encoding = new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
  const bom = detectBom(bytes);
  if (bom) encoding = bom.encoding;
  // A page that declares UTF-16 but has no byte order mark is read as UTF-8 (WHATWG encoding rules).
  else if (encoding.startsWith('utf-16')) encoding = 'utf-8';
  const messages: Message[] = [];
  const text = normaliseLineEnds(decodeWith(encoding, bytes.subarray(bom?.length ?? 0)));
  reportReplacements(text, path, messages);
  return { text, encoding, messages };
}

/** Normalises CRLF and lone CR line ends to LF. */
export function normaliseLineEnds(text: string): string {
  if (!text.includes('\r')) return text;
  return text.replace(/\r\n?/g, '\n');
}

function detectBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return { encoding: 'utf-32le', length: 4 };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** Decodes with replacement characters for bad sequences; UTF-32 and Windows-1252 by hand. */
function decodeWith(encoding: string, bytes: Uint8Array): string {
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return decodeUtf32(bytes, encoding === 'utf-32le');
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
}

/** Windows-1252 code points for bytes 0x80-0x9F (the rest equal Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252 decoding. Node 20's TextDecoder('windows-1252') decodes as ISO-8859-1 (0x97 gives
 * U+0097, not the em dash), so the 0x80-0x9F block is mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes: number[] = [];
    const end = Math.min(bytes.length, start + 8192);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes.push(b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function decodeUtf32(bytes: Uint8Array, little: boolean): string {
  const parts: string[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let chunk: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const cp = view.getUint32(i, little);
    chunk.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? cp : 0xfffd);
    if (chunk.length === 4096) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  if (bytes.length % 4 !== 0) chunk.push(0xfffd);
  parts.push(String.fromCodePoint(...chunk));
  return parts.join('');
}

/**
 * UTF-16 without a byte order mark shows as NULs in every other byte (the high byte of Latin text).
 * Returns the byte order when at least 30 % of one half and under 3 % of the other half are NUL.
 */
function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (n < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul >= 0.3 * half && evenNul < 0.03 * half) return 'utf-16le';
  if (evenNul >= 0.3 * half && oddNul < 0.03 * half) return 'utf-16be';
  return undefined;
}

/** True for C0 controls other than tab, LF, VT, FF, CR, SUB (old DOS end of file) and ESC (ISO-2022), and DEL. */
function isControl(code: number): boolean {
  if (code === 0x7f) return true;
  if (code >= 0x20) return false;
  return code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1a && code !== 0x1b;
}

function binaryError(path: string, controls: number, total: number): DocumentError {
  const pct = total === 0 ? 0 : (100 * controls) / total;
  const shown = pct >= 1 ? String(Math.round(pct)) : pct > 0 ? '<1' : '0';
  return new DocumentError(
    'binary-file',
    `${path} looks like a binary file, not text (${shown} % control bytes); check its real format`,
    {
      note: 'Open the file to see what it is (a PDF, Word file or image with the wrong extension?); give it its real extension or save it as text (UTF-8).',
    },
  );
}

/**
 * Throws 'binary-file' for NULs near the start among more than 1 % control bytes, or for more than
 * 10 % control bytes (ASCII-compatible encodings). Binary formats have many NULs and controls; an
 * export with a few NUL bytes pasted into one record is still text, so its other records are read.
 */
function assertTextBytes(bytes: Uint8Array, path: string): void {
  let controls = 0;
  let nulNearStart = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (isControl(b)) {
      controls++;
      if (b === 0 && i < NUL_WINDOW) nulNearStart = true;
    }
  }
  const limit = (nulNearStart ? MAX_CONTROL_SHARE_WITH_NUL : MAX_CONTROL_SHARE) * bytes.length;
  if (controls > limit) throw binaryError(path, controls, bytes.length);
}

/** The same check on decoded text, for UTF-16 and UTF-32. */
function assertTextChars(text: string, path: string): void {
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  if (controls > MAX_CONTROL_SHARE * text.length) throw binaryError(path, controls, text.length);
}

/** Strict UTF-8, else a nearly valid UTF-8 file, else the East Asian and Western guesses. */
function decodeWithoutBom(bytes: Uint8Array, path: string, messages: Message[]): { text: string; encoding: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // not valid UTF-8: look further
  }
  const loose = new TextDecoder('utf-8').decode(bytes);
  if (isMostlyValidUtf8(loose) || isUtf8DamagedInPlaces(loose)) return { text: loose, encoding: 'utf-8' };

  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const matches = analyse(sample);
  const top = matches[0];
  if (top?.name === 'GB18030') {
    messages.push(gb18030Message(path));
    return { text: decodeWith('gb18030', bytes), encoding: 'gb18030' };
  }
  if (top && top.confidence >= TRUST_CHARDET && EAST_ASIAN.has(top.name)) {
    const encoding = top.name.toLowerCase();
    messages.push(guessedMessage(path, encoding, top.confidence));
    return { text: decodeWith(encoding, bytes), encoding };
  }
  const gb = strictGb18030(bytes);
  if (gb !== undefined && isMostlyCjk(gb)) {
    messages.push(gb18030Message(path));
    return { text: gb, encoding: 'gb18030' };
  }
  const encoding = top ? decoderLabel(top.name) : 'windows-1252';
  messages.push(guessedMessage(path, encoding, top?.confidence ?? 0));
  return { text: decodeWith(encoding, bytes), encoding };
}

/**
 * A UTF-8 file with a few bad bytes (a truncated last character, one pasted Latin-1 byte): at most
 * 1 replacement per 200 characters, and real multi-byte characters besides.
 */
function isMostlyValidUtf8(text: string): boolean {
  let replaced = 0;
  let multibyte = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c >= 0x80) multibyte++;
  }
  return multibyte > 0 && replaced <= Math.max(1, text.length / 200) && multibyte >= 4 * replaced;
}

/**
 * A UTF-8 file damaged in places (junk bytes pasted into one record of an export): at least one of
 * its lines with non-ASCII characters decodes cleanly, and no fewer than those that do not. Text in
 * another encoding read as UTF-8 has undecodable bytes on nearly every such line (a line of GBK
 * Chinese that is valid UTF-8 by chance is vanishingly rare), so it is not taken for this.
 */
function isUtf8DamagedInPlaces(text: string): boolean {
  let lines = 0;
  let damaged = 0;
  let nonAscii = false;
  let bad = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c === 0x0a || c === 0x0d) {
      if (nonAscii) lines++;
      if (bad) damaged++;
      nonAscii = false;
      bad = false;
    } else if (c >= 0x80) {
      nonAscii = true;
      if (c === 0xfffd) bad = true;
    }
  }
  const clean = lines - damaged;
  return clean >= 1 && clean >= damaged;
}

function strictGb18030(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** True when at least 80 % of the non-ASCII characters are Chinese characters or CJK punctuation. */
function isMostlyCjk(text: string): boolean {
  let nonAscii = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      c === 0x2014 ||
      c === 0x2026 ||
      c === 0x201c ||
      c === 0x201d
    ) {
      cjk++;
    }
  }
  return nonAscii > 0 && cjk >= 0.8 * nonAscii;
}

/** Maps a chardet name to a TextDecoder label, falling back to windows-1252 for what TextDecoder lacks. */
function decoderLabel(name: string): string {
  if (name === 'ISO-8859-1' || name === 'ASCII') return 'windows-1252';
  try {
    const encoding = new TextDecoder(name).encoding;
    return encoding.startsWith('utf-') ? 'windows-1252' : encoding;
  } catch {
    return 'windows-1252';
  }
}

function gb18030Message(path: string): Message {
  return message(
    'info',
    'ingest',
    'encoding-detected',
    path,
    'The file is not UTF-8; it was read as GB18030 (simplified Chinese, covers GBK and GB2312)',
    { note: 'If the Chinese text looks garbled, save the file as UTF-8 and run again.' },
  );
}

function guessedMessage(path: string, encoding: string, confidence: number): Message {
  const label = ENCODING_LABELS[encoding] ?? encoding;
  return message(
    'warning',
    'ingest',
    'encoding-guessed',
    path,
    `The file is not UTF-8; its encoding was guessed as ${label} (detector confidence ${confidence} of 100)`,
    { note: 'Check that accented or Chinese characters read correctly; if not, save the file as UTF-8 and run again.' },
  );
}

/** Warns once when the text holds replacement characters, with their count and the first line. */
function reportReplacements(text: string, path: string, messages: Message[]): void {
  const first = text.indexOf('\ufffd');
  if (first < 0) return;
  let count = 0;
  for (let i = first; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) count++;
  let line = 1;
  for (let i = 0; i < first; i++) if (text.charCodeAt(i) === 10) line++;
  messages.push(
    message(
      'warning',
      'ingest',
      'encoding-replaced',
      path,
      `${count} ${count === 1 ? 'character' : 'characters'} could not be decoded and became the replacement character \ufffd (first on line ${line})`,
      { place: { line }, note: 'The file may mix encodings or be damaged; save it as UTF-8 and run again.' },
    ),
  );
}
