import type { Doc } from '../core/doc.js';
import type { OutputFile } from './write-files.js';

/** output/text/ID.txt: the cleaned text of each readable document, pages separated by a form feed. */
export function textFiles(docs: readonly Doc[]): OutputFile[] {
  return docs.filter((d) => d.status === 'ok').map((d) => ({ path: `text/${d.id}.txt`, contents: d.text }));
}
