import type { DocHints, Extracted } from '../../core/doc.js';
import type { InputFormat, RawFile } from '../../core/registry.js';
import { decodeText } from '../decode-text.js';

/**
 * Removes C0 control characters other than tab (the binary check lets a few through: DOS end-of-file
 * marks, stray escapes) and turns form feeds into line breaks.
 */
function stripControls(line: string): string {
  let clean = true;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) {
      clean = false;
      break;
    }
  }
  if (clean) return line;
  let out = '';
  for (const ch of line) {
    const c = ch.charCodeAt(0);
    if (c === 0x0b) out += ' ';
    else if ((c < 0x20 && c !== 0x09) || c === 0x7f) continue;
    else out += ch;
  }
  return out;
}

/**
 * Tidies reader output: trailing white space trimmed, white-space-only lines made '', runs of ''
 * collapsed to one, and no '' at the start or the end.
 */
export function tidyLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    } else {
      out.push(line);
    }
  }
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/** Splits decoded text into lines (form feeds count as paragraph breaks) without control characters. */
export function textToLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (line.includes('\f')) {
      const parts = line.split('\f');
      parts.forEach((part, i) => {
        if (i > 0) lines.push('');
        lines.push(stripControls(part));
      });
    } else {
      lines.push(stripControls(line));
    }
  }
  return lines;
}

/** Reads a plain-text file: decoded (see decode-text.ts), one page, blank lines as paragraph breaks. */
async function readTxt(file: RawFile): Promise<Extracted[]> {
  const decoded = decodeText(file.bytes, file.path);
  const hints: DocHints = { extra: { encoding: decoded.encoding } };
  return [{ pages: [tidyLines(textToLines(decoded.text))], paged: false, hints, messages: decoded.messages }];
}

/** Plain text (.txt, .text); no sniff, so a PDF or Word file named .txt is still recognised by theirs. */
export const txtFormat: InputFormat = {
  id: '@txt/file',
  label: 'Plain text (UTF-8, UTF-16, GB18030, Big5, Windows-1252)',
  extensions: ['.txt', '.text'],
  read: readTxt,
};
