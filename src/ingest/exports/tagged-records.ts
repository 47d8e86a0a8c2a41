import type { Message } from '../../core/message.js';
import { exportMessage, PendingMessages } from './export-file.js';
import { shorten } from './wos-plain.js';

/** A field line split into its tag and value; `malformed` when the tag lacked its space. */
export interface TagLine {
  tag: string;
  value: string;
  malformed?: boolean;
}

/** How a line-tagged format (EndNote, RefWorks) writes its records. */
export interface TaggedSpec {
  /** Rule prefix and name in messages: 'endnote', 'refworks'. */
  rule: string;
  label: string;
  /** The tag that begins a record: '%0', 'RT'. */
  startTag: string;
  /** Splits a line into tag and value, or undefined when the line is not a field line. */
  tagOf(line: string): TagLine | undefined;
}

/** One record of a line-tagged file: tag → values in file order. */
export interface TaggedRecord {
  number: number;
  line: number;
  fields: Map<string, string[]>;
  messages: Message[];
}

function isCjkChar(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}

/**
 * Joins a wrapped line to the text before it: no space between Chinese characters, one otherwise.
 * A caller that grows one value over many lines passes `tail`, the code of its last character, so
 * that the growing string is not read (reading it flattens it: quadratic time over the lines).
 */
export function joinWrapped(before: string, after: string, tail?: number): string {
  if (before === '') return after;
  if (after === '') return before;
  return isCjkChar(tail ?? before.charCodeAt(before.length - 1)) && isCjkChar(after.charCodeAt(0)) ? before + after : `${before} ${after}`;
}

/** The code of the last character of a short string (NaN for ''). */
function lastCode(s: string): number {
  return s.charCodeAt(s.length - 1);
}

/**
 * Parses a line-tagged export where a record begins with `spec.startTag` and records are separated by
 * blank lines (EndNote tagged text, RefWorks tagged text; both written by CNKI). Untagged lines
 * continue the value above (also across one blank line, for abstracts with paragraphs). A record that
 * does not begin with the start tag is read from its first field and reported.
 */
export function parseTaggedRecords(lines: readonly string[], path: string, spec: TaggedSpec): { records: TaggedRecord[]; leftover: Message[] } {
  const records: TaggedRecord[] = [];
  const pending = new PendingMessages();
  let open: TaggedRecord | undefined;
  let last: { values: string[]; index: number; tail: number } | undefined;

  const start = (lineNo: number): TaggedRecord => {
    const rec: TaggedRecord = { number: records.length + 1, line: lineNo, fields: new Map(), messages: [] };
    records.push(rec);
    pending.flushInto(rec.messages);
    return rec;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trimEnd();
    const lineNo = i + 1;
    if (line.trim() === '') {
      open = undefined; // a blank line ends the record; `last` stays for a paragraph break inside a field
      continue;
    }
    const tagged = spec.tagOf(line);
    if (!tagged) {
      if (last) {
        const part = line.trim();
        const before = last.values[last.index] ?? '';
        last.values[last.index] = joinWrapped(before, part, last.tail);
        last.tail = lastCode(part);
      } else {
        pending.add(
          exportMessage('warning', `${spec.rule}-malformed-line`, path, `Line ${lineNo} is not a ${spec.label} field line; it was skipped: "${shorten(line)}"`, {
            line: lineNo,
          }),
        );
      }
      continue;
    }
    if (tagged.tag === spec.startTag) open = start(lineNo);
    else if (!open) {
      open = start(lineNo);
      open.messages.push(
        exportMessage(
          'warning',
          `${spec.rule}-malformed-record`,
          path,
          `Record ${open.number} does not begin with the ${spec.startTag} line; it was read from its first field ${tagged.tag} (line ${lineNo})`,
          { record: open.number, line: lineNo },
          `A blank line may have split a record in two, or its ${spec.startTag} line is damaged.`,
        ),
      );
    }
    if (tagged.malformed) {
      open.messages.push(
        exportMessage(
          'warning',
          `${spec.rule}-malformed-line`,
          path,
          `Line ${lineNo} lacks the space after its field tag; it was read as ${tagged.tag} "${shorten(tagged.value)}"`,
          { record: open.number, line: lineNo },
        ),
      );
    }
    let values = open.fields.get(tagged.tag);
    if (!values) {
      values = [];
      open.fields.set(tagged.tag, values);
    }
    const value = tagged.value.trim();
    values.push(value);
    last = { values, index: values.length - 1, tail: lastCode(value) };
  }
  return { records, leftover: pending.take() };
}

/** The first non-empty value of the first tag that has one. */
export function firstValue(fields: Map<string, string[]>, ...tags: string[]): string {
  for (const tag of tags) {
    const v = fields.get(tag)?.find((s) => s.trim() !== '');
    if (v !== undefined) return v.trim();
  }
  return '';
}

/** Every non-empty value of the tags, in tag order. */
export function allValues(fields: Map<string, string[]>, ...tags: string[]): string[] {
  return tags.flatMap((t) => fields.get(t) ?? []).filter((s) => s.trim() !== '');
}
