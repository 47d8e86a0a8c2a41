/** The file formats the sample corpus is written in. */
export type SampleFormat = 'pdf' | 'docx' | 'txt' | 'md' | 'html';

/** One block of a sample document, in reading order. */
export interface SampleBlock {
  /**
   * title: the document title; meta: a front-matter line (authors, affiliation, document number, date,
   * journal); h1 / h2: headings; para: a paragraph; refhead: the heading of the reference list; ref: one
   * reference entry, as printed.
   */
  type: 'title' | 'meta' | 'h1' | 'h2' | 'para' | 'refhead' | 'ref';
  text: string;
  /** For references: the key of the cited work, shared by every entry that cites the same work. */
  key?: string;
}

/** A document of the sample corpus: what it is, where it goes, and its text. */
export interface SampleDocument {
  /** Corpus-relative path, POSIX separators. */
  path: string;
  format: SampleFormat;
  kind: 'policy' | 'paper';
  language: 'en' | 'zh';
  year: number;
  title: string;
  /** Authors, or for a policy the issuing body. */
  authors: string[];
  /** One line for the corpus README: what the document is and what it exercises. */
  description: string;
  /** Journal or issuer line used for running headers, HTML pages and the README. */
  source: string;
  /** First printed page number (papers in journals). */
  firstPage?: number;
  blocks: SampleBlock[];
}

const PREFIXES: [string, SampleBlock['type']][] = [
  ['T: ', 'title'],
  ['M: ', 'meta'],
  ['H1: ', 'h1'],
  ['H2: ', 'h2'],
  ['RH: ', 'refhead'],
  ['R: ', 'ref'],
];

/**
 * Parses the small markup the content modules are written in: one block per line, blank lines ignored;
 * a line starts with 'T: ', 'M: ', 'H1: ', 'H2: ', 'RH: ' or 'R: ' (optionally followed by '{key} '),
 * anything else is a paragraph. A soft hyphen (U+00AD) marks where the PDF layout may hyphenate a word.
 */
export function parseBlocks(markup: string): SampleBlock[] {
  const blocks: SampleBlock[] = [];
  for (const raw of markup.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const prefix = PREFIXES.find(([p]) => line.startsWith(p));
    if (!prefix) {
      blocks.push({ type: 'para', text: line });
      continue;
    }
    let text = line.slice(prefix[0].length);
    const block: SampleBlock = { type: prefix[1], text };
    if (prefix[1] === 'ref' && text.startsWith('{')) {
      const close = text.indexOf('} ');
      if (close > 0) {
        block.key = text.slice(1, close);
        text = text.slice(close + 2);
        block.text = text;
      }
    }
    blocks.push(block);
  }
  return blocks;
}

/** The text of a block without layout marks (soft hyphens). */
export function plain(text: string): string {
  return text.split('\u00ad').join('');
}
