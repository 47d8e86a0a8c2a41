import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { message, type Message } from '../core/message.js';
import { defaultReadOptions } from '../core/registry.js';
import { hashFile } from '../ingest/doc-cache.js';
import { scanFolder } from '../ingest/scan-folder.js';
import { defaultGraphsOptions, type GraphsOptions } from '../graphs/index.js';
import { TOOL_VERSION } from '../version.js';
import { sideFiles, type Manifest, type SideFile } from './manifest.js';
import type { RunOptions } from './options.js';

/** The options a manifest records: everything a run's outputs depend on, except the output folder. */
export type ManifestOptions = Pick<RunOptions, 'input' | 'pdfEngine' | 'maxPages' | 'maxUnpackedBytes' | 'maxFileBytes' | 'semicolonSentences' | 'taxonomy' | 'keepDuplicates'> & {
  graphs: GraphsOptions;
};

/** What `run --manifest` needs of a manifest.json: the command, parameters, tool, inputs and side files. */
export interface RecordedRun {
  /** sideFiles is undefined in a manifest of a version that did not record them. */
  manifest: Pick<Manifest, 'tool' | 'command' | 'parameters' | 'inputs'> & { sideFiles: SideFile[] | undefined };
  options: ManifestOptions;
}

const PDF_ENGINES: readonly string[] = ['pdfjs', 'poppler', 'pdf-parse', 'auto'];

/**
 * Reads a manifest.json a run wrote and the options it records; paths in it are taken relative to
 * `cwd` (the manifest records them relative to the folder the run was started from). Throws
 * ConfigError (`manifest-unreadable`, `manifest-invalid`) naming the file and the field.
 */
export async function readManifest(path: string, cwd: string): Promise<RecordedRun> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(
      'manifest-unreadable',
      `The manifest ${path} cannot be read: ${(err as Error).message}. Give the manifest.json a finished run wrote into its output folder.`,
    );
  }
  const bad = (field: string, expected: string): ConfigError =>
    new ConfigError('manifest-invalid', `The manifest ${path} has no usable "${field}" (expected ${expected}). Give the manifest.json a run wrote, unedited.`);
  const m = json as Record<string, unknown>;
  const p = (m.parameters ?? undefined) as Record<string, unknown> | undefined;
  if (typeof m !== 'object' || m === null || typeof p !== 'object' || p === null) throw bad('parameters', 'an object');
  const str = (o: Record<string, unknown>, k: string, prefix = ''): string => {
    if (typeof o[k] !== 'string') throw bad(prefix + k, 'text');
    return o[k];
  };
  const num = (o: Record<string, unknown>, k: string, prefix = ''): number => {
    if (typeof o[k] !== 'number' || !Number.isFinite(o[k])) throw bad(prefix + k, 'a number');
    return o[k];
  };
  const bool = (o: Record<string, unknown>, k: string): boolean => {
    if (typeof o[k] !== 'boolean') throw bad(k, 'true or false');
    return o[k];
  };
  const pdfEngine = str(p, 'pdfEngine');
  if (!PDF_ENGINES.includes(pdfEngine)) throw bad('pdfEngine', PDF_ENGINES.join(', '));
  const g = p.graphs as Record<string, unknown> | undefined;
  if (typeof g !== 'object' || g === null) throw bad('parameters.graphs', 'an object');
  const graphs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(defaultGraphsOptions)) {
    // a setting the manifest lacks (written by an older version) keeps its default
    if (!(key in g)) graphs[key] = value;
    else if (Array.isArray(value)) {
      if (!Array.isArray(g[key]) || !(g[key] as unknown[]).every((k) => typeof k === 'string')) throw bad(`graphs.${key}`, 'a list of graph kinds');
      graphs[key] = [...(g[key] as string[])];
    } else if (typeof value === 'number') graphs[key] = num(g, key, 'graphs.');
    else graphs[key] = str(g, key, 'graphs.');
  }
  const taxonomy = str(p, 'taxonomy');
  const options: ManifestOptions = {
    input: resolve(cwd, str(p, 'input')),
    pdfEngine: pdfEngine as RunOptions['pdfEngine'],
    maxPages: 'maxPages' in p ? num(p, 'maxPages') : defaultReadOptions.maxPages,
    maxUnpackedBytes: 'maxUnpackedBytes' in p ? num(p, 'maxUnpackedBytes') : defaultReadOptions.maxUnpackedBytes,
    maxFileBytes: num(p, 'maxFileBytes'),
    semicolonSentences: bool(p, 'semicolonSentences'),
    // recorded since session 2; earlier manifests ran without dropping duplicates
    keepDuplicates: 'keepDuplicates' in p ? bool(p, 'keepDuplicates') : true,
    ...(taxonomy === 'default' ? {} : { taxonomy: resolve(cwd, taxonomy) }),
    graphs: graphs as unknown as GraphsOptions,
  };
  const tool = (m.tool ?? {}) as Manifest['tool'];
  const inputs = Array.isArray(m.inputs) ? (m.inputs as Manifest['inputs']) : [];
  if (!inputs.every((i) => typeof i?.path === 'string' && typeof i.sha256 === 'string')) throw bad('inputs', 'a list of files with path and sha256');
  const sides = Array.isArray(m.sideFiles) ? (m.sideFiles as SideFile[]) : undefined;
  return {
    manifest: { tool, command: typeof m.command === 'string' ? m.command : 'run', parameters: p, inputs, sideFiles: sides },
    options,
  };
}

