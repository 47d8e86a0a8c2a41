import { writeDocx, type DocxSpec } from '../../testing/docx-writer.js';
import { plain, type SampleDocument } from './sample-document.js';

/** A Word file with Title / Heading 1 / Heading 2 styles and core properties (title, creator, created). */
export function renderDocx(doc: SampleDocument, created: string): Promise<Uint8Array> {
  const paragraphs: DocxSpec['paragraphs'] = doc.blocks.map((b) => {
    const text = plain(b.text);
    switch (b.type) {
      case 'title':
        return { text, style: 'Title' };
      case 'h1':
      case 'refhead':
        return { text, style: 'Heading1' };
      case 'h2':
        return { text, style: 'Heading2' };
      default:
        return { text };
    }
  });
  return writeDocx({ paragraphs, title: doc.title, author: doc.authors.join('; '), created });
}
