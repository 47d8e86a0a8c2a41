import type { ReadOptions } from '../core/registry.js';
import { defaultReadOptions } from '../core/registry.js';
import type { GraphsOptions } from '../graphs/index.js';

/** Everything a run depends on. Resolved once, then frozen; recorded in output/manifest.json. */
export interface RunOptions extends ReadOptions {
  /** Corpus folder. */
  input: string;
  /** Output folder (default: `output`). */
  out: string;
  /** Use the document cache (default: true). */
  cache: boolean;
  /** Where cached documents live (default: `<out>/.cache`). */
  cacheDir: string;
  /** Reading threads (default: 2, at most the number of cores). */
  jobs: number;
  /** Files larger than this are reported and skipped (default: 512 MB). */
  maxFileBytes: number;
  /** End Chinese sentences at ； too (default: false). */
  semicolonSentences: boolean;
  /** Codebook file (YAML or JSON); undefined: the default industry-education integration taxonomy. */
  taxonomy?: string;
  /** Settings of the similarity graphs (measures, thresholds, resolution, seed); see graphs/README.md. */
  graphs?: Partial<GraphsOptions>;
  /** Keep export records that describe a publication another record already describes (default: false). */
  keepDuplicates?: boolean;
}

/** Progress of a long stage, for a progress bar. */
export type ProgressFn = (stage: string, done: number, total: number, item?: string) => void;

/** Fills the defaults of a run's options. */
export function resolveOptions(partial: Partial<RunOptions> & { input: string }): Readonly<RunOptions> {
  const out = partial.out ?? 'output';
  return Object.freeze({
    ...defaultReadOptions,
    cache: true,
    cacheDir: `${out}/.cache`,
    jobs: 2,
    maxFileBytes: 512 * 1024 * 1024,
    semicolonSentences: false,
    ...partial,
    out,
  });
}

/** The options that change what is read, in a stable order: the cache key's salt and the manifest's record. */
export function readingParameters(o: Readonly<RunOptions>): Record<string, string | number | boolean> {
  return {
    pdfEngine: o.pdfEngine,
    maxPages: o.maxPages,
    maxUnpackedBytes: o.maxUnpackedBytes,
    maxFileBytes: o.maxFileBytes,
    semicolonSentences: o.semicolonSentences,
  };
}