/**
 * Compares the corpus folder (and the side files) of `options` with what the manifest recorded: each
 * file added, removed or changed (sha256) since, and a different tool version, as warnings of stage
 * 'rerun'. Files whose hash could not be taken then (unreadable) are compared by presence only.
 */
export async function compareWithManifest(recorded: RecordedRun['manifest'], options: Readonly<RunOptions>): Promise<Message[]> {
  const messages: Message[] = [];
  const note = 'The outputs may differ from those the manifest describes; use --strict to stop instead of running.';
  if (recorded.tool.version !== TOOL_VERSION) {
    messages.push(
      message('warning', 'rerun', 'rerun-other-version', '', `The manifest was written by corpus-lens ${String(recorded.tool.version)}; this is ${TOOL_VERSION}`, {
        note: 'Another version may read, match or count differently; install the manifest\'s version to repeat the run exactly.',
      }),
    );
  }
  const root = resolve(options.input);
  const scan = await scanFolder(root, [resolve(options.out)]);
  const now = new Map<string, string>();
  for (const f of scan.files) now.set(f.path, (await hashFile(f.absPath)) ?? '');
  const then = new Map(recorded.inputs.map((i) => [i.path, i.sha256]));
  compareMaps(then, now, 'document', messages, note);
  if (!recorded.sideFiles) return messages;
  const sidesNow = await sideFiles(options);
  const key = (s: SideFile): string => `${s.role}\0${s.path}`;
  compareMaps(
    new Map(recorded.sideFiles.map((s) => [key(s), s.sha256])),
    new Map(sidesNow.map((s) => [key(s), s.sha256])),
    'side',
    messages,
    note,
  );
  return messages;
}

function compareMaps(then: Map<string, string>, now: Map<string, string>, what: 'document' | 'side', out: Message[], note: string): void {
  const name = (k: string): { path: string; label: string } => {
    if (what === 'document') return { path: k, label: 'The file' };
    const [role = '', path = ''] = k.split('\0');
    return { path, label: role === 'taxonomy' ? 'The codebook' : role === 'aliases' ? 'The alias file' : 'The metadata file' };
  };
  const keys = [...new Set([...then.keys(), ...now.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const k of keys) {
    const a = then.get(k);
    const b = now.get(k);
    const { path, label } = name(k);
    if (a === undefined) out.push(message('warning', 'rerun', 'rerun-file-added', path, `${label} is new: the manifest's run did not have it`, { note }));
    else if (b === undefined) out.push(message('warning', 'rerun', 'rerun-file-removed', path, `${label} is gone: the manifest's run had it`, { note }));
    else if (a && b && a !== b) out.push(message('warning', 'rerun', 'rerun-file-changed', path, `${label} has changed since the manifest's run (its sha256 differs)`, { note }));
  }
}
