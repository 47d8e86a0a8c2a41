/** Base class of the errors corpus-lens throws on purpose; `code` is stable, the text may change. */
export class CorpusLensError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Wrong use of the command or the API: unknown option, missing folder. Exit code 2. */
export class UsageError extends CorpusLensError {}

/** A configuration or side file that cannot be used: metadata.csv, taxonomy. Exit code 2. */
export class ConfigError extends CorpusLensError {}

/**
 * A document that cannot be read at all. Thrown by format readers; the pipeline turns it into an
 * error row of problems.csv and goes on with the rest of the corpus.
 */
export class DocumentError extends CorpusLensError {
  readonly note: string | undefined;
  readonly page: number | undefined;
  /** 1-based line (and column) of a text file where reading failed: a JSON syntax error, a bad header. */
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(code: string, message: string, options: { note?: string; page?: number; line?: number; column?: number } = {}) {
    super(code, message);
    this.note = options.note;
    this.page = options.page;
    this.line = options.line;
    this.column = options.column;
  }
}

/** Throws when an internal assumption does not hold: a bug, never bad input. */
export function invariant(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(`corpus-lens internal error: ${what}`);
}
