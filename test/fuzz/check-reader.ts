// Properties every fuzzed reader must keep (not a test file itself): what may escape a reader, what
// its output must look like, and what the pipeline makes of it (documents and problems.csv rows).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Doc, Extracted } from '../../src/core/doc.js';
import { DocumentError } from '../../src/core/errors.js';
import type { Message } from '../../src/core/message.js';
import { defaultReadOptions, type InputFormat } from '../../src/core/registry.js';
import { problemsTable } from '../../src/export/problems-table.js';
import { createRegistry } from '../../src/ingest/index.js';
import { readDocument } from '../../src/ingest/read-document.js';

/** Read options of the fuzz tests: defaults, 64 MB files. */
export const FUZZ_OPTIONS = { ...defaultReadOptions, maxFileBytes: 64 * 1024 * 1024, semicolonSentences: false };

const RULE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEVERITIES = new Set(['info', 'warning', 'error']);

/**
 * Rules of messages about a whole file, which need no place beyond the file itself: the file is empty,
 * binary, not a zip, in a guessed encoding, has no records at all, ...
 */
export const FILE_LEVEL_RULES = new Set([
  'empty-file',
  'binary-file',
  'unsupported-format',
  'no-documents',
  'encoding-detected',
  'encoding-guessed',
  'docx-corrupt',
  'docx-warning',
  'zip-bomb',
  'zip-corrupt',
  'pdf-corrupt',
  'pdf-encrypted',
  'pdf-no-text',
  'pdf-too-many-pages',
  'csv-no-records',
  'wos-tab-no-header',
  'wos-no-records',
  'ris-no-records',
  'bibtex-no-entries',
  'endnote-no-records',
  'refworks-no-records',
  'csl-json-not-items',
  'scopus-no-cited-references',
  'springer-authors-joined',
  'no-text',
  'html-no-text',
  'html-too-deep',
]);

function fail(what: string): never {
  throw new Error(what);
}

/** Checks one message: the file's path, a stable rule, a severity, a reason; a place unless file-level. */
export function checkMessage(m: Message, path: string, fileLevel: ReadonlySet<string> = FILE_LEVEL_RULES): void {
  if (m.path !== path) fail(`message ${m.rule} names path "${m.path}", not "${path}"`);
  if (!RULE.test(m.rule)) fail(`message rule "${m.rule}" is not a stable id`);
  if (!SEVERITIES.has(m.severity)) fail(`message ${m.rule} has severity ${String(m.severity)}`);
  if (typeof m.reason !== 'string' || m.reason.trim() === '') fail(`message ${m.rule} has no reason`);
  const p = m.place;
  const placed = p !== undefined && (p.record !== undefined || p.line !== undefined || p.page !== undefined || p.offset !== undefined);
  if (!placed && !fileLevel.has(m.rule)) fail(`message ${m.rule} ("${m.reason.slice(0, 120)}") has no place`);
  for (const k of ['record', 'line', 'page', 'column'] as const) {
    const v = p?.[k];
    if (v !== undefined && !(Number.isInteger(v) && v >= 1)) fail(`message ${m.rule} has ${k} ${v}`);
  }
}

/** Checks what a reader returned: well-formed pages, messages about the file, record numbers rising. */
export function checkExtracted(out: Extracted[], path: string): void {
  if (!Array.isArray(out)) fail('the reader did not return a list');
  let lastRecord = 0;
  for (const ex of out) {
    if (!Array.isArray(ex.pages) || ex.pages.some((p) => !Array.isArray(p) || p.some((l) => typeof l !== 'string'))) fail('pages are not lists of strings');
    for (const m of ex.messages) checkMessage(m, path);
    if (ex.record !== undefined) {
      if (!Number.isInteger(ex.record) || ex.record <= lastRecord) fail(`record numbers do not rise: ${ex.record} after ${lastRecord}`);
      lastRecord = ex.record;
    }
    if (ex.references && ex.references.some((r) => typeof r !== 'string')) fail('a reference is not a string');
  }
  JSON.stringify(out); // documents are cached as JSON and cross worker threads
}

/**
 * Calls a reader's public entry point. Returns its output (checked), or the DocumentError it threw
 * when the code is one of `codes`; anything else thrown fails the case.
 */
export async function readChecked(format: InputFormat, path: string, bytes: Uint8Array, codes: readonly string[]): Promise<Extracted[] | DocumentError> {
  let out: Extracted[];
  try {
    out = await format.read({ path, absPath: `/fuzz/${path}`, bytes }, FUZZ_OPTIONS);
  } catch (err) {
    if (!(err instanceof DocumentError)) throw new Error(`${format.id} threw ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`, { cause: err });
    if (!codes.includes(err.code)) fail(`${format.id} threw DocumentError "${err.code}", not one of ${codes.join(', ')}: ${err.message}`);
    if (err.message.trim() === '') fail(`DocumentError ${err.code} has no message`);
    return err;
  }
  checkExtracted(out, path);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'corpus-lens-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const registry = createRegistry();

/**
 * Reads bytes as the file `name` the way the pipeline does (readDocument: format detection, reader,
 * text stage) and checks the documents and the problems.csv rows their messages become: no crash
 * report, every row names the file, and every row but a file-level one has a place.
 */
export async function readThroughPipeline(bytes: Uint8Array, name: string, fileLevel: ReadonlySet<string> = FILE_LEVEL_RULES): Promise<Doc[]> {
  const absPath = join(dir, name);
  writeFileSync(absPath, bytes);
  const docs = await readDocument({ id: name.replace(/\W+/g, '-'), path: name, absPath, options: FUZZ_OPTIONS }, registry);
  if (docs.length === 0) fail('readDocument returned no document');
  const messages = docs.flatMap((d) => d.messages);
  const crash = messages.find((m) => m.rule === 'reader-crashed');
  if (crash) fail(`the reader crashed: ${crash.reason}`);
  for (const m of messages) checkMessage(m, name, fileLevel);
  for (const d of docs) {
    if (d.status === 'failed' && !d.messages.some((m) => m.severity === 'error')) fail(`document ${d.id} failed without an error message`);
  }
  if (new Set(docs.map((d) => d.id)).size !== docs.length) fail('two documents of the file have the same id');
  for (const row of problemsTable(messages).rows) {
    if (row[0] !== name) fail(`a problems.csv row names "${row[0]}"`);
    if (row[1] === '' && !fileLevel.has(String(row[4]))) fail(`a problems.csv row (${row[4]}) has no place`);
  }
  JSON.stringify(docs);
  return docs;
}
