/**
 * corpus-lens as a library: run the pipeline, or use a stage on its own.
 */
export type { Doc, Extracted, Section, Sentence, DocKind, Language, FormatId } from './core/doc.js';
export type { Message, Severity } from './core/message.js';
export type { Place } from './core/place.js';
export { CorpusLensError, UsageError, ConfigError, DocumentError } from './core/errors.js';
export { Registry, type InputFormat, type ReadOptions } from './core/registry.js';
export { createRegistry } from './ingest/index.js';
export { runPipeline, type RunResult } from './pipeline/run-pipeline.js';
export { ingestCorpus, type IngestResult } from './pipeline/ingest-corpus.js';
export { resolveOptions, type RunOptions } from './pipeline/options.js';
export { TOOL_VERSION } from './version.js';
