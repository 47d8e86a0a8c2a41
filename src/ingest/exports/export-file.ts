import type { Extracted } from '../../core/doc.js';
import { DocumentError } from '../../core/errors.js';
import { message, type Message, type Severity } from '../../core/message.js';
import type { Place } from '../../core/place.js';
import type { RawFile } from '../../core/registry.js';
import { decodeText } from '../decode-text.js';

/** The decoded text of an export file, its lines, and what decoding noticed. */
export interface ExportText {
  text: string;
  /** The text split on LF (line ends are normalised); index i is line i + 1. */
  lines: string[];
  encoding: string;
  messages: Message[];
}

/** Decodes an export file (BOM, UTF-8, UTF-16, GB18030 fallback: see decode-text.ts) and splits its lines. */
export function decodeExport(file: RawFile): ExportText {
  const decoded = decodeText(file.bytes, file.path);
  return { text: decoded.text, lines: decoded.text.split('\n'), encoding: decoded.encoding, messages: decoded.messages };
}

/** An ingest message about an export file, with its place. */
export function exportMessage(
  severity: Severity,
  rule: string,
  path: string,
  reason: string,
  place: Place,
  note?: string,
): Message {
  return message(severity, 'ingest', rule, path, reason, note ? { place, note } : { place });
}

/**
 * Collects messages that belong to no single record (the file header, lines between records) and
 * hands them to a record: the next record read, or the last one when none follows.
 */
export class PendingMessages {
  private pending: Message[] = [];

  /** Keeps a message for the next record. */
  add(m: Message): void {
    this.pending.push(m);
  }

  /** Moves the kept messages into `target` (the messages of the record being started). */
  flushInto(target: Message[]): void {
    if (this.pending.length === 0) return;
    target.push(...this.pending);
    this.pending = [];
  }

  /** Takes the kept messages out. */
  take(): Message[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }
}

/**
 * Finishes the list of a file's records: messages left over go to the last record; the encoding and
 * the decoding messages go to every record's extra / the first record. Throws DocumentError `rule`
 * when the file holds no record at all.
 */
export function finishExport(
  file: RawFile,
  decoded: ExportText,
  records: Extracted[],
  leftover: Message[],
  what: { rule: string; label: string; note: string },
): Extracted[] {
  if (records.length === 0) {
    const why = leftover.find((m) => m.severity === 'error') ?? leftover[0];
    throw new DocumentError(
      what.rule,
      `${file.path} holds no ${what.label} record that could be read${why ? `: ${why.reason}` : ''}`,
      { note: what.note, ...(why?.place?.line !== undefined ? { line: why.place.line } : {}) },
    );
  }
  const first = records[0] as Extracted;
  first.messages.unshift(...decoded.messages);
  const last = records[records.length - 1] as Extracted;
  last.messages.push(...leftover);
  for (const r of records) {
    r.hints.extra = sortedKeys({ ...(r.hints.extra ?? {}), encoding: decoded.encoding });
  }
  return records;
}

function sortedKeys(o: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k] as string;
  return out;
}
