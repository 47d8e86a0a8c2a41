import type { Place } from './place.js';

export type Severity = 'info' | 'warning' | 'error';

/**
 * A problem found while reading or analysing the corpus. Messages travel with the document they are
 * about and end up as rows of output/problems.csv; nothing is only logged.
 */
export interface Message {
  severity: Severity;
  /** What happened, for a scholar: "The PDF is encrypted and needs a password". */
  reason: string;
  /** Corpus-relative path of the file, POSIX separators; '' for corpus-level messages. */
  path: string;
  place?: Place;
  /** Stage that emitted it: 'ingest', 'text', 'references', ... */
  stage: string;
  /** Stable rule id, catalogued in docs/messages.md: 'pdf-encrypted'. */
  rule: string;
  /** What the user can do about it. */
  note?: string;
}

/** Builds a message; a small helper so that every call site names the same fields. */
export function message(
  severity: Severity,
  stage: string,
  rule: string,
  path: string,
  reason: string,
  extra: { place?: Place; note?: string } = {},
): Message {
  const m: Message = { severity, reason, path, stage, rule };
  if (extra.place) m.place = extra.place;
  if (extra.note) m.note = extra.note;
  return m;
}

/** Stable order for messages: path, then place, then rule. */
export function compareMessages(a: Message, b: Message): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  const ka = placeKey(a);
  const kb = placeKey(b);
  for (let i = 0; i < ka.length; i++) {
    const d = (ka[i] ?? 0) - (kb[i] ?? 0);
    if (d !== 0) return d;
  }
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0;
}

function placeKey(m: Message): number[] {
  const p = m.place ?? {};
  return [p.record ?? 0, p.page ?? 0, p.line ?? 0, p.column ?? 0, p.offset ?? 0];
}
