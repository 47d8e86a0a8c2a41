import type { Doc, FormatId } from './doc.js';
import type { Message } from './message.js';

/** A document that could not be read: it keeps its row in documents.csv, with the reason in problems.csv. */
export function failedDoc(args: {
  id: string;
  path: string;
  format: FormatId;
  sha256: string;
  bytes: number;
  messages: Message[];
}): Doc {
  return {
    id: args.id,
    path: args.path,
    format: args.format,
    sha256: args.sha256,
    bytes: args.bytes,
    status: 'failed',
    kind: 'paper',
    kindSource: 'heuristic',
    title: '',
    authors: [],
    year: null,
    doi: '',
    language: 'unknown',
    text: '',
    pageStarts: [],
    offsetMap: [],
    sections: [],
    sentences: [],
    words: 0,
    chars: 0,
    extra: {},
    messages: args.messages,
    data: {},
  };
}
