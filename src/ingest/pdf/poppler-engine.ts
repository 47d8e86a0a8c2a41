/**
 * The poppler engine: runs `pdftotext` (and `pdfinfo` for the info dictionary and page count) from
 * poppler-utils as child processes, without a shell. pdftotext's own reading order is kept.
 */
import { execFile } from 'node:child_process';
import type { Extracted } from '../../core/doc.js';
import { message, type Message } from '../../core/message.js';
import type { RawFile, ReadOptions } from '../../core/registry.js';
import { pdfHints, type PdfInfo } from './pdf-hints.js';
import {
  corruptError,
  encryptedError,
  engineMissingError,
  noTextError,
  pageNoText,
  timeoutError,
  tooManyPages,
} from './pdf-problems.js';

const TIMEOUT_MS = 120_000;
const MAX_BUFFER = 512 * 1024 * 1024;

let available: Promise<boolean> | undefined;

/** True when `pdftotext` can be run; checked once per process. */
export function hasPdftotext(): Promise<boolean> {
  available ??= new Promise((resolve) => {
    execFile('pdftotext', ['-v'], { timeout: 10_000 }, (err) => {
      resolve(!err || (err as NodeJS.ErrnoException).code !== 'ENOENT');
    });
  });
  return available;
}

interface RunResult {
  stdout: string;
  stderr: string;
  /** Exit code; null when killed. */
  code: number | null;
  missing: boolean;
  timedOut: boolean;
}

/** Runs a program with arguments (no shell) and collects its output as UTF-8. */
export function runTool(program: string, args: readonly string[], timeoutMs = TIMEOUT_MS): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      program,
      args,
      { encoding: 'utf8', maxBuffer: MAX_BUFFER, timeout: timeoutMs, windowsHide: true },
      (err, stdout, stderr) => {
        const e = err as (NodeJS.ErrnoException & { code?: string | number; killed?: boolean; signal?: string }) | null;
        resolve({
          stdout,
          stderr,
          code: e ? (typeof e.code === 'number' ? e.code : null) : 0,
          missing: e?.code === 'ENOENT',
          timedOut: Boolean(e?.killed && e.signal === 'SIGTERM'),
        });
      },
    );
  });
}

/** Reads a PDF with pdftotext; throws DocumentError (pdf-encrypted, pdf-corrupt, pdf-no-text, pdf-timeout). */
export async function readWithPoppler(file: RawFile, options: Readonly<ReadOptions>): Promise<Extracted> {
  // A path starting with '-' would be taken for an option.
  const target = file.absPath.startsWith('-') ? `./${file.absPath}` : file.absPath;
  const maxPages = Math.max(0, options.maxPages);
  const [text, infoRun] = await Promise.all([
    runTool('pdftotext', ['-enc', 'UTF-8', '-eol', 'unix', '-l', String(Math.max(1, maxPages)), target, '-']),
    runTool('pdfinfo', ['-enc', 'UTF-8', target], 30_000),
  ]);
  if (text.missing) throw engineMissingError(file.path, 'pdftotext');
  if (text.timedOut) throw timeoutError(file.path, TIMEOUT_MS / 1000);
  if (text.code !== 0) {
    if (/password/i.test(text.stderr)) throw encryptedError(file.path);
    throw corruptError(file.path, `pdftotext: ${firstLines(text.stderr) || `exit code ${String(text.code)}`}`);
  }
  const info = infoRun.code === 0 ? parsePdfinfo(infoRun.stdout) : {};
  const messages: Message[] = [];
  const parts = text.stdout.split('\f');
  // pdftotext ends every page with a form feed: the part after the last one is not a page.
  parts.pop();
  const pages = maxPages === 0 ? [] : parts.map(pageLines);
  const total = info.pages ?? pages.length;
  if (total > maxPages) messages.push(tooManyPages(file.path, total, maxPages));
  const missing = Math.min(total, maxPages) - pages.length;
  if (missing > 0) {
    messages.push(
      message('warning', 'ingest', 'pdf-page-error', file.path, `${missing} of the PDF's ${total} pages could not be read; ${missing === 1 ? 'it is' : 'they are'} left out`),
    );
  }
  let withText = 0;
  pages.forEach((lines, i) => {
    if (lines.length === 0) messages.push(pageNoText(file.path, i + 1));
    else withText++;
  });
  if (withText === 0) throw noTextError(file.path);
  return { pages, paged: true, hints: pdfHints(info, 'poppler'), messages };
}

/** Lines of one page of pdftotext output: trailing spaces cut, runs of blank lines as one ''. */
export function pageLines(page: string): string[] {
  const lines: string[] = [];
  for (const raw of page.split('\n')) {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
    } else {
      lines.push(line);
    }
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The fields of `pdfinfo` output that corpus-lens uses. */
export function parsePdfinfo(out: string): PdfInfo & { pages?: number } {
  const info: PdfInfo & { pages?: number } = {};
  for (const line of out.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1).trim();
    if (value === '') continue;
    if (key === 'Title') info.title = value;
    else if (key === 'Author') info.author = value;
    else if (key === 'Producer') info.producer = value;
    else if (key === 'Creator') info.creator = value;
    else if (key === 'Pages' && /^\d+$/.test(value)) info.pages = Number(value);
  }
  return info;
}

/** The first two distinct lines of a tool's error output. */
function firstLines(stderr: string): string {
  const lines = new Set(stderr.split('\n').map((l) => l.trim()).filter((l) => l !== ''));
  return [...lines].slice(0, 2).join('; ');
}
