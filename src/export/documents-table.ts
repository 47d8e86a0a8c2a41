import type { Doc } from '../core/doc.js';
import type { Table } from './csv.js';

/** output/documents.csv: one row per document, in corpus order. */
export function documentsTable(docs: readonly Doc[]): Table {
  return {
    header: ['id', 'path', 'kind', 'title', 'authors', 'year', 'language', 'pages', 'words', 'sha256', 'status', 'format', 'record', 'chars', 'sentences', 'kind_source'],
    rows: docs.map((d) => [
      d.id,
      d.path,
      d.kind,
      d.title,
      d.authors.join('; '),
      d.year,
      d.language,
      d.status === 'ok' ? d.pageStarts.length : 0,
      d.words,
      d.sha256,
      d.status,
      d.format.slice(1),
      d.record ?? '',
      d.chars,
      d.sentences.length,
      d.kindSource,
    ]),
  };
}
