import type { Extracted, FormatId } from './doc.js';
import { CorpusLensError } from './errors.js';

/** A file handed to a format reader: its bytes and where it came from. */
export interface RawFile {
  /** Corpus-relative path, POSIX separators (used in messages). */
  path: string;
  /** Absolute path on disk (readers that need a tool such as pdftotext use it). */
  absPath: string;
  bytes: Uint8Array;
}

/** Options every reader may consult. Frozen for a run. */
export interface ReadOptions {
  /** PDF engine: 'pdfjs' (default), 'poppler' (pdftotext), 'pdf-parse', or 'auto' (poppler when installed). */
  pdfEngine: 'pdfjs' | 'poppler' | 'pdf-parse' | 'auto';
  /** Largest total size a DOCX (zip) may unpack to, in bytes. */
  maxUnpackedBytes: number;
  /** Pages of a PDF read at the most; the rest is reported and skipped. */
  maxPages: number;
}

export const defaultReadOptions: Readonly<ReadOptions> = Object.freeze({
  pdfEngine: 'pdfjs',
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxPages: 2000,
});

export interface InputFormat {
  id: FormatId;
  /** Shown in `corpus-lens formats`. */
  label: string;
  /** Lower-case extensions with the dot: ['.pdf']. */
  extensions: readonly string[];
  /** Cheap content check on the first bytes; used when the extension is missing or misleading. */
  sniff?(head: Uint8Array): boolean;
  /** Reads one file into one document (or several, for exports). Throws DocumentError when unreadable. */
  read(file: RawFile, options: Readonly<ReadOptions>): Promise<Extracted[]>;
}

/** The formats known to a run, created per run (no module-level state, so tests never share it). */
export class Registry {
  private readonly inputs: InputFormat[] = [];

  addInput(format: InputFormat): void {
    if (this.inputs.some((f) => f.id === format.id)) {
      throw new CorpusLensError('duplicate-format', `Format ${format.id} is registered twice`);
    }
    if (format.extensions.some((e) => !e.startsWith('.') || e !== e.toLowerCase())) {
      throw new CorpusLensError('bad-format', `Format ${format.id}: extensions must be lower case and start with a dot`);
    }
    this.inputs.push(format);
  }

  /** Every extension some format claims. */
  extensions(): Set<string> {
    return new Set(this.inputs.flatMap((f) => f.extensions));
  }

  /**
   * Finds the format of a file: by content first where a format recognises its own signature (a PDF
   * named .txt is still a PDF), then by extension. Returns undefined when nothing claims it.
   */
  detect(path: string, head: Uint8Array): InputFormat | undefined {
    const sniffed = this.inputs.find((f) => f.sniff?.(head));
    if (sniffed) return sniffed;
    const dot = path.lastIndexOf('.');
    const ext = dot >= 0 ? path.slice(dot).toLowerCase() : '';
    return this.inputs.find((f) => f.extensions.includes(ext));
  }

  byId(id: FormatId): InputFormat | undefined {
    return this.inputs.find((f) => f.id === id);
  }

  list(): readonly InputFormat[] {
    return this.inputs;
  }
}
